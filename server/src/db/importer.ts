import fs from 'node:fs';
import path from 'node:path';
import type { FixtureScan } from '../fixtures/scan';
import type { LoadProgress } from './batch-writer';
import type { Database } from './connect';
import { cypher } from './cypher';
import { writeImportCsv, type ImportFiles } from './import-csv';
import { runImportTool } from './import-tool';
import { LoadFailure, type LoadResult } from './loader';
import { HEARTBEAT_EVERY_MS } from './load-state';
import { applySchema } from './schema';
import { countGraph } from './seed';

/** Longest wait for the schema's indexes over an imported graph (a million relations: minutes). */
const INDEX_WAIT_SECONDS = 1_800;

/** The store folders of `database` in the embedded Neo4j's data folder `home`. */
export function storeFolders(home: string, database: string): string[] {
  return [path.join(home, 'data', 'databases', database), path.join(home, 'data', 'transactions', database)];
}

/**
 * Whether `npm run seed` may bulk import: the embedded Neo4j is this process's own and its
 * database holds nothing but perhaps a `:Load` marker. A database that was never created is
 * empty without asking (Neo4j is not started); otherwise Neo4j is started (unless running) and asked.
 * Returns whether Neo4j is now running.
 */
export async function bulkImportPlan(
  db: Database,
  home: string,
): Promise<{ bulk: boolean; running: boolean }> {
  if (!db.embedded) return { bulk: false, running: false };
  restoreCutShort(home, db.database);
  if (!storeFolders(home, db.database).some((f) => fs.existsSync(f))) return { bulk: true, running: false };
  if (!db.embedded.instance) await db.start();
  const { records } = await db.driver.executeQuery(cypher('import-is-empty'), {}, { database: db.database });
  return { bulk: records[0]?.get('empty') === true, running: true };
}

const asideFolder = (home: string) => path.join(home, 'import', 'previous');

/**
 * An import cut short (its process killed) leaves the previous store aside and perhaps a partial
 * one in its place: the previous one comes back, so the cut-short import wrote nothing.
 */
function restoreCutShort(home: string, database: string): void {
  const aside = asideFolder(home);
  if (!fs.existsSync(aside)) return;
  storeFolders(home, database).forEach((folder, i) => {
    const kept = path.join(aside, String(i));
    if (!fs.existsSync(kept)) return;
    fs.rmSync(folder, { recursive: true, force: true });
    fs.renameSync(kept, folder);
  });
  fs.rmSync(path.join(home, 'import'), { recursive: true, force: true });
}

/** Moves the store folders aside; returns how to put them back (on failure) or drop them. */
function moveAside(home: string, database: string, to: string) {
  fs.rmSync(to, { recursive: true, force: true });
  const moved = storeFolders(home, database).flatMap((from, i) => {
    if (!fs.existsSync(from)) return [];
    const aside = path.join(to, String(i));
    fs.mkdirSync(to, { recursive: true });
    fs.renameSync(from, aside);
    return [{ from, aside }];
  });
  return {
    restore() {
      for (const f of storeFolders(home, database)) fs.rmSync(f, { recursive: true, force: true });
      for (const { from, aside } of moved) fs.renameSync(aside, from);
    },
    drop: () => fs.rmSync(to, { recursive: true, force: true }),
  };
}

/**
 * Loads a validated fixture folder into the empty database of the embedded Neo4j this process
 * owns with Neo4j's bulk importer: the folder is streamed into CSV files (import-csv.ts), Neo4j is
 * stopped, `neo4j-admin database import full` writes a new store (the old, empty one is kept
 * aside and put back if the import fails: a failure writes nothing), Neo4j starts on it, and the
 * schema, the empty alias lists and the counts are done through Cypher. The graph arrives with
 * its `:Load` marker saying 'loading', which turns 'complete' at the end; if anything after the
 * import fails, the marker says the load was interrupted and a re-run (Cypher, upserting)
 * completes it.
 */
