import { runAnyQuery } from '../api/anyQuery';
import { fetchSubgraph } from '../api/queries';
import { idsInResult, readOnlyProblem, type ViewQuery } from '../models/viewQuery';
import type { Subgraph } from '../models/types';
import { useDataStore } from './dataStore';

/** A query's result made into a picture: its entities and relations, and whether it was a path. */
export interface QueryPicture {
  subgraph: Subgraph;
  path: boolean;
  /** Relation ids the result named (a path's edges), to highlight. */
  relationIds: string[];
}

/**
 * Runs a read-only query and turns whatever ids it returns into a subgraph: entities by id and
 * relations by their two ends (through the API's `subgraph`). Refuses anything but a query.
 */
export async function pictureOfQuery(q: ViewQuery): Promise<QueryPicture> {
  const problem = readOnlyProblem(q.query);
  if (problem) throw new Error(problem);
  const data = await runAnyQuery(q.query, q.variables);
  const { ids, path } = idsInResult(data);
  const subgraph = ids.length
    ? await fetchSubgraph(ids.slice(0, 500))
    : { nodes: [], edges: [], truncated: false };
  useDataStore.getState().merge(subgraph);
  const named = new Set(ids);
  return { subgraph, path, relationIds: subgraph.edges.filter((e) => named.has(e.id)).map((e) => e.id) };
}

/** Makes sure the named entities are in the cache (they are, unless the start graph was cut). */
export async function ensureEntities(ids: string[]): Promise<void> {
  const cache = useDataStore.getState().cache;
  const missing = ids.filter((id) => !cache.entities[id]);
  if (missing.length) useDataStore.getState().merge(await fetchSubgraph(ids));
}
