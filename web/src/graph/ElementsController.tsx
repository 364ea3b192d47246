import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import { visibleGraph } from '../models/filters';
import { removeOverlaps } from '../models/compact';
import { LAYOUTS } from '../models/layouts';
import { placeAround } from '../models/placement';
import type { Point, RelationData } from '../models/types';
import { useDataStore } from '../stores/dataStore';
import { useTeachStore } from '../stores/teachStore';
import { selectView, useViewStore } from '../stores/viewStore';
import { nodeBoxes, useCy } from './instance';
import { fitView, moveTo } from './layouts';

/**
 * Where nodes that are not drawn yet go: their saved or last place, else next to the entity they
 * were expanded from or a neighbour. `fresh` lists the ones that had no place before.
 */
function placeNew(
  cy: Core,
  ids: string[],
  edges: RelationData[],
  known: Map<string, Point>,
): { placed: Map<string, Point>; fresh: Set<string> } {
  const placed = new Map<string, Point>();
  const { parents } = useViewStore.getState();
  const saved = useViewStore.getState().history.present.positions ?? {};
  const occupied = () => [...cy.nodes().map((n) => n.position()), ...placed.values()];
  const byAnchor = new Map<string, string[]>();
  for (const id of ids) {
    const remembered = saved[id] ?? known.get(id);
    if (remembered) {
      placed.set(id, remembered);
      continue;
    }
    const neighbour = edges.find(
      (e) => (e.from === id || e.to === id) && cy.getElementById(e.from === id ? e.to : e.from).nonempty(),
    );
    const anchor =
      parents[id] && cy.getElementById(parents[id]).nonempty()
        ? parents[id]
        : neighbour && (neighbour.from === id ? neighbour.to : neighbour.from);
    const key = anchor ?? '';
    byAnchor.set(key, [...(byAnchor.get(key) ?? []), id]);
  }
  for (const [anchor, children] of byAnchor) {
    if (!anchor) {
      // Nothing to stand next to (a first fill): a plain grid, which the layout then replaces.
      children.forEach((id, i) => placed.set(id, { x: (i % 10) * 130, y: Math.floor(i / 10) * 90 }));
      continue;
    }
    const center = cy.getElementById(anchor).position();
    placeAround(center, children.length, occupied(), 90).forEach((p, i) => placed.set(children[i] ?? '', p));
  }
  return { placed, fresh: new Set([...byAnchor.values()].flat()) };
}

/**
 * Lets newly added nodes find their place among the others, which stay exactly where they are:
 * a short force layout with every old node pinned, then label overlaps are cleared.
 */
function settle(cy: Core, fresh: Set<string>): void {
  const pinned = cy
    .nodes()
    .filter((n) => !fresh.has(n.id()))
    .nodes();
  if (pinned.nonempty()) {
    cy.layout({
      ...LAYOUTS.fcose.options,
      randomize: false,
      animate: false,
      fit: false,
      numIter: 800,
      fixedNodeConstraint: pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
    } as unknown as LayoutOptions).run();
  }
  const fixed = new Set(pinned.map((n) => n.id()));
  for (const b of removeOverlaps(nodeBoxes(cy), { gap: 10, fixed })) {
    if (fresh.has(b.id)) cy.getElementById(b.id).position({ x: b.x, y: b.y });
  }
}

/**
 * Keeps the instance's elements equal to the visible graph. Nodes already drawn keep their
 * positions; new ones are placed next to the entity they came from; undo and redo move nodes
 * back to where they stood.
 */
export function ElementsController(): null {
  const cy = useCy();
  const cache = useDataStore((s) => s.cache);
  const view = useViewStore(selectView);
  const restoreRun = useViewStore((s) => s.restoreRun);
  const time = useTeachStore((s) => s.time);
  const graph = useMemo(() => visibleGraph(cache, view, time), [cache, view, time]);
  const known = useRef(new Map<string, Point>());
  const restored = useRef(0);

  useEffect(() => {
    if (!cy) return;
    performance.mark('elements:sync');
    const wasEmpty = cy.nodes().length === 0;
    const restoring = restoreRun !== restored.current;
    let unplaced = new Set<string>();
    const nodeIds = new Set(graph.nodes.map((n) => n.id));
    const edgeIds = new Set(graph.edges.map((e) => e.id));
    const fresh = graph.nodes.filter((n) => cy.getElementById(n.id).empty());
    cy.batch(() => {
      cy.elements().forEach((el) => {
        const isNode = el.group() === 'nodes';
        if (isNode ? !nodeIds.has(el.id()) : !edgeIds.has(el.id())) {
          if (isNode) known.current.set(el.id(), { ...el.position() });
          cy.remove(el);
        }
      });
      const { placed: positions, fresh: neverPlaced } = placeNew(
        cy,
        fresh.map((n) => n.id),
        graph.edges,
        known.current,
      );
      unplaced = neverPlaced;
      const add: ElementDefinition[] = fresh.map((n, i) => ({
        group: 'nodes',
        data: { id: n.id, label: n.name, type: n.type, degree: n.degree },
        position: positions.get(n.id) ?? { x: (i % 10) * 120, y: Math.floor(i / 10) * 120 },
      }));
      for (const e of graph.edges) {
        if (cy.getElementById(e.id).nonempty()) continue;
        add.push({
          group: 'edges',
          data: { id: e.id, source: e.from, target: e.to, label: e.label, status: e.status, type: e.type },
        });
      }
      cy.add(add);
    });
    if (!wasEmpty && !restoring && unplaced.size > 0) settle(cy, unplaced);
    if (restoring) {
      restored.current = restoreRun;
      const saved = useViewStore.getState().history.present.positions;
      if (saved) moveTo(cy, saved, true);
    }
    // A first fill is laid out by the layout controller; later additions must stay in sight.
    if (!wasEmpty && fresh.length > 0) {
      const extent = cy.extent();
      const outside = fresh.some((n) => {
        const p = cy.getElementById(n.id).position();
        return p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2;
      });
      if (outside) fitView(cy, true);
    }
  }, [cy, graph, restoreRun]);
  return null;
}
