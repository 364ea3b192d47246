/**
 * The bench's two tables: latency per case (ours, the raw driver, the HTTP floor (http-floor.ts),
 * @neo4j/graphql, ours/raw and ours/floor p50, the median CPU each of ours and raw cost this
 * process, issue 8's target) and throughput for one query (ours/@neo4j/graphql req/s).
 */
import type { Case } from './cases';
import { percentile, throughput, type Samples } from './measure';
import { ms, ratio, table } from './table';

export const LATENCY_HEAD = [
  'case',
  'ours p50',
  'ours p95',
  'raw p50',
  'raw p95',
  'ours/raw p50',
  'floor p50',
  'ours/floor p50',
  'CPU ms ours/raw',
  '@neo4j/graphql p50',
  '@neo4j/graphql p95',
  'target',
  'stmts',
  'KB',
  'n',
  'errors (ours; raw; floor; generic)',
];

const errorsOf = (samples: Samples) =>
  samples.errors
    .map((m) => [...m].map(([message, count]) => `${count}× ${message}`).join(', ') || '0')
    .join('; ');

export function latencyRow(c: Case, samples: Samples, statements: number, bytes: number): string[] {
  const [ours = [], raw = [], floor = [], generic] = samples.times;
  const [oursCpu = [], rawCpu = []] = samples.cpu;
  const p50 = percentile(ours, 50);
  const meets = c.targetMs === undefined ? '' : `${c.targetMs} ${p50 <= c.targetMs ? 'ok' : 'MISSED'}`;
  return [
    c.name,
    ms(p50),
    ms(percentile(ours, 95)),
    ms(percentile(raw, 50)),
    ms(percentile(raw, 95)),
    ratio(p50, percentile(raw, 50)),
    ms(percentile(floor, 50)),
    ratio(p50, percentile(floor, 50)),
    `${ms(percentile(oursCpu, 50))}/${ms(percentile(rawCpu, 50))}`,
    ms(generic ? percentile(generic, 50) : undefined),
    ms(generic ? percentile(generic, 95) : undefined),
    meets,
    String(statements),
    (bytes / 1024).toFixed(1),
    String(ours.length),
    errorsOf(samples),
  ];
}

/** `connections` loops calling `run` back to back for `seconds`: the raw driver's throughput. */
async function loops(run: () => Promise<void>, connections: number, seconds: number) {
  const end = performance.now() + seconds * 1000;
  const times: number[] = [];
  let errors = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await run().then(
          () => times.push(performance.now() - t),
          () => (errors += 1),
        );
      }
    }),
  );
  return { rps: times.length / seconds, p50: percentile(times, 50), errors };
}

export async function throughputTable(options: {
  ours: { url: string; query: string };
  generic: { url: string; query: string };
  raw: () => Promise<void>;
  connections: number;
  seconds: number;
}): Promise<string> {
  const { connections, seconds } = options;
  const ours = await throughput(options.ours.url, options.ours.query, { connections, seconds });
  const generic = await throughput(options.generic.url, options.generic.query, { connections, seconds });
  const raw = await loops(options.raw, connections, seconds);
  const row = (name: string, r: { rps: number; p50: number; errors: number }) => [
    name,
    r.rps.toFixed(0),
    ms(r.p50),
    String(r.errors),
  ];
  return (
    table(
      ['server', 'req/s', 'p50 ms', 'errors'],
      [row('ours (HTTP)', ours), row('@neo4j/graphql (HTTP)', generic), row('raw driver (in-process)', raw)],
    ) +
    `\nours/@neo4j/graphql throughput: ${ratio(ours.rps, generic.rps)} (issue 8 asks at least 2×); ` +
    `ours/raw: ${ratio(ours.rps, raw.rps)}`
  );
}
