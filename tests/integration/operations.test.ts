/**
 * The app as an operator meets it: `npm start` (compiled server, embedded Neo4j) with its own
 * data folder and ports, then a second instance, a kill -9 of the JVM, the password, a web page
 * knocking on Bolt, and every stop signal to each of the app's processes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { readFixtures } from '../../server/src/fixtures/validate';
import { PATHS, REPO_ROOT } from '../../server/src/paths';
import {
  groupPids,
  health,
  isAlive,
  serverPid,
  spawnApp,
  waitFor,
  type AppProcess,
} from '../support/app-process';
import { BUILD_MS, JVM_START_MS, STOP_MS, jvmBudget } from '../support/budget';
import { freePort } from '../support/free-port';

const fixtures = readFixtures(PATHS.fixtures).graph;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-ops-'));
let ports: { http: number; bolt: number };
let app: AppProcess | undefined;

async function startApp(): Promise<AppProcess> {
  const started = spawnApp({ PORT: ports.http, NEO4J_EMBEDDED_PORT: ports.bolt, NEO4J_EMBEDDED_DIR: dir });
  app = started;
  await waitFor('/health to say ready with the graph', BUILD_MS + JVM_START_MS, async () => {
    if (started.child.exitCode !== null) throw new Error(`npm start exited:\n${started.output()}`);
    const h = await health(started.url);
    return h?.body.status === 'ready' && h.body.graph?.entities === fixtures.entities.length ? h : undefined;
  });
  return started;
}

/** The compiled server run directly, as a second instance would be. */
function secondInstance(env: Record<string, string | number>) {
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'server', 'dist', 'main.js')], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, NEO4J_EMBEDDED_HEAP: '256m', ...env },
    encoding: 'utf8',
    timeout: JVM_START_MS,
  });
  return { status: run.status, lines: run.stderr.trim().split('\n'), stdout: run.stdout };
}

