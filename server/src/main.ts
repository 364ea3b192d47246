/**
 * The server process: connects to Neo4j (starting the embedded one without NEO4J_URI), applies
 * the schema, seeds an empty database, then serves HTTP until SIGINT/SIGTERM, when it stops
 * everything it started.
 */
import { connect, type Database } from './db/connect';
import { applySchema } from './db/schema';
import { countGraph } from './db/seed';
import { ConfigError, loadConfig } from './env';
import { seedFromFolder } from './fixtures/load';
import { createApp } from './http/app';
import { PATHS } from './paths';

async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  const db: Database = await connect(config);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping...`);
    server.close();
    server.closeAllConnections();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await applySchema(db.driver, db.database);
  let counts = await countGraph(db.driver, db.database);
  if (counts.entities === 0 && config.seedOnStart) {
    console.log(`The database is empty: seeding it from ${PATHS.fixtures}`);
    await seedFromFolder(db.driver, db.database, PATHS.fixtures);
    counts = await countGraph(db.driver, db.database);
  }
  const server = createApp({
    driver: db.driver,
    database: db.database,
    uri: db.uri,
    queryTimeoutMs: config.queryTimeoutMs,
    maxBodyBytes: config.maxBodyBytes,
    queryConcurrency: config.queryConcurrency,
    corsOrigins: config.corsOrigins,
    ...config.graphql,
  });
  server.listen(config.port, config.host, () => {
    const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
    console.log(
      `Graph: ${counts.entities} entities, ${counts.relations} relations, ${counts.sources} sources.\n` +
        `Ready in ${Date.now() - started} ms:\n  explorer  ${base}/\n  GraphiQL  ${base}/graphql\n  health    ${base}/health`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError ? error.message : error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
