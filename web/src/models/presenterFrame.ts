import { countOverlaps, extent, removeOverlaps, type NodeBox } from './compact';
import type { Point } from './types';

/** The zoom a drawing of `boxes` fits `frame` at. */
export function fitZoom(boxes: readonly NodeBox[], frame: { width: number; height: number }): number {
  if (boxes.length === 0) return Infinity;
  const size = extent(boxes);
  return Math.min(frame.width / Math.max(1, size.width), frame.height / Math.max(1, size.height));
}

/** How far the node centres spread along each axis. */
function spread(boxes: readonly NodeBox[]): { x: number; y: number; cx: number; cy: number } {
  const xs = boxes.map((b) => b.x);
  const ys = boxes.map((b) => b.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return { x: x2 - x1, y: y2 - y1, cx: (x1 + x2) / 2, cy: (y1 + y2) / 2 };
}

/**
 * Positions that let a lesson step be shown whole at `minZoom` or more in `frame` (screen
 * pixels), so its labels keep the size presenter mode gives them: a layout wider or taller than
 * the screen allows is drawn closer together along that axis (boxes keep their size, so columns
 * and rows stay columns and rows), and overlaps are cleared again. Tries a few rounds and keeps
 * the largest overlap-free result; a layout that already fits comes back unchanged.
 */
export function squeezeToFrame(
  boxes: readonly NodeBox[],
  frame: { width: number; height: number },
  minZoom: number,
  gap = 8,
): Record<string, Point> {
  const positions = (bs: readonly NodeBox[]) => Object.fromEntries(bs.map((b) => [b.id, { x: b.x, y: b.y }]));
  if (boxes.length < 2 || fitZoom(boxes, frame) >= minZoom) return positions(boxes);
  const target = { width: frame.width / minZoom, height: frame.height / minZoom };
  let best = { zoom: fitZoom(boxes, frame), boxes };
  let current: readonly NodeBox[] = boxes;
  for (let round = 0; round < 8; round++) {
    const size = extent(current);
    const s = spread(current);
    // Scale the spread of the centres so that spread plus the boxes' own size meets the target.
    const scale = (axis: number, total: number, wanted: number) =>
      axis <= 0 ? 1 : Math.min(1, Math.max(0.05, (wanted - (total - axis)) / axis));
    const sx = scale(s.x, size.width, target.width * 0.97);
    const sy = scale(s.y, size.height, target.height * 0.97);
    if (sx === 1 && sy === 1) break;
    const squeezed = current.map((b) => ({ ...b, x: s.cx + (b.x - s.cx) * sx, y: s.cy + (b.y - s.cy) * sy }));
    // Push sideways when the frame is wider than tall in drawing units, down when taller.
    current = removeOverlaps(squeezed, { gap, yCost: target.width >= target.height ? 2 : 0.5 });
    const zoom = fitZoom(current, frame);
    if (countOverlaps(current) === 0 && zoom > best.zoom) best = { zoom, boxes: current };
    if (best.zoom >= minZoom) break;
  }
  return positions(best.boxes);
}
