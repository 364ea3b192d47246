import type { RequestDb } from './request';

/**
 * Indexes a load does not wait for (schema.ts): after a bulk import of a million relations the
 * full-text index of relation sources takes longer to populate than the rest of the load, and
 * nothing needs it to be correct. Until it is online, the reads that use it take another route
 * (relations.ts), because a full-text query on a populating index waits for it to finish.
 */
export const BACKGROUND_INDEXES: readonly string[] = ['relation_sources'];

/** How long a known state is trusted before Neo4j is asked again. */
export const INDEX_STATE_TTL_MS = 2_000;

const known = new Map<string, { online: boolean; at: number }>();
/** A request's read of an index state still under way, shared by its concurrent callers. */
const asking = new WeakMap<RequestDb, Map<string, Promise<boolean>>>();

/**
 * Whether the index `name` is ONLINE, from Neo4j's SHOW INDEXES, asked at most every
 * INDEX_STATE_TTL_MS per process (one small read; the answer changes only when a load replaces
 * the store or the index is dropped or created). Callers of one request that ask while that read
 * is under way share it: resolvers run side by side, and once the state had expired each asked
 * on its own (three at once made three round trips).
 */
export function isIndexOnline(db: RequestDb, name: string): Promise<boolean> {
  const kept = known.get(name);
  if (kept && Date.now() - kept.at < INDEX_STATE_TTL_MS) return Promise.resolve(kept.online);
  const reads = asking.get(db) ?? new Map<string, Promise<boolean>>();
  asking.set(db, reads);
  const underway = reads.get(name);
  if (underway) return underway;
  const read = db
    .read('index-state', { name })
    .then(([row]) => {
      const online = row?.state === 'ONLINE';
      known.set(name, { online, at: Date.now() });
      return online;
    })
    .finally(() => reads.delete(name));
  reads.set(name, read);
  return read;
}

/** A full-text query named an index that does not exist (dropped, or a store without it). */
function isMissingIndex(error: unknown): boolean {
  return /no such fulltext schema index/i.test((error as Error | undefined)?.message ?? '');
}

/**
 * Runs `indexed` when the index `name` is online, `otherwise` when it is not; if the index
 * turns out to be gone (the state was known a moment ago), forgets the state and runs `otherwise`.
 */
export async function byIndexState<T>(
  db: RequestDb,
  name: string,
  indexed: () => Promise<T>,
  otherwise: () => Promise<T>,
): Promise<T> {
  if (!(await isIndexOnline(db, name))) return otherwise();
  try {
    return await indexed();
  } catch (error) {
    if (!isMissingIndex(error)) throw error;
    known.set(name, { online: false, at: Date.now() });
    return otherwise();
  }
}
