import { useEffect } from 'react';
import { DETAILED } from '../models/stylesheet';
import { useCanvasStore } from '../stores/canvasStore';
import { clearClasses, useCy } from './instance';
import { useLineView } from './renderMode';

/**
 * Zoom from which a view of lines draws the relations in sight in full, with arrowheads: there a
 * node is 12 px or more across and the lines between them can be told apart.
 */
export const DETAIL_ZOOM = 0.55;
/** Quiet time after the last pan or zoom step before the relations in sight are restyled. */
const SETTLE_MS = 120;

/**
 * A large or dense view draws its relations as cheap lines without arrowheads (stylesheet.ts,
 * lineRules). Zoomed in to DETAIL_ZOOM or more, this marks the relations of the entities in
 * sight (and a margin around) DETAILED, so their direction shows, and unmarks those that leave:
 * only what is in sight is restyled, a few hundred relations rather than 20,000, once a gesture
 * has ended.
 */
export function DetailController(): null {
  const cy = useCy();
  const lines = useLineView();
  // New elements (a group opened, nodes a layout kept back) need marking too.
  const version = useCanvasStore((s) => s.version);
  useEffect(() => {
    if (!cy) return;
    if (!lines) {
      clearClasses(cy, DETAILED);
      return;
    }
    const update = () => {
      if (cy.destroyed()) return;
      if (cy.zoom() < DETAIL_ZOOM) return clearClasses(cy, DETAILED);
      const e = cy.extent();
      const [mx, my] = [e.w / 4, e.h / 4];
      const near = cy.nodes().filter((n) => {
        const p = n.position();
        return p.x > e.x1 - mx && p.x < e.x2 + mx && p.y > e.y1 - my && p.y < e.y2 + my;
      });
      const edges = near.connectedEdges();
      cy.batch(() => {
        cy.edges(`.${DETAILED}`).difference(edges).removeClass(DETAILED);
        edges.filter((edge) => !edge.hasClass(DETAILED)).addClass(DETAILED);
      });
    };
    let timer: number | undefined;
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, SETTLE_MS);
    };
    cy.on('viewport', schedule);
    update();
    return () => {
      window.clearTimeout(timer);
      cy.off('viewport', schedule);
    };
  }, [cy, lines, version]);
  return null;
}
