import { interleave, permutations } from '../../bench/api/measure';

describe('the bench runs its runners in every order in turn', () => {
  it('lists each order of three runners once', () => {
    const orders = permutations(3);
    expect(orders).toHaveLength(6);
    expect(new Set(orders.map((o) => o.join(''))).size).toBe(6);
    for (const order of orders) expect([...order].sort()).toEqual([0, 1, 2]);
  });

  it('makes each runner follow each other equally often over a whole cycle', async () => {
    const calls: number[] = [];
    const runners = [0, 1, 2].map((i) => async () => {
      calls.push(i);
    });
    await interleave(runners, { n: 6, warmup: 0, budgetMs: 60_000, minRounds: 6 });
    const follows = new Map<string, number>();
    for (let k = 1; k < calls.length; k += 1) {
      if (calls[k] === calls[k - 1]) continue;
      const pair = `${calls[k - 1]}>${calls[k]}`;
      follows.set(pair, (follows.get(pair) ?? 0) + 1);
    }
    // Six ordered pairs; within and across rounds none may be favoured by more than one.
    expect(follows.size).toBe(6);
    const counts = [...follows.values()];
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });
});
