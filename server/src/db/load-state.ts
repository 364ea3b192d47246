import type { Driver } from 'neo4j-driver';
import { readNamed } from './driver';

/** A marker whose heartbeat is older than this belongs to a loader that died. */
export const HEARTBEAT_STALE_MS = 30_000;
/** How often a running loader says it is alive. */
export const HEARTBEAT_EVERY_MS = 5_000;

/** Where the last load of the fixtures stands, from its `:Load` marker. */
export type LoadStatus = 'none' | 'loading' | 'complete' | 'interrupted';

/** The state of the graph's last load, for /health, the explorer and `npm run seed`. */
export interface LoadState {
  /**
   * none: no load ever ran through this loader; loading: one is writing now (the graph is
   * partial); complete: the last one finished; interrupted: the last one stopped part-way
   * (its loader failed or died) and `npm run seed` must run again to complete it.
   */
  status: LoadStatus;
  /** One sentence for people: "loading: 45% (relations)", "a load was interrupted: run seed again". */
  message: string;
  mode?: 'create' | 'merge';
  replace?: boolean;
  source?: string;
  phase?: string;
  startedAt?: string;
  finishedAt?: string;
  batchesDone?: number;
  batchesTotal?: number;
  itemsDone?: number;
  itemsTotal?: number;
  /** The reason the loader gave when it saw the load fail. */
  error?: string;
}

interface Marker {
  status?: string;
  mode?: string;
  replace?: boolean;
  source?: string;
  phase?: string;
  startedAt?: string;
  finishedAt?: string | null;
  heartbeatAgeMs?: number;
  batchesDone?: number;
  batchesTotal?: number;
  itemsDone?: number;
  itemsTotal?: number;
  error?: string | null;
}

/** Pure: the state a marker describes. A 'loading' marker with a stale heartbeat is interrupted. */
export function loadStateOf(marker: Marker | null | undefined): LoadState {
  if (!marker) return { status: 'none', message: 'no load has been recorded' };
  const alive = (marker.heartbeatAgeMs ?? Infinity) < HEARTBEAT_STALE_MS;
  const status: LoadStatus =
    marker.status === 'complete'
      ? 'complete'
      : marker.status === 'loading' && alive
        ? 'loading'
        : 'interrupted';
  const percent =
    marker.itemsTotal && marker.itemsDone !== undefined
      ? Math.floor((100 * marker.itemsDone) / marker.itemsTotal)
      : undefined;
  const message =
    status === 'complete'
      ? 'the last load completed'
      : status === 'loading'
        ? `loading: ${percent ?? 0}% (${marker.phase ?? 'starting'})`
        : `a load was interrupted after ${marker.batchesDone ?? 0} of ${marker.batchesTotal ?? '?'} batches: run seed again`;
  return {
    status,
    message,
    mode: marker.mode === 'create' || marker.mode === 'merge' ? marker.mode : undefined,
    replace: marker.replace,
    source: marker.source,
    phase: marker.phase,
    startedAt: marker.startedAt,
    finishedAt: marker.finishedAt ?? undefined,
    batchesDone: marker.batchesDone,
    batchesTotal: marker.batchesTotal,
    itemsDone: marker.itemsDone,
    itemsTotal: marker.itemsTotal,
    error: marker.error ?? undefined,
  };
}

/**
 * Reads the `:Load` marker the loader keeps (contract 5: ops's /health and the explorer report
 * 'loading' and 'interrupted' from it). One small read by id, not retried; throws when Neo4j is unreachable.
 */
export async function readLoadState(driver: Driver, database: string, timeoutMs = 5_000): Promise<LoadState> {
  const { records } = await readNamed(driver, 'load-state', {}, { database, timeoutMs, retry: false });
  return loadStateOf(records[0]?.get('load') as Marker | null);
}
