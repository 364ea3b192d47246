import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { newest } from '../../../scripts/newest.cjs';
import { toolEnv } from '../env';
import { PATHS } from '../paths';
import { portInUseMessage } from '../ports';
import { classArchiveOptions } from './class-archive';
import { resolveEmbeddedPassword } from './embedded-password';

/** The launcher's jar (class-archive.ts compares its age with the archive's). */
export const JAR = path.join(PATHS.neo4jProject, 'target', 'embedded-neo4j.jar');
const LIB = path.join(PATHS.neo4jProject, 'target', 'lib');
const READY = /^NEO4J_EMBEDDED_READY (\S+) version=(\S+)/;

/** A running embedded Neo4j. */
export interface EmbeddedNeo4j {
  uri: string;
  version: string;
  port: number;
  dir: string;
  /** The JVM's process id. */
  pid: number;
  /** The password of the user neo4j. */
  password: string;
  /** Settles when the JVM has ended, however it ended. */
  exited: Promise<JvmExit>;
  /** Stops Neo4j cleanly (SIGTERM, shutdown hook) and resolves once the JVM has exited. */
  stop(): Promise<void>;
}

/** Thrown when the embedded Neo4j cannot be built or started; the message says what to do. */
export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}

const ALTERNATIVES =
  'Or point the app at a Neo4j you run (set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD), ' +
  'or run everything with Docker: docker compose up';

function requireTool(command: string, args: string[], install: string): void {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new EmbeddedNeo4jError(
      `The embedded Neo4j needs '${command}', which was not found. Install ${install}. ${ALTERNATIVES}`,
    );
  }
}

/** True when the jar and its copied classpath exist and are newer than the pom and sources. */
export function isEmbeddedBuilt(): boolean {
  if (!fs.existsSync(JAR) || !fs.existsSync(LIB)) return false;
  const sources = Math.max(
    fs.statSync(path.join(PATHS.neo4jProject, 'pom.xml')).mtimeMs,
    newest(path.join(PATHS.neo4jProject, 'src')),
  );
  return fs.statSync(JAR).mtimeMs >= sources;
}

/**
 * Builds neo4j/ with Maven unless already built: the jar and its classpath are cached in
 * neo4j/target, so later starts never call Maven.
 */
