import fs from 'node:fs';
import type { FixtureScan } from '../fixtures/scan';
import type { LoadProgress } from './batch-writer';
import type { Database } from './connect';
import { cypher } from './cypher';
import { writeImportCsv, type ImportFiles } from './import-csv';
import {
  asideFolder,
  importCsvFolder,
  moveAside,
  restoreCutShort,
  storeFolders,
  type AsideStore,
} from './import-store';
import { runImportTool } from './import-tool';
import { LoadFailure, type LoadResult } from './loader';
import { HEARTBEAT_EVERY_MS } from './load-state';
import { applySchema } from './schema';
import { countGraph } from './seed';

/** Longest wait for the schema's indexes over an imported graph (a million relations: minutes). */
const INDEX_WAIT_SECONDS = 1_800;

/**
 * Whether `npm run seed` may bulk import: the embedded Neo4j is this process's own and its
 * database holds nothing but perhaps a `:Load` marker. A database that was never created is
 * empty without asking (Neo4j is not started); otherwise Neo4j is started (unless running) and asked.
 * With `replace`, whatever the database holds is replaced by a new store, so nothing is asked
 * and Neo4j is not started. Returns whether Neo4j is now running.
 */
export async function bulkImportPlan(
  db: Database,
  home: string,
  options: { replace?: boolean } = {},
): Promise<{ bulk: boolean; running: boolean }> {
  if (!db.embedded) return { bulk: false, running: false };
  if (db.embedded.instance) {
    if (options.replace) return { bulk: true, running: true };
  } else {
    restoreCutShort(home, db.database);
    if (options.replace || !storeFolders(home, db.database).some((f) => fs.existsSync(f)))
      return { bulk: true, running: false };
    await db.start();
  }
  const { records } = await db.driver.executeQuery(cypher('import-is-empty'), {}, { database: db.database });
  return { bulk: records[0]?.get('empty') === true, running: true };
}

/**
 * Loads a validated fixture folder into the embedded database this process owns with Neo4j's
 * bulk importer: the folder is streamed into CSV files (import-csv.ts), Neo4j is stopped, the
 * store in place is set aside (import-store.ts), `neo4j-admin database import full` writes a new
 * one, Neo4j starts on it, and the schema, the empty alias lists and the counts are done through
 * Cypher. Only then is the previous store dropped: any failure on the way puts it back, so a
 * failed load writes nothing. The store set aside is the empty database of a first load, or,
 * with `replace`, the whole previous graph (`seed --replace` then costs a fresh import instead of
 * deleting and upserting a million items through Cypher).
 */
export async function bulkImport(
  db: Database,
  scan: FixtureScan,
  options: {
    home: string;
    heap: string;
    running: boolean;
    replace?: boolean;
    /** The CSV files, when the check pass already wrote them (in importCsvFolder(home)). */
    files?: ImportFiles;
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
  const csv = options.files?.dir ?? importCsvFolder(home);
  const itemsTotal = scan.counts.sources + scan.counts.entities + scan.counts.relations;
  const progress = (phase: LoadProgress['phase'], itemsDone: number, batchesDone = 0) =>
    options.onProgress({ phase, itemsDone, itemsTotal, batchesDone, batchesTotal: 1 });
  let aside: AsideStore | undefined;
  const importIt = async (files: ImportFiles) => {
    aside = moveAside(home, db.database);
    step('stopping Neo4j');
    const { peakMemory } = await runImportTool(home, files, {
      database: db.database,
      heap: options.heap,
      onProgress: (p) =>
        progress('import', Math.round((itemsTotal * (p.stage - 1 + p.percent / 100)) / p.stages)),
    });
    step(`importer (peak memory ${peakMemory ?? '?'})`);
  };

  const beat = () =>
    db.driver
      .executeQuery(cypher('load-heartbeat'), { phase: 'indexes' }, { database: db.database })
      .catch(() => undefined);
  let heartbeat: NodeJS.Timeout | undefined;
  try {
    let files = options.files;
    if (!files) {
      fs.rmSync(csv, { recursive: true, force: true });
      const marker = { source: scan.dir, startedAt: new Date(), itemsTotal, replace: !!options.replace };
      files = writeImportCsv(scan, csv, marker, (done) => progress('csv', done));
      step('CSV');
    }
    const written = files;
    if (options.running && db.embedded) await db.embedded.whileStopped(() => importIt(written));
    else await importIt(written);
    fs.rmSync(csv, { recursive: true, force: true });
    await forgetBookmarks(db);
    progress('indexes', itemsTotal, 1);
    if (!options.running) await db.start();
    else await db.driver.verifyConnectivity({ database: db.database });
    step('starting Neo4j');
    await beat();
    heartbeat = setInterval(() => void beat(), HEARTBEAT_EVERY_MS).unref();
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
    aside?.drop();
    options.log?.(`Bulk import: ${steps.join(', ')}.`);
  } catch (error) {
    clearInterval(heartbeat);
    fs.rmSync(csv, { recursive: true, force: true });
    throw await putBack(db, home, aside, firstLine(error), error);
  }
  return {
    mode: 'import',
    ...scan.counts,
    removed: { sources: 0, entities: 0, relations: 0 },
    batches: 1,
  };
}

/**
 * After a failure: the store set aside (if the import got that far) comes back in place of the
 * new one, with Neo4j stopped for the swap and started again if it ran. Returns what to throw.
 */
async function putBack(
  db: Database,
  home: string,
  aside: AsideStore | undefined,
  reason: string,
  cause: unknown,
): Promise<LoadFailure> {
  if (!aside) return new LoadFailure(0, 1, reason, { cause });
  const store = aside;
  try {
    const swap = async () => store.restore();
    if (db.embedded?.instance) await db.embedded.whileStopped(swap);
    else await swap();
    await forgetBookmarks(db);
    return new LoadFailure(0, 1, `${reason} (the previous store was put back)`, { cause });
  } catch (error) {
    return new LoadFailure(
      1,
      1,
      `${reason}; putting the previous store back failed too (${firstLine(error)}): it is kept in ` +
        `${asideFolder(home)}, and the next seed or start puts it back`,
      { cause, exact: false },
    );
  }
}

/**
 * The driver's executeQuery remembers the last transaction it saw (a bookmark) and makes later
 * queries wait for it; a new store counts its transactions from the start, so a bookmark of the
 * store it replaced would never be reached (BookmarkTimeout). Forgets them.
 */
async function forgetBookmarks(db: Database): Promise<void> {
  const manager = db.driver.executeQueryBookmarkManager;
  await manager.updateBookmarks(await manager.getBookmarks(), []);
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? String(error);
