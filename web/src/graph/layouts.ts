import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { NodeBox } from '../models/compact';
import { runLayoutJob, type LayoutJob } from '../models/layoutJob';
import { hierarchyColumns } from '../models/hierarchy';
import { LAYOUTS, type LayoutName } from '../models/layouts';
import { forceFrame, seedOfIds } from '../models/placement';
import { squeezeToFrame } from '../models/presenterFrame';
import { NODE_SIZE } from '../models/stylesheet';
import { PRESENTER_MIN_ZOOM } from '../models/teachingStyles';
import { SYNC_LAYOUT_LIMIT, useLayoutStore } from '../stores/layoutStore';
import { tradeoffLayout, tradeoffRoles, type Link } from '../models/tradeoff';
import { ENTITY_TYPES, type Point, type RelationType } from '../models/types';
import { nodeBoxes, setDestination } from './instance';
import { whenAdded } from './addInSteps';
import { flushFill, pendingBoxes, pendingCount, pendingFill, pendingLinks } from './pendingFill';
import { LARGE_VIEW } from './renderMode';

/**
 * The node ids of the canvas (with those waiting for this layout), sorted and hashed: the seed of
 * its force layout.
 */
function seedOf(cy: Core): number {
  const waiting = (pendingFill(cy)?.nodes ?? []).map((n) => String(n.data.id));
  return seedOfIds([...cy.nodes().map((n) => n.id()), ...waiting]);
}

/** Options of a built-in Cytoscape layout (rings, hierarchy, grid), with what cannot be data. */
function builtInOptions(cy: Core, name: LayoutName, rootId: string | null | undefined): LayoutOptions {
  const spec = LAYOUTS[name];
  const extra: Record<string, unknown> = {};
  if (spec.byDegree) {
    // Four rings: hubs (10+ relations), 5-9, 3-4, and the rest.
    extra.concentric = (n: NodeSingular) => {
      const degree = Number(n.data('degree') ?? 0);
      return degree >= 10 ? 4 : degree >= 5 ? 3 : degree >= 3 ? 2 : 1;
    };
    extra.levelWidth = () => 1;
  }
  if (name === 'breadthfirst') {
    const root = rootId ? cy.getElementById(rootId) : cy.collection();
    extra.roots = root.nonempty() ? root : cy.nodes().max((n) => n.degree(false)).ele;
  }
  if (name === 'grid') {
    extra.sort = (a: NodeSingular, b: NodeSingular) =>
      ENTITY_TYPES.indexOf(a.data('type')) - ENTITY_TYPES.indexOf(b.data('type')) ||
      String(a.data('label')).localeCompare(String(b.data('label')));
  }
  return { ...spec.options, ...extra, animate: false, fit: false } as unknown as LayoutOptions;
}

/**
 * The job that lays out the canvas with `name`. The force layout is computed entirely by the job
 * (seeded from the node ids: the same view lays out the same way, which is what makes a shared
 * link look like the view it was copied from). Built-in layouts are cheap and run here; the job
 * then only clears label overlaps. The trade-off and the hierarchy give final positions at once.
 */
async function layoutJob(
  cy: Core,
  name: LayoutName,
  rootId: string | null | undefined,
): Promise<LayoutJob | Record<string, Point> | null> {
  if (name === 'fcose') {
    const total = cy.nodes().length + pendingCount(cy);
    return {
      kind: 'force',
      boxes: [...nodeBoxes(cy, total), ...pendingBoxes(cy, total)],
      links: [...edgeLinks(cy).map((l) => ({ source: l.from, target: l.to })), ...pendingLinks(cy)],
      seed: seedOf(cy),
      frame: forceFrame(cy.width(), cy.height()),
    };
  }
  // Other layouts place what the instance holds: whatever waits for a force layout joins it
  // (null: a newer view took over while it was drawn).
  if (pendingCount(cy) > 0 && !(await flushFill(cy))) return null;
  if (name === 'tradeoff') return tradeoff(cy);
  cy.layout(builtInOptions(cy, name, rootId)).run();
  if (name === 'breadthfirst')
    return hierarchyColumns(turn(nodeBoxes(cy)), Math.max(300, cy.height() / 0.8 - 60));
  return { kind: 'overlap', boxes: nodeBoxes(cy), gap: 8 };
}

const isJob = (value: LayoutJob | Record<string, Point>): value is LayoutJob =>
  typeof (value as { kind?: unknown }).kind === 'string' &&
  Array.isArray((value as { boxes?: unknown }).boxes);

