import { create } from 'zustand';

/** On narrow screens the side panels are drawers; which one is open (none on wide screens). */
export type Drawer = 'panels' | 'details' | null;

export const useDrawerStore = create<{ open: Drawer; toggle(d: Exclude<Drawer, null>): void; close(): void }>(
  (set, get) => ({
    open: null,
    toggle: (d) => set({ open: get().open === d ? null : d }),
    close: () => set({ open: null }),
  }),
);
