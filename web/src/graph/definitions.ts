import type { ElementDefinition } from 'cytoscape';
import { browserMeasure } from '../features/export/measure';
import { ESTIMATE_FROM, estimateBox } from '../models/boxes';
import type { NodeBox } from '../models/compact';
import { groupNodeBox, labelledNodeBox } from '../models/nodeBox';
import { nodeSize } from '../models/stylesheet';
import type { EntityData, Point, RelationData } from '../models/types';

/**
 * The canvas's elements of the visible graph, and the box a node takes before it is drawn. The
 * elements controller adds these, and the layout started ahead of the canvas (layoutAhead.ts)
 * builds its job from them: the two must agree to the number for the canvas to adopt that run.
 */

/** An entity's node at `position`; its drawn size comes from the formula the SVG export uses too. */
export function entityNode(n: EntityData, position: Point): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: n.id, label: n.name, type: n.type, degree: n.degree, size: nodeSize(n.degree, true) },
    position,
  };
}

/** A relation's edge. */
export function relationEdge(e: RelationData): ElementDefinition {
  return {
    group: 'edges',
    data: { id: e.id, source: e.from, target: e.to, label: e.label, status: e.status, type: e.type },
  };
}

/**
 * The box of a node not drawn yet, measured from its label as the canvas will draw it (estimated
 * in a view of `total` nodes from ESTIMATE_FROM on, as nodeBoxes does for drawn ones).
 */
export function definitionBox(n: ElementDefinition, total: number): NodeBox {
  const id = String(n.data.id);
  const p = n.position ?? { x: 0, y: 0 };
  if (n.data.kind === 'group') return groupNodeBox(id, p.x, p.y);
  const label = String(n.data.label ?? '');
  const size = Number(n.data.size ?? 30);
  return total >= ESTIMATE_FROM
    ? estimateBox(id, p.x, p.y, label, size)
    : labelledNodeBox(id, p.x, p.y, label, size, browserMeasure);
}