async function graphql(url: string, query: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

beforeAll(async () => {
  ports = { http: await freePort(), bolt: await freePort() };
});

afterAll(async () => {
  // Only if a test failed half-way: nothing of ours may outlive the run (the JVM follows node:
  // its stdin closes).
  if (app && isAlive(app.npmPid)) process.kill(-app.npmPid, 'SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm start with the embedded Neo4j', () => {
  it(
    'starts with a generated password kept readable by the owner only, and seeds the empty folder',
    async () => {
      const running = await startApp();
      expect(running.output()).toContain('The database is empty: seeding it');
      const password = path.join(dir, 'password');
      expect(fs.statSync(password).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(password, 'utf8').trim()).toMatch(/^[A-Za-z0-9_-]{32}$/);
    },
    BUILD_MS + jvmBudget(1),
  );

  it(
    'refuses a second instance on the same data folder, HTTP port or Bolt port at once, in one line',
    async () => {
      const owner = serverPid(dir);
      const sameFolder = secondInstance({
        PORT: await freePort(),
        NEO4J_EMBEDDED_PORT: await freePort(),
        NEO4J_EMBEDDED_DIR: dir,
      });
      expect(sameFolder.status).toBe(1);
      expect(sameFolder.lines).toEqual([
        expect.stringContaining(
          `The data folder ${dir} is in use by process ${owner} (npm start, Bolt port ${ports.bolt}, HTTP port ${ports.http}`,
        ),
      ]);

      const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-ops-second-'));
      try {
        const sameHttp = secondInstance({
          PORT: ports.http,
          NEO4J_EMBEDDED_PORT: await freePort(),
          NEO4J_EMBEDDED_DIR: otherDir,
        });
        expect(sameHttp.status).toBe(1);
        expect(sameHttp.lines).toEqual([
          `HTTP port ${ports.http} on 127.0.0.1 is already in use by another program; stop it or set PORT to a free port.`,
        ]);
        const sameBolt = secondInstance({
          PORT: await freePort(),
          NEO4J_EMBEDDED_PORT: ports.bolt,
          NEO4J_EMBEDDED_DIR: otherDir,
        });
        expect(sameBolt.status).toBe(1);
        expect(sameBolt.lines).toEqual([
          `Bolt port ${ports.bolt} on 127.0.0.1 is already in use by another program; stop it or set NEO4J_EMBEDDED_PORT to a free port.`,
        ]);
        // Refused before any JVM ran: Neo4j never created its store there.
        expect(fs.existsSync(path.join(otherDir, 'data'))).toBe(false);
        expect(fs.existsSync(path.join(otherDir, 'app.lock'))).toBe(false);
      } finally {
        fs.rmSync(otherDir, { recursive: true, force: true });
      }
      // The first instance still serves.
      expect((await health(app!.url))?.body.status).toBe('ready');
    },
    jvmBudget(0),
  );

  it(
    'restarts the JVM after kill -9: /health goes through restarting to ready, and queries work again',
    async () => {
      const url = app!.url;
      const before = (await health(url))!.body.neo4j.embedded;
      process.kill(before.pid, 'SIGKILL');
      const seen = new Set<string>();
      const after = await waitFor('/health to be ready again after a restart', JVM_START_MS, async () => {
        const h = await health(url);
        if (h) seen.add(h.body.status);
        return h?.body.status === 'ready' && h.body.neo4j.embedded.restarts === 1 ? h : undefined;
      });
      expect(seen).toContain('restarting');
      expect(after.body.neo4j.embedded.pid).not.toBe(before.pid);
      expect(after.body.graph.entities).toBe(fixtures.entities.length);
      const answer = await waitFor('a query to succeed', JVM_START_MS, async () => {
        const body = await graphql(url, '{ entity(id: "mss") { name } }');
        return body.data?.entity ? body : undefined;
      });
      expect(answer.data.entity).toEqual({ name: 'Ministry of State Security' });
      expect(app!.output()).toMatch(
        /The embedded Neo4j \(pid \d+\) exited unexpectedly \(signal SIGKILL\); restarting it\./,
      );
    },
    jvmBudget(1),
  );

  it('refuses Bolt over WebSocket, so a web page cannot reach the database', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port: ports.bolt }, () =>
        socket.write(
          'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
            'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n' +
            'Origin: http://evil.example\r\n\r\n',
        ),
      );
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.once('close', () => resolve(received));
      socket.once('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 403 Forbidden/);
    expect(answer).not.toContain('101 Switching Protocols');
  });

  it('requires the password: no password or a wrong one is refused, the kept one works', async () => {
    const uri = `bolt://127.0.0.1:${ports.bolt}`;
    const attempt = async (auth?: ReturnType<typeof neo4j.auth.basic>) => {
      const driver = neo4j.driver(uri, auth);
      try {
        const result = await driver.executeQuery('RETURN 1 AS one');
        return result.records[0]?.get('one').toNumber();
      } catch (error) {
        return (error as { code?: string }).code;
      } finally {
        await driver.close();
      }
    };
    const password = fs.readFileSync(path.join(dir, 'password'), 'utf8').trim();
    expect(await attempt(neo4j.auth.basic('neo4j', password))).toBe(1);
    expect(await attempt()).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await attempt(neo4j.auth.basic('neo4j', 'not-the-password'))).toBe(
      'Neo.ClientError.Security.Unauthorized',
    );
  });

  it('keeps credentials out of its messages', async () => {
    const run = secondInstance({
      PORT: await freePort(),
      NEO4J_URI: `bolt://neo4j:uri-secret-1@127.0.0.1:${ports.bolt}`,
      NEO4J_PASSWORD: 'env-secret-2',
    });
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Cannot reach Neo4j at bolt://\\*\\*\\*@127\\.0\\.0\\.1:${ports.bolt}: .*unauthorized`,
          'i',
        ),
      ),
    ]);
    expect(`${run.stdout}${run.lines.join('\n')}`).not.toMatch(/uri-secret-1|env-secret-2/);
  });

  /** Every process of the app (npm, sh, node, and the JVM in its own group) must end. */
  it.each([
    ['SIGTERM', 'npm'],
    ['SIGHUP', 'npm'],
    ['SIGINT', 'node'],
    ['SIGHUP', 'group'],
  ] as const)(
    '%s to %s stops the server and Neo4j cleanly, keeps the data and leaves nothing running',
    async (signal, target) => {
      const fresh = !app || !isAlive(app.npmPid);
      const running = fresh ? await startApp() : app!;
      if (fresh) expect(running.output()).not.toContain('The database is empty');
      const h = (await health(running.url))!;
      expect(h.body.graph).toEqual({
        entities: fixtures.entities.length,
        relations: fixtures.relations.length,
        sources: fixtures.sources.length,
      });
      const node = serverPid(dir);
      const pids = [...groupPids(running.npmPid), h.body.neo4j.embedded.pid as number];
      expect(pids).toEqual(expect.arrayContaining([running.npmPid, node]));

      if (target === 'group') process.kill(-running.npmPid, signal);
      else process.kill(target === 'npm' ? running.npmPid : node, signal);

      await waitFor('every process of the app to end', STOP_MS, () =>
        pids.every((pid) => !isAlive(pid)) ? true : undefined,
      );
      await running.exited;
      expect(pids.filter(isAlive)).toEqual([]);
      expect(await isListening(ports.bolt)).toBe(false);
      expect(await isListening(ports.http)).toBe(false);
      expect(fs.existsSync(path.join(dir, 'app.lock'))).toBe(false);
      // Neo4j shut down cleanly: its last words in the log are the end of a shutdown.
      const log = fs
        .readFileSync(path.join(dir, 'logs', 'debug.log'), 'utf8')
        .trimEnd()
        .split('\n');
      expect(log.slice(-30).join('\n')).toContain('Bolt server has been shut down');
    },
    jvmBudget(1),
  );
});
