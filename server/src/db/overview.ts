import type { EntityType, RelationType } from '@trade-truce/vocabulary';
import { toSubgraph, type EntityRow, type SubgraphRows } from './records';
import { int, type RequestDb } from './request';

/**
 * The reads behind the explorer's large-graph views (the overview and grouped hub expansion),
 * one named Cypher query each. They read the `degree` the loader stores on every entity, so
 * their cost follows their limits and the entities they touch, not the size of the graph.
 */

/**
 * The overview: the most connected entities, at most `maxEdges` of the relations among them
 * (overview.cypher picks them by edge-cap.ts's rule) and the totals.
 */
export interface OverviewRows extends SubgraphRows {
  entities: number;
  relations: number;
  entityTypes: Array<{ type: EntityType; total: number }>;
}

export async function overview(
  db: RequestDb,
  limit: number,
  include: string[],
  maxEdges = Number.MAX_SAFE_INTEGER,
): Promise<OverviewRows> {
  const [row] = await db.read('overview', { limit: int(limit), include, maxEdges: int(maxEdges) });
  const graph = toSubgraph(row);
  const entities = Number(row?.entities ?? 0);
  return {
    ...graph,
    hiddenEdges: Number(row?.among ?? 0) - graph.edges.length,
    truncated: graph.nodes.length < entities,
    entities,
    relations: Number(row?.relations ?? 0),
    entityTypes: ((row?.entityTypes as OverviewRows['entityTypes'] | undefined) ?? []).filter(
      (t) => t.total > 0,
    ),
  };
}

/** Neighbours of one entity counted by relation type, direction and neighbour type. */
export interface NeighborGroupRow {
  relationType: RelationType;
  outgoing: boolean;
  entityType: EntityType;
  count: number;
}

export async function neighborGroups(
  db: RequestDb,
  id: string,
): Promise<{ entity: EntityRow; groups: NeighborGroupRow[] } | undefined> {
  const [row] = await db.read('neighbor-groups', { id });
  if (!row) return undefined;
  return { entity: row.entity as EntityRow, groups: row.groups as NeighborGroupRow[] };
}

/** Which group, and where its page starts. */
export interface GroupPageArgs {
  id: string;
  relationType: RelationType;
  outgoing: boolean;
  entityType: EntityType;
  first: number;
  after: { degree: number; id: string } | null;
  context: string[];
}

/** One page of a group; `truncated` says another page follows. Undefined: no such entity. */
export async function neighborGroupPage(
  db: RequestDb,
  args: GroupPageArgs,
): Promise<SubgraphRows | undefined> {
  const [row] = await db.read('neighbor-group-page', {
    id: args.id,
    relationType: args.relationType,
    outgoing: args.outgoing,
    entityType: args.entityType,
    first: int(args.first),
    afterDegree: int(args.after?.degree ?? -1),
    afterId: args.after?.id ?? '',
    context: args.context,
  });
  if (!row) return undefined;
  const rows = toSubgraph(row);
  const nodes = rows.nodes.slice(0, args.first);
  const truncated = rows.nodes.length > args.first;
  return { ...rows, nodes, truncated, total: null, totalAtLeast: rows.nodes.length };
}
