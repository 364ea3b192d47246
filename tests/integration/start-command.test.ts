import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { readFixtures } from '../../server/src/fixtures/validate';
import { PATHS, REPO_ROOT } from '../../server/src/paths';
import { BUILD_MS, JVM_START_MS, jvmBudget } from '../support/budget';
import { freePort } from '../support/free-port';

const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Polls /health until it says ready (it says starting, then loading while the seed runs). */
async function waitForReady(url: string, deadline: number): Promise<Response> {
  for (;;) {
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok && ((await res.clone().json()) as { status: string }).status === 'ready') return res;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url}/health did not say ready in time`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The README's first command, as a newcomer runs it (after npm install), then Ctrl-C. */
describe('npm start', () => {
  it(
    'starts Neo4j, seeds the empty database, serves /health, and stops everything on SIGINT',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-start-'));
      const [port, boltPort] = [await freePort(), await freePort()];
      const child = spawn('npm', ['start'], {
        cwd: REPO_ROOT,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          PORT: String(port),
          NEO4J_EMBEDDED_PORT: String(boltPort),
          NEO4J_EMBEDDED_DIR: dir,
          NEO4J_EMBEDDED_HEAP: '512m',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group, so SIGINT reaches npm and everything under it, as Ctrl-C does.
        detached: true,
      });
      let output = '';
      child.stdout.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr.on('data', (c: Buffer) => (output += c.toString()));
      try {
        const health = await waitForReady(`http://127.0.0.1:${port}`, Date.now() + BUILD_MS + JVM_START_MS);
        const fixtures = readFixtures(PATHS.fixtures).graph;
        expect(await health.json()).toMatchObject({
          status: 'ready',
          graph: { entities: fixtures.entities.length, relations: fixtures.relations.length },
        });
        expect(output).toContain('The database is empty: seeding it');
        expect(output).toContain(`http://127.0.0.1:${port}/graphql`);
      } finally {
        const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
        process.kill(-(child.pid ?? 0), 'SIGINT');
        await exited;
      }
      // The server stopped the embedded Neo4j it started: Bolt is closed and the store shut down.
      const deadline = Date.now() + 30_000;
      while ((await isListening(boltPort)) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 250));
      expect(await isListening(boltPort)).toBe(false);
      expect(fs.readFileSync(path.join(dir, 'logs', 'debug.log'), 'utf8')).toContain('Shutdown started');
      fs.rmSync(dir, { recursive: true, force: true });
    },
    BUILD_MS + jvmBudget(1),
  );

  it('refuses an invalid variable with a message naming it, before starting anything', () => {
    const run = spawnSync(process.execPath, [TSX, 'server/src/main.ts'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, PORT: 'four-thousand', NEO4J_URI: 'http://nope' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PORT="four-thousand"');
    expect(run.stderr).toContain('NEO4J_URI="http://nope": must start with one of bolt://');
  });

  it('says what to install when Java is missing, before it takes any port or folder', async () => {
    const emptyBin = fs.mkdtempSync(path.join(os.tmpdir(), 'no-java-'));
    const dir = path.join(emptyBin, 'data');
    const run = spawnSync(process.execPath, [TSX, 'server/src/main.ts'], {
      cwd: REPO_ROOT,
      // A PATH without java (node runs by its absolute path).
      env: {
        PATH: emptyBin,
        PORT: String(await freePort()),
        NEO4J_EMBEDDED_PORT: '1',
        NEO4J_EMBEDDED_DIR: dir,
      },
      encoding: 'utf8',
    });
    const leftBehind = fs.existsSync(dir);
    fs.rmSync(emptyBin, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/needs 'java', which was not found\. Install a Java 17\+ runtime/);
    expect(run.stderr).toContain('set NEO4J_URI');
    expect(run.stderr).toContain('docker compose up');
    expect(leftBehind).toBe(false);
  });
});
