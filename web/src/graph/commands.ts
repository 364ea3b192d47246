import type { Core, NodeSingular } from 'cytoscape';
import { pngScale } from '../models/pngSize';
import type { CanvasCommands, PngImage } from './canvasApi';
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
    png: () => png(cy),
  };
}

/**
 * The whole graph as a PNG, at twice its size or as large as a browser draws (pngScale).
 * Cytoscape draws every label into it, whatever the live zoom hides.
 */
function png(cy: Core): PngImage {
  const box = cy.elements().boundingBox();
  const ratio = window.devicePixelRatio || 1;
  const scale = pngScale(box.w, box.h, ratio);
  let blob: Blob | null;
  try {
    blob = cy.png({ output: 'blob', full: true, scale, bg: '#ffffff' });
  } catch {
    blob = null;
  }
  const someone = cy.nodes(':visible').not('.group')[0] as NodeSingular | undefined;
  const font = someone ? Number(someone.numericStyle('font-size')) : Number.POSITIVE_INFINITY;
  return {
    blob: blob && blob.size > 0 ? blob : null,
    // As Cytoscape sizes its canvas.
    width: Math.floor(Math.ceil(box.w) * scale * ratio),
    height: Math.floor(Math.ceil(box.h) * scale * ratio),
    namePx: font * scale * ratio,
  };
}
