import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PATHS } from '../paths';
import { describeError } from '../redact';
import { JAR, startEmbeddedNeo4j } from './embedded';

/**
 * A class-data-sharing archive of the classes Neo4j loads while starting (JDK 13+ dynamic
 * AppCDS). Starting with it skips loading and verifying some 15,000 classes from the jars: a
 * restart after kill -9 measured 27-40 s instead of 50-57 s on a loaded 2-core machine, and
 * about 4-6 s instead of 8-10 s on a quiet one. It is recorded once, by one throwaway start of
 * the launcher, and again whenever the jar is rebuilt; if anything goes wrong the JVM simply
 * starts without it.
 */
const ARCHIVE = path.join(PATHS.neo4jProject, 'target', 'embedded-neo4j.jsa');

let recording: Promise<void> | undefined;

function isCurrent(): boolean {
  return fs.existsSync(ARCHIVE) && fs.statSync(ARCHIVE).mtimeMs >= fs.statSync(JAR).mtimeMs;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function record(log: (line: string) => void): Promise<void> {
  log('Recording a class archive so that later starts of the embedded Neo4j are faster (once)...');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-class-archive-'));
  const temporary = `${ARCHIVE}.${process.pid}.tmp`;
  try {
    const instance = await startEmbeddedNeo4j({
      port: await freePort(),
      dir,
      heap: '512m',
      log,
      jvmOptions: [`-XX:ArchiveClassesAtExit=${temporary}`],
    });
    await instance.stop(); // the JVM writes the archive as it exits
    if (fs.existsSync(temporary)) fs.renameSync(temporary, ARCHIVE);
  } catch (error) {
    log(`No class archive (the embedded Neo4j starts without it): ${describeError(error)}`);
  } finally {
    fs.rmSync(temporary, { force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The JVM options that use the archive, recording it first when it is missing or stale. */
export async function classArchiveOptions(log: (line: string) => void): Promise<string[]> {
  if (!isCurrent()) {
    recording ??= record(log).finally(() => (recording = undefined));
    await recording;
  }
  return isCurrent() ? [`-XX:SharedArchiveFile=${ARCHIVE}`] : [];
}

/**
 * The options that use the archive if it is already recorded, for other tools on the launcher's
 * classpath (the bulk importer: it shares Neo4j's classes, and starts about a second sooner).
 * Never records one. Such a JVM must take the launcher's jar as its classpath (`-cp JAR`), which
 * names every library in its manifest: an archive only serves the classpath it was recorded with.
 */
export function recordedArchiveOptions(): string[] {
  return isCurrent() && !recording ? [`-XX:SharedArchiveFile=${ARCHIVE}`] : [];
}
