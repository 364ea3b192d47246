/**
 * The last layout step run (the view store's `layoutRun`), across instances: a new instance
 * (the renderer swapped) keeps the positions carried over unless a step asks for a new layout.
 */
let lastRun = 0;

/** Whether the view store asks for a layout that has not run yet. */
export function layoutRequested(run: number): boolean {
  return run !== lastRun;
}

/** Records that the layout of step `run` has started. */
export function markLayoutRun(run: number): void {
  lastRun = run;
}
