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

/** A worker run with the job it runs; its progress goes to whoever listens now. */
interface Launched {
  job: LayoutJob;
  running: RunningLayout;
  listen(onProgress: (progress: LayoutProgress) => void): void;
}

/** A run started before anything asked for it (see runAhead), until a layout adopts it. */
let ahead: Launched | null = null;

/**
 * Starts `job` in a worker before the page asks for it: the next runInWorker with the same job
 * takes this run over instead of starting its own (layoutAhead.ts starts a fresh canvas's first
 * layout while the canvas is being created). Replaces an earlier run nobody adopted.
 */
export function runAhead(job: LayoutJob): void {
  ahead?.running.cancel();
  performance.mark('layout:ahead');
  ahead = launch(job);
  // A failure nobody adopted is not the page's error; an adopter hears of it.
  ahead.running.promise.catch(() => undefined);
}

/** The same job to the number (an adopted run must give what a new one would). */
const sameJob = (a: LayoutJob, b: LayoutJob) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Runs a layout job in its own worker, off the main thread: the page keeps panning, zooming and
 * answering clicks meanwhile. Cancelling terminates the worker at once. A run started ahead with
 * the same job is taken over; one with another job is stopped, so it takes no core from this one.
 */
export function runInWorker(job: LayoutJob, onProgress: (progress: LayoutProgress) => void): RunningLayout {
  const early = ahead;
  ahead = null;
  if (early && sameJob(early.job, job)) {
    performance.mark('layout:adopted');
    early.listen(onProgress);
    return early.running;
  }
  early?.running.cancel();
  const run = launch(job);
  run.listen(onProgress);
  return run.running;
}

function launch(job: LayoutJob): Launched {
  const worker = spare ?? spawn();
  spare = null;
  let settle: (positions: Record<string, Point> | null) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const promise = new Promise<Record<string, Point> | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  let listener: (progress: LayoutProgress) => void = () => undefined;
  const finish = () => worker.terminate();
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    if (reply.type === 'done') {
      finish();
      settle(reply.positions);
    } else listener(reply);
  };
  worker.onerror = (event) => {
    finish();
    fail(new Error(`The layout failed: ${event.message}`));
  };
  // `?debug&layoutPace=300` slows each step down, so a layout can be watched (and cancelled).
  const pace = Number(document.documentElement.dataset.layoutPace ?? 0) || 0;
  worker.postMessage({ job, pace } satisfies LayoutRequest);
  return {
    job,
    listen(onProgress) {
      listener = onProgress;
    },
    running: {
      promise,
      cancel() {
        finish();
        settle(null);
      },
    },
  };
}
