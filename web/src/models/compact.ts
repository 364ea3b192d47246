import { clearLeftovers } from './clearance';
import type { Point } from './types';

/** A node with the box its shape and label take, relative to its position. */
export interface NodeBox {
  id: string;
  x: number;
  y: number;
  /** Extents around (x, y): left and top are negative. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlap = (a: NodeBox, b: NodeBox, gap: number) => ({
  x: Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x + a.left, b.x + b.left) + gap,
  y: Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y + a.top, b.y + b.top) + gap,
});

/** Options of removeOverlaps. */
export interface OverlapOptions {
  /** Space to leave between boxes. */
  gap?: number;
  maxRounds?: number;
  /** Above 1, prefer sideways moves (a wide frame); below 1, vertical ones. */
  yCost?: number;
  /** Ids that must not move (nodes already on screen when new ones arrive). */
  fixed?: ReadonlySet<string>;
  /**
   * Most pairs of boxes compared in all, so de-overlap is bounded on any graph: at 5,000 nodes a
   * round compares only neighbours on a grid, and the rounds stop when the budget is spent.
   */
  budget?: number;
}

/** Default budget of compared pairs: a few hundred milliseconds at most. */
export const OVERLAP_BUDGET = 20_000_000;

/**
 * Pairs of boxes that may overlap: boxes are bucketed on a grid whose cells are as large as the
 * largest box (plus gap), so two boxes that overlap sit in the same or adjacent cells.
 */
function candidatePairs(boxes: readonly NodeBox[], gap: number): Array<[number, number]> {
  let cellW = 1;
  let cellH = 1;
  for (const b of boxes) {
    cellW = Math.max(cellW, b.right - b.left + gap);
    cellH = Math.max(cellH, b.bottom - b.top + gap);
  }
  // Numeric cell keys (a row is 2^20 cells wide): no strings built in the hot loop.
  const key = (cx: number, cy: number) => cx * 1_048_576 + cy;
  const cells = new Map<number, number[]>();
  const at = boxes.map((b) => [Math.floor(b.x / cellW), Math.floor(b.y / cellH)] as const);
  at.forEach(([cx, cy], i) => {
    const list = cells.get(key(cx, cy));
    if (list) list.push(i);
    else cells.set(key(cx, cy), [i]);
  });
  // Pairs come out in a fixed order (by box, then neighbouring cell, then insertion): the same
  // input always resolves the same way.
  const pairs: Array<[number, number]> = [];
  at.forEach(([cx, cy], i) => {
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(key(cx + dx, cy + dy)) ?? []) if (j > i) pairs.push([i, j]);
      }
    }
  });
  return pairs;
}

/**
 * Pushes apart every pair of boxes that overlap (with `gap` to spare), each time along the axis
 * that needs the smaller move, until none overlap or the rounds or the budget run out; boxes
 * still overlapping then move to the nearest free place (clearLeftovers). A force layout places
 * nodes, this makes sure no two labels cover each other. Fixed boxes stay put; the other one of
 * a pair moves the whole way.
 */
export function removeOverlaps(boxes: readonly NodeBox[], options: OverlapOptions = {}): NodeBox[] {
  const { gap = 6, maxRounds = 300, yCost = 1, fixed = new Set<string>(), budget = OVERLAP_BUDGET } = options;
  const out = boxes.map((b) => ({ ...b }));
  let spent = 0;
  for (let round = 0; round < maxRounds && spent < budget; round++) {
    let moved = false;
    const pairs = candidatePairs(out, gap);
    spent += pairs.length + out.length;
    for (const [i, j] of pairs) {
      const a = out[i];
      const b = out[j];
      if (!a || !b) continue;
      const aFixed = fixed.has(a.id);
      const bFixed = fixed.has(b.id);
      if (aFixed && bFixed) continue;
      const o = overlap(a, b, gap);
      if (o.x <= 0 || o.y <= 0) continue;
      moved = true;
      const share = aFixed ? [0, 1] : bFixed ? [1, 0] : [0.5, 0.5];
      const [sa = 0.5, sb = 0.5] = share;
      if (o.x < o.y * yCost) {
        const dir = a.x + (a.left + a.right) / 2 <= b.x + (b.left + b.right) / 2 ? -1 : 1;
        a.x += dir * o.x * sa;
        b.x -= dir * o.x * sb;
      } else {
        const dir = a.y + (a.top + a.bottom) / 2 <= b.y + (b.top + b.bottom) / 2 ? -1 : 1;
        a.y += dir * o.y * sa;
        b.y -= dir * o.y * sb;
      }
    }
    if (!moved) return out;
  }
  return clearLeftovers(out, gap, fixed);
}

