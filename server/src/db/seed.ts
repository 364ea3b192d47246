import type { Driver } from 'neo4j-driver';
import type { FixtureGraph } from '../fixtures/validate';
import { cypher } from './cypher';
import { readNamed, writeWork } from './driver';

const BATCH = 500;

/** What a seed wrote. */
export interface SeedCounts {
  sources: number;
  entities: number;
  relations: number;
}

/** Drops undefined values: Neo4j stores no nulls, and `SET x = map` must be the same each run. */
function defined(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== undefined));
}

/**
 * Writes a validated graph in one transaction (all or nothing), in batches of UNWIND rows.
 * MERGE on ids and `SET = props` make it idempotent. With `replace`, what is not in the graph
 * given (say, removed from the fixtures) is deleted first. Calls `progress` after each batch.
 */
export async function writeGraph(
  driver: Driver,
  database: string,
  graph: FixtureGraph,
  progress: (kind: keyof SeedCounts, done: number, total: number) => void = () => undefined,
  options: { replace?: boolean } = {},
): Promise<SeedCounts> {
  const steps = [
    {
      kind: 'sources' as const,
      query: 'seed-sources',
      rows: graph.sources.map((s) => ({ id: s.id, props: defined({ ...s }) })),
    },
    {
      kind: 'entities' as const,
      query: 'seed-entities',
      rows: graph.entities.map((e) => ({ id: e.id, type: e.type, props: defined({ ...e }) })),
    },
    {
      kind: 'relations' as const,
      query: 'seed-relations',
      // type, from and to are the relationship itself, not properties of it.
      rows: graph.relations.map(({ quote, type, from, to, ...r }) => ({
        id: r.id,
        type,
        from,
        to,
        props: defined({ ...r, quote: quote?.text, quoteSpeakerId: quote?.speakerId }),
      })),
    },
  ];
  await writeWork(
    driver,
    async (tx) => {
      if (options.replace) await tx.run(cypher('clear-graph'));
      for (const step of steps) {
        for (let i = 0; i < step.rows.length; i += BATCH) {
          await tx.run(cypher(step.query), { rows: step.rows.slice(i, i + BATCH) });
          progress(step.kind, Math.min(i + BATCH, step.rows.length), step.rows.length);
        }
      }
    },
    { database },
  );
  return {
    sources: graph.sources.length,
    entities: graph.entities.length,
    relations: graph.relations.length,
  };
}

/** Counts of what the database holds. */
export async function countGraph(driver: Driver, database: string): Promise<SeedCounts> {
  const { records } = await readNamed(driver, 'graph-counts', {}, { database });
  const record = records[0];
  return {
    entities: Number(record?.get('entities') ?? 0),
    relations: Number(record?.get('relations') ?? 0),
    sources: Number(record?.get('sources') ?? 0),
  };
}
