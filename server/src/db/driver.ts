import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { cypher } from './cypher';
import { tuneBoltSockets } from './bolt-socket';

/** Where and as whom to connect. */
export interface Connection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** How the driver's pool is sized and how long a caller may wait for one of its connections. */
export interface PoolOptions {
  /** Tests shrink the pool to saturate it. */
  maxConnectionPoolSize?: number;
  /**
   * The wait for a connection (default 11 s). Keep it longer than any request's deadline
   * (QUERY_TIMEOUT_MS): the driver's timeout error carries no code, so a request must meet its
   * own deadline (TIMEOUT) first, and a Neo4j that refuses connections fails each attempt
   * within connectionTimeout with the driver's ServiceUnavailable code.
   */
  connectionAcquisitionTimeout?: number;
}

/**
 * One driver per process. Without a password (the embedded Neo4j runs without auth) no
 * credentials are sent. Integers come back as JS numbers: every count here is far below 2^53.
 */
export function createDriver(connection: Connection, pool: PoolOptions = {}): Driver {
  tuneBoltSockets();
  const auth = connection.password ? neo4j.auth.basic(connection.user, connection.password) : undefined;
  return neo4j.driver(connection.uri, auth, {
    connectionAcquisitionTimeout: 11_000,
    ...pool,
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 3_000,
    logging: { level: 'error', logger: () => undefined },
  });
}

/** Options of one unit of work. */
export interface WorkOptions {
  database: string;
  /** Server-side transaction timeout, so a runaway query is cancelled inside Neo4j too. */
  timeoutMs?: number;
  /**
   * false: one attempt, no driver retries. /health uses it to say what is true now: a retried read
   * would wait through a JVM restart and then report "ready" as if nothing had happened.
   */
  retry?: boolean;
}

/** Runs a named read query from cypher/ in a read transaction (routed to a reader in a cluster). */
export async function readNamed<R extends RecordShape = RecordShape>(
  driver: Driver,
  name: string,
  params: Record<string, unknown>,
  options: WorkOptions,
): Promise<QueryResult<R>> {
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
  try {
    if (options.retry === false) return await session.run<R>(cypher(name), params, txConfig(options));
    return await session.executeRead((tx) => tx.run<R>(cypher(name), params), txConfig(options));
  } finally {
    await session.close();
  }
}

/** Runs work in one write transaction: it commits whole or not at all. */
export async function writeWork<T>(
  driver: Driver,
  work: (tx: ManagedTransaction) => Promise<T>,
  options: WorkOptions,
): Promise<T> {
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work, txConfig(options));
  } finally {
    await session.close();
  }
}

function txConfig(options: WorkOptions) {
  return options.timeoutMs ? { timeout: options.timeoutMs } : undefined;
}

/**
 * True when the error means Neo4j cannot be reached (as opposed to a bad query), by the
 * driver's error code alone, never by its message: a refused or broken connection is
 * ServiceUnavailable, a lost cluster member SessionExpired, refused credentials one of Neo4j's
 * Neo.ClientError.Security codes. The driver's codeless errors (its own bugs, a closed pool at
 * shutdown, an acquisition timeout that the request's deadline pre-empts: see PoolOptions)
 * stay internal.
 */
export function isUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    code === neo4j.error.SERVICE_UNAVAILABLE ||
    code === neo4j.error.SESSION_EXPIRED ||
    // Wrong or missing credentials: the app cannot use this database until its settings change.
    (typeof code === 'string' && code.startsWith('Neo.ClientError.Security.'))
  );
}
