import neo4j, { type Integer } from 'neo4j-driver';
import { RELATION_STATUSES, RELATION_TYPES } from '@trade-truce/vocabulary';
import { byIndexState, ENDS_INDEXES } from './index-state';
import { inOneBucket } from './plan-buckets';
import { whole, type RelationRow } from './records';
import { filterParams, type RelationFilter } from './repository';
import { int, type RequestDb } from './request';

/**
 * Reads of relations: by id, in pages, by entity and by source. Each names the index it stands
 * on, so none reads more than its page (see the Cypher files for the plans).
 */

export async function relationsByIds(db: RequestDb, ids: readonly string[]): Promise<RelationRow[]> {
  const rows = await db.read('relations-by-ids', { ids });
  return whole(rows.map((r) => r.relation as RelationRow));
}

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/** Entity.relations' arguments: which end, the other end's id ('' = any), the filter. */
export interface EntityRelationsFilter extends RelationFilter {
  direction: Direction;
  other: string;
}

/**
 * Above this many relations, an entity's page is read from the ends indexes (one seek per type
 * and direction, relations-of-dense-entities.cypher) instead of by walking its relationships,
 * which reads all of them. Measured at 1M, a page of 20 through the driver: the walk took 4.7 ms
 * at 300 relations, 8.9 at 1,000, 12.8 at 2,100, 20 at 5,500 and 66 at 21,800; the seeks 9–20 ms
 * at any degree.
 */
export const DENSE_ENTITY = 3_000;

/** The shortest length of the 11-100 plan bucket (plan-buckets.ts), where relation ids fall. */
const CURSOR_LENGTH = 11;

/**
 * A page's `after` in one plan bucket (plan-buckets.ts): padded with NUL characters to 11, which
 * keeps its order among slugs (no id holds a NUL, so nothing lies between "abc" and "abc\0..."),
 * and '' (before every id) becomes all NULs. The dense page's 52-branch union takes 4-6 s to
 * plan at 1M; its warmed plan then serves the first page and every later one.
 */
function pageCursor(after: string): string {
  return after.padEnd(CURSOR_LENGTH, '\0');
}

/**
 * relations-of-dense-entities' parameters, each in one plan bucket (plan-buckets.ts), so that
 * one plan, made by the warm-up (4-6 s at 1M for its 52 branches), serves every hub's page: the
 * id repeated in a list, every type spelled out when none is chosen, the cursor padded.
 */
export function denseParams(
  id: string,
  args: { types: readonly string[]; direction: Direction; after: string; limit: number },
) {
  return {
    ids: inOneBucket([id]),
    types: inOneBucket(args.types.length ? args.types : RELATION_TYPES),
    direction: args.direction,
    after: pageCursor(args.after),
    limit: int(args.limit),
  };
}

/** Only a page filtered by nothing but type and direction is read from the ends indexes. */
function seeksEnds(args: EntityRelationsFilter): boolean {
  return args.statuses.length === 0 && !args.asOf && args.other === '';
}

/**
 * Entity.relations for many entities at once (DataLoader batch): one page per entity. An entity
 * with more than `dense` relations has its page read by a query of its own, from the ends indexes
 * once they are online.
 */
export async function relationsOfEntities(
  db: RequestDb,
  ids: readonly string[],
  args: EntityRelationsFilter & { after: string; limit: number },
  dense = DENSE_ENTITY,
): Promise<Map<string, RelationRow[]>> {
  const walk = (batch: readonly string[], threshold: Integer) =>
    db.read('relations-of-entities', {
      ...filterParams(args),
      ids: batch,
      direction: args.direction,
      other: args.other,
      after: args.after,
      limit: int(args.limit),
      dense: threshold,
    });
  // Neo4j's largest integer: no entity is dense, every page walks.
  const rows = await walk(ids, seeksEnds(args) ? int(dense) : neo4j.Integer.MAX_VALUE);
  const pages = new Map(rows.map((r) => [String(r.id), whole(r.relations as RelationRow[])]));
  const hubs = rows.filter((r) => r.dense === true).map((r) => String(r.id));
  for (const id of hubs) {
    // While the ends indexes populate (after a bulk import), the hub is walked like the rest.
    const [row] = await byIndexState(
      db,
      ENDS_INDEXES,
      () => db.read('relations-of-dense-entities', denseParams(id, args)),
      () => walk([id], neo4j.Integer.MAX_VALUE),
    );
    pages.set(id, whole((row?.relations ?? []) as RelationRow[]));
  }
  return pages;
}

