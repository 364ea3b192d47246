import { create } from 'zustand';
import { fetchGraph } from '../api/queries';
import { emptyCache, mergeSubgraph } from '../models/graph';
import type { GraphCache, Subgraph } from '../models/types';

/** Loading state of the start graph. */
export type LoadStatus = 'loading' | 'ready' | 'error';

/** Everything fetched from the API, by id. */
interface DataStore {
  status: LoadStatus;
  error: unknown;
  cache: GraphCache;
  /** Ids of the start graph in API order: what "the whole graph" means in a link. */
  allIds: string[];
  truncated: boolean;
  /**
   * Fetches the start graph; resolves true once it is in the cache. Calls while a fetch is under
   * way share it, unless `again` asks for a new one (retry).
   */
  load(again?: boolean): Promise<boolean>;
  merge(subgraph: Subgraph): void;
  /** The request behind load. */
  fetchGraph(): Promise<boolean>;
}

let inFlight: Promise<boolean> | null = null;

export const useDataStore = create<DataStore>((set, get) => ({
  status: 'loading',
  error: null,
  cache: emptyCache(),
  allIds: [],
  truncated: false,
  load(again = false) {
    if (inFlight && !again) return inFlight;
    inFlight = get().fetchGraph();
    return inFlight;
  },
  async fetchGraph() {
    set({ status: 'loading', error: null });
    try {
      const graph = await fetchGraph();
      set({
        status: 'ready',
        cache: mergeSubgraph(get().cache, graph),
        allIds: graph.nodes.map((n) => n.id),
        truncated: graph.truncated,
      });
      return true;
    } catch (error) {
      set({ status: 'error', error });
      return false;
    }
  },
  merge(subgraph) {
    set({ cache: mergeSubgraph(get().cache, subgraph) });
  },
}));
