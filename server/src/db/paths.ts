import type { EntityType, RelationType } from '@trade-truce/vocabulary';
import { filterParams, NO_FILTER } from './repository';
import type { EntityRow, RelationRow } from './records';
import { int, type RequestDb } from './request';

/** One path: entities from start to end, and the relations between consecutive ones. */
export interface PathRows {
  nodes: EntityRow[];
  edges: RelationRow[];
}

/**
 * From this degree on, an endpoint is a hub: Neo4j's SHORTEST walks a hub's relations again for
 * every trail it keeps (seconds at a 20,000-relation hub), while the legacy bidirectional
 * shortestPath() walks them once. See cypher/paths.cypher and cypher/paths-from-hub.cypher.
 */
export const HUB_DEGREE = 1_000;

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
 * The k shortest simple paths, shortest first: two round trips, one to learn whether the ends
 * exist and how connected they are, one for the search that suits them.
 */
export async function shortestPaths(
  db: RequestDb,
  args: PathQuery,
): Promise<{ fromExists: boolean; toExists: boolean; paths: PathRows[] }> {
  const [ends] = await db.read('path-ends', { from: args.from, to: args.to });
  const fromExists = Boolean(ends?.fromExists);
  const toExists = Boolean(ends?.toExists);
  if (!fromExists || !toExists) return { fromExists, toExists, paths: [] };
  const hub = Number(ends?.fromDegree ?? 0) >= HUB_DEGREE || Number(ends?.toDegree ?? 0) >= HUB_DEGREE;
  const [row] = await db.read(hub ? 'paths-from-hub' : 'paths', {
    ...filterParams({ ...NO_FILTER, types: args.types }),
    from: args.from,
    to: args.to,
    k: int(args.k),
    maxLength: int(args.maxLength),
    excludeTypes: args.excludeTypes,
    excludeIds: args.excludeIds,
    maxDegree: args.maxDegree === null ? null : int(args.maxDegree),
  });
  return { fromExists, toExists, paths: (row?.paths as PathRows[] | undefined) ?? [] };
}
