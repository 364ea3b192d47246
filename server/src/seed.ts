/**
 * `npm run seed [-- [--replace] [--cypher] [--batch-size N] <dir>]`: validates a fixture folder
 * (default fixtures/) and loads it into the configured Neo4j: with Neo4j's bulk importer when the
 * database is the embedded one this process owns and is empty, or with --replace (a new store
 * replaces the old one), otherwise in batches of Cypher (always with --cypher or --batch-size;
 * --replace then also removes what the folder no longer holds).
 * Every failure says whether anything was written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Database } from './db/connect';
import { ImportCsvWriter } from './db/import-csv';
import { importCsvFolder } from './db/import-store';
import { bulkImportPlan } from './db/importer';
import { LoadFailure } from './db/loader';
import { holdsLoad, recordLoad } from './db/load-fingerprint';
import { readLoadState } from './db/load-state';
import { applySchema, awaitAllIndexes } from './db/schema';
import { cypher } from './db/cypher';
import { countGraph } from './db/seed';
import { loadConfig } from './env';
import { fingerprintFiles } from './fixtures/fingerprint';
import { importScan, seedScan } from './fixtures/load';
import { checkProgress } from './fixtures/progress';
import { scanFixturesParallel } from './fixtures/parallel-scan';
import type { FixtureScan } from './fixtures/scan';
import { formatProblems } from './fixtures/validate';
import { readLessons } from './lessons/validate';
import { schema } from './schema';
import { PATHS } from './paths';
import { describeError } from './redact';

const NOTHING_WRITTEN = 'Nothing was written; the database is as it was.';
const MODES = {
  create: 'created in an empty database',
  merge: 'upserted by id',
  import: 'bulk-imported into an empty database',
} as const;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      replace: { type: 'boolean', default: false },
      cypher: { type: 'boolean', default: false },
      'batch-size': { type: 'string' },
    },
  });
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 100_000)) {
    console.error(`--batch-size must be an integer from 1 to 100000, got ${values['batch-size']}`);
    return 2;
  }
  const dir = path.resolve(positionals[0] ?? PATHS.fixtures);
  const config = loadConfig();

  let db: Database;
  try {
    db = await openDatabase(config, { command: 'npm run seed' });
  } catch (error) {
    console.error(`${(error as Error).message}\n${NOTHING_WRITTEN}`);
    return 1;
  }
  try {
    // Neo4j's bulk importer for an embedded database this process owns, when empty or with
    // --replace (a new store replaces the old one, which is put back on failure: importer.ts);
    // the Cypher loader otherwise, and whenever an option of its own is given.
    const plan =
      values.cypher || batchSize !== undefined
        ? { bulk: false, running: false }
        : await bulkImportPlan(db, config.embedded.dir, { replace: values.replace });
    // The bulk route checks and writes the importer's CSV in one pass over the JSON; a folder
    // with a problem discards what was written.
    const csv = plan.bulk ? new ImportCsvWriter(importCsvFolder(config.embedded.dir)) : undefined;
    const checking = Date.now();
    console.log(
      `Checking the fixtures in ${dir}${csv ? ' (writing them as CSV for the bulk importer)' : ''}...`,
    );
    // Lessons point into the graph, so they are checked against it (and their queries against the
    // API); only then are the graph's items kept (a lessons folder goes with a small graph).
    const lessons = path.join(dir, 'lessons');
    let scan: FixtureScan;
    try {
      // Large folders are checked (and written as CSV) on every core: parallel-scan.ts.
      scan = await scanFixturesParallel(dir, {
        keep: fs.existsSync(lessons),
        csv,
        onFile: (done, total, sofar) => {
          if (total > 5)
            console.log(`  checked ${checkProgress(done, total, sofar.counts, Date.now() - checking)}`);
        },
      });
      if (scan.graph) scan.problems.push(...readLessons(lessons, scan.graph, schema).problems);
    } catch (error) {
      csv?.discard();
      throw error;
    }
    if (scan.problems.length > 0) {
      csv?.discard();
      console.error(
        `${scan.problems.length} problem(s) in ${dir}; nothing was written; the database is as it was:`,
      );
      console.error(formatProblems(scan.problems));
      return 1;
    }
    const { sources, entities, relations } = scan.counts;
    const files = csv?.finish({
      source: scan.dir,
      startedAt: new Date(),
      itemsTotal: sources + entities + relations,
      replace: values.replace,
    });
    console.log(
      `Fixtures valid: ${sources} sources, ${entities} entities, ${relations} relations in ${scan.files.length} file(s) ` +
        `(checked${files ? ' and written as CSV' : ''} in ${((Date.now() - checking) / 1000).toFixed(1)} s)`,
    );
    const forced = values.replace || values.cypher || batchSize !== undefined;
    if (!plan.bulk && !plan.running) await db.start();
    // A re-run of the same, unchanged folder has nothing to write (any option forces a load).
    const fingerprint = fingerprintFiles(scan.files);
    if (!forced && !plan.bulk && (await holdsLoad(db.driver, db.database, fingerprint, scan.counts))) {
      console.log(
        `The database already holds this folder's graph (${sources} sources, ${entities} entities, ${relations} relations), ` +
          'loaded from the same files: nothing to write. --replace (or --cypher) loads it again.',
      );
      return await waitForIndexes(db); // those a seed stopped during their population, say
    }
    if (!plan.bulk) await applySchema(db.driver, db.database, 60, (line) => console.log(line));
    // Only to explain what this run does: a slow answer on a busy machine must not stop the load.
    const before = plan.bulk
      ? undefined
      : await readLoadState(db.driver, db.database, 60_000).catch(() => undefined);
    if (before && (before.status === 'interrupted' || before.status === 'loading')) {
      console.log(
        `The last load ${before.status === 'loading' ? 'is still running or died' : 'was interrupted'} (${before.message}); this run completes it.`,
      );
    }
    const started = Date.now();
    const result = plan.bulk
      ? await importScan(db, scan, {
          ...config.embedded,
          running: plan.running,
          replace: values.replace,
          files,
        })
      : await seedScan(db.driver, db.database, scan, { replace: values.replace, batchSize });
    await recordLoad(db.driver, db.database, fingerprint);
    const seconds = (Date.now() - started) / 1000;
    const [counts, state] = await Promise.all([
      countGraph(db.driver, db.database),
      readLoadState(db.driver, db.database, 60_000),
    ]).catch(() => [undefined, undefined] as const);
    const removed = result.removed;
    console.log(
      `${values.replace ? 'Replaced the graph with' : 'Seeded'} ${sources} sources, ${entities} entities, ${relations} relations ` +
        `in ${seconds.toFixed(1)} s (${values.replace && result.mode === 'import' ? 'bulk-imported into a new store' : MODES[result.mode]}, ` +
        `${result.batches} batches, ${Math.round(relations / Math.max(seconds, 0.001))} relations/s).` +
        (values.replace && result.mode === 'import'
          ? ' The previous graph was replaced as a whole: the database holds exactly the folder.'
          : values.replace
            ? ` Removed ${removed.entities} entities, ${removed.relations} relations, ${removed.sources} sources the fixtures no longer hold.`
            : '') +
        (counts && state
          ? `\nThe database now holds ${counts.entities} entities, ${counts.relations} relations, ${counts.sources} sources. Load state: ${state.status}.`
          : '') +
        // maxRSS is this process only (KiB); the JVMs of Neo4j and its importer are not in it.
        `\nPeak memory of this process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`,
    );
    return await waitForIndexes(db);
  } catch (error) {
    if (error instanceof LoadFailure) console.error(`The load failed: ${error.message}`);
    else console.error(`${(error as Error).message}\n${NOTHING_WRITTEN}`);
    return 1;
  } finally {
    await db.close().catch(() => undefined);
  }
}

/** Plain progress lines while the indexes build come at most this often. */
const INDEX_LINE_EVERY_MS = 5_000;

