import { create } from 'zustand';
import { describeError } from '../api/client';
import { fetchShortestPath } from '../api/queries';
import type { PathRequest } from '../models/url';
import { useDataStore } from './dataStore';
import { useUiStore } from './uiStore';
import { useViewStore } from './viewStore';

/** Entities with this many relations or more count as hubs a path may avoid. */
export const HUB_DEGREE = 10;

/** The path finder's state: the request and, once answered, the path's elements. */
interface PathStore {
  request: PathRequest | null;
  status: 'idle' | 'loading' | 'found' | 'none' | 'error';
  message: string | null;
  nodeIds: string[];
  edgeIds: string[];
  find(request: PathRequest): Promise<void>;
  clear(): void;
}

export const usePathStore = create<PathStore>((set) => ({
  request: null,
  status: 'idle',
  message: null,
  nodeIds: [],
  edgeIds: [],
  async find(request) {
    set({ request, status: 'loading', message: null, nodeIds: [], edgeIds: [] });
    const data = useDataStore.getState();
    try {
      // Hubs are judged by their degree in the whole database (the API's), not among the
      // entities this page has loaded.
      const path = await fetchShortestPath(
        request.from,
        request.to,
        request.avoidCountries ? ['Country'] : [],
        [],
        request.avoidHubs ? HUB_DEGREE - 1 : null,
      );
      if (!path) {
        set({ status: 'none', message: 'No path connects these two entities with these exclusions.' });
        useUiStore.getState().announce('No path found.');
        return;
      }
      data.merge(path);
      const nodeIds = path.nodes.map((n) => n.id);
      useViewStore.getState().addForPath(nodeIds);
      set({ status: 'found', nodeIds, edgeIds: path.edges.map((e) => e.id) });
      useUiStore
        .getState()
        .announce(`Path found: ${path.edges.length} ${path.edges.length === 1 ? 'step' : 'steps'}.`);
    } catch (error) {
      set({ status: 'error', message: describeError(error).title });
    }
  },
  clear() {
    set({ request: null, status: 'idle', message: null, nodeIds: [], edgeIds: [] });
  },
}));
