import { create } from 'zustand';
import type { ViewState } from '../models/view';

/**
 * What the canvas has drawn: the elements controller publishes each view once its elements are
 * in the Cytoscape instance, with a version that grows on every sync. The layout and highlight
 * controllers depend on it, so they act on the elements of the current view whatever order
 * React runs their effects in.
 */
interface CanvasStore {
  /** Grows each time the instance's elements change. */
  version: number;
  /** The view the instance's elements were last synced to. */
  view: ViewState | null;
  published(view: ViewState): void;
  /** The same view's elements changed (those a layout kept back were added): look again. */
  refreshed(): void;
}

export const useCanvasStore = create<CanvasStore>((set, get) => ({
  version: 0,
  view: null,
  published: (view) => set({ version: get().version + 1, view }),
  refreshed: () => set({ version: get().version + 1 }),
}));
