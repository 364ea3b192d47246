import type { Core } from 'cytoscape';
import type { CanvasCommands } from './canvasApi';
import { nodePositions } from './instance';
import { fitView } from './layouts';

/** The canvas commands of one Cytoscape instance. */
export function commandsFor(cy: Core): CanvasCommands {
  return {
    fit: () => fitView(cy, true),
    zoomBy(factor) {
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
      cy.animate(
        { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
        { duration: 150 },
      );
    },
    center(id) {
      const target = id ? cy.getElementById(id) : cy.elements(':selected');
      cy.animate({ center: { eles: target.nonempty() ? target : cy.elements() } }, { duration: 250 });
    },
    positions: () => nodePositions(cy),
    png: () => cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }),
  };
}
