import type { VisibleGraph } from './filters';
import type { GraphCache, SourceData } from './types';

/** Every source cited by an entity or relation of the graph, once each, in first-cited order. */
export function sourcesOf(graph: VisibleGraph, cache: GraphCache): SourceData[] {
  const sourceIds = new Set<string>();
  for (const n of graph.nodes) n.sourceIds.forEach((id) => sourceIds.add(id));
  for (const e of graph.edges) e.sourceIds.forEach((id) => sourceIds.add(id));
  return [...sourceIds].map((id) => cache.sources[id]).filter((s) => s !== undefined);
}

/** The visible graph as a self-describing JSON document, with the sources its facts cite. */
export function graphToJson(graph: VisibleGraph, cache: GraphCache, url: string): string {
  const sources = sourcesOf(graph, cache);
  return JSON.stringify({ view: url, entities: graph.nodes, relations: graph.edges, sources }, null, 2);
}
