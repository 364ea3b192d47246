/**
 * Timing helpers: interleaved sequential runs (ours, the raw driver and @neo4j/graphql in turn, so
 * a busy moment on the shared machine hits every column alike), percentiles, and throughput with
 * autocannon.
 */
import autocannon from 'autocannon';

/** One way to answer a case; resolves when the whole answer has arrived. */
export type Runner = () => Promise<void>;

/**
 * Milliseconds per runner, and errors by message (a TIMEOUT is an answer the issue allows).
 * `cpu`: this process's CPU milliseconds (user + system) per run. The bench client, our server
 * and the raw driver share the process and run one at a time, so it is each way's own work,
 * which a busy machine does not inflate the way it inflates wall time (Neo4j's work is not in it).
 */
export interface Samples {
  times: number[][];
  cpu: number[][];
  errors: Array<Map<string, number>>;
}

/**
 * Runs every runner in turn: `warmup` rounds (fewer, at least 2, once a quarter of the budget is
 * spent), then up to `n` measured rounds, stopping early (keeping at least `minRounds`) once
 * `budgetMs` of measuring is spent, so a slow query at 1M does not take an hour. A comparison runner (third
 * and later) more than 4× slower than the fastest in the warm-up runs only every k-th round
 * (k = its slowness / 4), so @neo4j/graphql at depth 2 (~250 ms) cannot starve the ours/raw
 * ratio of rounds.
 */
export async function interleave(
  runners: Runner[],
  options: { n: number; warmup: number; budgetMs: number; minRounds: number },
): Promise<Samples> {
  const samples: Samples = {
    times: runners.map(() => []),
    cpu: runners.map(() => []),
    errors: runners.map(() => new Map()),
  };
  let started = performance.now();
  const spent = () => performance.now() - started;
  const warm = runners.map(() => [] as number[]);
  let every = runners.map(() => 1);
  const orders = permutations(runners.length);
  const round = async (measuring: boolean, index: number) => {
    for (const i of orders[index % orders.length] ?? []) {
      const run = runners[i];
      if (!run || index % (every[i] ?? 1) !== 0) continue;
      const t = performance.now();
      const cpu = process.cpuUsage();
      try {
        await run();
        if (!measuring) warm[i]?.push(performance.now() - t);
        if (measuring) {
          samples.times[i]?.push(performance.now() - t);
          const used = process.cpuUsage(cpu);
          samples.cpu[i]?.push((used.user + used.system) / 1000);
        }
      } catch (error) {
        const key = error instanceof Error ? error.message.slice(0, 80) : String(error);
        const errors = samples.errors[i];
        if (measuring && errors) errors.set(key, (errors.get(key) ?? 0) + 1);
      }
    }
  };
  for (let i = 0; i < options.warmup && (i < 2 || spent() < options.budgetMs / 4); i += 1)
    await round(false, i);
  const typical = warm.map((times) => percentile(times, 50));
  const fastest = Math.min(...typical.filter((t) => t > 0));
  every = typical.map((t, i) => (i >= 2 && t > 4 * fastest ? Math.ceil(t / (4 * fastest)) : 1));
  // The measured rounds get the whole budget, so a slow warm-up (a cold plan to make) cannot
  // leave the ratio five rounds.
  started = performance.now();
  for (let i = 0; i < options.n && (i < options.minRounds || spent() < options.budgetMs); i += 1) {
    await round(true, i);
  }
  return samples;
}

/**
 * Every order of n runners, in lexicographic order, taken in turn round by round. In one fixed
 * order, ours always ran right after @neo4j/graphql and paid for what its heavy query left behind
 * in Neo4j: at the hub, depth 1, ours/raw read 16.9/12.3 ms in that order and 14.9/13.4 ms
 * cycling through the orders. In lexicographic order, counting the step from one round to the
 * next, no runner follows another more than once more often than any other pair does over a
 * cycle (for the 2 or 3 runners here).
 */
export function permutations(n: number): number[][] {
  const orders = (rest: number[]): number[][] =>
    rest.length <= 1
      ? [rest]
      : rest.flatMap((first) => orders(rest.filter((x) => x !== first)).map((o) => [first, ...o]));
  return orders(Array.from({ length: n }, (_, i) => i));
}

/** The p-th percentile, interpolated between neighbours (p = 50 is the median). */
export function percentile(times: number[], p: number): number {
  if (times.length === 0) return NaN;
  const sorted = [...times].sort((a, b) => a - b);
  const pos = (p / 100) * (sorted.length - 1);
  const [lo, hi] = [sorted[Math.floor(pos)] ?? NaN, sorted[Math.ceil(pos)] ?? NaN];
  return lo + (hi - lo) * (pos - Math.floor(pos));
}

/** Requests per second and non-2xx/error counts for one GraphQL query under load. */
export interface Throughput {
  rps: number;
  p50: number;
  errors: number;
}

export async function throughput(
  url: string,
  query: string,
  options: { connections: number; seconds: number },
): Promise<Throughput> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
    connections: options.connections,
    duration: options.seconds,
    // Our server runs on this process's event loop: the load generator gets a thread of its own.
    workers: 1,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
