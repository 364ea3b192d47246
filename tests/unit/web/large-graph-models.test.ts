/**
 * The pure models behind the explorer at size: what a partial view leaves out, neighbour groups
 * around a hub, the seeded force layout and its jobs, and grid-bounded overlap removal.
 */
import { relationsAt } from '../../../web/src/models/adjacency';
import { estimateBox } from '../../../web/src/models/boxes';
import { countOverlaps, removeOverlaps, type NodeBox } from '../../../web/src/models/compact';
import { forceCollide, forceManyBody, type Force } from 'd3-force';
import { directCollide, directManyBody } from '../../../web/src/models/directForces';
import { forceRun } from '../../../web/src/models/forceLayout';
import { emptyCache, mergeSubgraph } from '../../../web/src/models/graph';
import {
  groupKey,
  groupLabel,
  groupSentence,
  groupSummaries,
  nextMembers,
  remainingOf,
  type NeighborGroup,
} from '../../../web/src/models/groups';
import { layoutSteps, runLayoutJob, type LayoutJob } from '../../../web/src/models/layoutJob';
import { seededRandom } from '../../../web/src/models/placement';
import {
  coverage,
  coverageSentence,
  hiddenEdgesSentence,
  missingByType,
  topParam,
  topReference,
  widerViews,
} from '../../../web/src/models/overview';
import { decodeUrlState, encodeUrlState, idsNamedBy } from '../../../web/src/models/url';
import { initialView, isolate, removeNodes } from '../../../web/src/models/view';
import { entity, relation } from './graph-builders';

const box = (id: string, x: number, y: number, w = 100, h = 40): NodeBox => ({
  id,
  x,
  y,
  left: -w / 2,
  right: w / 2,
  top: -h / 2,
  bottom: h / 2,
});

/** Every pair compared: the reference the grid-based count must match. */
function bruteOverlaps(boxes: NodeBox[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const ox = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x + a.left, b.x + b.left);
      const oy = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y + a.top, b.y + b.top);
      if (ox > 0 && oy > 0) n++;
    }
  return n;
}

describe('overview', () => {
  const totals = {
    entities: 5000,
    relations: 20000,
    entityTypes: [
      { type: 'Person' as const, total: 2000 },
      { type: 'Organization' as const, total: 1500 },
      { type: 'Agency' as const, total: 900 },
      { type: 'Country' as const, total: 50 },
      { type: 'Event' as const, total: 300 },
      { type: 'MediaOutlet' as const, total: 250 },
    ],
  };
  const shown = [
    ...Array.from({ length: 100 }, (_, i) => entity(`p${i}`, 'Person')),
    ...Array.from({ length: 50 }, (_, i) => entity(`c${i}`, 'Country')),
  ];

  it('counts what a partial view leaves out, per type, most first', () => {
    const c = coverage(totals, shown, 554);
    expect(c).toMatchObject({
      partial: true,
      shown: 150,
      total: 5000,
      relationsShown: 554,
      relationsTotal: 20000,
    });
    expect(c.missing.map((t) => [t.type, t.missing])).toEqual([
      ['Person', 1900],
      ['Organization', 1500],
      ['Agency', 900],
      ['Event', 300],
      ['MediaOutlet', 250],
    ]);
    expect(coverageSentence(c)).toBe('150 of 5,000 entities and 554 of 20,000 relations shown.');
    expect(missingByType(c)).toBe('1,900 Person, 1,500 Organization, 900 Agency, 300 Event and 1 more type');
  });

  it('a view of the whole graph is not partial', () => {
    const small = { entities: 2, relations: 1, entityTypes: [{ type: 'Agency' as const, total: 2 }] };
    const c = coverage(small, [entity('a'), entity('b')], 1);
    expect(c.partial).toBe(false);
    expect(c.missing).toEqual([]);
    expect(coverageSentence(c)).toBe('The whole graph: 2 entities and 1 relations.');
  });

  it('says how many relations among the shown entities the API left out, if any', () => {
    const totals = { entities: 100_000, relations: 1_000_000, entityTypes: [] };
    expect(hiddenEdgesSentence(totals)).toBe('');
    expect(hiddenEdgesSentence({ ...totals, hiddenEdges: 0 })).toBe('');
    expect(hiddenEdgesSentence({ ...totals, hiddenEdges: 1 })).toBe(
      "1 more relation among these entities is not drawn (each entity's links to the most connected are).",
    );
    expect(hiddenEdgesSentence({ ...totals, hiddenEdges: 9870 })).toBe(
      "9,870 more relations among these entities are not drawn (each entity's links to the most connected are).",
    );
  });

  it('a view holding a large top of the ranking is linked as top=N', () => {
    const ranked = Array.from({ length: 2000 }, (_, i) => `e${i}`);
    expect(topReference(ranked, [...ranked, 'extra'], 100_000)).toBe(2000);
    expect(topReference(ranked, ranked.slice(0, 1999), 100_000)).toBe(500);
    expect(topReference(ranked, ranked.slice(0, 600), 600)).toBe(600);
    expect(topReference(ranked, ranked.slice(0, 150), 100_000)).toBe(0);
    expect(topParam('?top=2000&focus=x')).toBe(2000);
    expect(topParam('?top=9999')).toBe(0);
    expect(topParam('?top=abc')).toBe(0);
  });

  it('offers larger views up to the whole graph when it fits, never smaller ones', () => {
    expect(widerViews(5000, 150)).toEqual([500, 2000, 5000]);
    expect(widerViews(600, 150)).toEqual([500, 600]);
    expect(widerViews(100_000, 150)).toEqual([500, 2000, 5000]);
    expect(widerViews(100_000, 2000)).toEqual([5000]);
    expect(widerViews(600, 600)).toEqual([]);
  });
});

