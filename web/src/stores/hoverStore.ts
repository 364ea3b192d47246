import { create } from 'zustand';

/** What the pointer rests on, and where on screen (for the hover card). */
export interface Hover {
  kind: 'entity' | 'relation' | 'group';
  id: string;
  x: number;
  y: number;
  /** Size of the canvas, to keep the card inside it. */
  width: number;
  height: number;
}

/** The element under the pointer; set by the canvas, read by the hover card. */
export const useHoverStore = create<{ hover: Hover | null; setHover(hover: Hover | null): void }>((set) => ({
  hover: null,
  setHover: (hover) => set({ hover }),
}));
