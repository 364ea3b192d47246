import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { createContext, useContext } from 'react';
import type { NodeBox } from '../models/compact';
import type { Point } from '../models/types';

cytoscape.use(fcose);

/** Creates the one Cytoscape instance of the page inside `container`. */
export function createCy(container: HTMLElement): Core {
  return cytoscape({
    container,
    minZoom: 0.15,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
    textureOnViewport: false,
    pixelRatio: 'auto',
  });
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

/** Each node's box (shape and label) around its position, for overlap removal. */
export function nodeBoxes(cy: Core): NodeBox[] {
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