describe('neighbour groups', () => {
  const hub = entity('acme', 'Organization', 60);
  const people = Array.from({ length: 12 }, (_, i) => entity(`person-${i}`, 'Person'));
  const cache = mergeSubgraph(emptyCache(), {
    nodes: [hub, ...people, entity('other', 'Agency')],
    edges: [
      ...people.slice(0, 6).map((p) => relation(p.id, 'acme', 'MEMBER_OF')),
      relation('acme', 'person-0', 'LEADS'),
      relation('other', 'person-1', 'MEMBER_OF'),
    ],
    truncated: false,
  });
  const members: NeighborGroup = {
    hubId: 'acme',
    relationType: 'MEMBER_OF',
    direction: 'INCOMING',
    entityType: 'Person',
    count: 40,
  };
  const led: NeighborGroup = { ...members, relationType: 'LEADS', direction: 'OUTGOING', count: 3 };

  it('says a group in words, in the direction of its relations', () => {
    expect(groupSentence(members, 'Acme')).toBe('40 Person → member of → Acme');
    expect(groupSentence(led, 'Acme')).toBe('Acme → leads → 3 Person');
    expect(groupLabel(members, 1812)).toBe('+1,812 Person\nvia member of');
  });

  it('counts the members on the canvas by the cached relations of the group only', () => {
    const visible = new Set(['acme', 'person-0', 'person-1', 'person-7']);
    // person-0 and person-1 are members; person-7 has no MEMBER_OF relation to acme.
    expect(remainingOf(members, cache, visible)).toBe(38);
    expect(remainingOf(led, cache, visible)).toBe(2);
  });

  it('draws the largest groups around a visible hub and sums up the rest in one node', () => {
    const groups = Array.from({ length: 10 }, (_, i) => ({
      ...members,
      entityType: 'Person' as const,
      count: 10 + i,
      relationType: (
        [
          'MEMBER_OF',
          'LEADS',
          'DIRECTS',
          'SUPPORTED',
          'TARGETED',
          'HACKED',
          'PRESSURED',
          'CRITICIZED',
          'DEFENDED',
          'MET_WITH',
        ] as const
      )[i]!,
    }));
    const summaries = groupSummaries(['acme'], { acme: groups }, cache, new Set(['acme']), 3);
    expect(summaries).toHaveLength(4);
    expect(summaries.slice(0, 3).map((s) => s.remaining)).toEqual([19, 18, 17]);
    expect(summaries[0]?.id).toBe(groupKey(groups[9]!));
    expect(summaries[3]).toMatchObject({ group: null, remaining: 10 + 11 + 12 + 13 + 14 + 15 + 16 });
    expect(summaries[3]?.label).toBe('+91 more\nin 7 smaller groups');
    // A hidden hub shows no groups; a fully shown group has no node.
    expect(groupSummaries(['acme'], { acme: groups }, cache, new Set(), 3)).toEqual([]);
  });

  it('takes the next members in the group order, skipping those already shown', () => {
    expect(nextMembers(['a', 'b', 'c', 'd', 'e'], new Set(['b', 'd']), 2)).toEqual(['a', 'c']);
    expect(nextMembers(['a'], new Set(['a']), 5)).toEqual([]);
  });
});

