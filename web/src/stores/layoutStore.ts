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
  /** Whether Cancel can stop it (drawing a view that has no earlier step to go back to cannot). */
  cancellable: boolean;
}

/** Work the page does in steps on its own thread, shown like a layout (see `track`). */
export interface TrackedWork {
  progress(done: number, total: number): void;
  /** Takes the progress bar away (if this work still shows in it). */
  end(): void;
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
  /**
   * Shows work the page does in steps (drawing a large view) in the progress bar, replacing
   * what it showed; Cancel calls `stop` (null: no Cancel button).
   */
  track(label: string, stop: (() => void) | null): TrackedWork;
  /** Stops the running layout (the canvas keeps the positions reached so far) or tracked work. */
  cancel(): void;
}

let current: RunningLayout | null = null;
let tracked: { stop: (() => void) | null } | null = null;

export const useLayoutStore = create<LayoutStore>((set, get) => ({
  running: null,
  async start(label, job, onPositions) {
    current?.cancel();
    const run = runInWorker(job, (progress) => {
      if (current !== run) return;
      // Tracked work shows instead while it lasts (its Cancel is the one on screen).
      if (!tracked)
        set({ running: { label, done: progress.done, total: progress.total, cancellable: true } });
      if (progress.positions) onPositions(progress.positions);
    });
    current = run;
    tracked = null;
    set({ running: { label, done: 0, total: 1, cancellable: true } });
    try {
      return await run.promise;
    } finally {
      if (current === run) {
        current = null;
        if (!tracked) set({ running: null });
      }
    }
  },
  track(label, stop) {
    const work = { stop };
    tracked = work;
    set({ running: { label, done: 0, total: 1, cancellable: stop !== null } });
    return {
      progress(done, total) {
        if (tracked === work) set({ running: { label, done, total, cancellable: stop !== null } });
      },
      end() {
        if (tracked !== work) return;
        tracked = null;
        set({ running: null });
      },
    };
  },
  cancel() {
    const running = get().running;
    if (tracked) {
      const { stop } = tracked;
      if (!stop) return;
      tracked = null;
      set({ running: null });
      stop();
      return;
    }
    if (!current || !running) return;
    current.cancel();
    const percent = Math.round((100 * running.done) / Math.max(1, running.total));
    useUiStore.getState().announce(`Layout stopped at ${percent}%; the canvas keeps the positions reached.`);
  },
}));