export function ensureEmbeddedBuilt(log: (line: string) => void = console.log): void {
  requireTool('java', ['-version'], 'a Java 17+ runtime (e.g. apt-get install openjdk-17-jdk)');
  if (isEmbeddedBuilt()) return;
  requireTool('mvn', ['-v'], 'Apache Maven (e.g. apt-get install maven)');
  log('Building the embedded Neo4j with Maven (first start only; downloads Neo4j 5.26)...');
  // Maven's output (mostly terminal colour codes with -q) is shown only if the build fails.
  const build = spawnSync('mvn', ['-B', '-q', 'package', '-DskipTests'], {
    cwd: PATHS.neo4jProject,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    log(`${build.stdout ?? ''}${build.stderr ?? ''}`);
    throw new EmbeddedNeo4jError(
      `Building the embedded Neo4j failed (mvn package in ${PATHS.neo4jProject} exited ${build.status}). ${ALTERNATIVES}`,
    );
  }
}

/** Options of one embedded instance. */
export interface EmbeddedOptions {
  port: number;
  dir: string;
  heap: string;
  /** Page cache in bytes; Neo4j's own 64 MiB default when absent. */
  pageCache?: number;
  /**
   * The password of the user neo4j, sent on the JVM's stdin. Absent: the one kept in the data
   * folder, or a new one kept there (embedded-password.ts); the instance's `password` tells it.
   */
  password?: string | undefined;
  /** Longest wait for the ready line; a busy machine may need minutes. */
  timeoutMs?: number;
  /** Aborting kills a JVM that is still starting. */
  signal?: AbortSignal;
  /** Extra JVM options (class-archive.ts uses it to record the class archive). */
  jvmOptions?: string[];
  log?: (line: string) => void;
}

/** How a JVM ended. */
export interface JvmExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The default wait for the ready line: JVM start-ups took 5-90 s on a loaded 2-core machine. */
export const EMBEDDED_START_TIMEOUT_MS = 180_000;

function waitForExit(exited: Promise<JvmExit>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void exited.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** One line saying why a JVM ended before it was ready, from what it printed. */
export function explainEarlyExit(output: string, options: Pick<EmbeddedOptions, 'port' | 'dir'>): string {
  if (/Address already in use|BindException/i.test(output)) {
    return portInUseMessage('Bolt', options.port, '127.0.0.1', 'NEO4J_EMBEDDED_PORT');
  }
  if (/FileLockException|Lock file has been locked|store_lock|is locked by another/i.test(output)) {
    return `The data folder ${options.dir} is in use by another Neo4j process; stop it first or set NEO4J_EMBEDDED_DIR to another folder.`;
  }
  if (/No space left on device/i.test(output)) {
    return `The disk holding the data folder ${options.dir} is full; free some space or set NEO4J_EMBEDDED_DIR to another folder.`;
  }
  if (/Read-only file system/i.test(output)) {
    return `The data folder ${options.dir} is on a read-only file system; set NEO4J_EMBEDDED_DIR to another folder.`;
  }
  if (/AccessDeniedException|Permission denied/i.test(output)) {
    return `The data folder ${options.dir} is not writable by this user; set NEO4J_EMBEDDED_DIR to another folder.`;
  }
  const last = output.trim().split('\n').filter(Boolean).pop() ?? 'no output';
  return `The embedded Neo4j stopped before it was ready: ${last.trim()}`;
}

/**
 * Starts the embedded Neo4j (building it first if needed) and resolves when Bolt accepts
 * connections with the given password. The JVM gets its own process group, so a signal to the
 * app's group reaches only the app, which stops Neo4j cleanly itself; and the JVM stops by
 * itself if the app dies (its stdin closes).
 */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? console.log;
  const timeoutMs = options.timeoutMs ?? EMBEDDED_START_TIMEOUT_MS;
  ensureEmbeddedBuilt(log);
  const archive = options.jvmOptions ? [] : await classArchiveOptions(log);
  fs.mkdirSync(options.dir, { recursive: true });
  const password = options.password ?? resolveEmbeddedPassword(options.dir, undefined);
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap}`,
      '-XX:+UseSerialGC',
      ...archive,
      ...(options.jvmOptions ?? []),
      '-jar',
      JAR,
      '--exit-on-stdin-close',
    ],
    {
      // Only what the JVM needs to be found, plus its own settings; nothing else leaks in.
      env: {
        ...toolEnv(),
        NEO4J_EMBEDDED_PORT: String(options.port),
        NEO4J_EMBEDDED_DIR: options.dir,
        ...(options.pageCache ? { NEO4J_EMBEDDED_PAGECACHE: String(options.pageCache) } : {}),
      },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    },
  );
  const exited = new Promise<JvmExit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  child.stdin.on('error', () => undefined); // EPIPE when the JVM is already gone
  child.stdin.write(`${password}\n`);
  const output: string[] = [];
  const remember = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stderr.on('data', remember);

  const ready = await new Promise<RegExpExecArray>((resolve, reject) => {
    const fail = (message: string) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', abort);
      reject(new EmbeddedNeo4jError(message));
    };
    const abort = () => {
      child.kill('SIGKILL');
      fail('The embedded Neo4j start was cancelled.');
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(
        `The embedded Neo4j did not start within ${timeoutMs} ms (see ${path.join(options.dir, 'logs', 'debug.log')}).`,
      );
    }, timeoutMs);
    if (options.signal?.aborted) abort();
    options.signal?.addEventListener('abort', abort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => {
      remember(chunk);
      for (const line of chunk.toString().split('\n')) {
        const match = READY.exec(line);
        if (match) {
          clearTimeout(timer);
          options.signal?.removeEventListener('abort', abort);
          resolve(match);
        }
      }
    });
    void exited.then(() =>
      fail(
        `${explainEarlyExit(output.join('\n'), options)} (details: ${path.join(options.dir, 'logs', 'debug.log')})`,
      ),
    );
  });

  let stopping: Promise<void> | undefined;
  return {
    uri: ready[1] ?? `bolt://127.0.0.1:${options.port}`,
    version: ready[2] ?? 'unknown',
    port: options.port,
    dir: options.dir,
    pid: child.pid ?? 0,
    password,
    exited,
    stop() {
      stopping ??= (async () => {
        child.kill('SIGTERM');
        if (!(await waitForExit(exited, 60_000))) {
          log('The embedded Neo4j did not stop within 60 s; killing it.');
          child.kill('SIGKILL');
          await waitForExit(exited, 5_000);
        }
      })();
      return stopping;
    },
  };
}
