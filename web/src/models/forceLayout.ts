import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { directCollide, directManyBody } from './directForces';
import { seededRandom } from './placement';
import type { Point } from './types';

/** A node to lay out: its drawn size (shape and label) and, optionally, where it stands now. */
export interface ForceNode {
  id: string;
  width: number;
  height: number;
  x?: number;
  y?: number;
  /** Stays exactly where it is (nodes already on screen when new ones settle in). */
  fixed?: boolean;
}

/** A relation between two nodes, by id. */
export interface ForceLink {
  source: string;
  target: string;
}

/** What a force layout needs: the graph, a seed and whether to start from the given positions. */
export interface ForceInput {
  nodes: ForceNode[];
  links: ForceLink[];
  /** Seeds d3-force's jiggle (its only randomness): the same input lays out the same way. */
  seed: number;
  /** Start from the nodes' x/y (settling new nodes) instead of a fresh spiral. */
  incremental?: boolean;
}

/** A layout that runs in steps, so a caller can report progress and stop between them. */
export interface ForceRun {
  /** Ticks the whole run takes. */
  readonly total: number;
  /** Runs up to `count` more ticks; returns how many have run so far. */
  step(count: number): number;
  positions(): Record<string, Point>;
}

/**
 * Up to this many nodes, repulsion and collision compare every pair (directForces.ts) instead of
 * d3's quadtrees: faster there, and exact.
 */
export const DIRECT_UP_TO = 600;

interface SimNode extends SimulationNodeDatum {
  id: string;
  radius: number;
}

/**
 * A d3-force simulation tuned for labelled entities: links pull related entities together,
 * many-body repulsion (Barnes-Hut, so O(n log n) a tick) spreads them, weak gravity keeps
 * separate components in sight and a collision force keeps labels from piling up. Its one
 * source of randomness is seeded (d3's randomSource), so no global is touched. Bigger graphs
 * get fewer ticks and a coarser approximation, which keeps 5,000 entities to a few seconds.
 */
export function forceRun(input: ForceInput): ForceRun {
  const n = input.nodes.length;
  // d3 places nodes without positions on a spiral in input order: sorting by id makes the same
  // set of entities lay out the same way however they reached the canvas.
  const sorted = [...input.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nodes: SimNode[] = sorted.map((node) => ({
    id: node.id,
    radius: Math.max(12, Math.min(90, Math.max(node.width, node.height) / 2)),
    ...(input.incremental && node.x !== undefined && node.y !== undefined ? { x: node.x, y: node.y } : {}),
    ...(node.fixed && node.x !== undefined && node.y !== undefined ? { fx: node.x, fy: node.y } : {}),
  }));
  const ids = new Set(nodes.map((node) => node.id));
  const links: Array<SimulationLinkDatum<SimNode>> = input.links
    .filter((l) => l.source !== l.target && ids.has(l.source) && ids.has(l.target))
    .map((l) => ({ source: l.source, target: l.target }));
  const large = n > 1000;
  const direct = n <= DIRECT_UP_TO;
  const total = input.incremental ? 120 : large ? 140 : n > 100 ? 220 : 300;
  const simulation = forceSimulation(nodes)
    .randomSource(seededRandom(input.seed))
    .alpha(input.incremental ? 0.3 : 1)
    .alphaDecay(1 - Math.pow(0.001, 1 / total))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((d) => d.id)
        .distance((l) => 30 + ((l.source as SimNode).radius + (l.target as SimNode).radius) * 0.9),
    )
    .force(
      'charge',
      direct
        ? directManyBody<SimNode>(-260, 1500)
        : forceManyBody<SimNode>()
            .strength(large ? -90 : -260)
            .theta(large ? 1.5 : 0.9)
            .distanceMax(large ? 400 : 1500),
    )
    .force('x', forceX<SimNode>(0).strength(large ? 0.06 : 0.05))
    .force('y', forceY<SimNode>(0).strength(large ? 0.06 : 0.05))
    .stop();
  // Collisions are the dearest force on large graphs: they join for the last quarter only,
  // when the picture has taken shape and only local overlaps are left to resolve.
  const collide = direct
    ? directCollide<SimNode>((d) => d.radius, 2)
    : forceCollide<SimNode>((d) => d.radius * (large ? 0.8 : 1)).iterations(large ? 1 : 2);
  const collideFrom = large ? Math.floor(total * 0.75) : 0;
  let done = 0;
  return {
    total,
    step(count) {
      let ticks = Math.max(0, Math.min(count, total - done));
      while (ticks > 0) {
        if (done >= collideFrom && !simulation.force('collide')) simulation.force('collide', collide);
        const now = done < collideFrom ? Math.min(ticks, collideFrom - done) : ticks;
        simulation.tick(now);
        done += now;
        ticks -= now;
      }
      return done;
    },
    positions() {
      return Object.fromEntries(nodes.map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }]));
    },
  };
}
