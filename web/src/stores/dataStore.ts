import { create } from 'zustand';
import { fetchOverview } from '../api/largeGraph';
import { emptyCache, mergeSubgraph } from '../models/graph';
import { OVERVIEW_SIZE, type OverviewTotals } from '../models/overview';
import type { GraphCache, Subgraph } from '../models/types';

/** Loading state of the start graph. */
export type LoadStatus = 'loading' | 'ready' | 'error';

/** Everything fetched from the API, by id. */
interface DataStore {
  status: LoadStatus;
  error: unknown;
  cache: GraphCache;
  /**
   * Ids of the start view in API order (the whole graph when it is small, else its most
   * connected entities): what a link leaves out when it shows exactly that.
   */
  allIds: string[];
  /** True when the start view leaves entities out. */
  truncated: boolean;
  /** The whole graph's size, per type: what a partial view compares itself with. */
  totals: OverviewTotals | null;
  /**
   * Fetches the start view, plus the entities in `include` (those a link names); resolves true
   * once it is in the cache. Calls while a fetch is under way share it, unless `again` asks for
   * a new one (retry).
   */
  load(again?: boolean, include?: string[]): Promise<boolean>;
  merge(subgraph: Subgraph): void;
  /** Fetches the `size` most connected entities and the relations among them; returns their ids. */
  widen(size: number): Promise<string[]>;
  /** The request behind load. */
  fetchGraph(include?: string[]): Promise<boolean>;
}

let inFlight: Promise<boolean> | null = null;

export const useDataStore = create<DataStore>((set, get) => ({
  status: 'loading',
  error: null,
  cache: emptyCache(),
  allIds: [],
  truncated: false,
  totals: null,
  load(again = false, include = []) {
    if (inFlight && !again) return inFlight;
    inFlight = get().fetchGraph(include);
    return inFlight;
  },
  async fetchGraph(include = []) {
    set({ status: 'loading', error: null });
    try {
      const { graph, totals } = await fetchOverview(OVERVIEW_SIZE, include);
      set({
        status: 'ready',
        cache: mergeSubgraph(get().cache, graph),
        // The start view is the top of the ranking; entities a link adds come after it.
        allIds: graph.nodes.slice(0, Math.min(OVERVIEW_SIZE, totals.entities)).map((n) => n.id),
        truncated: totals.entities > OVERVIEW_SIZE,
        totals,
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
  async widen(size) {
    const { graph, totals } = await fetchOverview(size);
    set({ cache: mergeSubgraph(get().cache, graph), totals });
    return graph.nodes.map((n) => n.id);
  },
}));
