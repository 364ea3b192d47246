import type { RequestDb } from './request';

/**
 * Longest time a cached view is served without being computed again, whatever the version says:
 * it bounds how long an edit made outside the loader (cypher-shell, Neo4j Browser) that changes
 * no count can stay unseen.
 */
export const VIEW_TTL_MS = 10_000;
/** Distinct views kept (limits and include lists); the oldest goes first. */
const MAX_ENTRIES = 32;

interface Entry {
  version: string;
  at: number;
  value: Promise<unknown>;
}

/**
 * Whole-graph views (the overview and the start view) kept in memory between requests. At a
 * million relations one costs hundreds of milliseconds (it walks the relations of the most
 * connected entities), yet it only changes when the graph does, and only the loader writes the
 * graph. Each request asks Neo4j for the graph's version (graph-version.cypher: the last
 * completed load and the count store's totals, one small read) and reuses the view computed for
 * that version, for at most VIEW_TTL_MS. Requests arriving while one computes share its answer;
 * a failed computation is not kept.
 */
export class ViewCache {
  private readonly entries = new Map<string, Entry>();

  async read<T>(db: RequestDb, key: string, compute: () => Promise<T>): Promise<T> {
    return this.readAt(await this.version(db), key, compute);
  }

  /** The graph's version (graph-version.cypher), or undefined when it has none (nothing cached). */
  async version(db: RequestDb): Promise<string | undefined> {
    const [row] = await db.read('graph-version', {});
    return typeof row?.version === 'string' ? row.version : undefined;
  }

  /**
   * As `read`, at a version already asked for: a view derived from another cached view (a date's
   * cut of the start view) asks once for both.
   */
  readAt<T>(version: string | undefined, key: string, compute: () => Promise<T>): Promise<T> {
    if (version === undefined) return compute();
    const now = Date.now();
    const kept = this.entries.get(key);
    if (kept && kept.version === version && now - kept.at < VIEW_TTL_MS) return kept.value as Promise<T>;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { version, at: now, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}