describe('the seeded force layout', () => {
  const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, width: 80, height: 40 }));
  const links = nodes.slice(1).map((n, i) => ({ source: `n${Math.floor(i / 3)}`, target: n.id }));
  const run = (order: typeof nodes, seed: number) => {
    const r = forceRun({ nodes: order, links, seed });
    r.step(r.total);
    return r.positions();
  };

  it('lays out the same nodes the same way, whatever their order', () => {
    const a = run(nodes, 7);
    const b = run([...nodes].reverse(), 7);
    expect(b).toEqual(a);
    expect(Object.keys(a)).toHaveLength(40);
  });

  it('runs in steps that add up to the whole run', () => {
    const r = forceRun({ nodes, links, seed: 1 });
    const done: number[] = [];
    while (done[done.length - 1] !== r.total) done.push(r.step(25));
    expect(done[0]).toBe(25);
    expect(done.every((d, i) => i === 0 || d > (done[i - 1] ?? 0))).toBe(true);
  });

  it('keeps fixed nodes exactly where they are', () => {
    const placed = nodes.map((n, i) => ({ ...n, x: i * 100, y: 0, fixed: i < 30 }));
    const r = forceRun({ nodes: placed, links, seed: 3, incremental: true });
    r.step(r.total);
    const p = r.positions();
    for (const n of placed.filter((x) => x.fixed)) expect(p[n.id]).toEqual({ x: n.x, y: n.y });
    expect(placed.filter((x) => !x.fixed).some((n) => p[n.id]?.x !== n.x || p[n.id]?.y !== 0)).toBe(true);
  });
});

describe('pairwise forces (small views)', () => {
  type Sim = { index: number; id: string; x: number; y: number; vx: number; vy: number; r: number };
  const scattered = (n: number, spread: number): Sim[] => {
    const random = seededRandom(11);
    // d3's forces find a node's strength and radius by its index, as the simulation numbers them.
    return Array.from({ length: n }, (_, i) => ({
      index: i,
      id: `n${i}`,
      x: (random() - 0.5) * spread,
      y: (random() - 0.5) * spread,
      vx: random() - 0.5,
      vy: random() - 0.5,
      r: 10 + 20 * random(),
    }));
  };
  /** The velocities one application of `force` leaves on a copy of `nodes`. */
  const velocities = (nodes: Sim[], force: Force<Sim, undefined>, alpha = 0.7) => {
    const copy = nodes.map((n) => ({ ...n }));
    force.initialize?.(copy, seededRandom(5));
    force(alpha);
    return copy.map((n) => [n.vx, n.vy]);
  };
  const close = (a: number[][], b: number[][]) =>
    a.every(
      (v, i) =>
        Math.abs((v[0] ?? 0) - (b[i]?.[0] ?? NaN)) < 1e-9 &&
        Math.abs((v[1] ?? 0) - (b[i]?.[1] ?? NaN)) < 1e-9,
    );

  it('repel exactly as d3 compares every pair (theta 0), within the distance limit', () => {
    const nodes = scattered(80, 2000);
    const ours = velocities(nodes, directManyBody(-260, 900));
    const d3 = velocities(nodes, forceManyBody<Sim>().strength(-260).theta(0).distanceMax(900));
    expect(close(ours, d3)).toBe(true);
    // The pushes changed something, and the distance limit left some pairs out.
    expect(
      close(
        ours,
        nodes.map((n) => [n.vx, n.vy]),
      ),
    ).toBe(false);
    expect(close(ours, velocities(nodes, directManyBody(-260)))).toBe(false);
  });

  it('push overlapping nodes apart as d3 does', () => {
    // Pairs far from each other: each node overlaps at most its partner, so the order in which
    // pairs are visited (d3's quadtree, our index) cannot matter.
    const nodes = scattered(30, 1).map((n, i) => ({
      ...n,
      x: Math.floor(i / 2) * 500 + (i % 2) * 15,
      y: (i % 2) * 7,
    }));
    const ours = velocities(
      nodes,
      directCollide((n: Sim) => n.r, 2),
    );
    const d3 = velocities(nodes, forceCollide<Sim>((n) => n.r).iterations(2));
    expect(close(ours, d3)).toBe(true);
    expect(
      close(
        ours,
        nodes.map((n) => [n.vx, n.vy]),
      ),
    ).toBe(false);
  });

  it('leave no two nodes of a crowded small view on each other', () => {
    const nodes = Array.from({ length: 120 }, (_, i) => ({ id: `n${i}`, width: 60, height: 40 }));
    const r = forceRun({ nodes, links: [], seed: 2 });
    r.step(r.total);
    const p = Object.values(r.positions());
    let closest = Infinity;
    for (const [i, a] of p.entries())
      for (const b of p.slice(i + 1)) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
    // Radii of 30: centres end at least a diameter apart, give or take the last tick's motion.
    expect(closest).toBeGreaterThan(55);
  });
});

