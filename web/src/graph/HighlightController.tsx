import { useEffect } from 'react';
import { useCanvasStore } from '../stores/canvasStore';
import { usePathStore } from '../stores/pathStore';
import { useViewStore } from '../stores/viewStore';
import { clearClasses, useCy } from './instance';

/**
 * Marks a found path (and fades everything else) or, without a path, outlines the selected
 * entity's neighbours and the relations it takes part in.
 */
export function HighlightController(): null {
  const cy = useCy();
  const pathNodes = usePathStore((s) => s.nodeIds);
  const pathEdges = usePathStore((s) => s.edgeIds);
  const selection = useViewStore((s) => s.selection);
  // New elements need their classes too: re-run whenever the elements controller has synced.
  const drawn = useCanvasStore((s) => s.version);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      clearClasses(cy, 'path faded dim neighbour incident');
      if (pathNodes.length > 0) {
        const ids = new Set([...pathNodes, ...pathEdges]);
        cy.elements().forEach((el) => {
          el.addClass(ids.has(el.id()) ? 'path' : 'faded');
        });
      } else if (selection?.kind === 'entity') {
        const node = cy.getElementById(selection.id);
        if (node.empty()) return;
        node.neighborhood('node').addClass('neighbour');
        node.connectedEdges().addClass('incident');
        cy.elements().difference(node.closedNeighborhood()).addClass('dim');
      } else if (selection?.kind === 'relation') {
        const edge = cy.getElementById(selection.id);
        if (edge.nonempty()) cy.elements().difference(edge.union(edge.connectedNodes())).addClass('dim');
      }
    });
  }, [cy, pathNodes, pathEdges, selection, drawn]);
  return null;
}
