import type { LayoutJob, LayoutProgress } from '../models/layoutJob';
import type { Point } from '../models/types';
import type { LayoutReply, LayoutRequest } from './layout.worker';

/** A layout under way in a worker; the promise gives null when it was cancelled. */
export interface RunningLayout {
  promise: Promise<Record<string, Point> | null>;
  cancel(): void;
}

const spawn = () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });

/** A worker started ahead of need (see warmLayoutWorker). */
let spare: Worker | null = null;

/**
 * Starts a layout worker ahead of the first layout, while the page loads its data: a new
 * worker fetches and compiles its script before it can start, time the start view of a large
 * graph would otherwise wait. The next layout takes it.
 */
export function warmLayoutWorker(): void {
  spare ??= spawn();
}

/**
 * Runs a layout job in its own worker, off the main thread: the page keeps panning, zooming and
 * answering clicks meanwhile. Cancelling terminates the worker at once.
 */
export function runInWorker(job: LayoutJob, onProgress: (progress: LayoutProgress) => void): RunningLayout {
  const worker = spare ?? spawn();
  spare = null;
  let settle: (positions: Record<string, Point> | null) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const promise = new Promise<Record<string, Point> | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const finish = () => worker.terminate();
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    if (reply.type === 'done') {
      finish();
      settle(reply.positions);
    } else onProgress(reply);
  };
  worker.onerror = (event) => {
    finish();
    fail(new Error(`The layout failed: ${event.message}`));
  };
  // `?debug&layoutPace=300` slows each step down, so a layout can be watched (and cancelled).
  const pace = Number(document.documentElement.dataset.layoutPace ?? 0) || 0;
  worker.postMessage({ job, pace } satisfies LayoutRequest);
  return {
    promise,
    cancel() {
      finish();
      settle(null);
    },
  };
}
