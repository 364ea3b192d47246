import type { GraphCache, RelationData } from './types';

const memo = new WeakMap<GraphCache['relations'], Map<string, RelationData[]>>();

/**
 * Every cached relation by the entities it touches, built once per cache (the cache is never
 * mutated, so its relations object identifies it). Questions about one entity's relations then
 * cost its degree, not a scan of the 20,000 relations of a large view.
 */
export function adjacency(cache: GraphCache): Map<string, RelationData[]> {
  const known = memo.get(cache.relations);
  if (known) return known;
  const index = new Map<string, RelationData[]>();
  const add = (id: string, r: RelationData) => {
    const list = index.get(id);
    if (list) list.push(r);
    else index.set(id, [r]);
  };
  for (const r of Object.values(cache.relations)) {
    add(r.from, r);
    if (r.to !== r.from) add(r.to, r);
  }
  memo.set(cache.relations, index);
  return index;
}

/** The cached relations of one entity (an empty list when it has none). */
export function relationsAt(cache: GraphCache, id: string): RelationData[] {
  return adjacency(cache).get(id) ?? [];
}
