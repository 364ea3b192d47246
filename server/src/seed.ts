/**
 * `npm run seed [-- [--replace] [--cypher] [--batch-size N] <dir>]`: validates a fixture folder
 * (default fixtures/) and loads it into the configured Neo4j: with Neo4j's bulk importer when the
 * database is the empty embedded one this process owns, otherwise in batches of Cypher (always
 * with --cypher, --batch-size or --replace, which also removes what the folder no longer holds).
 * Every failure says whether anything was written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Database } from './db/connect';
import { bulkImportPlan } from './db/importer';
import { LoadFailure } from './db/loader';
import { holdsLoad, recordLoad } from './db/load-fingerprint';
import { readLoadState } from './db/load-state';
import { applySchema } from './db/schema';
import { countGraph } from './db/seed';
import { loadConfig } from './env';
import { fingerprintFiles } from './fixtures/fingerprint';
import { importScan, seedScan } from './fixtures/load';
import { scanFixtures } from './fixtures/scan';
import { formatProblems } from './fixtures/validate';
import { readLessons } from './lessons/validate';
import { schema } from './schema';
import { PATHS } from './paths';

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

  const checking = Date.now();
  console.log(`Checking the fixtures in ${dir}...`);
  // Lessons point into the graph, so they are checked against it (and their queries against the
  // API); only then are the graph's items kept (a lessons folder goes with a small graph).
  const lessons = path.join(dir, 'lessons');
  const scan = scanFixtures(dir, {
    keep: fs.existsSync(lessons),
    onFile: (done, total) => {
      if (total > 5) console.log(`  checked ${done}/${total} files`);
    },
  });
  if (scan.graph) scan.problems.push(...readLessons(lessons, scan.graph, schema).problems);
  if (scan.problems.length > 0) {
    console.error(
      `${scan.problems.length} problem(s) in ${dir}; nothing was written; the database is as it was:`,
    );
    console.error(formatProblems(scan.problems));
    return 1;
  }
  const { sources, entities, relations } = scan.counts;
  console.log(
    `Fixtures valid: ${sources} sources, ${entities} entities, ${relations} relations in ${scan.files.length} file(s) ` +
      `(checked in ${((Date.now() - checking) / 1000).toFixed(1)} s)`,
  );

  let db: Database;
  try {
    db = await openDatabase(config, { command: 'npm run seed' });
  } catch (error) {
    console.error(`${(error as Error).message}\n${NOTHING_WRITTEN}`);
    return 1;
  }
  try {
    // Neo4j's bulk importer for an empty embedded database this process owns (importer.ts);
    // the Cypher loader otherwise, and whenever an option of its own is given.
    const forced = values.replace || values.cypher || batchSize !== undefined;
    const plan = forced ? { bulk: false, running: false } : await bulkImportPlan(db, config.embedded.dir);
    if (!plan.bulk && !plan.running) await db.start();
    // A re-run of the same, unchanged folder has nothing to write (any option forces a load).
    const fingerprint = fingerprintFiles(scan.files);
    if (!forced && !plan.bulk && (await holdsLoad(db.driver, db.database, fingerprint, scan.counts))) {
      console.log(
        `The database already holds this folder's graph (${sources} sources, ${entities} entities, ${relations} relations), ` +
          'loaded from the same files: nothing to write. --replace (or --cypher) loads it again.',
      );
      return 0;
    }
    if (!plan.bulk) await applySchema(db.driver, db.database);
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
      ? await importScan(db, scan, { ...config.embedded, running: plan.running })
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
        `in ${seconds.toFixed(1)} s (${MODES[result.mode]}, ` +
        `${result.batches} batches, ${Math.round(relations / Math.max(seconds, 0.001))} relations/s).` +
        (values.replace
          ? ` Removed ${removed.entities} entities, ${removed.relations} relations, ${removed.sources} sources the fixtures no longer hold.`
          : '') +
        (counts && state
          ? `\nThe database now holds ${counts.entities} entities, ${counts.relations} relations, ${counts.sources} sources. Load state: ${state.status}.`
          : '') +
        // maxRSS is this process only (KiB); the JVMs of Neo4j and its importer are not in it.
        `\nPeak memory of this process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof LoadFailure) console.error(`The load failed: ${error.message}`);
    else console.error(`${(error as Error).message}\n${NOTHING_WRITTEN}`);
    return 1;
  } finally {
    await db.close().catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${NOTHING_WRITTEN}`);
    process.exit(1);
  },
);
