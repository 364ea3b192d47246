import { relationsAt } from './adjacency';
import type { EntityData, GraphCache, RelationData, RelationType, Subgraph } from './types';

/** A cache with nothing in it. */
export function emptyCache(): GraphCache {
  return { entities: {}, relations: {}, sources: {} };
}

/**
 * Adds a subgraph to the cache without mutating it. Entities and relations are keyed by id, so
 * the same element fetched twice (by `graph`, then by `neighborhood`) is kept once; the newer
 * copy wins.
 */
export function mergeSubgraph(cache: GraphCache, subgraph: Subgraph): GraphCache {
  const entities = { ...cache.entities };
  for (const node of subgraph.nodes) entities[node.id] = node;
  const relations = { ...cache.relations };
  for (const edge of subgraph.edges) relations[edge.id] = edge;
  const sources = { ...cache.sources };
  for (const source of subgraph.sources ?? []) sources[source.id] = source;
  return { entities, relations, sources };
}

/**
 * Ids of the sources a subgraph's entities and relations cite that the cache lacks, each once:
 * views come without their sources (a graph may hold thousands), which are fetched after.
 */
export function missingSources(cache: GraphCache, subgraph: Subgraph): string[] {
  const brought = new Set((subgraph.sources ?? []).map((s) => s.id));
  const missing = new Set<string>();
  const want = (id: string) => {
    if (!cache.sources[id] && !brought.has(id)) missing.add(id);
  };
  for (const node of subgraph.nodes) node.sourceIds.forEach(want);
  for (const edge of subgraph.edges) {
    edge.sourceIds.forEach(want);
    if (edge.citedViaId) want(edge.citedViaId);
  }
  return [...missing];
}

/** The id at the other end of a relation, seen from `id`. */
export function otherEnd(relation: RelationData, id: string): string {
  return relation.from === id ? relation.to : relation.from;
}

/** Every cached relation touching `id`, optionally only of some types (from the adjacency index). */
export function relationsOf(
  cache: GraphCache,
  id: string,
  types: readonly RelationType[] = [],
): RelationData[] {
  const all = relationsAt(cache, id);
  return types.length === 0 ? [...all] : all.filter((r) => types.includes(r.type));
}

/** Neighbours of `id` in the cache, most connected first, then by name. */
export function neighbourEntities(
  cache: GraphCache,
  id: string,
  types: readonly RelationType[] = [],
): EntityData[] {
  const ids = new Set(relationsOf(cache, id, types).map((r) => otherEnd(r, id)));
  ids.delete(id);
  return [...ids]
    .map((nid) => cache.entities[nid])
    .filter((e): e is EntityData => e !== undefined)
    .sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name));
}

/** Relations of one entity grouped by their readable label, groups sorted by name. */
export function groupRelations(
  relations: RelationData[],
): Array<{ label: string; relations: RelationData[] }> {
  const groups = new Map<string, RelationData[]>();
  for (const r of relations) {
    const group = groups.get(r.label);
    if (group) group.push(r);
    else groups.set(r.label, [r]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, rs]) => ({ label, relations: rs }));
}

/** Ids of entities with at least `minDegree` relations: hubs a path can be told to avoid. */
export function hubIds(cache: GraphCache, minDegree: number): string[] {
  return Object.values(cache.entities)
    .filter((e) => e.degree >= minDegree)
    .map((e) => e.id)
    .sort();
}
