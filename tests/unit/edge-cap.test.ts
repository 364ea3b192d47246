import { capEdges } from '../../server/src/db/edge-cap';
import type { EntityRow, RelationRow } from '../../server/src/db/records';

/** A start view's rule for which relations to keep when there are too many (edge-cap.ts). */

const entity = (id: string, degree: number): EntityRow => ({
  id,
  name: id,
  type: 'Person',
  description: '',
  sourceIds: [],
  degree,
});

const relation = (id: string, fromId: string, toId: string): RelationRow => ({
  id,
  type: 'MET_WITH',
  fromId,
  toId,
  status: 'active',
  summary: '',
  sourceIds: [],
});

// A star around the hub "h" (degree 100), a second hub "g" linked to every leaf, and two
// leaves linked to each other.
const nodes = [entity('h', 100), entity('g', 50), entity('a', 3), entity('b', 3), entity('c', 2)];
const edges = [
  relation('r1', 'h', 'a'),
  relation('r2', 'h', 'b'),
  relation('r3', 'c', 'h'),
  relation('r4', 'g', 'a'),
  relation('r5', 'g', 'b'),
  relation('r6', 'g', 'c'),
  relation('r7', 'a', 'b'),
  relation('r8', 'h', 'g'),
];

describe('capEdges', () => {
  it('keeps every relation, in id order, when they fit', () => {
    expect(capEdges(nodes, edges, 8)).toEqual({ edges, hidden: 0 });
    expect(capEdges(nodes, [...edges].reverse(), 100).edges).toHaveLength(8);
  });

  it("keeps each entity's link to the most connected other first, and counts the rest", () => {
    // First-ranked links: h and g rank each other first (r8); a, b and c rank the hub h first.
    const { edges: kept, hidden } = capEdges(nodes, edges, 4);
    expect(kept.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r8']);
    expect(hidden).toBe(4);
  });

  it('then every second-ranked link, ties broken by relation id, and never more than asked', () => {
    // Second-ranked: a, b and c each rank g second (r4, r5, r6); by relation id, r4 and r5 fit.
    const { edges: kept, hidden } = capEdges(nodes, edges, 6);
    expect(kept.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r8']);
    expect(hidden).toBe(2);
  });

  it('is the same whatever order the relations come in', () => {
    const once = capEdges(nodes, edges, 5);
    const shuffled = capEdges(
      nodes,
      [edges[6], edges[2], edges[7], edges[0], edges[4], edges[1], edges[5], edges[3]] as RelationRow[],
      5,
    );
    expect(shuffled).toEqual(once);
  });
});
