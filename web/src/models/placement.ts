import type { Point } from './types';

/** A small deterministic pseudo-random generator (mulberry32), so a layout is repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable number for a string (FNV-1a), e.g. to seed a layout from the ids it places. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The seed of a force layout of these node ids: the same nodes lay out the same way, whatever
 * order they came in (which is what makes a shared link look like the view it was copied from).
 */
export function seedOfIds(ids: readonly string[]): number {
  return hashString([...ids].sort().join(','));
}

/** The i-th point of a sunflower spiral (even density, like d3-force's own start). */
export function spiral(i: number): Point {
  const r = 60 * Math.sqrt(i + 0.5);
  const a = i * Math.PI * (3 - Math.sqrt(5));
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

/** The frame a force layout fits a canvas of this size into (a margin for labels and controls). */
export function forceFrame(width: number, height: number): { width: number; height: number } {
  return { width: Math.max(200, width - 60), height: Math.max(200, height - 60) };
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * Positions for `count` new nodes around `center`, facing away from the existing nodes and
 * clear of them by `gap`: an expansion grows outward from its parent and moves nothing else.
 */
export function placeAround(center: Point, count: number, occupied: readonly Point[], gap = 70): Point[] {
  if (count <= 0) return [];
  const others = occupied.filter((p) => distance(p, center) > 1);
  const away =
    others.length === 0
      ? 0
      : Math.atan2(
          center.y - others.reduce((s, p) => s + p.y, 0) / others.length,
          center.x - others.reduce((s, p) => s + p.x, 0) / others.length,
        );
  const placed: Point[] = [];
  const spread = Math.min(Math.PI * 2, Math.max(Math.PI / 2, (count * Math.PI) / 5));
  let radius = 130;
  let attempts = 0;
  while (placed.length < count && attempts < 400) {
    const remaining = count - placed.length;
    const slots = Math.max(remaining, Math.ceil((spread * radius) / gap));
    for (let i = 0; i < slots && placed.length < count; i++) {
      const angle = slots === 1 ? away : away - spread / 2 + (spread * (i + 0.5)) / slots;
      const p = { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
      if ([...others, ...placed].every((q) => distance(p, q) >= gap)) placed.push(p);
    }
    radius += gap * 0.8;
    attempts++;
  }
  while (placed.length < count) placed.push({ x: center.x + radius, y: center.y + placed.length * gap });
  return placed;
}
