import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { VisibleGraph } from '../models/filters';
import type { LayoutJob } from '../models/layoutJob';
import { forceFrame, seedOfIds, spiral } from '../models/placement';
import { SYNC_LAYOUT_LIMIT } from '../stores/layoutStore';
import { useViewStore } from '../stores/viewStore';
import { runAhead } from '../workers/layoutClient';
import { definitionBox, entityNode } from './definitions';
import { layoutRequested } from './layoutRuns';

/**
 * The force layout a fresh canvas runs for `graph`, its first view, in a frame of `width` ×
 * `height`: what the elements controller and runLayout build once the canvas exists (every node
 * kept back for the layout, on the spiral, boxes from their labels, the relations in the view's
 * order), built from the view alone.
 */
export function firstLayoutJob(graph: VisibleGraph, width: number, height: number): LayoutJob {
  const total = graph.nodes.length;
  return {
    kind: 'force',
    boxes: graph.nodes.map((n, i) => definitionBox(entityNode(n, spiral(i)), total)),
    links: graph.edges.map((e) => ({ source: e.from, target: e.to })),
    seed: seedOfIds(graph.nodes.map((n) => n.id)),
    frame: forceFrame(width, height),
  };
}

/**
 * Starts the layout of the page's first view in a worker as soon as the view is known, while the
 * canvas chunk is evaluated, Cytoscape created and the elements synced: a few hundred ms of the
 * main thread at a 150-entity start view, which the worker spends laying it out. The canvas's
 * layout takes the run over when it asks for the same job (layoutClient.ts compares them), so
 * the picture is exactly the one it would have computed; any difference (a saved place, grouped
 * hubs, a canvas of another size) only means it runs its own. Only the first requested layout is
 * considered: later ones start from nodes already drawn. `wrap` holds the canvas, at its size.
 */
export function useLayoutAhead(wrap: RefObject<HTMLElement | null>, graph: VisibleGraph): void {
  const layoutRun = useViewStore((s) => s.layoutRun);
  const decided = useRef(false);
  // After the commit that shows the view, before the canvas's effects: the wrap has its size.
  useLayoutEffect(() => {
    if (decided.current || !wrap.current || !layoutRequested(layoutRun)) return;
    decided.current = true;
    const { view, positions } = useViewStore.getState().history.present;
    const grouped = (view.grouped?.length ?? 0) > 0;
    if (view.layout !== 'fcose' || graph.nodes.length <= SYNC_LAYOUT_LIMIT || grouped || positions) return;
    runAhead(firstLayoutJob(graph, wrap.current.clientWidth, wrap.current.clientHeight));
  }, [wrap, graph, layoutRun]);
}
