import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import { visibleGraph } from '../models/filters';
import { groupSummaries, type GroupSummary } from '../models/groups';
import { placeAround, seedOfIds, spiral } from '../models/placement';
import { runLayoutJob, type LayoutJob } from '../models/layoutJob';
import type { Point, RelationData } from '../models/types';
import type { ViewState } from '../models/view';
import { useCanvasStore } from '../stores/canvasStore';
import { useDataStore } from '../stores/dataStore';
import { useGroupStore } from '../stores/groupStore';
import { SYNC_LAYOUT_LIMIT, useLayoutStore } from '../stores/layoutStore';
import { useTeachStore } from '../stores/teachStore';
import { selectView, useViewStore } from '../stores/viewStore';
import { carriedPositions, nodeBoxes, useCy } from './instance';
import { layoutRequested } from './layoutRuns';
import { ANIMATE_BELOW, fitView, moveTo } from './layouts';
import { IN_STEPS_FROM, addInSteps, stopAdding } from './addInSteps';
import { entityNode, relationEdge } from './definitions';
import { deferFill, dropFill, pendingFill, takeStranded, type PendingFill } from './pendingFill';

/**
 * Where nodes that are not drawn yet go: their saved or last place, else next to the entity they
 * were expanded from or a neighbour. `fresh` lists the ones that had no place before.
 */
function placeNew(
  cy: Core,
  ids: string[],
  neighbours: Map<string, string[]>,
  anchors: Record<string, string>,
  known: Map<string, Point>,
): { placed: Map<string, Point>; fresh: Set<string> } {
  const placed = new Map<string, Point>();
  const saved = useViewStore.getState().history.present.positions ?? {};
  const drawn = (id: string | undefined) => id !== undefined && cy.getElementById(id).nonempty();
  const byAnchor = new Map<string, string[]>();
  for (const id of ids) {
    const remembered = saved[id] ?? known.get(id);
    if (remembered) {
      placed.set(id, remembered);
      continue;
    }
    const anchor = drawn(anchors[id]) ? anchors[id] : neighbours.get(id)?.find(drawn);
    const key = anchor ?? '';
    const list = byAnchor.get(key);
    if (list) list.push(id);
    else byAnchor.set(key, [id]);
  }
  const occupied = cy.nodes().map((n) => n.position());
  for (const [anchor, children] of byAnchor) {
    if (!anchor) {
      // Nothing to stand next to (a first fill): a sunflower spiral, which the layout replaces.
      children.forEach((id, i) => placed.set(id, spiral(i)));
      continue;
    }
    const center = cy.getElementById(anchor).position();
    // Near the anchor only: placing 50 nodes must not compare them with 5,000 far away.
    const near = occupied.filter((p) => Math.abs(p.x - center.x) < 1500 && Math.abs(p.y - center.y) < 1500);
    placeAround(center, children.length, [...near, ...placed.values()], 90).forEach((p, i) => {
      placed.set(children[i] ?? '', p);
    });
  }
  return { placed, fresh: new Set([...byAnchor.values()].flat()) };
}

/**
 * Lets newly added nodes find their place among the others, which stay exactly where they are:
 * a short force layout of the new nodes and those they link to (pinned), then label overlaps
 * are cleared. Many new nodes settle in a worker; the canvas shows them placed meanwhile.
 */
function settle(cy: Core, fresh: Set<string>): void {
  const job: LayoutJob = {
    kind: 'settle',
    boxes: nodeBoxes(cy),
    links: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
    seed: seedOfIds([...fresh]),
    fresh: [...fresh],
  };
  const apply = (positions: Record<string, Point> | null) => {
    if (!positions || cy.destroyed()) return;
    cy.batch(() => {
      for (const id of fresh) {
        const p = positions[id];
        if (p) cy.getElementById(id).position(p);
      }
    });
  };
  if (fresh.size <= SYNC_LAYOUT_LIMIT) return apply(runLayoutJob(job));
  void useLayoutStore.getState().start(`Placing ${fresh.size} new entities`, job, apply).then(apply);
}

/** Ids of each entity's neighbours along the visible relations. */
function neighbourIndex(edges: readonly RelationData[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const list = index.get(a);
    if (list) list.push(b);
    else index.set(a, [b]);
  };
  for (const e of edges) {
    add(e.from, e.to);
    add(e.to, e.from);
  }
  return index;
}

/** The Cytoscape elements of the group nodes: a node per group and a line to its hub. */
function groupElements(summaries: readonly GroupSummary[]): ElementDefinition[] {
  return summaries.flatMap((s): ElementDefinition[] => {
    const incoming = s.group?.direction === 'INCOMING';
    return [
      {
        group: 'nodes',
        classes: 'group',
        data: { id: s.id, label: s.label, kind: 'group', hub: s.hubId, remaining: s.remaining },
      },
      {
        group: 'edges',
        classes: s.group ? 'group-edge' : 'group-edge rest',
        data: { id: `${s.id}:edge`, source: incoming ? s.id : s.hubId, target: incoming ? s.hubId : s.id },
      },
    ];
  });
}

/**
 * Whether a sync keeps its new, unplaced nodes back for the layout about to run (pendingFill.ts):
 * a force layout asked for and not run yet, too large to run at once, and not animated (a fresh
 * canvas, or 300 entities or more), so no node is seen to jump from a placeholder.
 */
function defersFill(view: ViewState, count: number, wasEmpty: boolean, layoutRun: number): boolean {
  return (
    view.layout === 'fcose' &&
    layoutRequested(layoutRun) &&
    count > SYNC_LAYOUT_LIMIT &&
    (wasEmpty || count >= ANIMATE_BELOW)
  );
}

