import type { RequestDb } from './db/request';
import type { Loaders } from './loaders';

/** Per-request context: the request's database access and its DataLoaders. */
export interface Context {
  db: RequestDb;
  loaders: Loaders;
}
