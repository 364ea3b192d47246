import type { RequestDb } from './db/request';
import type { ViewCache } from './db/view-cache';

/**
 * Per-request context: the request's database access. The dataloader plugin keeps its
 * per-request loaders on this object (a fresh one for every request), so nothing is shared
 * between requests, except the whole-graph views, which are keyed by the graph's version.
 */
export interface Context {
  db: RequestDb;
  /** Whole-graph views kept between requests, one cache per server (view-cache.ts). */
  views: ViewCache;
}
