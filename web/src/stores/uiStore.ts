import { create } from 'zustand';
import { DEFAULT_STYLE, type StyleState } from '../models/stylesheet';

/** Presentation choices that are not part of the shared view. */
interface UiStore {
  mode: 'graph' | 'table';
  style: StyleState;
  /** A short message for the status line (announced to screen readers). */
  notice: string | null;
  setMode(mode: 'graph' | 'table'): void;
  setStyle(style: Partial<StyleState>): void;
  announce(notice: string | null): void;
}

export const useUiStore = create<UiStore>((set, get) => ({
  mode: 'graph',
  style: DEFAULT_STYLE,
  notice: null,
  setMode: (mode) => set({ mode }),
  setStyle: (style) => set({ style: { ...get().style, ...style } }),
  announce: (notice) => set({ notice }),
}));