/** Milliseconds a layout of nodes not yet drawn runs before they are drawn as they settle. */
const FIRST_DRAW_AFTER = 1500;

/** Layouts of fewer nodes than this animate into place (unless they are an instance's first). */
export const ANIMATE_BELOW = 300;

/**
 * Runs a layout from the registry over the whole canvas. Up to SYNC_LAYOUT_LIMIT nodes it runs
 * at once (and animates into place); larger views run in a worker with a progress bar and a
 * Cancel button, and are drawn as they settle. Nodes the elements controller kept back for a
 * force layout (pendingFill.ts) are added once it ends, where it put them, or where it had got to
 * when cancelled. Resolves once the nodes stand in their places (or the layout was cancelled or
 * replaced).
 */
export async function runLayout(
  cy: Core,
  name: LayoutName,
  options: { animate: boolean; rootId?: string | null },
): Promise<void> {
  const count = cy.nodes().length + pendingCount(cy);
  if (count === 0) return;
  // The canvas may just have changed size (presenter mode, a drawer): lay out for the new one.
  cy.resize();
  performance.mark('layout:start');
  const animate = options.animate && count < ANIMATE_BELOW;
  const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  const job = await layoutJob(cy, name, options.rootId);
  if (!job || cy.destroyed()) return;
  performance.measure(`layout:${name}:prepared`, 'layout:start');
  let positions: Record<string, Point> | null;
  if (!isJob(job)) positions = job;
  else if (count <= SYNC_LAYOUT_LIMIT) positions = runLayoutJob(job);
  else {
    fitView(cy, false);
    // Drawing a partial layout costs the page: positions, edges and a full frame, seconds at
    // 5,000 entities. A large view shows only the progress bar until the end; a smaller one is
    // drawn as it settles, each drawing waiting three times as long as the last took, so the page
    // stays responsive and the worker keeps a core on a small machine.
    // Nodes waiting to be added (a fresh canvas) show once placed, unless that takes a while:
    // drawing them half-placed would cost the page as much as the final drawing.
    let quietUntil =
      count >= LARGE_VIEW ? Infinity : pendingCount(cy) > 0 ? performance.now() + FIRST_DRAW_AFTER : 0;
    let reached: Record<string, Point> | null = null;
    const place = (partial: Record<string, Point>) => {
      if (cy.destroyed()) return;
      cy.batch(() => cy.nodes().forEach((n) => void n.position(partial[n.id()] ?? n.position())));
      fitView(cy, false);
    };
    // While the layout runs its progress bar stays; afterwards the drawing shows its own.
    const draw = async (partial: Record<string, Point>, quiet: boolean) => {
      await flushFill(cy, partial, { quiet });
      place(partial);
    };
    positions = await useLayoutStore
      .getState()
      .start(`Laying out ${count.toLocaleString('en-US')} entities`, job, (partial) => {
        reached = partial;
        if (cy.destroyed() || performance.now() < quietUntil) return;
        const started = performance.now();
        quietUntil = Infinity;
        void draw(partial, true);
        // Two frames later Cytoscape has drawn it.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const now = performance.now();
            quietUntil = now + 3 * (now - started);
          }),
        );
      });
    if (cy.destroyed()) return;
    if (!positions) {
      // Cancelled (no newer layout runs): the canvas keeps the positions reached, drawn or not.
      // Replaced: the newer layout has taken the waiting nodes in; they show meanwhile.
      if (reached && !useLayoutStore.getState().running) await draw(reached, false);
      else await flushFill(cy, reached, { quiet: true });
      return;
    }
  }
  // Nodes a partial drawing is still adding are added first (at the places they had then).
  await whenAdded(cy);
  if (pendingCount(cy) > 0) {
    // The view takes its final place and zoom first, and the waiting nodes are drawn into it:
    // the canvas draws each node once, at the zoom it keeps (a new zoom redraws every node).
    moveTo(cy, positions, false);
    // Stopped while drawn (Cancel, or a newer view): whatever replaced it owns the canvas.
    if (!(await flushFill(cy, positions))) return;
  }
  if (cy.destroyed()) return;
  if (presenting(cy) && count <= SYNC_LAYOUT_LIMIT) positions = presentable(cy, positions);
  performance.measure(`layout:${name}`, 'layout:start');
  if (animate) cy.nodes().forEach((n) => void n.position(before.get(n.id()) ?? n.position()));
  moveTo(cy, positions, animate);
}

