import { layoutSteps, type LayoutJob, type LayoutProgress } from '../models/layoutJob';
import type { Point } from '../models/types';

/** What the page sends: one job, and milliseconds to wait between its steps (0: none). */
export interface LayoutRequest {
  job: LayoutJob;
  pace: number;
}

/** What the worker answers: progress (with positions now and then), then the result. */
export type LayoutReply =
  ({ type: 'progress' } & LayoutProgress) | { type: 'done'; positions: Record<string, Point> };

/** Milliseconds between progress messages, and between those that carry positions. */
const PROGRESS_EVERY = 100;
const POSITIONS_EVERY = 400;

// A dedicated worker runs one layout per instance; the page terminates it to cancel.
const scope = self as unknown as Worker;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

scope.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { job, pace } = event.data;
  const steps = layoutSteps(job);
  let progressAt = 0;
  let positionsAt = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) {
      scope.postMessage({ type: 'done', positions: next.value } satisfies LayoutReply);
      return;
    }
    const now = performance.now();
    if (pace > 0) await sleep(pace);
    else if (now - progressAt < PROGRESS_EVERY) continue;
    progressAt = now;
    const withPositions = next.value.positions && (pace > 0 || now - positionsAt >= POSITIONS_EVERY);
    if (withPositions) positionsAt = now;
    scope.postMessage({
      type: 'progress',
      done: next.value.done,
      total: next.value.total,
      ...(withPositions ? { positions: next.value.positions } : {}),
    } satisfies LayoutReply);
  }
};
