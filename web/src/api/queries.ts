import { request } from './client';
import {
  GraphQuery,
  NeighborhoodQuery,
  SearchQuery,
  ShortestPathQuery,
  SubgraphQuery,
  toEntity,
  toSource,
  toSubgraph,
} from './operations';
import type { EntityData, EntityType, RelationType, Subgraph } from '../models/types';

/** The whole graph with every source: the start view. */
export async function fetchGraph(signal?: AbortSignal): Promise<Subgraph> {
  const data = await request(GraphQuery, { limit: 500 }, signal);
  return { ...toSubgraph(data.graph), sources: data.sources.map(toSource) };
}

/** Search hits for typed text, best first. */
export async function searchEntities(text: string, signal?: AbortSignal): Promise<EntityData[]> {
  const data = await request(SearchQuery, { text, first: 8 }, signal);
  return data.search.map((hit) => toEntity(hit.entity));
}

/** An entity's neighbours (direct ones unless `depth` says), optionally along some relation types only. */
export async function fetchNeighborhood(
  id: string,
  relationTypes: RelationType[],
  depth = 1,
): Promise<Subgraph> {
  const data = await request(NeighborhoodQuery, {
    id,
    depth,
    relationTypes: relationTypes.length ? relationTypes : null,
    limit: 500,
  });
  return toSubgraph(data.neighborhood);
}

/** The shortest path between two entities, or null when none exists within the limits. */
export async function fetchShortestPath(
  from: string,
  to: string,
  excludeTypes: EntityType[],
  excludeIds: string[],
): Promise<Subgraph | null> {
  const data = await request(ShortestPathQuery, {
    from,
    to,
    excludeTypes: excludeTypes.length ? excludeTypes : null,
    excludeIds: excludeIds.length ? excludeIds : null,
  });
  return data.shortestPath ? { ...toSubgraph(data.shortestPath), truncated: false } : null;
}

/** Entities by id, the ends of relations by id, and every relation among them. */
export async function fetchSubgraph(ids: string[]): Promise<Subgraph> {
  const data = await request(SubgraphQuery, { ids, asOf: null });
  return toSubgraph(data.subgraph);
}
