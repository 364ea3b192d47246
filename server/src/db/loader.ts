import type { Driver } from 'neo4j-driver';
import { itemsOf } from '../fixtures/items';
import { entityRow, relationRow, sourceRow, type RelationRow } from '../fixtures/rows';
import type { FixtureScan } from '../fixtures/scan';
import type { EntityType, RelationType } from '@trade-truce/vocabulary';
import { BatchWriter, type LoadPhase, type LoadProgress, type Statement } from './batch-writer';
import { cypher, cypherForType } from './cypher';
import { findStale, removalBatches, removeStale, type Stale } from './load-removal';
import { awaitIndexes } from './schema';
import { warmQueryPlans } from './warm-up';

/** Rows per batch transaction; measured best between 5,000 and 20,000 (see bench/load-graph.ts). */
export const DEFAULT_BATCH_SIZE = 10_000;

/** Options of one load. */
export interface LoadOptions {
  /** Also remove what the fixtures no longer hold. */
  replace?: boolean;
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
}

/** What a load did. */
export interface LoadResult {
  /** create: Cypher CREATE into an empty database; merge: upserts; import: Neo4j's bulk importer. */
  mode: 'create' | 'merge' | 'import';
  sources: number;
  entities: number;
  relations: number;
  removed: { sources: number; entities: number; relations: number };
  batches: number;
}

/** Thrown when a load fails after validation; says whether and how much was written. */
export class LoadFailure extends Error {
  override name = 'LoadFailure';
  constructor(
    readonly batchesDone: number,
    readonly batchesTotal: number,
    readonly reason: string,
    options?: { cause?: unknown; exact?: boolean },
  ) {
    const exact = options?.exact ?? true;
    super(
      `${reason}\n` +
        (batchesDone === 0 && exact
          ? 'Nothing was written; the database is as it was.'
          : batchesDone === 0
            ? 'Neo4j was lost before it confirmed the first batch: most likely nothing was written. Run seed ' +
              'again (same folder and options) in any case; it completes or repeats the load.'
            : `${exact ? '' : 'At least '}${batchesDone} of ${batchesTotal} batches were written; the graph is ` +
              'partial and marked as an interrupted load. Run seed again (same folder and options) to complete it.'),
      { cause: options?.cause },
    );
  }
}

const batchesOf = (counts: Iterable<number>, size: number) =>
  [...counts].reduce((sum, n) => sum + Math.ceil(n / size), 0);

/**
 * Writes a validated fixture folder (a scan with no problems) in batches of their own
 * transactions. An empty database gets CREATE statements (nothing to look up); otherwise each
 * item is upserted by id, and with `replace` what the fixtures no longer hold is removed. Every
 * entity's degree is stored at the end. Statements have a static type each, so per-type id
 * constraints serve the lookups.
 */
export async function loadScan(
  driver: Driver,
  database: string,
  scan: FixtureScan,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const { mode, stale } = await plan(driver, database, scan, !!options.replace);
  const itemsTotal = scan.counts.sources + scan.counts.entities + scan.counts.relations;
  // A graph that fits one batch (the article's) is written in one transaction: all or nothing.
  const whole = itemsTotal <= size;
  const batchesTotal =
    (whole
      ? 1
      : Math.ceil(scan.counts.sources / size) +
        batchesOf(scan.entityTypes.values(), size) +
        batchesOf(scan.relationTypes.values(), size)) + (stale ? removalBatches(stale, size) : 0);
  const writer = new BatchWriter(
    driver,
    database,
    {
      mode,
      replace: !!options.replace,
      source: scan.dir,
      batchesTotal,
      itemsTotal,
    },
    options.onProgress ?? (() => undefined),
  );
  const held: Statement[] = [];
  const write = (phase: LoadPhase, statements: Statement[], items: number) =>
    whole ? Promise.resolve(void held.push(...statements)) : writer.write(phase, statements, items);
  try {
    await byType(
      itemsOf(scan, 'sources'),
      () => 'Source',
      sourceRow,
      size,
      (_, batch) =>
        write('sources', [{ query: cypher('load-sources'), params: { rows: batch } }], batch.length),
    );
    const entityQuery = mode === 'create' ? 'load-create-entities' : 'load-merge-entities';
    await byType(
      itemsOf(scan, 'entities'),
      (e) => e.type,
      entityRow,
      size,
      (type: EntityType, batch) =>
        write(
          'entities',
          [{ query: cypherForType(entityQuery, type), params: { rows: batch } }],
          batch.length,
        ),
    );
    await byType(
      itemsOf(scan, 'relations'),
      (r) => r.type,
      relationRow,
      size,
      (type: RelationType, batch) => write('relations', relationStatements(mode, type, batch), batch.length),
    );
    if (whole) await writer.write('relations', held, itemsTotal);
    const removed = stale
      ? await removeStale(writer, stale, size)
      : { sources: 0, entities: 0, relations: 0 };

    await writer.enter('degrees');
    const session = driver.session({ database });
    try {
      await session.run(cypher('load-degree'));
      await awaitIndexes(session, 300);
    } finally {
      await session.close();
    }
    await writer.finish();
    // The new statistics make Neo4j plan again: the first visitor after a load should not wait.
    await warmQueryPlans(driver, database, 'start view');
    return { mode, ...scan.counts, removed, batches: writer.batchesDone };
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? String(error);
    const { done, exact } = await writer.fail(reason);
    throw new LoadFailure(done, batchesTotal, reason, { cause: error, exact: exact || !writer.inFlight });
  } finally {
    await writer.close();
  }
}

/**
 * Reads only: whether the database is empty (then CREATE) and, for --replace, what it holds that
 * the fixtures lack. A failure here has written nothing.
 */
async function plan(
  driver: Driver,
  database: string,
  scan: FixtureScan,
  replace: boolean,
): Promise<{ mode: 'create' | 'merge'; stale: Stale | undefined }> {
  try {
    const { records } = await driver.executeQuery(cypher('load-is-empty'), {}, { database });
    const mode = records[0]?.get('empty') === true ? 'create' : 'merge';
    return { mode, stale: replace && mode === 'merge' ? await findStale(driver, database, scan) : undefined };
  } catch (error) {
    throw new LoadFailure(0, 0, (error as Error).message.split('\n')[0] ?? String(error), { cause: error });
  }
}

function relationStatements(mode: 'create' | 'merge', type: RelationType, rows: RelationRow[]): Statement[] {
  if (mode === 'create') return [{ query: cypherForType('load-create-relations', type), params: { rows } }];
  const ends = rows.map(({ id, from, to }) => ({ id, from, to }));
  return [
    { query: cypherForType('load-unlink-moved-relations', type), params: { rows: ends } },
    { query: cypherForType('load-merge-relations', type), params: { rows } },
  ];
}

/** Groups items by type into batches of `size` rows and hands each full batch to `flush`. */
async function byType<I, T extends string, R>(
  items: Iterable<I>,
  typeOf: (item: I) => T,
  toRow: (item: I) => R,
  size: number,
  flush: (type: T, rows: R[]) => Promise<void>,
): Promise<void> {
  const buffers = new Map<T, R[]>();
  for (const item of items) {
    const type = typeOf(item);
    let rows = buffers.get(type);
    if (!rows) buffers.set(type, (rows = []));
    rows.push(toRow(item));
    if (rows.length >= size) await flush(type, rows.splice(0));
  }
  for (const [type, rows] of buffers) if (rows.length > 0) await flush(type, rows);
}
