/**
 * `npm run bench:faults`: kill -9 of the embedded Neo4j under load. Starts the app in this
 * process (its own data folder and free ports, the embedded Neo4j supervised as in production),
 * seeds the article's graph, then runs CLIENTS clients that send the explorer's kind of GraphQL
 * requests back to back. After a warm-up it kills the JVM with SIGKILL, KILLS times, and
 * reports for each kill the seconds until /health said ready again and until the first request
 * succeeded again, and the requests lost meanwhile by error code. Bounded: it stops by itself.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../server/src/db/connect';
import { applySchema } from '../server/src/db/schema';
import { loadConfig } from '../server/src/env';
import { seedFromFolder } from '../server/src/fixtures/load';
import { createApp } from '../server/src/http/app';
import { listen } from '../server/src/listen';
import { PATHS } from '../server/src/paths';
import { freePort } from '../tests/support/free-port';

const CLIENTS = 8;
const KILLS = 3;
const WARMUP_MS = 5_000;
/** After recovery, steady load for this long before the next kill. */
const SETTLE_MS = 5_000;
/** A kill that has not recovered after this long ends the run. */
const GIVE_UP_MS = 180_000;

const QUERIES = [
  '{ entity(id: "mss") { name degree relations(first: 10) { nodes { label to { name } } } } }',
  '{ search(text: "china", first: 5) { score entity { id name } } }',
  '{ neighborhood(id: "salt-typhoon", depth: 1) { nodes { id name } edges { id status } } }',
];

interface Outcome {
  at: number;
  ms: number;
  code: string; // 'ok' or the error code
}

async function request(url: string, query: string): Promise<Outcome> {
  const at = Date.now();
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    const code = body.errors?.length ? (body.errors[0]?.extensions?.code ?? `HTTP_${res.status}`) : 'ok';
    return { at, ms: Date.now() - at, code };
  } catch (error) {
    return {
      at,
      ms: Date.now() - at,
      code: (error as Error).name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'NETWORK_ERROR',
    };
  }
}

async function healthStatus(url: string): Promise<string> {
  try {
    return ((await (await fetch(`${url}/health`)).json()) as { status: string }).status;
  } catch {
    return 'unreachable';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => (ms / 1000).toFixed(1);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-faults-'));
  const port = await freePort();
  const config = loadConfig({
    PORT: String(port),
    NEO4J_EMBEDDED_PORT: String(await freePort()),
    NEO4J_EMBEDDED_DIR: dir,
    NEO4J_EMBEDDED_HEAP: '1g',
  });
  const log: string[] = [];
  const db = await openDatabase(config, {
    owner: 'refuse',
    command: 'bench:faults',
    log: (line) => log.push(line),
  });
  const server = createApp({
    ...db,
    queryTimeoutMs: 10_000,
    maxBodyBytes: 100_000,
    health: { state: db.state, embedded: db.embedded },
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await listen(server, port, '127.0.0.1');
    await db.start();
    await applySchema(db.driver, db.database);
    await seedFromFolder(db.driver, db.database, PATHS.fixtures, () => undefined);
    console.log(
      `bench:faults: ${CLIENTS} clients, ${KILLS} kill -9 of the embedded Neo4j (${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)})`,
    );

    const outcomes: Outcome[] = [];
    let running = true;
    const clients = Array.from({ length: CLIENTS }, async (_, i) => {
      for (let n = i; running; n += 1) outcomes.push(await request(url, QUERIES[n % QUERIES.length]!));
    });
    await sleep(WARMUP_MS);
    const rows: string[] = [];
    for (let k = 1; k <= KILLS; k += 1) {
      const pid = db.embedded?.instance?.pid;
      if (!pid) throw new Error('no embedded Neo4j to kill');
      const killedAt = Date.now();
      process.kill(pid, 'SIGKILL');
      let readyAt = 0;
      while (!readyAt && Date.now() - killedAt < GIVE_UP_MS) {
        await sleep(100);
        if (db.embedded?.instance?.pid !== pid && (await healthStatus(url)) === 'ready') readyAt = Date.now();
      }
      const firstOk = () =>
        outcomes.find((o) => o.at >= killedAt && o.code === 'ok' && o.at + o.ms > killedAt);
      while (!firstOk() && Date.now() - killedAt < GIVE_UP_MS) await sleep(100);
      const ok = firstOk();
      const okAt = ok ? ok.at + ok.ms : Number.NaN;
      const lost = outcomes.filter((o) => o.at + o.ms >= killedAt && o.at <= okAt && o.code !== 'ok');
      const byCode = Object.entries(
        lost.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.code]: (acc[o.code] ?? 0) + 1 }), {}),
      )
        .map(([code, count]) => `${code} ${count}`)
        .join(', ');
      rows.push(
        `kill ${k}: /health ready after ${readyAt ? seconds(readyAt - killedAt) : 'never'} s, ` +
          `first successful request after ${seconds(okAt - killedAt)} s, lost ${lost.length} (${byCode || 'none'})`,
      );
      console.log(rows.at(-1));
      await sleep(SETTLE_MS);
    }
    running = false;
    await Promise.all(clients);
    const ok = outcomes.filter((o) => o.code === 'ok').map((o) => o.ms);
    console.log(
      `requests: ${outcomes.length}, succeeded ${ok.length}, failed ${outcomes.length - ok.length}; ` +
        `latency of successes p50 ${percentile(ok, 50)} ms, p99 ${percentile(ok, 99)} ms`,
    );
    console.log('supervisor log:\n  ' + log.filter((l) => /exited|back at|failed/.test(l)).join('\n  '));
  } finally {
    server.closeAllConnections();
    server.close();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
