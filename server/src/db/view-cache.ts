import { isDeepStrictEqual } from 'node:util';
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
  compute: ComputeView<unknown>;
  /** The request whose session computes `value`; undefined once it has succeeded. */
  owner?: RequestDb;
  /** Set while a computation started after VIEW_TTL_MS replaces this entry. */
  refreshing?: boolean;
}

/** Computes a view through the database access it is handed. */
export type ComputeView<T> = (db: RequestDb) => Promise<T>;

/** A database access of the cache's own, for a view computed after its request has gone. */
export type BackgroundDb = () => RequestDb;

/**
 * Whole-graph views (the overview and the start view) kept in memory between requests. At a
 * million relations one costs hundreds of milliseconds (it walks the relations of the most
 * connected entities), yet it only changes when the graph does, and only the loader writes the
 * graph. Each request asks Neo4j for the graph's version (graph-version.cypher: the last
 * completed load and the count store's totals, one small read) and reuses the view computed for
 * that version. Requests arriving while one computes share its answer; a failed computation is
 * not kept. A view older than VIEW_TTL_MS at an unchanged version is still served, once more per
 * request, while it is computed again in the background through a session of the cache's own
 * (stale while revalidate): at 1M, every tenth second's first visitor paid 0.2–0.7 s for it.
 */
export class ViewCache {
  private readonly entries = new Map<string, Entry>();
  /** The views each request's database access was given, by key (see `viewsRead`). */
  private readonly given = new WeakMap<RequestDb, Map<string, Promise<unknown>>>();
  /** Each request's reading of the graph's version (see `version`). */
  private readonly versions = new WeakMap<RequestDb, Promise<string | undefined>>();

  constructor(
    private readonly backgroundDb: BackgroundDb,
    private readonly now: () => number = Date.now,
  ) {}

  async read<T>(db: RequestDb, key: string, compute: ComputeView<T>): Promise<T> {
    return this.readAt(await this.version(db), db, key, compute);
  }

  /**
   * The graph's version (graph-version.cypher), or undefined when it has none (nothing cached).
   * Read once per request: the kept answer's check (answer-memo.ts) and the resolvers share it,
   * so an answer is made at the very version it is kept under.
   */
  version(db: RequestDb): Promise<string | undefined> {
    let version = this.versions.get(db);
    if (!version) {
      version = db
        .read('graph-version', {})
        .then(([row]) => (typeof row?.version === 'string' ? row.version : undefined));
      this.versions.set(db, version);
      // A failed read is not kept: the request's error says why, and nothing else asks again.
      version.catch(() => this.versions.delete(db));
    }
    return version;
  }

  /**
   * As `read`, at a version already asked for: a view derived from another cached view (a date's
   * cut of the start view) asks once for both.
   */
  readAt<T>(version: string | undefined, db: RequestDb, key: string, compute: ComputeView<T>): Promise<T> {
    if (version === undefined) return compute(db);
    const kept = this.entries.get(key);
    const value =
      kept && kept.version === version
        ? this.joined(key, version, kept, db, compute)
        : this.own(key, version, compute, db);
    let views = this.given.get(db);
    if (!views) this.given.set(db, (views = new Map()));
    views.set(key, value);
    return value;
  }

  /** The kept views a request's database access was given, by key (answer-memo.ts keeps them). */
  viewsRead(db: RequestDb): ReadonlyMap<string, Promise<unknown>> {
    return this.given.get(db) ?? new Map();
  }

  /**
   * The view a request for `key` at `version` would be given now, without computing one: the
   * kept view (starting its computation again in the background past VIEW_TTL_MS, as a read
   * does), or undefined when none is kept at that version.
   */
  current(key: string, version: string): Promise<unknown> | undefined {
    const kept = this.entries.get(key);
    return kept && kept.version === version ? this.served(key, kept) : undefined;
  }

  /** A view this request computes through its own session, kept for the others meanwhile. */
  private own<T>(key: string, version: string, compute: ComputeView<T>, db: RequestDb): Promise<T> {
    const value = this.keep(key, version, compute, compute(db));
    const entry = this.entries.get(key);
    if (entry) entry.owner = db;
    value.then(
      () => {
        if (entry) entry.owner = undefined;
      },
      () => undefined,
    );
    return value;
  }

  /**
   * A kept view, or one another request is computing. That computation runs in the other
   * request's session, which can end before it does (its deadline passes, or the fast lane
   * falls back to yoga and closes it): the query is reset under it, and every request sharing
   * it answered INTERNAL_SERVER_ERROR ("Ignored either because of an error or RESET", found by
   * the fuzz test). A request that did not start a failed computation computes the view itself.
   */
  private joined<T>(
    key: string,
    version: string,
    kept: Entry,
    db: RequestDb,
    compute: ComputeView<T>,
  ): Promise<T> {
    const shared = this.served(key, kept) as Promise<T>;
    if (kept.owner === undefined || kept.owner === db) return shared;
    return shared.catch(() => this.readAt(version, db, key, compute));
  }

  /** A kept view served to a request: past VIEW_TTL_MS it is computed again meanwhile. */
  private served(key: string, kept: Entry): Promise<unknown> {
    if (this.now() - kept.at >= VIEW_TTL_MS && !kept.refreshing) this.refresh(key, kept);
    return kept.value;
  }

  private keep<T>(key: string, version: string, compute: ComputeView<T>, value: Promise<T>): Promise<T> {
    this.entries.delete(key);
    this.entries.set(key, { version, at: this.now(), value, compute });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  /**
   * Computes a kept view again; it replaces the kept one only once it has succeeded, and only if
   * it differs. Unchanged (the usual case: nothing was edited outside the loader), the kept view
   * stays, the very value, so the answers made from it (answer-memo.ts) stay current: replaced by
   * an equal copy, the next "Show all" at 5,000 entities made its 8.8 MB answer again, about a
   * second of the event loop, every tenth second under traffic. Comparing costs a fraction of that.
   */
  private refresh(key: string, kept: Entry): void {
    kept.refreshing = true;
    const db = this.backgroundDb();
    void kept
      .compute(db)
      .then(
        async (view) => {
          if (this.entries.get(key) !== kept) return;
          const before: unknown = await kept.value.catch(() => undefined);
          if (this.entries.get(key) !== kept) return;
          if (isDeepStrictEqual(view, before)) {
            kept.at = this.now();
            kept.refreshing = false;
            return;
          }
          void this.keep(key, kept.version, kept.compute, Promise.resolve(view));
        },
        () => {
          kept.refreshing = false; // the kept view stays; a later request tries again
        },
      )
      .finally(() => void db.close());
  }
}
