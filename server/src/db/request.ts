import { GraphQLError } from 'graphql';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { databaseUnavailable, timedOut } from '../errors';
import { cypher } from './cypher';
import { isUnavailableError } from './driver';
import { Gate, GateTimeout } from './gate';
import { toPlain } from './records';

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.Terminated',
]);

/** Where a request's time starts and which gate its transactions pass. */
export interface RequestDbOptions {
  /** Epoch ms by which the request must be answered; by default timeoutMs from now. */
  deadline?: number;
  /** Bounds concurrent transactions; the wait for a turn counts against the deadline. */
  gate?: Gate;
}

/** A gate so wide it never makes anyone wait, for callers that bring none. */
const OPEN_GATE = new Gate(Number.MAX_SAFE_INTEGER);

/**
 * Retries of a read that failed with an error Neo4j calls transient (a leader change, say), or
 * that met a node or relationship deleted under it by a concurrent write (a reload): Neo4j reads
 * committed data, so a query can find an entity and then fail to load it. Run again, the query
 * sees the graph as the write left it; the driver retries neither for auto-commit queries.
 */
const RETRIES = 3;
const RACED_DELETE = 'Neo.ClientError.Statement.EntityNotFound';
/**
 * Neo4j gives up planning a query when the schema changes under the planner again and again, as
 * when indexes come online in a burst after a load ("Could not compile query due to insanely
 * frequent schema changes"); it answers with a general DatabaseError, which the driver does not
 * retry. Planned again a moment later, the query runs.
 */
const SCHEMA_CHURN = /insanely frequent schema changes/i;

/** Whether a read that failed with `error` may simply be run again. */
export function isRetriableRead(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return (
    neo4j.isRetriableError(error) ||
    code === RACED_DELETE ||
    (code === 'Neo.DatabaseError.General.UnknownError' && SCHEMA_CHURN.test(message ?? ''))
  );
}

/**
 * One request's access to Neo4j: one session with an explicit database, reads as auto-commit
 * queries in READ mode (routed to readers in a cluster; one round trip each, where a managed
 * read transaction costs BEGIN, RUN and COMMIT; transient failures are retried here instead),
 * run one after another (a session holds one query at a time). The deadline starts when the
 * HTTP request arrived; the wait for a gate slot, the query and its results all count against
 * it. Every query gets the time left as its server-side timeout, so a slow query is cancelled
 * inside Neo4j, and the request answers TIMEOUT at its deadline even if Neo4j has not noticed.
 */
export class RequestDb {
  /** Cypher round trips of every request in this process, to show refused requests made none. */
  static totalQueries = 0;
  /** Cypher round trips this request made; reported to tests and benchmarks. */
  queries = 0;
  private session: Session | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly deadline: number;
  private readonly gate: Gate;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
    options: RequestDbOptions = {},
  ) {
    this.deadline = options.deadline ?? Date.now() + timeoutMs;
    this.gate = options.gate ?? OPEN_GATE;
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
    if (this.deadline - Date.now() <= 0) throw timedOut(this.timeoutMs);
    let release: () => void;
    try {
      release = await this.gate.enter(this.deadline);
    } catch (error) {
      if (error instanceof GateTimeout) throw timedOut(this.timeoutMs);
      throw error;
    }
    const left = this.deadline - Date.now();
    if (left <= 0) {
      release();
      throw timedOut(this.timeoutMs);
    }
    if (attempt === 0) {
      this.queries += 1;
      RequestDb.totalQueries += 1;
    }
    this.session ??= this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const work = this.session.run(cypher(name), params, { timeout: Math.max(1, Math.ceil(left)) });
    // The slot is freed when the query really ends, not when we stop waiting for it.
    work.then(release, release);
    try {
      const result = await beforeDeadline(work, left);
      // Late data is no answer: a request past its deadline fails as a whole.
      if (result === LATE || Date.now() > this.deadline) {
        void this.close();
        throw timedOut(this.timeoutMs);
      }
      return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      if (isUnavailableError(error)) throw databaseUnavailable();
      if (TIMEOUT_CODES.has((error as { code?: string }).code ?? '')) throw timedOut(this.timeoutMs);
      if (attempt < RETRIES && isRetriableRead(error) && this.deadline - Date.now() > 0) {
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

const LATE = Symbol('late');

/** Settles with the work's result, or with LATE once `ms` have passed. */
function beforeDeadline<T>(work: PromiseLike<T>, ms: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** LIMIT and SKIP values must reach Cypher as integers, not floats. */
export const int = (value: number) => neo4j.int(value);