describe('layout jobs', () => {
  const boxes = Array.from({ length: 60 }, (_, i) => box(`n${i}`, 0, 0, 90, 40));
  const links = boxes.slice(1).map((b, i) => ({ source: `n${Math.floor(i / 4)}`, target: b.id }));

  it('a force job places every node with no two labels on each other', () => {
    const job: LayoutJob = { kind: 'force', boxes, links, seed: 5, frame: { width: 900, height: 600 } };
    const positions = runLayoutJob(job);
    expect(Object.keys(positions).sort()).toEqual(boxes.map((b) => b.id).sort());
    expect(countOverlaps(boxes.map((b) => ({ ...b, ...positions[b.id] })))).toBe(0);
  });

  it('reports growing progress, with positions, before its result', () => {
    const steps = layoutSteps({ kind: 'force', boxes, links, seed: 5, frame: { width: 900, height: 600 } });
    const seen: number[] = [];
    for (let next = steps.next(); !next.done; next = steps.next()) {
      expect(next.value.positions).toBeDefined();
      expect(next.value.done).toBeLessThan(next.value.total);
      seen.push(next.value.done);
    }
    expect(seen.length).toBeGreaterThan(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('settling moves only the new nodes, clear of the old ones', () => {
    const old = Array.from({ length: 20 }, (_, i) => box(`o${i}`, (i % 5) * 150, Math.floor(i / 5) * 80));
    const fresh = Array.from({ length: 8 }, (_, i) => box(`f${i}`, 300, 120));
    const all = [...old, ...fresh];
    const job: LayoutJob = {
      kind: 'settle',
      boxes: all,
      links: fresh.map((f) => ({ source: 'o7', target: f.id })),
      seed: 2,
      fresh: fresh.map((f) => f.id),
    };
    const positions = runLayoutJob(job);
    for (const o of old) expect(positions[o.id]).toEqual({ x: o.x, y: o.y });
    expect(countOverlaps(all.map((b) => ({ ...b, ...positions[b.id] })))).toBe(0);
  });
});

describe('overlap removal on a grid', () => {
  it('counts overlaps exactly as comparing every pair does', () => {
    const random = seededRandom(11);
    const boxes = Array.from({ length: 400 }, (_, i) =>
      box(`b${i}`, random() * 2000, random() * 1500, 20 + random() * 160, 14 + random() * 50),
    );
    expect(countOverlaps(boxes)).toBe(bruteOverlaps(boxes));
    expect(bruteOverlaps(boxes)).toBeGreaterThan(0);
  });

  it('separates thousands of boxes within its budget', () => {
    const random = seededRandom(5);
    const boxes = Array.from({ length: 3000 }, (_, i) => box(`b${i}`, random() * 6000, random() * 4000));
    const before = countOverlaps(boxes);
    const after = countOverlaps(removeOverlaps(boxes, { gap: 4, maxRounds: 100 }));
    expect(before).toBeGreaterThan(100);
    expect(after).toBe(0);
  });

  it('estimates a label box from its text: wider for longer names, wrapped past the label width', () => {
    const short = estimateBox('a', 0, 0, 'MSS', 30);
    const long = estimateBox('b', 0, 0, 'Ministry of State Security of the People’s Republic', 30);
    expect(long.right - long.left).toBeGreaterThan(short.right - short.left);
    expect(long.bottom).toBeGreaterThan(short.bottom);
    expect(long.right - long.left).toBeLessThanOrEqual(110);
  });
});

describe('views and links with grouped hubs', () => {
  it('a link keeps grouped hubs, and names the entities it needs', () => {
    const view = { ...initialView(['acme', 'x']), grouped: ['acme'] };
    const search = encodeUrlState({ view, selection: { kind: 'entity', id: 'y' }, path: null }, [], 'fcose');
    expect(search).toContain('groups=acme');
    expect(decodeUrlState(search, [], 'fcose').view.grouped).toEqual(['acme']);
    expect(idsNamedBy(search, 10).sort()).toEqual(['acme', 'x', 'y']);
    expect(idsNamedBy(search, 2)).toHaveLength(2);
  });

  it('removing or isolating drops grouping with the hub', () => {
    const view = { ...initialView(['acme', 'x']), grouped: ['acme'] };
    expect(removeNodes(view, ['acme']).grouped).toEqual([]);
    expect(isolate(view, 'x').grouped).toEqual([]);
  });

  it('the adjacency index lists exactly the relations of an entity', () => {
    const cache = mergeSubgraph(emptyCache(), {
      nodes: [entity('a'), entity('b'), entity('c')],
      edges: [relation('a', 'b'), relation('b', 'c'), relation('c', 'a', 'LEADS')],
      truncated: false,
    });
    expect(
      relationsAt(cache, 'a')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['a-DIRECTS-b', 'c-LEADS-a']);
    expect(relationsAt(cache, 'nobody')).toEqual([]);
  });
});
