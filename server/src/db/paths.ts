import type { EntityType, RelationType } from '@trade-truce/vocabulary';
import { filterParams, NO_FILTER } from './repository';
import type { EntityRow, RelationRow } from './records';
import { inOneBucket } from './plan-buckets';
import { int, type RequestDb } from './request';

/** One path: entities from start to end, and the relations between consecutive ones. */
export interface PathRows {
  nodes: EntityRow[];
  edges: RelationRow[];
}

/** What a path search avoids and how far it goes. */
export interface PathQuery {
  from: string;
  to: string;
  k: number;
  maxLength: number;
  types: RelationType[];
  excludeTypes: EntityType[];
  excludeIds: string[];
  /** Never pass through an entity with more relations than this (its degree in the database). */
  maxDegree: number | null;
}

/**
 * The k shortest distinct paths, shortest first (cypher/paths.cypher): two round trips, one to
 * learn whether the ends exist, so the API can say which is missing, one for the search.
 */
export async function shortestPaths(
  db: RequestDb,
  args: PathQuery,
): Promise<{ fromExists: boolean; toExists: boolean; paths: PathRows[] }> {
  const [ends] = await db.read('path-ends', { from: args.from, to: args.to });
  const fromExists = Boolean(ends?.fromExists);
  const toExists = Boolean(ends?.toExists);
  if (!fromExists || !toExists) return { fromExists, toExists, paths: [] };
  const [row] = await db.read('paths', {
    ...filterParams({ ...NO_FILTER, types: args.types }),
    from: args.from,
    to: args.to,
    k: int(args.k),
    maxLength: int(args.maxLength),
    excludeTypes: inOneBucket(args.excludeTypes),
    excludeIds: inOneBucket(args.excludeIds),
    maxDegree: args.maxDegree === null ? null : int(args.maxDegree),
  });
  return { fromExists, toExists, paths: (row?.paths as PathRows[] | undefined) ?? [] };
}
