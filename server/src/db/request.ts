import { GraphQLError } from 'graphql';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { databaseUnavailable, timedOut } from '../errors';
import { cypher } from './cypher';
import { isUnavailableError } from './driver';
import { toPlain } from './records';

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.Terminated',
]);

/**
 * Retries of a read that failed with an error Neo4j calls transient (a leader change, say), or
 * that met a node or relationship deleted under it by a concurrent write (a reload): Neo4j reads
 * committed data, so a query can find an entity and then fail to load it. Run again, the query
 * sees the graph as the write left it; the driver retries neither for auto-commit queries.
 */
const RETRIES = 3;
const RACED_DELETE = 'Neo.ClientError.Statement.EntityNotFound';

/**
 * One request's access to Neo4j: one session with an explicit database, reads as auto-commit
 * queries in READ mode (routed to readers in a cluster; one round trip each, where a managed
 * read transaction costs BEGIN, RUN and COMMIT; transient failures are retried here instead),
 * run one after another (a session holds one query at a time). Every transaction gets the time left before the request's deadline
 * as its server-side timeout, so a slow query is cancelled inside Neo4j, not just abandoned.
 */
export class RequestDb {
  /** Cypher round trips of every request in this process, to show refused requests made none. */
  static totalQueries = 0;
  /** Cypher round trips this request made; reported to tests and benchmarks. */
  queries = 0;
  private session: Session | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly deadline: number;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
  ) {
    this.deadline = Date.now() + timeoutMs;
  }

  /** Runs the named query from cypher/ and returns its records as plain objects. */
  read(name: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    const run = this.queue.then(() => this.run(name, params));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(
    name: string,
    params: Record<string, unknown>,
    attempt = 0,
  ): Promise<Record<string, unknown>[]> {
    const left = this.deadline - Date.now();
    if (left <= 0) throw timedOut(this.timeoutMs);
    if (attempt === 0) {
      this.queries += 1;
      RequestDb.totalQueries += 1;
    }
    this.session ??= this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await this.session.run(cypher(name), params, { timeout: Math.max(1, Math.ceil(left)) });
      // Late data is no answer: a request past its deadline fails as a whole.
      if (Date.now() > this.deadline) throw timedOut(this.timeoutMs);
      return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      if (TIMEOUT_CODES.has((error as { code?: string }).code ?? '')) throw timedOut(this.timeoutMs);
      if (isUnavailableError(error)) throw databaseUnavailable();
      const retriable = neo4j.isRetriableError(error) || (error as { code?: string }).code === RACED_DELETE;
      if (attempt < RETRIES && retriable && this.deadline - Date.now() > 0) {
        await this.close();
        return this.run(name, params, attempt + 1);
      }
      throw error;
    }
  }

  /** Ends the session, cancelling anything still running. */
  async close(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    await session?.close().catch(() => undefined);
  }
}

/** LIMIT and SKIP values must reach Cypher as integers, not floats. */
export const int = (value: number) => neo4j.int(value);
