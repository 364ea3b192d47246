import { request } from './client';
import { graphql } from './graphql';
import { EntityFields, RelationFields, SourceFields, toEntity, toSource, toSubgraph } from './operations';
import type { NeighborGroup } from '../models/groups';
import type { OverviewTotals } from '../models/overview';
import type { EntityData, SourceData, Subgraph } from '../models/types';

/** The start view of a graph of any size: its most connected entities and what is left out. */
export const OverviewQuery = graphql(
  `
    query Overview($limit: Int, $include: [ID!]) {
      overview(limit: $limit, include: $include) {
        nodes {
          ...EntityFields
        }
        edges {
          ...RelationFields
        }
        truncated
        hiddenEdges
        entities
        relations
        entityTypes {
          type
          total
        }
        sources {
          ...SourceFields
        }
      }
    }
  `,
  [EntityFields, RelationFields, SourceFields],
);

/** Sources by id: those a view's new entities and relations cite (the overview brings its own). */
export const SourcesQuery = graphql(
  `
    query Sources($ids: [ID!]!) {
      sources(ids: $ids) {
        ...SourceFields
      }
    }
  `,
  [SourceFields],
);

/** The server's cap on `sources(ids:)` (server/src/schema/source.ts). */
const SOURCES_PER_REQUEST = 1000;

/** The sources with these ids, asked in pages; ids that name no source are left out. */
export async function fetchSources(ids: readonly string[]): Promise<SourceData[]> {
  const pages = [];
  for (let i = 0; i < ids.length; i += SOURCES_PER_REQUEST) {
    pages.push(request(SourcesQuery, { ids: ids.slice(i, i + SOURCES_PER_REQUEST) }));
  }
  return (await Promise.all(pages)).flatMap((data) => data.sources.map(toSource));
}

/** A hub's neighbours counted by relation type, direction and entity type. */
export const NeighborGroupsQuery = graphql(
  `
    query NeighborGroups($id: ID!) {
      neighborGroups(id: $id) {
        entity {
          ...EntityFields
        }
        groups {
          relationType
          direction
          entityType
          count
        }
      }
    }
  `,
  [EntityFields],
);

/** One page of a neighbour group, with relations to what the canvas already shows. */
export const NeighborGroupQuery = graphql(
  `
    query NeighborGroup(
      $id: ID!
      $relationType: RelationType!
      $direction: Side!
      $entityType: EntityType!
      $first: Int
      $after: String
      $context: [ID!]
    ) {
      neighborGroup(
        id: $id
        relationType: $relationType
        direction: $direction
        entityType: $entityType
        first: $first
        after: $after
        context: $context
      ) {
        nodes {
          ...EntityFields
        }
        edges {
          ...RelationFields
        }
        hasNextPage
        endCursor
      }
    }
  `,
  [EntityFields, RelationFields],
);

/** The overview: `limit` most connected entities plus `include`, with every source and the totals. */
export async function fetchOverview(
  limit: number,
  include: string[] = [],
  signal?: AbortSignal,
): Promise<{ graph: Subgraph; totals: OverviewTotals }> {
  const data = await request(OverviewQuery, { limit, include: include.length ? include : null }, signal);
  const o = data.overview;
  return {
    graph: { ...toSubgraph(o), sources: o.sources.map(toSource) },
    totals: {
      entities: o.entities,
      relations: o.relations,
      hiddenEdges: o.hiddenEdges,
      entityTypes: o.entityTypes.map((t) => ({ type: t.type, total: t.total })),
    },
  };
}

/** A hub's neighbour groups, largest first. */
export async function fetchNeighborGroups(
  id: string,
): Promise<{ entity: EntityData; groups: NeighborGroup[] }> {
  const data = await request(NeighborGroupsQuery, { id });
  const g = data.neighborGroups;
  return {
    entity: toEntity(g.entity),
    groups: g.groups.map((x) => ({ hubId: id, ...x })),
  };
}

/** One page of a group; `context` lists the entities on the canvas (relations to them come too). */
export async function fetchGroupPage(
  group: NeighborGroup,
  first: number,
  after: string | null,
  context: string[],
): Promise<{ graph: Subgraph; ids: string[]; endCursor: string | null; hasNextPage: boolean }> {
  const data = await request(NeighborGroupQuery, {
    id: group.hubId,
    relationType: group.relationType,
    direction: group.direction,
    entityType: group.entityType,
    first,
    after,
    context: context.length ? context : null,
  });
  const page = data.neighborGroup;
  const graph = { ...toSubgraph(page), truncated: page.hasNextPage };
  return {
    graph,
    ids: graph.nodes.map((n) => n.id),
    endCursor: page.endCursor ?? null,
    hasNextPage: page.hasNextPage,
  };
}
