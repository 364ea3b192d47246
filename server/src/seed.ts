/**
 * `npm run seed [-- [--replace] <dir>]`: validates a fixture folder (default fixtures/) and loads
 * it into the configured Neo4j; `--replace` first removes what the folder no longer holds. On
 * any problem it prints every one with file and field, exits 1 and writes nothing.
 */
import path from 'node:path';
import { connect } from './db/connect';
import { applySchema } from './db/schema';
import { countGraph } from './db/seed';
import { loadConfig } from './env';
import { FixtureError, seedFromFolder } from './fixtures/load';
import { formatProblems, readFixtures } from './fixtures/validate';
import { readLessons } from './lessons/validate';
import { schema } from './schema';
import { PATHS } from './paths';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const replace = args.includes('--replace');
  const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? PATHS.fixtures);
  const config = loadConfig();
  const report = readFixtures(dir);
  // Lessons point into the graph, so they are checked against it (and their queries against the API).
  report.problems.push(...readLessons(path.join(dir, 'lessons'), report.graph, schema).problems);
  if (report.problems.length > 0) {
    console.error(`${report.problems.length} problem(s) in ${dir}; nothing was written:`);
    console.error(formatProblems(report.problems));
    return 1;
  }
  console.log(`Fixtures valid: ${report.files.length} file(s) in ${dir}`);
  const db = await connect(config);
  try {
    await applySchema(db.driver, db.database);
    const started = Date.now();
    const written = await seedFromFolder(db.driver, db.database, dir, console.log, { replace });
    const counts = await countGraph(db.driver, db.database);
    console.log(
      `${replace ? 'Replaced the graph with' : 'Seeded'} ${written.sources} sources, ${written.entities} entities, ${written.relations} relations ` +
        `in ${Date.now() - started} ms. The database now holds ${counts.entities} entities, ` +
        `${counts.relations} relations, ${counts.sources} sources.`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof FixtureError || error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
