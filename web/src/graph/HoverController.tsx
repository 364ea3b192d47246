import type { EventObject } from 'cytoscape';
import { useEffect } from 'react';
import { useHoverStore } from '../stores/hoverStore';
import { useCy } from './instance';

/** Reports the element under the pointer (and clears it on pan, zoom or leave). */
export function HoverController(): null {
  const cy = useCy();
  useEffect(() => {
    if (!cy) return;
    const { setHover } = useHoverStore.getState();
    const over = (event: EventObject) => {
      const p = event.renderedPosition;
      const kind = event.target.hasClass('group') ? 'group' : event.target.isNode() ? 'entity' : 'relation';
      setHover({ kind, id: event.target.id(), x: p.x, y: p.y, width: cy.width(), height: cy.height() });
    };
    const out = () => setHover(null);
    cy.on('mouseover', 'node, edge', over);
    cy.on('mouseout', 'node, edge', out);
    cy.on('viewport drag tapstart', out);
    return () => {
      cy.off('mouseover', 'node, edge', over);
      cy.off('mouseout', 'node, edge', out);
      cy.off('viewport drag tapstart', out);
      out();
    };
  }, [cy]);
  return null;
}
