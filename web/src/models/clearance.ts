import type { NodeBox } from './compact';

/** Whether two boxes overlap with `gap` to spare. */
function overlaps(a: NodeBox, b: NodeBox, gap: number): boolean {
  return (
    Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x + a.left, b.x + b.left) + gap > 0 &&
    Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y + a.top, b.y + b.top) + gap > 0
  );
}

/** Boxes bucketed on a grid of cells as large as the largest box, for neighbour look-ups. */
class BoxGrid {
  private readonly cells = new Map<number, NodeBox[]>();
  constructor(
    private readonly cellW: number,
    private readonly cellH: number,
  ) {}
  private key(cx: number, cy: number) {
    return cx * 1_048_576 + cy;
  }
  add(b: NodeBox): void {
    const key = this.key(Math.floor(b.x / this.cellW), Math.floor(b.y / this.cellH));
    const list = this.cells.get(key);
    if (list) list.push(b);
    else this.cells.set(key, [b]);
  }
  remove(b: NodeBox): void {
    const key = this.key(Math.floor(b.x / this.cellW), Math.floor(b.y / this.cellH));
    const list = this.cells.get(key);
    if (list) list.splice(list.indexOf(b), 1);
  }
  /** Whether `b` overlaps any box in the grid other than itself. */
  hits(b: NodeBox, gap: number): boolean {
    const cx = Math.floor(b.x / this.cellW);
    const cy = Math.floor(b.y / this.cellH);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const other of this.cells.get(this.key(cx + dx, cy + dy)) ?? []) {
          if (other !== b && overlaps(b, other, gap)) return true;
        }
      }
    }
    return false;
  }
}

/** Rings searched around a box for a free place before giving up on it. */
const MAX_RINGS = 80;
/** Places tried in all, so clearing is bounded on any graph (about a second at most). */
export const CLEARANCE_BUDGET = 400_000;

/**
 * Moves every movable box that still overlaps another to the nearest free place around it (a
 * spiral of growing rings), one box at a time: what pairwise pushing leaves behind in crowded
 * areas, this clears for certain, at a cost that grows with the leftovers, not with the graph.
 * Boxes in `fixed` never move; when `budget` places have been tried, the rest stay where they
 * are. Mutates and returns `boxes`.
 */
export function clearLeftovers(
  boxes: NodeBox[],
  gap: number,
  fixed: ReadonlySet<string>,
  budget = CLEARANCE_BUDGET,
): NodeBox[] {
  let cellW = 1;
  let cellH = 1;
  for (const b of boxes) {
    cellW = Math.max(cellW, b.right - b.left + gap);
    cellH = Math.max(cellH, b.bottom - b.top + gap);
  }
  const grid = new BoxGrid(cellW, cellH);
  for (const b of boxes) grid.add(b);
  let tried = 0;
  for (const b of boxes) {
    if (tried >= budget) break;
    if (fixed.has(b.id) || !grid.hits(b, gap)) continue;
    grid.remove(b);
    const home = { x: b.x, y: b.y };
    const step = Math.max(8, Math.min(b.right - b.left, b.bottom - b.top) / 2);
    search: for (let ring = 1; ring <= MAX_RINGS; ring++) {
      const samples = Math.min(64, 8 + 4 * ring);
      tried += samples;
      for (let i = 0; i < samples; i++) {
        const angle = (2 * Math.PI * i) / samples;
        b.x = home.x + Math.cos(angle) * ring * step;
        b.y = home.y + Math.sin(angle) * ring * step;
        if (!grid.hits(b, gap)) break search;
      }
      if (ring === MAX_RINGS) {
        b.x = home.x;
        b.y = home.y;
      }
    }
    grid.add(b);
  }
  return boxes;
}
