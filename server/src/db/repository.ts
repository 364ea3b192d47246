import type { EntityType, RelationStatus, RelationType } from '../model/vocabulary';
import { toSubgraph, type EntityRow, type RelationRow, type SourceRow, type SubgraphRows } from './records';
import { int, type RequestDb } from './request';

/**
 * The reads the API makes, one named Cypher query each. Limits go out as integers, user text
 * only as parameters, and types only after the GraphQL enums have checked them.
 */

export async function entitiesByIds(db: RequestDb, ids: readonly string[]): Promise<EntityRow[]> {
  const rows = await db.read('entities-by-ids', { ids });
  return rows.map((r) => r.entity as EntityRow);
}

export interface EntityFilter {
  types: EntityType[];
  search: string;
}

export async function entitiesPage(db: RequestDb, filter: EntityFilter, after: string, limit: number) {
  const rows = await db.read('entities-page', { ...filter, after, limit: int(limit) });
  return rows.map((r) => r.entity as EntityRow);
}

export async function countEntities(db: RequestDb, filter: EntityFilter): Promise<number> {
  const [row] = await db.read('entities-count', { ...filter });
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

export interface RelationFilter {
  types: RelationType[];
  statuses: RelationStatus[];
}

export async function neighborhood(
  db: RequestDb,
  args: RelationFilter & { id: string; depth: number; limit: number; asOf?: string | null },
): Promise<SubgraphRows | undefined> {
  const [row] = await db.read('neighborhood', {
    ...args,
    asOf: args.asOf ?? null,
    depth: int(args.depth),
    limit: int(args.limit),
  });
  const rows = toSubgraph(row);
  // The centre is always the first node; none means there is no such entity.
  return rows.nodes.length > 0 ? rows : undefined;
}

export async function wholeGraph(
  db: RequestDb,
  limit: number,
  asOf: string | null = null,
): Promise<SubgraphRows> {
  const [row] = await db.read('graph', { limit: int(limit), asOf });
  return toSubgraph(row);
}

/** Entities named by id, the endpoints of relations named by id, and the relations among them. */
export async function subgraphOf(
  db: RequestDb,
  ids: readonly string[],
  limit: number,
  asOf: string | null = null,
): Promise<SubgraphRows> {
  const [row] = await db.read('subgraph', { ids, limit: int(limit), asOf });
  return toSubgraph(row);
}

/** Dated relations in time order, and how many are undated. */
export async function timeline(
  db: RequestDb,
  args: { from: string | null; to: string | null; types: RelationType[] },
): Promise<{ events: RelationRow[]; undated: number }> {
  const [row] = await db.read('timeline', args);
  return { events: (row?.events as RelationRow[] | undefined) ?? [], undated: Number(row?.undated ?? 0) };
}

export interface PathRows {
  nodes: EntityRow[];
  edges: RelationRow[];
}

export async function shortestPaths(
  db: RequestDb,
  args: {
    from: string;
    to: string;
    k: number;
    maxLength: number;
    types: RelationType[];
    excludeTypes: EntityType[];
    excludeIds: string[];
  },
): Promise<{ fromExists: boolean; toExists: boolean; paths: PathRows[] }> {
  const [row] = await db.read('paths', { ...args, k: int(args.k), maxLength: int(args.maxLength) });
  return {
    fromExists: Boolean(row?.fromExists),
    toExists: Boolean(row?.toExists),
    paths: (row?.paths as PathRows[] | undefined) ?? [],
  };
}

export async function relationsByIds(db: RequestDb, ids: readonly string[]): Promise<RelationRow[]> {
  const rows = await db.read('relations-by-ids', { ids });
  return rows.map((r) => r.relation as RelationRow);
}

export interface RelationsQuery extends RelationFilter {
  from: string;
  to: string;
}

export async function relationsPage(db: RequestDb, filter: RelationsQuery, after: string, limit: number) {
  const rows = await db.read('relations-page', { ...filter, after, limit: int(limit) });
  return rows.map((r) => r.relation as RelationRow);
}

export async function countRelations(db: RequestDb, filter: RelationsQuery): Promise<number> {
  const [row] = await db.read('relations-count', { ...filter });
  return Number(row?.total ?? 0);
}

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/** Entity.relations for many entities at once (DataLoader batch). */
export async function relationsOfEntities(
  db: RequestDb,
  ids: readonly string[],
  args: RelationFilter & { direction: Direction; after: string; limit: number },
): Promise<Map<string, RelationRow[]>> {
  const rows = await db.read('relations-of-entities', { ...args, ids, limit: int(args.limit) });
  return new Map(rows.map((r) => [String(r.id), r.relations as RelationRow[]]));
}

/** Source.relations for many sources at once (DataLoader batch). */
export async function relationsOfSources(
  db: RequestDb,
  ids: readonly string[],
  after: string,
  limit: number,
): Promise<Map<string, RelationRow[]>> {
  const rows = await db.read('relations-of-sources', { ids, after, limit: int(limit) });
  return new Map(rows.map((r) => [String(r.id), r.relations as RelationRow[]]));
}

export async function sourcesByIds(db: RequestDb, ids: readonly string[]): Promise<SourceRow[]> {
  const rows = await db.read('sources-by-ids', { ids });
  return rows.map((r) => r.source as SourceRow);
}

export async function allSources(db: RequestDb): Promise<SourceRow[]> {
  const rows = await db.read('sources-all', {});
  return rows.map((r) => r.source as SourceRow);
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
  return row as unknown as StatsRow;
}
