import { create } from 'zustand';
import type { LayoutJob } from '../models/layoutJob';
import type { Point } from '../models/types';
import { runInWorker, type RunningLayout } from '../workers/layoutClient';
import { useUiStore } from './uiStore';

/**
 * Views up to this many nodes (the article's 66) are laid out at once on the main thread, in
 * well under 100 ms; larger ones run in a worker, so no layout ever freezes the page.
 */
export const SYNC_LAYOUT_LIMIT = 100;

/** A layout running in a worker, as the progress bar shows it. */
export interface LayoutRunState {
  label: string;
  done: number;
  total: number;
}

interface LayoutStore {
  running: LayoutRunState | null;
  /**
   * Runs a job in a worker; `onPositions` receives intermediate positions so the canvas can show
   * the layout settling. Resolves to the final positions, or null when cancelled or replaced by a
   * newer layout.
   */
  start(
    label: string,
    job: LayoutJob,
    onPositions: (positions: Record<string, Point>) => void,
  ): Promise<Record<string, Point> | null>;
  /** Stops the running layout; the canvas keeps the positions reached so far. */
  cancel(): void;
}

let current: RunningLayout | null = null;

export const useLayoutStore = create<LayoutStore>((set, get) => ({
  running: null,
  async start(label, job, onPositions) {
    current?.cancel();
    const run = runInWorker(job, (progress) => {
      if (current !== run) return;
      set({ running: { label, done: progress.done, total: progress.total } });
      if (progress.positions) onPositions(progress.positions);
    });
    current = run;
    set({ running: { label, done: 0, total: 1 } });
    try {
      return await run.promise;
    } finally {
      if (current === run) {
        current = null;
        set({ running: null });
      }
    }
  },
  cancel() {
    const running = get().running;
    if (!current || !running) return;
    current.cancel();
    const percent = Math.round((100 * running.done) / Math.max(1, running.total));
    useUiStore.getState().announce(`Layout stopped at ${percent}%; the canvas keeps the positions reached.`);
  },
}));
