import type { Point } from './types';

/** A direction an arrow key points in, on screen (y grows downward). */
export type Direction = 'left' | 'right' | 'up' | 'down';

/** An entity where it is drawn. */
export interface PlacedNode extends Point {
  id: string;
}

/** The direction of an arrow key's `KeyboardEvent.key`, or null for any other key. */
export function arrowDirection(key: string): Direction | null {
  const map: Record<string, Direction> = {
    ArrowLeft: 'left',
    ArrowRight: 'right',
    ArrowUp: 'up',
    ArrowDown: 'down',
  };
  return map[key] ?? null;
}

/** How far `to` lies ahead of `from` in `direction`, and how far off to the side. */
function offsets(from: Point, to: Point, direction: Direction): { ahead: number; aside: number } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  switch (direction) {
    case 'left':
      return { ahead: -dx, aside: Math.abs(dy) };
    case 'right':
      return { ahead: dx, aside: Math.abs(dy) };
    case 'up':
      return { ahead: -dy, aside: Math.abs(dx) };
    case 'down':
      return { ahead: dy, aside: Math.abs(dx) };
  }
}

/**
 * The node an arrow key moves to from `from`: among the nodes ahead in that direction, the one
 * nearest, counting a step sideways twice as far as a step ahead, so the move goes where the
 * arrow points rather than to a close neighbour off to the side. Nodes within 45° of the
 * direction win over those further off it; null when nothing lies ahead. Ties go to the
 * smaller id, so the same picture always answers the same.
 */
export function nearestInDirection(
  from: Point & { id?: string },
  nodes: readonly PlacedNode[],
  direction: Direction,
): string | null {
  let best: { id: string; cone: boolean; cost: number } | null = null;
  for (const node of nodes) {
    if (node.id === from.id) continue;
    const { ahead, aside } = offsets(from, node, direction);
    if (ahead <= 0.5) continue;
    const candidate = { id: node.id, cone: aside <= ahead, cost: ahead + 2 * aside };
    if (
      !best ||
      (candidate.cone && !best.cone) ||
      (candidate.cone === best.cone &&
        (candidate.cost < best.cost || (candidate.cost === best.cost && candidate.id < best.id)))
    )
      best = candidate;
  }
  return best?.id ?? null;
}

/** The node nearest to a point (e.g. the middle of the screen), ties by id; null if none. */
export function nearestTo(point: Point, nodes: readonly PlacedNode[]): string | null {
  let best: { id: string; d: number } | null = null;
  for (const node of nodes) {
    const d = Math.hypot(node.x - point.x, node.y - point.y);
    if (!best || d < best.d || (d === best.d && node.id < best.id)) best = { id: node.id, d };
  }
  return best?.id ?? null;
}
