import type { RequestDb } from './db/request';

/**
 * Per-request context: the request's database access. The dataloader plugin keeps its
 * per-request loaders on this object (a fresh one for every request), so nothing is shared
 * between requests.
 */
export interface Context {
  db: RequestDb;
}
