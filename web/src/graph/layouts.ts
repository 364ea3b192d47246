import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { compactLayout, removeOverlaps, type NodeBox } from '../models/compact';
import { hierarchyColumns } from '../models/hierarchy';
import { LAYOUTS, type LayoutName } from '../models/layouts';
import { hashString, seededRandom } from '../models/placement';
import { tradeoffLayout, tradeoffRoles, type Link } from '../models/tradeoff';
import { ENTITY_TYPES, type Point, type RelationType } from '../models/types';
import { nodeBoxes, setDestination } from './instance';

/**
 * Runs a layout from the registry over the whole canvas. fcose draws random starting points, so
 * Math.random is seeded from the node ids while it computes: the same view lays out the same way,
 * which is what makes a shared link look like the view it was copied from.
 */
export function runLayout(
  cy: Core,
  name: LayoutName,
  options: { animate: boolean; rootId?: string | null },
): void {
  if (cy.nodes().length === 0) return;
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
    const root =
      (options.rootId && cy.getElementById(options.rootId).nonempty() && cy.getElementById(options.rootId)) ||
      cy.nodes().max((n) => n.degree(false)).ele;
    extra.roots = root;
  }
  if (name === 'grid') {
    extra.sort = (a: NodeSingular, b: NodeSingular) =>
      ENTITY_TYPES.indexOf(a.data('type')) - ENTITY_TYPES.indexOf(b.data('type')) ||
      String(a.data('label')).localeCompare(String(b.data('label')));
  }
  performance.mark('layout:start');
  const animate = options.animate && cy.nodes().length < 300;
  const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  const layoutOptions = { ...spec.options, ...extra, animate: false, fit: false } as unknown as LayoutOptions;
  const seed = hashString(
    cy
      .nodes()
      .map((n) => n.id())
      .sort()
      .join(','),
  );
  const original = Math.random;
  Math.random = seededRandom(seed);
  let positions: Record<string, Point>;
  try {
    cy.layout(layoutOptions).run();
    performance.measure(`layout:${name}:engine`, 'layout:start');
    // Still seeded: the trade-off lays out what lies outside the bargain by force too.
    positions =
      name === 'fcose'
        ? compact(cy)
        : name === 'breadthfirst'
          ? hierarchyColumns(turn(nodeBoxes(cy)), Math.max(300, cy.height() / 0.8 - 60))
          : name === 'tradeoff'
            ? tradeoff(cy)
            : arrange(cy);
  } finally {
    Math.random = original;
  }
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
  cy.nodes().forEach((n) => void n.position(positions[n.id()] ?? n.position()));
  const target = fitViewport(cy);
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

/** The zoom and pan that fit every element into view, never zooming in past MAX_FIT_ZOOM. */
function fitViewport(cy: Core): { zoom: number; pan: { x: number; y: number } } {
  const bb = cy.elements().boundingBox();
  const padding = 30;
  const zoom = Math.min(
    MAX_FIT_ZOOM,
    (cy.width() - 2 * padding) / Math.max(1, bb.w),
    (cy.height() - 2 * padding) / Math.max(1, bb.h),
  );
  return {
    zoom,
    pan: { x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2), y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2) },
  };
}

/** Fits every element into view (see fitViewport). */
export function fitView(cy: Core, animate: boolean): void {
  if (cy.elements().empty()) return;
  cy.stop(true, false);
  const target = fitViewport(cy);
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
 * force on its own and placed below it as a block, so its relations stay short and readable.
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
  const rest = cy.nodes().filter((n) => others.has(n.id()));
  const options = { ...LAYOUTS.fcose.options, animate: false, fit: false } as unknown as LayoutOptions;
  rest.union(rest.edgesWith(rest)).layout(options).run();
  const boxes = nodeBoxes(cy).filter((b) => others.has(b.id));
  const width = Math.max(600, Math.sqrt(boxes.length) * 150);
  const at = compactLayout(boxes, width, width * 0.6);
  return tradeoffLayout(nodeBoxes(cy), links, undefined, at);
}

/** Fits the force layout to the canvas's shape and clears label overlaps (see compactLayout). */
function compact(cy: Core): Record<string, Point> {
  return compactLayout(nodeBoxes(cy), Math.max(200, cy.width() - 60), Math.max(200, cy.height() - 60));
}

/** Breadth-first rows become columns: level along x, order within the level along y. */
function turn(boxes: NodeBox[]): NodeBox[] {
  return boxes.map((b) => ({ ...b, x: b.y, y: b.x }));
}

/** Positions after a built-in layout, with label overlaps removed. */
function arrange(cy: Core): Record<string, Point> {
  return Object.fromEntries(removeOverlaps(nodeBoxes(cy), { gap: 8 }).map((b) => [b.id, { x: b.x, y: b.y }]));
}
