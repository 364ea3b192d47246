/**
 * The server process. In this order, so that every problem is one line and nothing is started
 * for nothing: validate the configuration; check the data folder, take its lock and check the
 * Bolt port (embedded Neo4j only); listen on the HTTP port (/health says "starting" from here
 * on); start Neo4j; apply the schema; seed an empty database. It then serves until SIGINT,
 * SIGTERM, SIGHUP or the death of its parent, and stops everything it started.
 */
import type http from 'node:http';
import { openDatabase, type Database } from './db/connect';
import { readCounts } from './db/health';
import { readLoadState } from './db/load-state';
import { applySchema } from './db/schema';
import { TIME_KEYS_MISSING, timeKeysMissing } from './db/time-keys';
import { watchPlans, type PlanWatch } from './db/plan-watch';
import { warmQueryPlans } from './db/warm-up';
import { ConfigError, loadConfig } from './env';
import { seedFromFolder } from './fixtures/load';
import { createApp } from './http/app';
import { loopbackBase, warmServer } from './http/warm-start';
import { stopOnSignals } from './lifecycle';
import { PATHS } from './paths';
import { listen } from './listen';
import { describeError, log } from './redact';

let db: Database | undefined;
let server: http.Server | undefined;
let plans: PlanWatch | undefined;
let stopping = false;
/** Until the schema is applied and an empty database seeded, /health is not "ready". */
let phase: 'starting' | 'loading' | 'serving' = 'starting';

async function shutdown(): Promise<void> {
  stopping = true;
  plans?.stop();
  server?.close();
  server?.closeAllConnections();
  await db?.close();
}

async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  stopOnSignals(shutdown);
  // A promise nobody awaits any more (say, a resolver GraphQL abandoned when a sibling failed)
  // must not take the server down with every request in flight: log it in one line and serve on.
  process.on('unhandledRejection', (reason) => log.error(`Unhandled rejection: ${describeError(reason)}`));
  db = await openDatabase(config, {
    owner: 'refuse',
    command: 'npm start',
    httpPort: config.port,
    log: log.info,
  });
  const current = db;
  server = createApp({
    driver: current.driver,
    database: current.database,
    uri: current.uri,
    queryTimeoutMs: config.queryTimeoutMs,
    maxBodyBytes: config.maxBodyBytes,
    health: {
      state: () => (phase === 'serving' || current.state() !== 'ready' ? current.state() : phase),
      embedded: current.embedded,
      readLoadState,
    },
    queryConcurrency: config.queryConcurrency,
    corsOrigins: config.corsOrigins,
    ...config.graphql,
  });
  await listen(server, config.port, config.host);
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  log.info(`Listening on ${base} (${base}/health says "starting" until Neo4j is ready)`);

  await current.start();
  if (current.embedded?.instance) {
    const neo4j = current.embedded.instance;
    log.info(
      `Embedded Neo4j ${neo4j.version} ready at ${neo4j.uri} (data in ${neo4j.dir}, password in ${neo4j.dir}/password)`,
    );
  }
  await applySchema(current.driver, current.database, 60, (line) => log.info(line));
  // Side by side: each is a first compile in a fresh JVM, which Neo4j runs on its own thread.
  const [counts, load] = await Promise.all([
    readCounts(current.driver, current.database),
    readLoadState(current.driver, current.database),
  ]);
  let { graph } = counts;
  // An interrupted seed of the default fixtures (say, Ctrl-C during the first start) is completed.
  const unfinished = load.status === 'interrupted' && load.source === PATHS.fixtures;
  if ((graph.entities === 0 || unfinished) && config.seedOnStart) {
    log.info(
      `${unfinished ? 'The last load was interrupted' : 'The database is empty'}: seeding it from ${PATHS.fixtures}`,
    );
    phase = 'loading';
    await seedFromFolder(current.driver, current.database, PATHS.fixtures);
    ({ graph } = await readCounts(current.driver, current.database));
  }
  if (graph.entities > 0 && (await timeKeysMissing(current.driver, current.database).catch(() => false))) {
    log.warn(TIME_KEYS_MISSING);
  }
  phase = 'serving';
  // In the background, so that the first visitor does not wait for them: the start view's plans,
  // then the start view itself through HTTP (warm code), every costly query's plan and the view
  // "Show the whole graph" loads (warmServer).
  const self = loopbackBase(config.host, config.port);
  void warmQueryPlans(current.driver, current.database, 'start view')
    .then(() => warmServer(self, current.driver, current.database, graph.entities))
    .catch(() => undefined);
  // And again whenever a load or a restart of Neo4j makes it plan again (plan-watch.ts).
  plans = watchPlans({
    driver: current.driver,
    database: current.database,
    restarts: () => current.embedded?.restarts ?? 0,
    warm: async () => {
      const { graph: now } = await readCounts(current.driver, current.database);
      await warmServer(self, current.driver, current.database, now.entities);
    },
  });
  void plans.check();
  log.info(
    `Graph: ${graph.entities} entities, ${graph.relations} relations, ${graph.sources} sources.\n` +
      `Ready in ${Date.now() - started} ms:\n  explorer  ${base}/\n  GraphiQL  ${base}/graphql\n  health    ${base}/health`,
  );
}

main().catch(async (error: unknown) => {
  if (stopping) return; // a signal arrived during start-up; stopOnSignals exits
  log.error(error instanceof ConfigError ? error.message : describeError(error));
  await shutdown().catch(() => undefined);
  process.exit(1);
});
