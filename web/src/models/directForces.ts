import type { Force, SimulationNodeDatum } from 'd3-force';

/**
 * Exact, pairwise versions of d3-force's many-body and collision forces, for views of a few
 * hundred entities. There d3's quadtrees, built again every tick and visited once per node, cost
 * more than comparing every pair: 3× more at the 150-entity overview, whose layout held the start
 * view for most of a second. Same formulas as d3-force 3 (`forceManyBody` with theta 0,
 * `forceCollide` with strength 1), plugged in as custom forces, so the simulation and its seeded
 * randomness stay d3's own. Positions and velocities are copied into typed arrays held in locals:
 * the pair loops then run on numbers, not on node objects and closure variables.
 */

/** d3's nudge for coincident nodes, from the simulation's seeded random source. */
const jiggle = (random: () => number) => (random() - 0.5) * 1e-6;

/**
 * A pair's offset (x, y) and squared distance l, with a zero coordinate nudged as d3 does (x
 * first, then y). Called only when one is zero, so the pair loops allocate nothing otherwise.
 */
function nudged(x: number, y: number, l: number, random: () => number): [number, number, number] {
  if (x === 0) {
    x = jiggle(random);
    l += x * x;
  }
  if (y === 0) {
    y = jiggle(random);
    l += y * y;
  }
  return [x, y, l];
}

type Arrays = [Float64Array, Float64Array, Float64Array, Float64Array];
const arrays = (n: number): Arrays => [
  new Float64Array(n),
  new Float64Array(n),
  new Float64Array(n),
  new Float64Array(n),
];

/**
 * Every node repels every other within `distanceMax` (or attracts, for a positive strength), by
 * strength / distance, as `forceManyBody().strength(strength).theta(0)` would.
 */
export function directManyBody<N extends SimulationNodeDatum>(
  strength: number,
  distanceMax = Infinity,
): Force<N, undefined> {
  let nodes: N[] = [];
  let random: () => number = Math.random;
  let [xs, ys, pushX, pushY] = arrays(0);
  const max2 = distanceMax * distanceMax;
  const force = (alpha: number) => {
    const n = nodes.length;
    const [x0, y0, fx, fy] = [xs, ys, pushX, pushY];
    nodes.forEach((node, i) => {
      x0[i] = node.x ?? 0;
      y0[i] = node.y ?? 0;
    });
    fx.fill(0);
    fy.fill(0);
    // Every node has the same strength, so a pair's pushes are equal and opposite: each pair once.
    for (let i = 0; i < n; i++) {
      const ax = x0[i] as number;
      const ay = y0[i] as number;
      let sx = 0;
      let sy = 0;
      for (let j = i + 1; j < n; j++) {
        let x = (x0[j] as number) - ax;
        let y = (y0[j] as number) - ay;
        let l = x * x + y * y;
        if (l >= max2) continue;
        if (x === 0 || y === 0) [x, y, l] = nudged(x, y, l, random);
        // d3's distanceMin of 1.
        if (l < 1) l = Math.sqrt(l);
        x /= l;
        y /= l;
        sx += x;
        sy += y;
        fx[j] = (fx[j] as number) - x;
        fy[j] = (fy[j] as number) - y;
      }
      fx[i] = (fx[i] as number) + sx;
      fy[i] = (fy[i] as number) + sy;
    }
    const w = strength * alpha;
    nodes.forEach((node, i) => {
      node.vx = (node.vx ?? 0) + (fx[i] as number) * w;
      node.vy = (node.vy ?? 0) + (fy[i] as number) * w;
    });
  };
  force.initialize = (all: N[], source: () => number) => {
    nodes = all;
    random = source;
    [xs, ys, pushX, pushY] = arrays(all.length);
  };
  return force;
}

/**
 * Nodes are circles of `radius(node)` that push apart where they would overlap after this tick,
 * as `forceCollide(radius).iterations(iterations)` would.
 */
export function directCollide<N extends SimulationNodeDatum>(
  radius: (node: N) => number,
  iterations = 1,
): Force<N, undefined> {
  let nodes: N[] = [];
  let random: () => number = Math.random;
  let radii = new Float64Array(0);
  let [xs, ys, vxs, vys] = arrays(0);
  const force = () => {
    const n = nodes.length;
    const [x0, y0, vx, vy, rs] = [xs, ys, vxs, vys, radii];
    nodes.forEach((node, i) => {
      x0[i] = node.x ?? 0;
      y0[i] = node.y ?? 0;
      vx[i] = node.vx ?? 0;
      vy[i] = node.vy ?? 0;
    });
    for (let k = 0; k < iterations; k++) {
      for (let i = 0; i < n; i++) {
        const ri = rs[i] as number;
        const ri2 = ri * ri;
        // Where the node is headed, taken once as d3 does; velocities change as pairs separate.
        const xi = (x0[i] as number) + (vx[i] as number);
        const yi = (y0[i] as number) + (vy[i] as number);
        for (let j = i + 1; j < n; j++) {
          const rj = rs[j] as number;
          const r = ri + rj;
          let x = xi - (x0[j] as number) - (vx[j] as number);
          let y = yi - (y0[j] as number) - (vy[j] as number);
          let l = x * x + y * y;
          if (l >= r * r) continue;
          if (x === 0 || y === 0) [x, y, l] = nudged(x, y, l, random);
          l = Math.sqrt(l);
          const push = (r - l) / l;
          x *= push;
          y *= push;
          // The smaller node moves more.
          const share = (rj * rj) / (ri2 + rj * rj);
          vx[i] = (vx[i] as number) + x * share;
          vy[i] = (vy[i] as number) + y * share;
          vx[j] = (vx[j] as number) - x * (1 - share);
          vy[j] = (vy[j] as number) - y * (1 - share);
        }
      }
    }
    nodes.forEach((node, i) => {
      node.vx = vx[i];
      node.vy = vy[i];
    });
  };
  force.initialize = (all: N[], source: () => number) => {
    nodes = all;
    random = source;
    radii = Float64Array.from(all, (node) => radius(node));
    [xs, ys, vxs, vys] = arrays(all.length);
  };
  return force;
}