/** How many relations of each entity pass the filter (DataLoader batch). */
export async function countRelationsOfEntities(
  db: RequestDb,
  ids: readonly string[],
  args: EntityRelationsFilter,
): Promise<Map<string, number>> {
  const rows = await db.read('relations-of-entities-count', {
    ...filterParams(args),
    ids,
    direction: args.direction,
    other: args.other,
  });
  return new Map(rows.map((r) => [String(r.id), Number(r.total)]));
}

/** relations(filter): by type, status, date and endpoints. */
export interface RelationsQuery extends RelationFilter {
  from: string;
  to: string;
}

/** With an endpoint, its own relations (bounded by its degree); otherwise the id indexes. */
function endpointFilter(filter: RelationsQuery): { id: string; args: EntityRelationsFilter } | undefined {
  if (filter.from) return { id: filter.from, args: { ...filter, direction: 'OUTGOING', other: filter.to } };
  if (filter.to) return { id: filter.to, args: { ...filter, direction: 'INCOMING', other: '' } };
  return undefined;
}

/**
 * The relation filter as cypher/parts/relations-in-id-order.cypher takes it: lists spelled out,
 * in one plan bucket (plan-buckets.ts).
 */
export function idOrderParams(f: RelationFilter) {
  return {
    inTypes: inOneBucket(f.types.length ? f.types : RELATION_TYPES),
    inStatuses: inOneBucket(f.statuses.length ? f.statuses : RELATION_STATUSES),
    until: f.asOf ?? '9999',
  };
}

export async function relationsPage(db: RequestDb, filter: RelationsQuery, after: string, limit: number) {
  const end = endpointFilter(filter);
  if (end) return (await relationsOfEntities(db, [end.id], { ...end.args, after, limit })).get(end.id) ?? [];
  const rows = await db.read('relations-page', { ...idOrderParams(filter), after, limit: int(limit) });
  return whole(rows.map((r) => r.relation as RelationRow));
}

/** Counts by type alone come from the count store; status and date filters read the relations. */
export async function countRelations(db: RequestDb, filter: RelationsQuery): Promise<number> {
  const end = endpointFilter(filter);
  if (end) return (await countRelationsOfEntities(db, [end.id], end.args)).get(end.id) ?? 0;
  const filtered = filter.statuses.length > 0 || Boolean(filter.asOf);
  const [row] = filtered
    ? await db.read('relations-count-filtered', filterParams(filter))
    : await db.read('relations-count', { types: filter.types });
  return Number(row?.total ?? 0);
}

/**
 * A source cited by fewer relations than this has them all sorted by id from the full-text
 * index; one cited more often is paged by walking the id indexes (cypher/relations-of-sources).
 */
export const DENSE_SOURCE = 20_000;

/** The full-text index of relation sources (cypher/schema.cypher), which may still populate. */
const SOURCE_INDEX = 'relation_sources';

/**
 * Source.relations for many sources at once (DataLoader batch). While the relation_sources
 * index populates (after a bulk import), the same pages come from one pass over the relations
 * (relations-of-sources-scan.cypher: about a second at a million relations; index-state.ts).
 */
export async function relationsOfSources(
  db: RequestDb,
  ids: readonly string[],
  after: string,
  limit: number,
  dense = DENSE_SOURCE,
): Promise<Map<string, RelationRow[]>> {
  const params = {
    // Source ids are slugs; anything else cites nothing and must not reach the Lucene query.
    ids: ids.filter((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)),
    after,
    limit: int(limit),
  };
  const rows = await byIndexState(
    db,
    [SOURCE_INDEX],
    () =>
      db.read('relations-of-sources', {
        ...idOrderParams({ types: [], statuses: [] }),
        ...params,
        dense: int(dense),
      }),
    () => db.read('relations-of-sources-scan', params),
  );
  return new Map(rows.map((r) => [String(r.id), whole(r.relations as RelationRow[])]));
}

/**
 * How many relations cite each source (DataLoader batch): index hits, or, while the index
 * populates, one pass over the relations (relations-of-sources-count-scan.cypher).
 */
export async function countRelationsOfSources(
  db: RequestDb,
  ids: readonly string[],
): Promise<Map<string, number>> {
  const rows = await byIndexState(
    db,
    [SOURCE_INDEX],
    () => db.read('relations-of-sources-count', { ids }),
    () => db.read('relations-of-sources-count-scan', { ids }),
  );
  return new Map(rows.map((r) => [String(r.id), Number(r.total)]));
}
