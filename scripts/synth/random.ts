import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from 'pure-rand';

/**
 * A seeded random source for the synthetic-graph generator. pure-rand's xoroshiro128+ gives the
 * same sequence for the same seed on every platform and Node version (Math.random cannot be
 * seeded), so `npm run synth --seed S` always writes the same bytes.
 */
export class Random {
  private readonly rng: RandomGenerator;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed | 0);
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return unsafeUniformIntDistribution(0, n - 1, this.rng);
  }

  /** A float in [0, 1). */
  float(): number {
    return (this.rng.unsafeNext() >>> 0) / 4294967296;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  /**
   * A rank in [0, n) from a power law: rank 0 is drawn with probability n^(-1/k), and the
   * chance of rank r falls roughly as r^(1/k - 1). k = 3 gives a few hubs holding a few per cent
   * of all picks and a long tail, the shape of real news and registry graphs.
   */
  powerRank(n: number, k = 3): number {
    return Math.min(n - 1, Math.floor(n * this.float() ** k));
  }
}

/** A weighted choice table: `pick` returns a key with probability weight / total. */
export class Weighted<T> {
  private readonly keys: T[];
  private readonly cumulative: number[];

  constructor(weights: ReadonlyArray<readonly [T, number]>) {
    this.keys = weights.map(([key]) => key);
    let sum = 0;
    this.cumulative = weights.map(([, w]) => (sum += w));
  }

  pick(random: Random): T {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const x = random.float() * total;
    let i = 0;
    while (i < this.cumulative.length - 1 && (this.cumulative[i] ?? 0) <= x) i += 1;
    return this.keys[i] as T;
  }
}
