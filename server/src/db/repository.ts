import type { EntityType, RelationStatus, RelationType } from '@trade-truce/vocabulary';
import { timeKeyRange } from '../fixtures/time-key';
import { viewAsOf } from './as-of';
import { withCappedEdges } from './edge-cap';
import {
  toSubgraph,
  whole,
  type EntityRow,
  type RelationRow,
  type SourceRow,
  type SubgraphRows,
} from './records';
import { inOneBucket } from './plan-buckets';
import { int, type RequestDb } from './request';

/**
 * The reads the API makes, one named Cypher query each. Limits go out as integers, user text
 * only as parameters, and types only after the GraphQL enums have checked them.
 */

export async function entitiesByIds(db: RequestDb, ids: readonly string[]): Promise<EntityRow[]> {
  const rows = await db.read('entities-by-ids', { ids });
  return whole(rows.map((r) => r.entity as EntityRow));
}

export interface EntityFilter {
  types: EntityType[];
  search: string;
}

export async function entitiesPage(db: RequestDb, filter: EntityFilter, after: string, limit: number) {
  const rows = await db.read('entities-page', { ...filter, after, limit: int(limit) });
  return whole(rows.map((r) => r.entity as EntityRow));
}

/** Counts by type come from the count store; a search text needs a read of the entities. */
export async function countEntities(db: RequestDb, filter: EntityFilter): Promise<number> {
  const [row] = filter.search
    ? await db.read('entities-count-filtered', { ...filter })
    : await db.read('entities-count', { types: filter.types });
  return Number(row?.total ?? 0);
}

/** A search as search.cypher runs it: the Lucene query, the name patterns that rank hits, the window. */
export interface SearchPlan {
  query: string;
  exact: string;
  phrase: string;
  window: number;
}

export async function searchEntities(db: RequestDb, plan: SearchPlan, types: EntityType[], limit: number) {
  const rows = await db.read('search', { ...plan, window: int(plan.window), types, limit: int(limit) });
  return rows.map((r) => ({ entity: r.entity as EntityRow, score: Number(r.score) }));
}

/**
 * The relation filter of cypher/parts/relation-filter.cypher: [] = all; `asOf` (contract 2) null
 * or absent = no time cut.
 */
export interface RelationFilter {
  types: RelationType[];
  statuses: RelationStatus[];
  asOf?: string | null;
}

/** The filter as its Cypher part takes it: every parameter present, lists in one plan bucket. */
export const filterParams = (f: RelationFilter) => ({
  types: inOneBucket(f.types),
  statuses: inOneBucket(f.statuses),
  asOf: f.asOf ?? null,
});

/** No filter at all, for reads that take the part but no filter arguments. */
export const NO_FILTER: RelationFilter = { types: [], statuses: [], asOf: null };

export async function neighborhood(
  db: RequestDb,
  args: RelationFilter & { id: string; depth: number; limit: number; count?: boolean },
): Promise<SubgraphRows | undefined> {
  const [row] = await db.read('neighborhood', {
    ...filterParams(args),
    // false: `total` may be null where counting would cost more than the view (a hub).
    count: args.count ?? true,
    id: args.id,
    depth: int(args.depth),
    limit: int(args.limit),
  });
  const rows = toSubgraph(row);
  // The centre is always the first node; none means there is no such entity.
  return rows.nodes.length > 0 ? rows : undefined;
}

/**
 * The start view: the `limit` most connected entities and every relation among them, uncut:
 * `startView` below filters it by date and caps it, so one read serves every date and cap.
 */
export async function wholeGraph(db: RequestDb, limit: number): Promise<SubgraphRows> {
  const [row] = await db.read('graph', { ...filterParams(NO_FILTER), limit: int(limit) });
  return toSubgraph(row);
}

/** The start view as of a date (viewAsOf) with at most `maxEdges` relations (capEdges). */
export function startView(whole: SubgraphRows, asOf: string | null, maxEdges: number): SubgraphRows {
  return withCappedEdges(viewAsOf(whole, asOf), maxEdges);
}

/** Entities named by id, the endpoints of relations named by id, and the relations among them. */
export async function subgraphOf(
  db: RequestDb,
  ids: readonly string[],
  limit: number,
  asOf: string | null = null,
): Promise<SubgraphRows> {
  const [row] = await db.read('subgraph', {
    ...filterParams({ ...NO_FILTER, asOf }),
    ids,
    limit: int(limit),
  });
  return toSubgraph(row);
}

/**
 * One page of the timeline: up to `limit` dated relations past the keyset (`afterAt`, `afterId`),
 * read in the order of their stored time keys (time-key.ts).
 */
export async function timeline(
  db: RequestDb,
  args: {
    from: string | null;
    to: string | null;
    types: RelationType[];
    afterAt: string;
    afterId: string;
    limit: number;
  },
): Promise<RelationRow[]> {
  // One map parameter (see timeline.cypher: a plan per page shape, not per cursor length).
  const page = { ...timeKeyRange(args), types: args.types, limit: int(args.limit) };
  const [row] = await db.read('timeline', { page });
  return whole((row?.events as RelationRow[] | undefined) ?? []);
}

/** How many relations of `types` (all when empty) carry no date. */
export async function undatedCount(db: RequestDb, types: RelationType[]): Promise<number> {
  const [row] = await db.read('timeline-undated', { types });
  return Number(row?.undated ?? 0);
}

export async function sourcesByIds(db: RequestDb, ids: readonly string[]): Promise<SourceRow[]> {
  const rows = await db.read('sources-by-ids', { ids });
  return whole(rows.map((r) => r.source as SourceRow));
}

export async function allSources(db: RequestDb): Promise<SourceRow[]> {
  const rows = await db.read('sources-all', {});
  return whole(rows.map((r) => r.source as SourceRow));
}

export interface StatsRow {
  entities: number;
  relations: number;
  sources: number;
  entityTypes: Array<{ type: string; count: number }>;
  relationTypes: Array<{ type: string; count: number }>;
  mostConnected: EntityRow[];
}

export async function graphStats(db: RequestDb, top: number): Promise<StatsRow> {
  const [row] = await db.read('stats', { top: int(top) });
  const stats = row as unknown as StatsRow;
  // The most connected, read during a reload, may include one deleted as it was read.
  return { ...stats, mostConnected: whole(stats.mostConnected ?? []) };
}
