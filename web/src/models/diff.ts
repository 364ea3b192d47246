import type { RelationStatus } from './types';

/** The little a diff needs of a picture: which entities and relations, and relation statuses. */
export interface Picture {
  nodes: readonly { id: string }[];
  edges: readonly { id: string; status: RelationStatus }[];
  /** Entities whose standing changes without a relation changing (e.g. put at risk by a what-if). */
  marks?: Record<string, string>;
}

/** What changed from one picture to another. */
export interface GraphDiff {
  addedNodes: string[];
  removedNodes: string[];
  addedEdges: string[];
  removedEdges: string[];
  /** Relations in both whose status differs, and entities whose mark differs. */
  changed: Array<{ id: string; before: string; after: string }>;
}

const sorted = (items: Iterable<string>) => [...items].sort();

/**
 * Compares two pictures of the story: two moments on the timeline, or the story with and without
 * a what-if. Ids are compared as sets; a relation or entity present in both is "changed" when
 * its status (or mark) differs.
 */
export function diffPictures(before: Picture, after: Picture): GraphDiff {
  const nodesBefore = new Set(before.nodes.map((n) => n.id));
  const nodesAfter = new Set(after.nodes.map((n) => n.id));
  const edgesBefore = new Map(before.edges.map((e) => [e.id, e.status]));
  const edgesAfter = new Map(after.edges.map((e) => [e.id, e.status]));
  const changed: GraphDiff['changed'] = [];
  for (const [id, status] of edgesAfter) {
    const old = edgesBefore.get(id);
    if (old !== undefined && old !== status) changed.push({ id, before: old, after: status });
  }
  const marksBefore = before.marks ?? {};
  const marksAfter = after.marks ?? {};
  for (const id of new Set([...Object.keys(marksBefore), ...Object.keys(marksAfter)])) {
    if (!nodesBefore.has(id) || !nodesAfter.has(id)) continue;
    const a = marksBefore[id] ?? 'unchanged';
    const b = marksAfter[id] ?? 'unchanged';
    if (a !== b) changed.push({ id, before: a, after: b });
  }
  return {
    addedNodes: sorted([...nodesAfter].filter((id) => !nodesBefore.has(id))),
    removedNodes: sorted([...nodesBefore].filter((id) => !nodesAfter.has(id))),
    addedEdges: sorted([...edgesAfter.keys()].filter((id) => !edgesBefore.has(id))),
    removedEdges: sorted([...edgesBefore.keys()].filter((id) => !edgesAfter.has(id))),
    changed: changed.sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

/** Whether nothing changed. */
export function isEmptyDiff(d: GraphDiff): boolean {
  return (
    !d.addedNodes.length &&
    !d.removedNodes.length &&
    !d.addedEdges.length &&
    !d.removedEdges.length &&
    !d.changed.length
  );
}
