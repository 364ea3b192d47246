import type { Core, ElementDefinition } from 'cytoscape';
import type { NodeBox } from '../models/compact';
import type { Point } from '../models/types';
import { useCanvasStore } from '../stores/canvasStore';
import { useLayoutStore } from '../stores/layoutStore';
import { useUiStore } from '../stores/uiStore';
import { useViewStore } from '../stores/viewStore';
import { IN_STEPS_FROM, addInSteps, stopAdding } from './addInSteps';
import { definitionBox } from './definitions';

/**
 * Elements of the view kept out of the instance until the force layout that places them ends.
 * Drawn first where they were put before the layout (a spiral), they would cost the page a full
 * drawing (styles, edge shapes, labels) that the layout's positions then throw away: seconds at
 * 5,000 entities. Added afterwards, in one batch where they belong, they are drawn once.
 */
export interface PendingFill {
  /** Node definitions, each with the position it takes if the layout gives none. */
  nodes: ElementDefinition[];
  /** Edges that touch a pending node. */
  edges: ElementDefinition[];
}

const pending = new WeakMap<Core, PendingFill>();
/** The elements each instance's fill is adding in steps (see flushFill). */
const drawing = new WeakMap<Core, ElementDefinition[]>();

/**
 * Where the nodes of the fill being drawn that are not on the canvas yet were to stand; for the
 * view that stops that drawing, so they keep the places their layout gave them.
 */
export function takeStranded(cy: Core): Map<string, Point> {
  const elements = drawing.get(cy) ?? [];
  drawing.delete(cy);
  const left = new Map<string, Point>();
  for (const n of elements) {
    const id = String(n.data.id);
    if (n.group === 'nodes' && n.position && cy.getElementById(id).empty()) left.set(id, n.position);
  }
  return left;
}

/** Keeps `fill` out of the instance until the running layout ends (replacing any earlier fill). */
export function deferFill(cy: Core, fill: PendingFill): void {
  if (fill.nodes.length === 0 && fill.edges.length === 0) pending.delete(cy);
  else pending.set(cy, fill);
}

/** The elements waiting for a layout, if any. */
export function pendingFill(cy: Core): PendingFill | undefined {
  return pending.get(cy);
}

/** How many nodes wait for the layout. */
export function pendingCount(cy: Core): number {
  return pending.get(cy)?.nodes.length ?? 0;
}

/** Forgets the waiting elements (the elements controller is about to sync them again). */
export function dropFill(cy: Core): void {
  pending.delete(cy);
}

/**
 * The boxes of the waiting nodes, measured from their labels as the canvas will draw them
 * (estimated in large views, as nodeBoxes does for the drawn ones).
 */
export function pendingBoxes(cy: Core, total: number): NodeBox[] {
  return (pending.get(cy)?.nodes ?? []).map((n) => definitionBox(n, total));
}

/** The waiting relations as links, for the force layout. */
export function pendingLinks(cy: Core): Array<{ source: string; target: string }> {
  return (pending.get(cy)?.edges ?? []).map((e) => ({
    source: String(e.data.source),
    target: String(e.data.target),
  }));
}

/**
 * Adds the waiting elements, each node at `positions` (else where it was put), in steps
 * (addInSteps.ts) with a progress bar: in one batch, 5,000 entities and their relations would
 * hold the page for seconds. Cancel then goes back to the previous step of the history (the view
 * before "Show all"), which the elements controller syncs like any other: nothing of the
 * abandoned view stays. Tells the controllers that read the elements (highlight, selection) to
 * look again. `quiet`: no progress bar of its own (a layout's shows). Resolves whether everything
 * waiting was added (false: nothing waited, or a newer view took over).
 */
export async function flushFill(
  cy: Core,
  positions?: Record<string, Point> | null,
  options: { quiet?: boolean } = {},
): Promise<boolean> {
  const fill = pending.get(cy);
  pending.delete(cy);
  if (!fill || cy.destroyed()) return false;
  const elements = [
    ...fill.nodes.map((n) => ({ ...n, position: positions?.[String(n.data.id)] ?? n.position })),
    ...fill.edges,
  ];
  if (elements.length < IN_STEPS_FROM) {
    cy.batch(() => void cy.add(elements));
    useCanvasStore.getState().refreshed();
    return true;
  }
  // Drawn while a layout runs (`quiet`), the layout's progress bar stays.
  const work = options.quiet
    ? { progress: () => undefined, end: () => undefined }
    : useLayoutStore
        .getState()
        .track(
          `Drawing ${fill.nodes.length.toLocaleString('en-US')} entities`,
          goBack(cy, fill.nodes.length),
        );
  drawing.set(cy, elements);
  try {
    const done = await addInSteps(cy, elements, work.progress);
    if (done) useCanvasStore.getState().refreshed();
    return done;
  } finally {
    if (drawing.get(cy) === elements) drawing.delete(cy);
    work.end();
  }
}

/** What Cancel does while a fill is drawn: back to the step before this view, if there is one. */
function goBack(cy: Core, count: number): (() => void) | null {
  const views = useViewStore.getState();
  if (views.history.past.length === 0) return null;
  const step = views.history.present;
  return () => {
    stopAdding(cy);
    const now = useViewStore.getState();
    // Another step has replaced this one meanwhile: it owns the canvas already.
    if (now.history.present !== step) return;
    now.undo();
    useUiStore
      .getState()
      .announce(`Stopped drawing ${count.toLocaleString('en-US')} entities; back to the previous view.`);
  };
}
