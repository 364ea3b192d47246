import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { cypher } from './cypher';
import { enableTcpNoDelay } from './tcp-nodelay';

/** Where and as whom to connect. */
export interface Connection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/**
 * One driver per process (`pool` lets tests shrink the connection pool to saturate it). Without a password (the embedded Neo4j runs without auth) no
 * credentials are sent. Integers come back as JS numbers: every count here is far below 2^53.
 */
export function createDriver(connection: Connection, pool: { maxConnectionPoolSize?: number } = {}): Driver {
  enableTcpNoDelay();
  const auth = connection.password ? neo4j.auth.basic(connection.user, connection.password) : undefined;
  return neo4j.driver(connection.uri, auth, {
    ...pool,
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 5_000,
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

/** True when the error means Neo4j cannot be reached (as opposed to a bad query). */
export function isUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    code === neo4j.error.SERVICE_UNAVAILABLE ||
    code === neo4j.error.SESSION_EXPIRED ||
    code === 'ECONNREFUSED' ||
    // Wrong or missing credentials: the app cannot use this database until its settings change.
    (typeof code === 'string' && code.startsWith('Neo.ClientError.Security.')) ||
    /connect ECONNREFUSED|Connection acquisition timed out|Pool is closed/i.test(error.message)
  );
}
