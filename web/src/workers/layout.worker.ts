import { layoutSteps, type LayoutJob, type LayoutProgress } from '../models/layoutJob';
import type { Point } from '../models/types';

/** What the page sends: one job. */
export interface LayoutRequest {
  job: LayoutJob;
}

/** What the worker answers: progress (with positions now and then), then the result. */
export type LayoutReply =
  ({ type: 'progress' } & LayoutProgress) | { type: 'done'; positions: Record<string, Point> };

/** Milliseconds between progress messages, and between those that carry positions. */
const PROGRESS_EVERY = 100;
const POSITIONS_EVERY = 400;

// A dedicated worker runs one layout per instance; the page terminates it to cancel.
const scope = self as unknown as Worker;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const steps = layoutSteps(event.data.job);
  let progressAt = 0;
  let positionsAt = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) {
      scope.postMessage({ type: 'done', positions: next.value } satisfies LayoutReply);
      return;
    }
    const now = performance.now();
    if (now - progressAt < PROGRESS_EVERY) continue;
    progressAt = now;
    const withPositions = next.value.positions && now - positionsAt >= POSITIONS_EVERY;
    if (withPositions) positionsAt = now;
    scope.postMessage({
      type: 'progress',
      done: next.value.done,
      total: next.value.total,
      ...(withPositions ? { positions: next.value.positions } : {}),
    } satisfies LayoutReply);
  }
};