/**
 * Moves nodes to `positions` and fits the view to where they end up, both animated or both at
 * once (undo, redo and every layout end here).
 */
export function moveTo(cy: Core, positions: Record<string, Point>, animate: boolean): void {
  // A new move replaces any still running (e.g. several quick undos).
  cy.stop(true, false);
  cy.nodes().stop(true, false);
  const from = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  // Only nodes that move: a moved node's bounds and its relations' shapes are computed again,
  // seconds for a large view whose nodes were added where the layout put them.
  cy.batch(() =>
    cy.nodes().forEach((n) => {
      const to = positions[n.id()];
      const at = n.position();
      if (to && (to.x !== at.x || to.y !== at.y)) n.position(to);
    }),
  );
  const target = fitViewport(cy, positions);
  cy.emit('fitted');
  if (!animate) {
    cy.viewport(target);
    return;
  }
  cy.nodes().forEach((n) => void n.position(from.get(n.id()) ?? n.position()));
  setDestination(cy, positions);
  cy.layout({
    name: 'preset',
    positions,
    animate: true,
    animationDuration: 450,
    fit: false,
  }).run();
  cy.animate(target, { duration: 450 });
}

/** Most a fit may zoom in: a handful of nodes should not fill the screen. */
export const MAX_FIT_ZOOM = 1.1;
/** In presenter mode a few nodes may be drawn larger: the room is there and a class is far. */
export const MAX_PRESENTER_ZOOM = 1.5;
const FIT_PADDING = 30;

/** Whether the canvas is in presenter mode (the page marks it; a fit and a layout read it). */
function presenting(cy: Core): boolean {
  return cy.container()?.closest('.presenting') != null;
}

/** Where the drawing may go: the canvas less the padding and the notes over its top. */
function fitFrame(cy: Core): { top: number; width: number; height: number } {
  const top = Math.max(FIT_PADDING, topInset(cy) + 10);
  const width = cy.width() - 2 * FIT_PADDING;
  const right = rightInset(cy);
  // Cards beside the graph narrow the frame only where half the canvas or more stays free.
  return {
    top,
    width: right > 0 && width - right >= width / 2 ? width - right : width,
    height: cy.height() - top - FIT_PADDING,
  };
}

/**
 * How far cards over the right of the canvas reach into it (the stage's cards mark themselves
 * with `data-canvas-inset="right"`: a lesson step, a what-if, a comparison).
 */
function rightInset(cy: Core): number {
  const container = cy.container();
  if (!container || presenting(cy)) return 0;
  const canvas = container.getBoundingClientRect();
  const cards =
    container.closest('.stage')?.querySelectorAll<HTMLElement>('[data-canvas-inset="right"]') ?? [];
  return Math.max(
    0,
    ...[...cards].map((el) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.width > 0 && r.left < canvas.right ? canvas.right - r.left : 0;
    }),
  );
}

/**
 * Presenter mode: positions that let the whole step show at PRESENTER_MIN_ZOOM or more, so its
 * labels stay readable on a projector (see squeezeToFrame). Node boxes are measured with the
 * presenter's labels, which the stylesheet already holds.
 */
function presentable(cy: Core, positions: Record<string, Point>): Record<string, Point> {
  const boxes = nodeBoxes(cy).map((b) => ({ ...b, ...(positions[b.id] ?? {}) }));
  // Edges and their labels are drawn too: keep a margin for them.
  const frame = fitFrame(cy);
  return squeezeToFrame(
    boxes,
    { width: frame.width * 0.95, height: frame.height * 0.95 },
    PRESENTER_MIN_ZOOM,
  );
}

/**
 * Height of the notes laid over the top of the canvas (they mark themselves with
 * `data-canvas-inset`), which a fit keeps the graph clear of.
 */
function topInset(cy: Core): number {
  const notes =
    cy.container()?.parentElement?.querySelectorAll<HTMLElement>('[data-canvas-inset="top"]') ?? [];
  return Math.max(0, ...[...notes].map((el) => el.offsetTop + el.offsetHeight));
}

