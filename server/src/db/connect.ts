import type { Driver } from 'neo4j-driver';
import type { Config } from '../env';
import { assertPortFree } from '../ports';
import { describeError, redact } from '../redact';
import { prepareDataFolder } from './data-folder';
import { acquireLock, describeOwner, readLiveLock, type LockInfo } from './data-lock';
import { createDriver, type PoolOptions } from './driver';
import { ensureEmbeddedBuilt } from './embedded';
import { restoreCutShort } from './import-store';
import { EMBEDDED_USER, readPasswordFile, resolveEmbeddedPassword } from './embedded-password';
import { EmbeddedSupervisor, type EmbeddedState } from './supervisor';

/** What this process knows of its Neo4j before it asks it anything (see health.ts for the rest). */
export type DatabaseState = EmbeddedState;

/** A database this process will use: its one driver and, if it owns it, the embedded Neo4j. */
export interface Database {
  driver: Driver;
  database: string;
  /** The Bolt URI, without credentials. */
  uri: string;
  /** The supervisor of the embedded Neo4j this process started (undefined otherwise). */
  embedded: EmbeddedSupervisor | undefined;
  /** The owner of the data folder whose embedded Neo4j this process uses, when attached to one. */
  attachedTo: LockInfo | undefined;
  state(): DatabaseState;
  /** Starts the embedded Neo4j (if this process owns it) and waits until Neo4j answers. */
  start(): Promise<void>;
  /** Closes the driver, stops the embedded Neo4j if this process started it, releases the lock. */
  close(): Promise<void>;
}

/** How a process treats an embedded Neo4j that another process of the app already owns. */
export interface OpenOptions {
  /** 'refuse' (npm start, npm run neo4j): one line naming the owner; 'attach' (seed, dev): use it. */
  owner?: 'refuse' | 'attach';
  /** Recorded in the lock, so a second instance can say who holds the folder. */
  command?: string;
  httpPort?: number;
  log?: (line: string) => void;
}

/** A request meets its own deadline (TIMEOUT) before the driver's codeless acquisition timeout. */
function poolOptions(config: Config): PoolOptions {
  return { connectionAcquisitionTimeout: Math.max(11_000, config.queryTimeoutMs + 1_000) };
}

/** Retries until Neo4j answers: a docker compose Neo4j may still be starting. */
async function waitForBolt(driver: Driver, uri: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.getServerInfo();
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (Date.now() > deadline || code.startsWith('Neo.ClientError.Security')) {
        throw new Error(`Cannot reach Neo4j at ${redact(uri)}: ${describeError(error)}`, { cause: error });
      }
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
}

function database(
  config: Config,
  parts: Pick<Database, 'driver' | 'uri' | 'embedded' | 'attachedTo'> & {
    release?: () => void;
    waitMs: number;
  },
): Database {
  let started = false;
  return {
    ...parts,
    database: config.neo4j.database,
    state: () => parts.embedded?.state ?? (started ? 'ready' : 'starting'),
    async start() {
      await parts.embedded?.start();
      await waitForBolt(parts.driver, parts.uri, parts.waitMs);
      started = true;
    },
    async close() {
      await parts.driver.close();
      await parts.embedded?.stop();
      parts.release?.();
    },
  };
}

/**
 * Prepares the database without starting anything yet: NEO4J_URI when set; otherwise the
 * embedded Neo4j of NEO4J_EMBEDDED_DIR. Its data folder has one owner, recorded in a lock:
 * a process that finds a live owner refuses at once, or with owner 'attach' uses the owner's
 * Neo4j with the password kept in the folder. It never uses a Neo4j merely found listening.
 * Checks the folder and the Bolt port first, so each problem is one line, not a Java stack.
 */
export async function openDatabase(config: Config, options: OpenOptions = {}): Promise<Database> {
  const log = options.log ?? console.log;
  if (config.neo4j.uri) {
    const driver = createDriver({ ...config.neo4j, uri: config.neo4j.uri }, poolOptions(config));
    return database(config, {
      driver,
      uri: redact(config.neo4j.uri),
      embedded: undefined,
      attachedTo: undefined,
      waitMs: 60_000,
    });
  }
  const { dir, port } = config.embedded;
  // Java (and, on a first start, the Maven build) before any folder or port is taken.
  ensureEmbeddedBuilt(log);
  prepareDataFolder(dir);
  const owner = readLiveLock(dir);
  if (owner && (options.owner ?? 'attach') === 'attach') {
    const password = readPasswordFile(dir);
    if (!password)
      throw new Error(`The embedded Neo4j of ${describeOwner(dir, owner)} has no password file in ${dir}.`);
    const uri = `bolt://127.0.0.1:${owner.boltPort}`;
    log(`Using the embedded Neo4j of ${describeOwner(dir, owner)} at ${uri}`);
    const driver = createDriver(
      { uri, user: EMBEDDED_USER, password, database: config.neo4j.database },
      poolOptions(config),
    );
    return database(config, { driver, uri, embedded: undefined, attachedTo: owner, waitMs: 10_000 });
  }
  const release = acquireLock(dir, {
    command: options.command ?? 'the app',
    boltPort: port,
    httpPort: options.httpPort,
  });
  try {
    // A bulk import whose process died left the previous store aside: it comes back first.
    restoreCutShort(dir, config.neo4j.database);
    await assertPortFree('Bolt', port, '127.0.0.1', 'NEO4J_EMBEDDED_PORT');
    const password = resolveEmbeddedPassword(dir, config.embedded.password);
    const embedded = new EmbeddedSupervisor({ ...config.embedded, password, log });
    const uri = `bolt://127.0.0.1:${port}`;
    const driver = createDriver(
      { uri, user: EMBEDDED_USER, password, database: config.neo4j.database },
      poolOptions(config),
    );
    return database(config, { driver, uri, embedded, attachedTo: undefined, release, waitMs: 10_000 });
  } catch (error) {
    release();
    throw error;
  }
}

/** openDatabase, then start: what `npm run seed` and scripts use. */
export async function connect(config: Config, options: OpenOptions = {}): Promise<Database> {
  const db = await openDatabase(config, options);
  try {
    await db.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
