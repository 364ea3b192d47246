import type { EntityRow, RelationRow, SubgraphRows } from './records';

/** What a cap keeps of a view's relations, and how many it leaves out. */
export interface CappedEdges {
  /** The kept relations, in id order (as every view lists them). */
  edges: RelationRow[];
  /** Relations among the view's entities that were left out. */
  hidden: number;
}

/**
 * Keeps at most `max` of the relations among a view's entities, so a start view of a large
 * graph answers in a fraction of a megabyte instead of every edge among its hundreds of hubs
 * (2 MB at a million relations, most of the time spent writing JSON). Which ones: each entity
 * ranks its own relations by the other end's degree (most connected first, then id, then the
 * relation's id), and the view keeps every entity's first-ranked relation, then every second,
 * and so on, until `max`. So no entity loses all of its links while another keeps hundreds, and
 * the links kept are those to the graph's hubs, which the view shows. Deterministic: the same
 * view and `max` keep the same relations. A pure function, so the rule is unit-tested as is.
 */
export function capEdges(
  nodes: readonly EntityRow[],
  edges: readonly RelationRow[],
  max: number,
): CappedEdges {
  if (edges.length <= max) return { edges: [...edges], hidden: 0 };
  const degree = new Map(nodes.map((n) => [n.id, n.degree]));
  const byEnd = new Map<string, Array<{ edge: RelationRow; other: string }>>();
  for (const edge of edges) {
    for (const [end, other] of [
      [edge.fromId, edge.toId],
      [edge.toId, edge.fromId],
    ] as const) {
      const list = byEnd.get(end) ?? [];
      list.push({ edge, other });
      byEnd.set(end, list);
    }
  }
  const rank = new Map<RelationRow, number>();
  for (const list of byEnd.values()) {
    list.sort(
      (a, b) =>
        (degree.get(b.other) ?? 0) - (degree.get(a.other) ?? 0) ||
        compare(a.other, b.other) ||
        compare(a.edge.id, b.edge.id),
    );
    list.forEach(({ edge }, i) => rank.set(edge, Math.min(rank.get(edge) ?? i, i)));
  }
  const kept = [...edges]
    .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0) || compare(a.id, b.id))
    .slice(0, Math.max(0, max))
    .sort((a, b) => compare(a.id, b.id));
  return { edges: kept, hidden: edges.length - kept.length };
}

/** A view's rows with at most `max` of their relations (see capEdges) and how many were hidden. */
export function withCappedEdges<T extends SubgraphRows>(rows: T, max: number): T {
  const capped = capEdges(rows.nodes, rows.edges, max);
  return { ...rows, edges: capped.edges, hiddenEdges: capped.hidden };
}

/** Code-unit order, as Cypher's ORDER BY sorts strings (not localeCompare). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
