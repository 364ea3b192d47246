import { RELATION_TYPES } from '@trade-truce/vocabulary';
import type { RequestDb } from './request';

/**
 * The ends indexes (cypher/schema.cypher): per relation type, (fromId, id) and (toId, id), for a
 * hub's pages of relations (relations-of-dense-entities.cypher).
 */
export const ENDS_INDEXES: readonly string[] = RELATION_TYPES.flatMap((type) => [
  `relation_from_${type.toLowerCase()}`,
  `relation_to_${type.toLowerCase()}`,
]);

/**
 * Indexes a load does not wait for (schema.ts), since nothing needs them to be correct: after a
 * bulk import of a million relations, the full-text index of relation sources takes longer to
 * populate than the rest of the load, and the 52 ends indexes took 22 s more of it (schema and
 * indexes 19 s before them, 42 s with them). Until they are online, the reads that use them take
 * another route (relations.ts): a full-text query on a populating index waits for it to finish,
 * and a hub's relations are walked.
 */
export const BACKGROUND_INDEXES: readonly string[] = ['relation_sources', ...ENDS_INDEXES];

/** How long a known state is trusted before Neo4j is asked again. */
export const INDEX_STATE_TTL_MS = 2_000;

const known = new Map<string, { online: boolean; at: number }>();
/** A request's read of an index state still under way, shared by its concurrent callers. */
const asking = new WeakMap<RequestDb, Map<string, Promise<boolean>>>();

/**
 * Whether every index of `names` exists and is ONLINE, from Neo4j's SHOW INDEXES, asked at most
 * every INDEX_STATE_TTL_MS per process (one small read; the answer changes only when a load
 * replaces the store or an index is dropped or created). Callers of one request that ask while
 * that read is under way share it: resolvers run side by side, and once the state had expired
 * each asked on its own (three at once made three round trips).
 */
export function areIndexesOnline(db: RequestDb, names: readonly string[]): Promise<boolean> {
  const key = names.join(',');
  const kept = known.get(key);
  if (kept && Date.now() - kept.at < INDEX_STATE_TTL_MS) return Promise.resolve(kept.online);
  const reads = asking.get(db) ?? new Map<string, Promise<boolean>>();
  asking.set(db, reads);
  const underway = reads.get(key);
  if (underway) return underway;
  const read = db
    .read('index-state', { names })
    .then((rows) => {
      const online = new Set(rows.filter((r) => r.state === 'ONLINE').map((r) => String(r.name)));
      const all = names.every((name) => online.has(name));
      known.set(key, { online: all, at: Date.now() });
      return all;
    })
    .finally(() => reads.delete(key));
  reads.set(key, read);
  return read;
}

/**
 * A query named an index that does not exist (dropped, or a store without it): a full-text query,
 * or an index hint (USING INDEX) that Neo4j cannot follow.
 */
function isMissingIndex(error: unknown): boolean {
  return /no such fulltext schema index|cannot use index hint|no such index/i.test(
    (error as Error | undefined)?.message ?? '',
  );
}

/**
 * Runs `indexed` when the indexes `names` are online, `otherwise` when one is not; if one turns
 * out to be gone (the state was known a moment ago), forgets the state and runs `otherwise`.
 */
export async function byIndexState<T>(
  db: RequestDb,
  names: readonly string[],
  indexed: () => Promise<T>,
  otherwise: () => Promise<T>,
): Promise<T> {
  if (!(await areIndexesOnline(db, names))) return otherwise();
  try {
    return await indexed();
  } catch (error) {
    if (!isMissingIndex(error)) throw error;
    known.set(names.join(','), { online: false, at: Date.now() });
    return otherwise();
  }
}
