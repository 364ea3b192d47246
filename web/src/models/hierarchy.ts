import type { NodeBox } from './compact';
import type { Point } from './types';

/**
 * Lays out a breadth-first result as columns, left to right by level, for a frame `maxHeight`
 * tall: labels are wide and short, so they stack well in columns, and a level too long for one
 * column wraps into several side by side. `boxes` carry their level as `x` and their order in
 * the level as `y` (the breadth-first layout's rows, turned).
 */
export function hierarchyColumns(
  boxes: readonly NodeBox[],
  maxHeight: number,
  gap = 10,
): Record<string, Point> {
  const levels = new Map<number, NodeBox[]>();
  for (const b of boxes) {
    const key = Math.round(b.x);
    const level = levels.get(key);
    if (level) level.push(b);
    else levels.set(key, [b]);
  }
  const out: Record<string, Point> = {};
  let left = 0;
  for (const [, members] of [...levels.entries()].sort(([a], [b]) => a - b)) {
    members.sort((a, b) => a.y - b.y);
    const columns: NodeBox[][] = [[]];
    let height = 0;
    for (const b of members) {
      const h = b.bottom - b.top + gap;
      const current = columns[columns.length - 1] ?? [];
      if (height + h > maxHeight && current.length > 0) {
        columns.push([b]);
        height = h;
      } else {
        current.push(b);
        height += h;
      }
    }
    for (const column of columns) {
      const width = Math.max(...column.map((b) => b.right - b.left)) + gap * 3;
      const total = column.reduce((s, b) => s + b.bottom - b.top + gap, 0);
      let top = -total / 2;
      for (const b of column) {
        out[b.id] = { x: left + width / 2, y: top - b.top };
        top += b.bottom - b.top + gap;
      }
      left += width;
    }
    left += gap * 4;
  }
  return out;
}
