import { request } from './client';
import {
  NeighborhoodQuery,
  SearchQuery,
  ShortestPathQuery,
  SubgraphQuery,
  toEntity,
  toSubgraph,
} from './operations';
import type { EntityData, EntityType, RelationType, Subgraph } from '../models/types';

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

/**
 * The shortest path between two entities, or null when none exists within the limits. With
 * `maxDegree`, it passes no entity with more relations than that in the whole database.
 */
export async function fetchShortestPath(
  from: string,
  to: string,
  excludeTypes: EntityType[],
  excludeIds: string[],
  maxDegree: number | null = null,
): Promise<Subgraph | null> {
  const data = await request(ShortestPathQuery, {
    from,
    to,
    excludeTypes: excludeTypes.length ? excludeTypes : null,
    excludeIds: excludeIds.length ? excludeIds : null,
    maxDegree,
  });
  return data.shortestPath ? { ...toSubgraph(data.shortestPath), truncated: false } : null;
}

/** Entities by id, the ends of relations by id, and every relation among them. */
export async function fetchSubgraph(ids: string[]): Promise<Subgraph> {
  const data = await request(SubgraphQuery, { ids, asOf: null });
  return toSubgraph(data.subgraph);
}
