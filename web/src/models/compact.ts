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
}

/**
 * Pushes apart every pair of boxes that overlap (with `gap` to spare), each time along the axis
 * that needs the smaller move, until none overlap: a force layout places nodes, this makes sure
 * no two labels cover each other. Fixed boxes stay put; the other one of a pair moves the whole
 * way.
 */
export function removeOverlaps(boxes: readonly NodeBox[], options: OverlapOptions = {}): NodeBox[] {
  const { gap = 6, maxRounds = 300, yCost = 1, fixed = new Set<string>() } = options;
  const out = boxes.map((b) => ({ ...b }));
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
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
    }
    if (!moved) break;
  }
  return out;
}

/** Whether any two boxes overlap. */
export function countOverlaps(boxes: readonly NodeBox[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a && b) {
        const o = overlap(a, b, 0);
        if (o.x > 0 && o.y > 0) n++;
      }
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
  let best: { zoom: number; boxes: NodeBox[] } | null = null;
  for (const scale of [0.7, 1]) {
    for (const yCost of [1, 2]) {
      const scaled = boxes.map((b) => ({
        ...b,
        x: ((b.x - cx) * width * scale) / spanX,
        y: ((b.y - cy) * height * scale) / spanY,
      }));
      const result = removeOverlaps(scaled, { gap, yCost });
      if (countOverlaps(result) > 0) continue;
      const size = extent(result);
      const zoom = Math.min(width / size.width, height / size.height);
      if (!best || zoom > best.zoom) best = { zoom, boxes: result };
    }
  }
  const chosen = best?.boxes ?? removeOverlaps(boxes, { gap });
  return Object.fromEntries(chosen.map((b) => [b.id, { x: b.x, y: b.y }]));
}