export async function bulkImport(
  db: Database,
  scan: FixtureScan,
  options: {
    home: string;
    heap: string;
    running: boolean;
    onProgress: (p: LoadProgress) => void;
    log?: (line: string) => void;
  },
): Promise<LoadResult> {
  const { home } = options;
  const steps: string[] = [];
  let since = Date.now();
  const step = (name: string) => {
    steps.push(`${name} ${((Date.now() - since) / 1000).toFixed(1)} s`);
    since = Date.now();
  };
  const work = path.join(home, 'import');
  const itemsTotal = scan.counts.sources + scan.counts.entities + scan.counts.relations;
  const progress = (phase: LoadProgress['phase'], itemsDone: number, batchesDone = 0) =>
    options.onProgress({ phase, itemsDone, itemsTotal, batchesDone, batchesTotal: 1 });
  const importIt = async (files: ImportFiles) => {
    const aside = moveAside(home, db.database, asideFolder(home));
    step('stopping Neo4j');
    let peakMemory: string | undefined;
    try {
      ({ peakMemory } = await runImportTool(home, files, {
        database: db.database,
        heap: options.heap,
        onProgress: (p) =>
          progress('import', Math.round((itemsTotal * (p.stage - 1 + p.percent / 100)) / p.stages)),
      }));
    } catch (error) {
      aside.restore();
      throw error;
    }
    aside.drop();
    step(`importer (peak memory ${peakMemory ?? '?'})`);
  };

  try {
    fs.rmSync(work, { recursive: true, force: true });
    const marker = { source: scan.dir, startedAt: new Date(), itemsTotal };
    const files = writeImportCsv(scan, path.join(work, 'csv'), marker, (done) => progress('csv', done));
    step('CSV');
    if (options.running && db.embedded) await db.embedded.whileStopped(() => importIt(files));
    else await importIt(files);
  } catch (error) {
    fs.rmSync(work, { recursive: true, force: true });
    throw new LoadFailure(0, 1, firstLine(error), { cause: error });
  }
  fs.rmSync(work, { recursive: true, force: true });
  progress('indexes', itemsTotal, 1);

  // The graph is in, marked 'loading': from here a failure leaves an interrupted load.
  const beat = () =>
    db.driver
      .executeQuery(cypher('load-heartbeat'), { phase: 'indexes' }, { database: db.database })
      .catch(() => undefined);
  let heartbeat: NodeJS.Timeout | undefined;
  try {
    if (!options.running) await db.start();
    else await db.driver.verifyConnectivity({ database: db.database });
    step('starting Neo4j');
    await beat();
    heartbeat = setInterval(() => void beat(), HEARTBEAT_EVERY_MS).unref();
    // Before the schema, so the lists are written without index updates (the full-text index
    // over aliases is then built once, over the final values).
    const session = db.driver.session({ database: db.database });
    try {
      await session.run(cypher('import-empty-aliases'));
    } finally {
      await session.close();
    }
    step('empty aliases');
    await applySchema(db.driver, db.database, INDEX_WAIT_SECONDS);
    step('schema and indexes');
    const counts = await countGraph(db.driver, db.database);
    if (
      counts.entities !== scan.counts.entities ||
      counts.relations !== scan.counts.relations ||
      counts.sources !== scan.counts.sources
    ) {
      throw new Error(
        `The imported graph holds ${counts.entities} entities, ${counts.relations} relations, ${counts.sources} sources; ` +
          `the fixtures hold ${scan.counts.entities}, ${scan.counts.relations}, ${scan.counts.sources}`,
      );
    }
    clearInterval(heartbeat);
    await db.driver.executeQuery(
      cypher('load-finish'),
      { status: 'complete', error: null },
      { database: db.database },
    );
    step('counts');
    options.log?.(`Bulk import: ${steps.join(', ')}.`);
  } catch (error) {
    clearInterval(heartbeat);
    const reason = firstLine(error);
    await db.driver
      .executeQuery(
        cypher('load-finish'),
        { status: 'interrupted', error: reason },
        { database: db.database },
      )
      .catch(() => undefined);
    throw new LoadFailure(1, 1, `${reason} (after the bulk import wrote the graph)`, { cause: error });
  }
  return {
    mode: 'import',
    ...scan.counts,
    removed: { sources: 0, entities: 0, relations: 0 },
    batches: 1,
  };
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? String(error);
