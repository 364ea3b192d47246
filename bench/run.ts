/**
 * `npm run bench [-- --size article|10k|100k|1m] [--n 200] [--budget 30] [--warm 30] [--seconds 10] [--profile]`: the
 * API's latency per root field through our real HTTP server against the same Cypher through the
 * raw driver (recorded from the server, replayed: bench/api/recording-driver.ts) and, where a
 * generic layer has an equivalent, against @neo4j/graphql on the same database (in a process of
 * its own: bench/api/neo4j-graphql-server.ts); interleaved, N requests each (fewer once a case
 * has spent its time budget). Then throughput for neighborhood
 * depth 1 (autocannon, 16 connections, 10 s) for the three. Synthetic sizes are generated and
 * loaded once into .data/bench-<size> (see bench/api/prepare.ts) and reused. `--profile` prints
 * the plan (PROFILE) of every statement of a case that misses issue 8's target. `--only 'a|b'` keeps
 * the cases whose name contains one of the texts (and skips the throughput table unless the first
 * case is kept), to profile a few cases (`node --cpu-prof --import tsx bench/run.ts --only ...`).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { createDriver } from '../server/src/db/driver';
import { readLoadState } from '../server/src/db/load-state';
import { applySchema } from '../server/src/db/schema';
import { warmQueryPlans } from '../server/src/db/warm-up';
import { loadConfig } from '../server/src/env';
import { createApp } from '../server/src/http/app';
import { cases } from './api/cases';
import { answerBytes, getJson, post } from './api/client';
import { startBenchDatabase } from './api/database';
import { startHttpFloor } from './api/http-floor';
import { interleave, type Runner } from './api/measure';
import { startNeo4jGraphQL } from './api/neo4j-graphql';
import { prepareGraph } from './api/prepare';
import { profile } from './api/profile';
import { measureWithoutSourceMaps } from './api/source-maps';
import { recordingDriver, replay } from './api/recording-driver';
import { latencyRow, LATENCY_HEAD, throughputTable } from './api/report';
import { table } from './api/table';
import { chooseTargets } from './api/targets';

const DATABASE = 'neo4j';

async function main(): Promise<void> {
  measureWithoutSourceMaps();
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'article' },
      n: { type: 'string', default: '200' },
      budget: { type: 'string', default: '30' },
      warm: { type: 'string', default: '30' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '16' },
      profile: { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  });
  const [n, budget, seconds, connections, warm] = [
    values.n,
    values.budget,
    values.seconds,
    values.connections,
    values.warm,
  ].map((v) => Number(v)) as [number, number, number, number, number];
  if (![n, budget, seconds, connections].every((v) => Number.isInteger(v) && v > 0) || !(warm >= 0)) {
    throw new Error('--n, --budget, --seconds and --connections take positive integers, --warm seconds ≥ 0');
  }
  const wallStart = Date.now();
  const config = loadConfig();
  const graph = prepareGraph(values.size);
  const instance = await startBenchDatabase(graph);
  const connection = { uri: instance.uri, user: 'neo4j', password: instance.password, database: DATABASE };
  const recording = recordingDriver(createDriver(connection));
  const rawDriver = createDriver(connection);
  const server = createApp({
    driver: recording.driver,
    database: DATABASE,
    uri: instance.uri,
    queryTimeoutMs: config.queryTimeoutMs,
    maxBodyBytes: config.maxBodyBytes,
    health: { readLoadState },
    queryConcurrency: config.queryConcurrency,
  });
  const generic = await startNeo4jGraphQL(connection);
  const floor = await startHttpFloor(rawDriver, DATABASE, config.queryTimeoutMs);
  try {
    await applySchema(rawDriver, DATABASE);
    // As main.ts does at start: plan the costly queries before the first request needs them.
    await warmQueryPlans(rawDriver, DATABASE);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const url = `${base}/graphql`;
    const health = (await getJson(`${base}/health`)) as { graph: Record<string, number> };
    const targets = await chooseTargets(url, graph.summary);
    console.log(
      `\nSize ${graph.size}: ${JSON.stringify(health.graph)}; Neo4j ${instance.version}, page cache per .data/bench-<size>; ` +
        `${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(1)}.\n` +
        `Targets: ${JSON.stringify(targets)}\nN=${n} interleaved rounds per case (budget ${budget} s a case), raw = the server's own statements replayed as auto-commit queries, floor = the same behind a bare HTTP endpoint (no GraphQL).\n`,
    );
    const rows: string[][] = [];
    const only = values.only?.split('|').filter(Boolean);
    const kept = (name: string) => !only || only.some((text) => name.includes(text));
    // One case at a time: the recording driver notes the statements of one request at a time.
    const measured = [];
    for (const c of cases(targets).filter((c) => kept(c.name))) {
      const ours: Runner = c.ours.startsWith('/')
        ? async () => void (await getJson(`${base}${c.ours}`))
        : async () => void (await post(url, c.ours));
      const { statements, result: bytes } = await recording.record(() => answerBytes(base, c.ours));
      const raw: Runner = async () =>
        void (await replay(rawDriver, DATABASE, statements, config.queryTimeoutMs));
      floor.register(c.ours, statements);
      const overHttp: Runner = async () => void (await post(floor.url, c.ours));
      measured.push({ c, ours, raw, overHttp, statements, bytes });
    }
    await warmUp(
      measured.flatMap(({ ours, raw, overHttp }) => [ours, raw, overHttp]),
      warm * 1000,
    );
    for (const { c, ours, raw, overHttp, statements, bytes } of measured) {
      const runners: Runner[] = [ours, raw, overHttp];
      if (c.neo4jGraphql) runners.push(async () => void (await post(generic.url, c.neo4jGraphql ?? '')));
      const samples = await interleave(runners, {
        n,
        warmup: Math.min(20, n),
        budgetMs: budget * 1000,
        minRounds: 5,
      });
      const row = latencyRow(c, samples, statements.length, bytes);
      rows.push(row);
      console.log(table(LATENCY_HEAD, [row]).split('\n')[2]);
      if (values.profile && row[LATENCY_HEAD.indexOf('target')]?.endsWith('MISSED')) {
        console.log(await profile(rawDriver, DATABASE, statements, config.queryTimeoutMs));
      }
    }
    console.log(`\nLatency, size ${graph.size} (ms):\n${table(LATENCY_HEAD, rows)}`);
    const hood = cases(targets)[0];
    if (hood?.neo4jGraphql && kept(hood.name)) {
      const { statements } = await recording.record(() => post(url, hood.ours));
      console.log(
        `\nThroughput, ${hood.name}, ${connections} connections, ${seconds} s each:\n` +
          (await throughputTable({
            ours: { url, query: hood.ours },
            generic: { url: generic.url, query: hood.neo4jGraphql },
            raw: () => replay(rawDriver, DATABASE, statements, config.queryTimeoutMs).then(() => undefined),
            connections,
            seconds,
          })),
      );
    }
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await generic.close();
    await floor.close();
    await Promise.all([recording.driver.close(), rawDriver.close()]);
    await instance.stop();
    graph.dispose();
  }
  console.log(
    `\nLoad average at the end: ${os.loadavg()[0]?.toFixed(1)}. Total wall time: ${((Date.now() - wallStart) / 1000).toFixed(1)} s`,
  );
}

/**
 * Runs every case through our server and the raw driver, in turn, for `ms`. A long-running server
 * and Neo4j have their hot code compiled by their JITs; a bench that starts both fresh would
 * measure them still compiling: at 1M, depth 1 of a degree-10 entity through the raw driver took
 * 5.5 ms over its first 300 runs and 1.9 ms after 3,000, and ours fell likewise.
 */
async function warmUp(runners: Runner[], ms: number): Promise<void> {
  const until = performance.now() + ms;
  let rounds = 0;
  while (performance.now() < until) {
    for (const run of runners) await run().catch(() => undefined);
    rounds += 1;
  }
  if (ms > 0)
    console.log(
      `Warm-up: ${rounds} rounds of every case through ours, raw and the floor in ${ms / 1000} s.\n`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
