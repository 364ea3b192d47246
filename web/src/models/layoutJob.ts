import { compactLayout, removeOverlaps, type NodeBox } from './compact';
import { forceRun, type ForceLink } from './forceLayout';
import type { Point } from './types';

/**
 * A layout as plain data, so the same job runs on the main thread (small views, at once) or in
 * a worker (large views, with progress and cancel):
 * - `force`: a force-directed layout of every node, then fitted to the frame without overlaps;
 * - `overlap`: positions from a built-in layout (rings, grid, hierarchy), overlaps removed;
 * - `settle`: new nodes find their place among pinned old ones, which do not move.
 */
export type LayoutJob =
  | {
      kind: 'force';
      boxes: NodeBox[];
      links: ForceLink[];
      seed: number;
      frame: { width: number; height: number };
    }
  | { kind: 'overlap'; boxes: NodeBox[]; gap: number }
  | { kind: 'settle'; boxes: NodeBox[]; links: ForceLink[]; seed: number; fresh: string[] };

/** Where a job stands: steps done of all, and the positions so far when there are any. */
export interface LayoutProgress {
  done: number;
  total: number;
  positions?: Record<string, Point>;
}

/** Ticks per step: a step of 5,000 nodes stays well under a tenth of a second. */
const chunk = (nodes: number) => (nodes > 2000 ? 4 : nodes > 500 ? 10 : 50);

const positionsOf = (boxes: readonly NodeBox[]): Record<string, Point> =>
  Object.fromEntries(boxes.map((b) => [b.id, { x: b.x, y: b.y }]));

const withPositions = (boxes: readonly NodeBox[], at: Record<string, Point>): NodeBox[] =>
  boxes.map((b) => ({ ...b, ...(at[b.id] ?? {}) }));

/**
 * Runs a job in steps: yields progress after each step (with intermediate positions for force
 * layouts, so a large view can be drawn as it settles) and returns the final positions. Its
 * caller decides when to take the next step, so it can report progress and stop at any time.
 */
export function* layoutSteps(job: LayoutJob): Generator<LayoutProgress, Record<string, Point>, void> {
  if (job.kind === 'overlap') {
    yield { done: 0, total: 1 };
    return positionsOf(
      removeOverlaps(job.boxes, { gap: job.gap, maxRounds: job.boxes.length > 500 ? 20 : 300 }),
    );
  }
  const fresh = job.kind === 'settle' ? new Set(job.fresh) : null;
  // Settling simulates only the new nodes and the old ones they link to (pinned): its cost
  // follows what was added, not the size of the canvas.
  const linked = new Set(fresh ?? []);
  if (fresh) {
    for (const l of job.links) {
      if (fresh.has(l.source)) linked.add(l.target);
      if (fresh.has(l.target)) linked.add(l.source);
    }
  }
  const simulated = fresh ? job.boxes.filter((b) => linked.has(b.id)) : job.boxes;
  const run = forceRun({
    nodes: simulated.map((b) => ({
      id: b.id,
      width: b.right - b.left,
      height: b.bottom - b.top,
      x: b.x,
      y: b.y,
      fixed: fresh ? !fresh.has(b.id) : false,
    })),
    links: job.links,
    seed: job.seed,
    incremental: job.kind === 'settle',
  });
  const total = run.total + 1;
  const size = chunk(simulated.length);
  for (let done = 0; done < run.total;) {
    done = run.step(size);
    yield { done, total, positions: run.positions() };
  }
  const placed = withPositions(job.boxes, run.positions());
  if (job.kind === 'force') return compactLayout(placed, job.frame.width, job.frame.height);
  const fixed = new Set(job.boxes.filter((b) => !fresh?.has(b.id)).map((b) => b.id));
  return positionsOf(removeOverlaps(placed, { gap: 10, fixed, maxRounds: 100 }));
}

/** Runs a job to the end at once (small views). */
export function runLayoutJob(job: LayoutJob): Record<string, Point> {
  const steps = layoutSteps(job);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
