import type { Driver } from 'neo4j-driver';
import { readNamed } from './driver';
import { warmQueryPlans } from './warm-up';

/** How often a running server looks whether the graph or the embedded Neo4j changed under it. */
export const PLAN_WATCH_MS = 10_000;

export interface PlanWatchOptions {
  driver: Driver;
  database: string;
  /**
   * The embedded Neo4j's restarts so far (0 for an external Neo4j, whose restarts show in its
   * process's start time instead, when the user may read it).
   */
  restarts: () => number;
  everyMs?: number;
  /** What warms everything again: warmQueryPlans, unless the caller warms more (main.ts: views). */
  warm?: () => Promise<unknown>;
}

export interface PlanWatch {
  /** Looks once now; resolves when the look (not a warm-up it started) is done. */
  check(): Promise<void>;
  /** Resolves when no warm-up is under way. */
  settled(): Promise<void>;
  stop(): void;
}

/**
 * Keeps the query plans warm while the server runs (main.ts warms them at start). Neo4j plans a
 * query again once the statistics it planned with have changed, as after `npm run seed` into the
 * running database, and forgets every plan when it restarts, as when the supervisor brings a dead
 * JVM back: either way each of the next clicks would wait for its planning, up to a second
 * (warm-up.ts). So every PLAN_WATCH_MS this reads what identifies the graph (graph-version.cypher,
 * one small read), when Neo4j's process started (jvm-start.cypher: it shows a restart of an
 * external Neo4j too, as Docker's) and the embedded restarts; when any changed since the last
 * look, it plans everything again in the background, one warm-up at a time. A graph being
 * loaded (no version) is left alone until its load completes, and an unreachable Neo4j until it
 * answers.
 */
export function watchPlans(options: PlanWatchOptions): PlanWatch {
  const { driver, database } = options;
  const warm = options.warm ?? (() => warmQueryPlans(driver, database));
  let last: string | undefined;
  let warming: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const runWarm = async (): Promise<void> => {
    do {
      again = false;
      await warm().catch(() => undefined); // best effort: the next request plans for itself
    } while (again && !stopped);
    warming = undefined;
  };

  /** One field of a named one-row read; undefined when Neo4j does not answer or refuses it. */
  const readField = async (name: string, field: string): Promise<unknown> => {
    try {
      const { records } = await readNamed(driver, name, {}, { database, timeoutMs: 5_000, retry: false });
      return records[0]?.get(field) as unknown;
    } catch {
      return undefined;
    }
  };

  const check = async (): Promise<void> => {
    const version = await readField('graph-version', 'version');
    if (typeof version !== 'string') return;
    // When Neo4j's process started; '' if this user may not ask (dbms.queryJmx needs an admin).
    const started = String((await readField('jvm-start', 'started')) ?? '');
    const key = `${options.restarts()}|${started}|${version}`;
    if (last !== undefined && key !== last) {
      if (warming) again = true;
      else warming = runWarm();
    }
    last = key;
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void check().finally(schedule), options.everyMs ?? PLAN_WATCH_MS);
    timer.unref();
  };
  schedule();

  return {
    check,
    settled: async () => {
      while (warming) await warming;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
