import { create } from 'zustand';

/** On narrow screens the side panels are drawers; which one is open (none on wide screens). */
export type Drawer = 'panels' | 'details' | null;

/** Below this width the side panels are drawers (the same number as the CSS media query). */
export const DRAWER_WIDTH = 760;

/** Whether the page is narrow enough for drawers. */
export const narrowScreen = (): boolean =>
  typeof window !== 'undefined' && window.matchMedia(`(max-width: ${DRAWER_WIDTH}px)`).matches;

export const useDrawerStore = create<{
  open: Drawer;
  toggle(d: Exclude<Drawer, null>): void;
  show(d: Exclude<Drawer, null>): void;
  close(): void;
}>((set, get) => ({
  open: null,
  toggle: (d) => set({ open: get().open === d ? null : d }),
  show: (d) => set({ open: d }),
  close: () => set({ open: null }),
}));