/** How many pairs of boxes overlap (neighbours on a grid are compared, not every pair). */
export function countOverlaps(boxes: readonly NodeBox[]): number {
  let n = 0;
  for (const [i, j] of candidatePairs(boxes, 0)) {
    const a = boxes[i];
    const b = boxes[j];
    if (a && b) {
      const o = overlap(a, b, 0);
      if (o.x > 0 && o.y > 0) n++;
    }
  }
  return n;
}

/** The extent of the boxes: the drawing's width and height. */
export function extent(boxes: readonly NodeBox[]): { width: number; height: number } {
  const x1 = Math.min(...boxes.map((b) => b.x + b.left));
  const x2 = Math.max(...boxes.map((b) => b.x + b.right));
  const y1 = Math.min(...boxes.map((b) => b.y + b.top));
  const y2 = Math.max(...boxes.map((b) => b.y + b.bottom));
  return { width: x2 - x1, height: y2 - y1 };
}

/**
 * Fits a layout to a frame of `width` x `height` screen pixels: scales the positions (not the
 * boxes) towards the frame's shape and removes overlaps, trying a few scales and push
 * directions, and keeps the result that can be shown largest. A force layout leaves uneven
 * gaps and picks its own aspect ratio; this spends the screen on the graph, with no two labels
 * covering each other.
 */
export function compactLayout(
  boxes: readonly NodeBox[],
  width: number,
  height: number,
  gap = 8,
): Record<string, Point> {
  if (boxes.length < 2) return Object.fromEntries(boxes.map((b) => [b.id, { x: b.x, y: b.y }]));
  const xs = boxes.map((b) => b.x);
  const ys = boxes.map((b) => b.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const spanX = Math.max(1, Math.max(...xs) - Math.min(...xs));
  const spanY = Math.max(1, Math.max(...ys) - Math.min(...ys));
  // Many boxes cannot fit a screen: grow the frame (same shape) to three times their area.
  const area = boxes.reduce((sum, b) => sum + (b.right - b.left + gap) * (b.bottom - b.top + gap), 0);
  const grow = Math.max(1, Math.sqrt((3 * area) / (width * height)));
  width *= grow;
  height *= grow;
  // Small graphs (the article's) try four variants and keep the best; larger ones take one.
  const small = boxes.length <= 100;
  let best: { zoom: number; boxes: NodeBox[] } | null = null;
  for (const scale of small ? [0.7, 1] : [1]) {
    for (const yCost of small ? [1, 2] : [1]) {
      const scaled = boxes.map((b) => ({
        ...b,
        x: ((b.x - cx) * width * scale) / spanX,
        y: ((b.y - cy) * height * scale) / spanY,
      }));
      const result = removeOverlaps(scaled, { gap, yCost, maxRounds: boxes.length <= 500 ? 300 : 20 });
      if (small && countOverlaps(result) > 0) continue;
      const size = extent(result);
      const zoom = Math.min(width / size.width, height / size.height);
      if (!best || zoom > best.zoom) best = { zoom, boxes: result };
    }
  }
  const chosen = best?.boxes ?? removeOverlaps(boxes, { gap });
  return Object.fromEntries(chosen.map((b) => [b.id, { x: b.x, y: b.y }]));
}
