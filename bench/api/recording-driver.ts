/**
 * "The same Cypher through the raw driver": instead of restating what each GraphQL field runs,
 * the bench records the statements the server really sends for one request (text and
 * parameters, through a wrapper around the driver it hands to the server) and replays them
 * through a driver of its own, one auto-commit query after another in one session, as a lean
 * hand-written client would.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Session } from 'neo4j-driver';

/** One statement as the server sent it. */
export interface Statement {
  text: string;
  params: Record<string, unknown>;
}

/** A driver whose sessions note every statement while `recording` is set. */
export interface RecordingDriver {
  driver: Driver;
  record<T>(work: () => Promise<T>): Promise<{ result: T; statements: Statement[] }>;
}

export function recordingDriver(inner: Driver): RecordingDriver {
  let log: Statement[] | undefined;
  const note = (text: unknown, params: unknown) => {
    log?.push({ text: String(text), params: (params ?? {}) as Record<string, unknown> });
  };
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, key, receiver) {
        if (key !== 'run') return Reflect.get(target, key, receiver) as unknown;
        return (text: string, params?: Record<string, unknown>) => {
          note(text, params);
          return target.run(text, params);
        };
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, key) {
        const value = Reflect.get(target, key, target) as unknown;
        if (typeof value !== 'function') return value;
        if (key === 'run') {
          return (text: string, params?: Record<string, unknown>, config?: object) => {
            note(text, params);
            return target.run(text, params, config);
          };
        }
        if (key === 'executeRead' || key === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, config?: object) =>
            (target[key] as (w: (tx: ManagedTransaction) => unknown, c?: object) => unknown).call(
              target,
              (tx: ManagedTransaction) => work(wrapTx(tx)),
              config,
            );
        }
        return (value as (...args: unknown[]) => unknown).bind(target);
      },
    });
  const driver = new Proxy(inner, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      // Outside a recording the server gets the driver's own session: the measured requests pay
      // nothing for the recording.
      if (key === 'session')
        return (config?: object) => (log ? wrapSession(target.session(config)) : target.session(config));
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    driver,
    async record(work) {
      const statements: Statement[] = [];
      log = statements;
      try {
        return { result: await work(), statements };
      } finally {
        log = undefined;
      }
    },
  };
}

/**
 * Runs the statements in order in one READ session, each as an auto-commit query with a timeout;
 * resolves with each statement's records.
 */
export async function replay(
  driver: Driver,
  database: string,
  statements: Statement[],
  timeoutMs: number,
): Promise<Array<QueryResult['records']>> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const rows: Array<QueryResult['records']> = [];
  try {
    for (const s of statements)
      rows.push((await session.run(s.text, s.params, { timeout: timeoutMs })).records);
  } finally {
    await session.close();
  }
  return rows;
}
