import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../server/src/paths';

/** `npm start` running as a user would run it, in its own process group. */
export interface AppProcess {
  child: ChildProcessWithoutNullStreams;
  /** npm's pid, which is also the process group's id. */
  npmPid: number;
  url: string;
  dir: string;
  output(): string;
  /** Resolves when npm has exited. */
  exited: Promise<void>;
}

/** Is a process with this pid still running (zombies count as gone)? */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const state = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return state !== '' && !state.startsWith('Z');
  } catch {
    return false;
  }
}

/** Every pid in a process group. */
export function groupPids(pgid: number): number[] {
  const table = execFileSync('ps', ['-A', '-o', 'pid=,pgid='], { encoding: 'utf8' });
  return table
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([pid, group]) => group === pgid && pid !== undefined)
    .map(([pid]) => pid as number);
}

/** Polls `check` until it returns a value (not undefined), or throws naming `what`. */
export async function waitFor<T>(
  what: string,
  timeoutMs: number,
  check: () => Promise<T | undefined> | T | undefined,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** GET /health, or undefined while nothing answers. */
export async function health(url: string): Promise<{ status: number; body: any } | undefined> {
  try {
    const res = await fetch(`${url}/health`);
    return { status: res.status, body: await res.json() };
  } catch {
    return undefined;
  }
}

/** Starts `npm start` with its own ports and data folder, without waiting for anything. */
export function spawnApp(env: {
  PORT: number;
  NEO4J_EMBEDDED_PORT: number;
  NEO4J_EMBEDDED_DIR: string;
}): AppProcess {
  const child = spawn('npm', ['start'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(env.PORT),
      NEO4J_EMBEDDED_PORT: String(env.NEO4J_EMBEDDED_PORT),
      NEO4J_EMBEDDED_DIR: env.NEO4J_EMBEDDED_DIR,
      NEO4J_EMBEDDED_HEAP: '512m',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group, as a terminal gives it: a group signal reaches npm and its children.
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    npmPid: child.pid ?? 0,
    url: `http://127.0.0.1:${env.PORT}`,
    dir: env.NEO4J_EMBEDDED_DIR,
    output: () => output,
    exited,
  };
}

/** The pid of the node server, as its data-folder lock records it. */
export function serverPid(dir: string): number {
  return (JSON.parse(fs.readFileSync(path.join(dir, 'app.lock'), 'utf8')) as { pid: number }).pid;
}
