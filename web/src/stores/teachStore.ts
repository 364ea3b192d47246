import { create } from 'zustand';
import type { GraphDiff } from '../models/diff';
import type { TimeRange } from '../models/timeline';

/** Entities and relations a lesson step or the timeline's playback points at. */
export interface Highlights {
  entities: string[];
  relations: string[];
}

const NONE: Highlights = { entities: [], relations: [] };

/**
 * The teaching state beside the exploration history: the time range, the flipped decision of a
 * what-if, the highlights of a story step and a before/after comparison. The address carries the
 * time range and the what-if; a lesson is opened by its own link.
 */
interface TeachStore {
  time: TimeRange;
  whatIf: string | null;
  highlights: Highlights;
  /** The playback step being shown, by index in the story. */
  playing: number | null;
  diff: { label: string; diff: GraphDiff } | null;
  setTime(time: TimeRange): void;
  setWhatIf(id: string | null): void;
  setHighlights(h: Highlights | null): void;
  setPlaying(step: number | null): void;
  setDiff(diff: { label: string; diff: GraphDiff } | null): void;
}

export const useTeachStore = create<TeachStore>((set) => ({
  time: { from: null, to: null },
  whatIf: null,
  highlights: NONE,
  playing: null,
  diff: null,
  setTime: (time) => set({ time }),
  setWhatIf: (whatIf) => set({ whatIf }),
  setHighlights: (h) => set({ highlights: h ?? NONE }),
  setPlaying: (playing) => set({ playing }),
  setDiff: (diff) => set({ diff }),
}));
