import cytoscape, { type Core } from 'cytoscape';
import { createContext, useContext } from 'react';
import { ESTIMATE_FROM, estimateBox } from '../models/boxes';
import type { NodeBox } from '../models/compact';
import type { Point } from '../models/types';
import type { RenderMode } from './renderMode';

/**
 * Creates the Cytoscape instance of the page inside `container` for a render mode (see
 * chooseRenderer). WebGL (Cytoscape 3.31+) draws on the GPU, with the texture settings its
 * authors suggest for desktops. A large view on the 2D canvas draws a snapshot of itself while a
 * drag or the wheel moves it, without edges, and redraws when the gesture ends: a full frame of
 * 5,000 entities takes about a second there, a moved snapshot a few milliseconds.
 */
export function createCy(container: HTMLElement, mode: RenderMode): Core {
  const webgl = mode.renderer === 'webgl';
  const options = webgl
    ? { webgl: true, webglTexSize: 4096, webglTexRows: 24, webglBatchSize: 2048, webglTexPerBatch: 16 }
    : { textureOnViewport: mode.large, hideEdgesOnViewport: mode.large };
  return cytoscape({
    container,
    minZoom: mode.large ? 0.02 : 0.15,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
    pixelRatio: mode.large ? 1 : 'auto',
    ...options,
  } as cytoscape.CytoscapeOptions);
}

let carried: Record<string, Point> = {};

/** Keeps the positions of an instance about to be replaced, for the next one to start from. */
export function carryPositions(positions: Record<string, Point>): void {
  carried = positions;
}

/** Positions carried over from the previous instance (empty on the first). */
export function carriedPositions(): Record<string, Point> {
  return carried;
}

/** The instance, for the controllers rendered inside the canvas. */
export const CyContext = createContext<Core | null>(null);

/** The instance; only controllers under <GraphCanvas> call this. */
export function useCy(): Core | null {
  return useContext(CyContext);
}

/** Where an animated move is taking the nodes of each instance (see `nodePositions`). */
const destinations = new WeakMap<Core, Record<string, Point>>();

/** Records where an animated move ends, so a step saved mid-animation keeps the end, not a frame. */
export function setDestination(cy: Core, positions: Record<string, Point>): void {
  destinations.set(cy, positions);
}

/**
 * Positions of every node, by id: where they stand, or, while a move is animating, where they
 * are going (an undo pressed during a layout's animation must save the finished picture).
 */
export function nodePositions(cy: Core): Record<string, Point> {
  const moving = cy
    .nodes()
    .toArray()
    .some((n) => n.animated());
  const target = moving ? destinations.get(cy) : undefined;
  const out: Record<string, Point> = {};
  cy.nodes().forEach((n) => {
    const p = target?.[n.id()] ?? n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}

/**
 * Each node's box (shape and label) around its position, for overlap removal. Large views get
 * estimated boxes: measuring thousands of labels would hold the page for seconds. `total` is the
 * size of the view being laid out (more than the instance holds while some wait to be added).
 */
export function nodeBoxes(cy: Core, total = cy.nodes().length): NodeBox[] {
  if (total >= ESTIMATE_FROM) {
    return cy.nodes().map((n) => {
      const p = n.position();
      return estimateBox(n.id(), p.x, p.y, String(n.data('label') ?? ''), n.width());
    });
  }
  return cy.nodes().map((n) => {
    const p = n.position();
    const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
    return {
      id: n.id(),
      x: p.x,
      y: p.y,
      left: b.x1 - p.x,
      right: b.x2 - p.x,
      top: b.y1 - p.y,
      bottom: b.y2 - p.y,
    };
  });
}

/**
 * Removes `classes` (space-separated) from the elements that carry any of them. Cytoscape's
 * removeClass restyles every element it is called on, whether it had the class or not: on all
 * 25,000 elements of a large view, that is seconds of style matching on each call.
 */
export function clearClasses(cy: Core, classes: string): void {
  const selector = classes
    .split(/\s+/)
    .filter(Boolean)
    .map((c) => `.${c}`)
    .join(', ');
  cy.elements(selector).removeClass(classes);
}