/**
 * Keeps the instance's elements equal to the visible graph (and the group nodes of grouped
 * hubs). Nodes already drawn keep their positions; new ones are placed next to the entity they
 * came from; undo and redo move nodes back to where they stood. Once the elements are in, it
 * publishes the view (canvasStore), which the layout and highlight controllers wait for.
 */
export function ElementsController(): null {
  const cy = useCy();
  const cache = useDataStore((s) => s.cache);
  const view = useViewStore(selectView);
  const restoreRun = useViewStore((s) => s.restoreRun);
  const groupsByHub = useGroupStore((s) => s.byHub);
  const time = useTeachStore((s) => s.time);
  const graph = useMemo(() => visibleGraph(cache, view, time), [cache, view, time]);
  const summaries = useMemo(
    () => groupSummaries(view.grouped ?? [], groupsByHub, cache, new Set(graph.nodes.map((n) => n.id))),
    [view.grouped, groupsByHub, cache, graph],
  );
  // Where nodes stood when they left the canvas (or the previous instance, when the renderer
  // was swapped), so they come back to the same place.
  const known = useRef(new Map<string, Point>(Object.entries(carriedPositions())));
  const restored = useRef(0);

  useEffect(() => {
    if (!cy) return;
    performance.mark('elements:sync');
    const wasEmpty = cy.nodes().length === 0;
    const restoring = restoreRun !== restored.current;
    // Elements a running layout keeps back are synced again here, like any not yet drawn.
    const wasDeferring = pendingFill(cy) !== undefined;
    dropFill(cy);
    // Elements of an earlier view still being added in steps stop here: this view takes over
    // and removes what it does not hold. Nodes a stopped fill did not draw keep its places.
    stopAdding(cy);
    for (const [id, p] of takeStranded(cy)) known.current.set(id, p);
    const defer =
      !restoring &&
      (wasDeferring || defersFill(view, graph.nodes.length, wasEmpty, useViewStore.getState().layoutRun));
    const extras = groupElements(summaries);
    const keep = new Set([
      ...graph.nodes.map((n) => n.id),
      ...graph.edges.map((e) => e.id),
      ...extras.map((x) => String(x.data.id)),
    ]);
    const anchors = Object.fromEntries(summaries.map((s) => [s.id, s.hubId]));
    let unplaced = new Set<string>();
    let added: string[] = [];
    let add: ElementDefinition[] = [];
    cy.batch(() => {
      const stale = cy.elements().filter((el) => !keep.has(el.id()));
      stale.nodes().forEach((n) => void known.current.set(n.id(), { ...n.position() }));
      cy.remove(stale);
      const freshNodes = [
        ...graph.nodes.filter((n) => cy.getElementById(n.id).empty()).map((n) => n.id),
        ...summaries.filter((s) => cy.getElementById(s.id).empty()).map((s) => s.id),
      ];
      const { placed, fresh } = placeNew(
        cy,
        freshNodes,
        neighbourIndex(graph.edges),
        { ...useViewStore.getState().parents, ...anchors },
        known.current,
      );
      // With a force layout on its way, nodes without a place of their own wait for it.
      const later = defer ? fresh : new Set<string>();
      unplaced = defer ? new Set() : fresh;
      added = freshNodes.filter((id) => !later.has(id));
      const fill: PendingFill = { nodes: [], edges: [] };
      const waits = (x: ElementDefinition) =>
        x.group === 'nodes'
          ? later.has(String(x.data.id))
          : later.has(String(x.data.source)) || later.has(String(x.data.target));
      const put = (x: ElementDefinition) => {
        if (!waits(x)) add.push(x);
        else if (x.group === 'nodes') fill.nodes.push(x);
        else fill.edges.push(x);
      };
      for (const n of graph.nodes) {
        if (cy.getElementById(n.id).nonempty()) continue;
        put(entityNode(n, placed.get(n.id) ?? { x: 0, y: 0 }));
      }
      for (const e of graph.edges) {
        if (cy.getElementById(e.id).nonempty()) continue;
        put(relationEdge(e));
      }
      for (const x of extras) {
        const id = String(x.data.id);
        const drawn = cy.getElementById(id);
        if (drawn.nonempty()) {
          if (drawn.data('label') !== x.data.label)
            drawn.data({ label: x.data.label, remaining: x.data.remaining });
          continue;
        }
        put(x.group === 'nodes' ? { ...x, position: placed.get(id) ?? { x: 0, y: 0 } } : x);
      }
      if (add.length < IN_STEPS_FROM) {
        cy.add(add);
        add = [];
      }
      deferFill(cy, fill);
    });
    const finish = () => {
      if (!wasEmpty && !restoring && unplaced.size > 0) settle(cy, unplaced);
      if (restoring) {
        restored.current = restoreRun;
        const saved = useViewStore.getState().history.present.positions;
        if (saved) moveTo(cy, saved, true);
      }
      // A first fill is laid out by the layout controller; later additions must stay in sight.
      if (!wasEmpty && added.length > 0) {
        const extent = cy.extent();
        const outside = added.some((id) => {
          const p = cy.getElementById(id).position();
          return p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2;
        });
        if (outside) fitView(cy, true);
      }
      performance.measure('elements:synced', 'elements:sync');
      useCanvasStore.getState().published(view);
    };
    if (add.length === 0) return finish();
    // Thousands of elements (a large view reopened by undo, redo or a renderer swap) go in a
    // step at a time, with progress; the view is published once they are all in.
    const nodes = add.filter((x) => x.group === 'nodes').length;
    const work = useLayoutStore.getState().track(`Drawing ${nodes.toLocaleString('en-US')} entities`, null);
    void addInSteps(cy, add, work.progress).then((done) => {
      work.end();
      if (done) finish();
    });
    return () => work.end();
  }, [cy, graph, summaries, view, restoreRun]);
  return null;
}