/** The zoom and pan that fit every element into view, never zooming in past MAX_FIT_ZOOM. */
function fitViewport(
  cy: Core,
  positions?: Record<string, Point>,
): { zoom: number; pan: { x: number; y: number } } {
  // Measuring every label and edge of a large view takes seconds; there the nodes' own boxes
  // hold its straight edges, and its labels show only when zoomed in: the box of the positions
  // it is given (those of nodes still waiting to be drawn too), else of the nodes. Past the
  // article's size, the nodes and their labels: relation words show only zoomed in, lines run
  // between nodes, and the edges' shapes are computed once, when drawn, not for the fit too.
  const count = cy.nodes().length + pendingCount(cy);
  const bb =
    count >= LARGE_VIEW
      ? ((positions && boxOf(Object.values(positions))) ??
        cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false }))
      : count > SYNC_LAYOUT_LIMIT
        ? labelledBox(cy, count, positions)
        : cy.elements().boundingBox();
  const { top, width, height } = fitFrame(cy);
  const zoom = Math.min(
    presenting(cy) ? MAX_PRESENTER_ZOOM : MAX_FIT_ZOOM,
    width / Math.max(1, bb.w),
    height / Math.max(1, bb.h),
  );
  return {
    zoom,
    pan: {
      x: FIT_PADDING + width / 2 - zoom * (bb.x1 + bb.w / 2),
      y: top + height / 2 - zoom * (bb.y1 + bb.h / 2),
    },
  };
}

/** Half the largest node, the margin of a box made of node centres. */
const NODE_MARGIN = NODE_SIZE.hubMax / 2;

/** The box around points, with room for the nodes drawn at them (undefined for none). */
function boxOf(points: readonly Point[]): { x1: number; y1: number; w: number; h: number } | undefined {
  if (points.length === 0) return undefined;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  return {
    x1: x1 - NODE_MARGIN,
    y1: y1 - NODE_MARGIN,
    w: x2 - x1 + 2 * NODE_MARGIN,
    h: y2 - y1 + 2 * NODE_MARGIN,
  };
}

/**
 * The box of the nodes and their labels, those waiting to be drawn (pendingFill.ts) included,
 * at `positions`: a layout fits the view to its nodes before it adds them, so they are drawn
 * once, at the zoom they keep (and a view of lines details none of them at a passing zoom).
 */
function labelledBox(
  cy: Core,
  count: number,
  positions?: Record<string, Point>,
): { x1: number; y1: number; w: number; h: number } {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  if (cy.nodes().nonempty())
    ({ x1, y1, x2, y2 } = cy.nodes().boundingBox({ includeLabels: true, includeOverlays: false }));
  for (const b of pendingBoxes(cy, count)) {
    const { x, y } = positions?.[b.id] ?? b;
    x1 = Math.min(x1, x + b.left);
    y1 = Math.min(y1, y + b.top);
    x2 = Math.max(x2, x + b.right);
    y2 = Math.max(y2, y + b.bottom);
  }
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/** Fits every element into view (see fitViewport); emits `fitted`, which a refit on resize reads. */
export function fitView(cy: Core, animate: boolean): void {
  if (cy.elements().empty()) return;
  cy.stop(true, false);
  const target = fitViewport(cy);
  cy.emit('fitted');
  if (animate) cy.animate(target, { duration: 450 });
  else cy.viewport(target);
}

/** The relations on the canvas as plain links, for layouts that read relation types. */
function edgeLinks(cy: Core): Link[] {
  return cy
    .edges()
    .map((e) => ({ from: e.source().id(), to: e.target().id(), type: e.data('type') as RelationType }));
}

/**
 * The trade-off picture; what lies outside the bargain (the whole graph, say) is laid out by
 * force on its own (seeded, like every force layout) and placed below it as a block, so its
 * relations stay short and readable.
 */
function tradeoff(cy: Core): Record<string, Point> {
  const links = edgeLinks(cy);
  const others = new Set(
    tradeoffRoles(
      cy.nodes().map((n) => n.id()),
      links,
    ).others,
  );
  if (others.size < 2) return tradeoffLayout(nodeBoxes(cy), links);
  const boxes = nodeBoxes(cy).filter((b) => others.has(b.id));
  const width = Math.max(600, Math.sqrt(boxes.length) * 150);
  const at = runLayoutJob({
    kind: 'force',
    boxes,
    links: links
      .filter((l) => others.has(l.from) && others.has(l.to))
      .map((l) => ({ source: l.from, target: l.to })),
    seed: seedOf(cy),
    frame: { width, height: width * 0.6 },
  });
  return tradeoffLayout(nodeBoxes(cy), links, undefined, at);
}

/** Breadth-first rows become columns: level along x, order within the level along y. */
function turn(boxes: NodeBox[]): NodeBox[] {
  return boxes.map((b) => ({ ...b, x: b.y, y: b.x }));
}
