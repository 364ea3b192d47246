import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { toolEnv } from '../env';
import { PATHS } from '../paths';

const JAR = path.join(PATHS.neo4jProject, 'target', 'embedded-neo4j.jar');
const LIB = path.join(PATHS.neo4jProject, 'target', 'lib');
const READY = /^NEO4J_EMBEDDED_READY (\S+) version=(\S+)/;

/** A running embedded Neo4j. */
export interface EmbeddedNeo4j {
  uri: string;
  version: string;
  port: number;
  dir: string;
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

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** True when the jar and its copied classpath exist and are newer than the pom and sources. */
export function isEmbeddedBuilt(): boolean {
  if (!fs.existsSync(JAR) || !fs.existsSync(LIB)) return false;
  const sources = Math.max(
    fs.statSync(path.join(PATHS.neo4jProject, 'pom.xml')).mtimeMs,
    newestMtime(path.join(PATHS.neo4jProject, 'src')),
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
  /** Longest wait for the ready line. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts the embedded Neo4j (building it first if needed) and resolves when Bolt accepts
 * connections. The JVM also stops by itself if this process dies (its stdin closes).
 */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? console.log;
  ensureEmbeddedBuilt(log);
  fs.mkdirSync(options.dir, { recursive: true });
  const child = spawn(
    'java',
    [`-Xmx${options.heap}`, '-XX:+UseSerialGC', '-jar', JAR, '--exit-on-stdin-close'],
    {
      // Only what the JVM needs to be found, plus its own settings; nothing else leaks in.
      env: {
        ...toolEnv(),
        NEO4J_EMBEDDED_PORT: String(options.port),
        NEO4J_EMBEDDED_DIR: options.dir,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const remember = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stderr.on('data', remember);

  const ready = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new EmbeddedNeo4jError(
          `Embedded Neo4j did not start within ${options.timeoutMs ?? 120_000} ms.\n${output.join('\n')}`,
        ),
      );
    }, options.timeoutMs ?? 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      remember(chunk);
      for (const line of chunk.toString().split('\n')) {
        const match = READY.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match);
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new EmbeddedNeo4jError(
          `Embedded Neo4j exited with code ${code} before it was ready (is port ${options.port} in use, ` +
            `or is ${options.dir} used by another instance?). Its last output:\n${output.join('\n')}\n` +
            `Details are in ${path.join(options.dir, 'logs', 'debug.log')}.`,
        ),
      );
    });
  });

  let stopping: Promise<void> | undefined;
  return {
    uri: ready[1] ?? `bolt://127.0.0.1:${options.port}`,
    version: ready[2] ?? 'unknown',
    port: options.port,
    dir: options.dir,
    stop() {
      stopping ??= (async () => {
        child.kill('SIGTERM');
        if (!(await waitForExit(child, 60_000))) {
          log('Embedded Neo4j did not stop within 60 s; killing it.');
          child.kill('SIGKILL');
          await waitForExit(child, 5_000);
        }
      })();
      return stopping;
    },
  };
}
