import { create } from 'zustand';
import { fetchOverview, fetchSources } from '../api/largeGraph';
import { emptyCache, mergeSubgraph, missingSources } from '../models/graph';
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
  /** The longest ranking fetched so far (most connected first): what `top=N` links refer to. */
  ranked: string[];
  /** True when the start view leaves entities out. */
  truncated: boolean;
  /** The whole graph's size, per type: what a partial view compares itself with. */
  totals: OverviewTotals | null;
  /**
   * Fetches the start view, plus the entities in `include` (those a link names); resolves true
   * once it is in the cache. Calls while a fetch is under way share it, unless `again` asks for
   * a new one (retry).
   */
  load(again?: boolean, include?: string[], top?: number): Promise<boolean>;
  merge(subgraph: Subgraph): void;
  /** Fetches the `size` most connected entities and the relations among them; returns their ids. */
  widen(size: number): Promise<string[]>;
  /** The request behind load. */
  fetchGraph(include?: string[], top?: number): Promise<boolean>;
}

let inFlight: Promise<boolean> | null = null;
/** Source ids being fetched, so that views arriving together ask for each once. */
const sourcesAsked = new Set<string>();

export const useDataStore = create<DataStore>((set, get) => ({
  status: 'loading',
  error: null,
  cache: emptyCache(),
  allIds: [],
  ranked: [],
  truncated: false,
  totals: null,
  load(again = false, include = [], top = 0) {
    if (inFlight && !again) return inFlight;
    inFlight = get().fetchGraph(include, top);
    return inFlight;
  },
  async fetchGraph(include = [], top = 0) {
    set({ status: 'loading', error: null });
    try {
      const limit = Math.max(OVERVIEW_SIZE, top);
      const { graph, totals } = await fetchOverview(limit, include);
      // The ranking comes first; entities a link adds follow it.
      const ranked = graph.nodes.slice(0, Math.min(limit, totals.entities)).map((n) => n.id);
      set({
        status: 'ready',
        cache: mergeSubgraph(get().cache, graph),
        ranked,
        allIds: ranked.slice(0, OVERVIEW_SIZE),
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
    const ids = missingSources(get().cache, subgraph).filter((id) => !sourcesAsked.has(id));
    set({ cache: mergeSubgraph(get().cache, subgraph) });
    if (ids.length === 0) return;
    // Citations show the source's id until its details arrive; a failed fetch is asked again by
    // the next view that cites it.
    for (const id of ids) sourcesAsked.add(id);
    fetchSources(ids)
      .then((found) => {
        const cache = get().cache;
        const sources = { ...cache.sources };
        for (const source of found) sources[source.id] = source;
        set({ cache: { ...cache, sources } });
      })
      .catch(() => undefined)
      .finally(() => ids.forEach((id) => sourcesAsked.delete(id)));
  },
  async widen(size) {
    const { graph, totals } = await fetchOverview(size);
    const ids = graph.nodes.map((n) => n.id);
    const ranked = ids.length > get().ranked.length ? ids : get().ranked;
    set({ cache: mergeSubgraph(get().cache, graph), totals, ranked });
    return ids;
  },
}));