/**
 * After a bulk import the indexes of hub pages and source lists are still populating
 * (BACKGROUND_INDEXES, index-state.ts). Neo4j stopping now would drop that work: the next start
 * would do it again (29.8 s at a million relations) while hub pages take their slower route. So
 * seed waits for them, and says the graph is already complete and that Ctrl-C loses nothing.
 */
async function waitForIndexes(db: Database): Promise<number> {
  try {
    await awaitIndexesWithProgress(db);
    return 0;
  } catch (error) {
    // The load itself is complete: the catch of main would say nothing was written.
    console.error(
      `The graph is loaded, but waiting for its indexes failed: ${describeError(error)} ` +
        'Reads that need an index not online take slower routes; a start creates a dropped one again.',
    );
    return 1;
  }
}

async function awaitIndexesWithProgress(db: Database): Promise<void> {
  const { records } = await db.driver.executeQuery(cypher('index-names'), {}, { database: db.database });
  const total = records.length;
  const started = Date.now();
  let saidAt = 0;
  await awaitAllIndexes(db.driver, db.database, (pending) => {
    if (pending.length === 0 || Date.now() - saidAt < INDEX_LINE_EVERY_MS) return;
    if (saidAt === 0)
      console.log(
        `Building ${pending.length} of the ${total} indexes (the graph is complete and can be served; ` +
          'Ctrl-C loses nothing: the next start builds them again)...',
      );
    const built = 100 * (total - pending.length) + pending.reduce((sum, p) => sum + p.populationPercent, 0);
    // A full-text index reports 100% for a while before it is online: 99 until it is.
    const percent = Math.min(99, Math.floor(built / total));
    console.log(
      `  indexes ${percent}% built, ${pending.length} to go, ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    saidAt = Date.now();
  });
  console.log(
    `All ${total} indexes are online${saidAt ? ` (built in ${((Date.now() - started) / 1000).toFixed(1)} s more)` : ''}.`,
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${NOTHING_WRITTEN}`);
    process.exit(1);
  },
);
