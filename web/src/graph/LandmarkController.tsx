import type { Core, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import { browserMeasure } from '../features/export/measure';
import { MAX_LANDMARK_SCALE } from '../models/stylesheet';
import { pickLandmarks, type LandmarkCandidate } from '../models/landmarks';
import { useCanvasStore } from '../stores/canvasStore';
import { useCy } from './instance';
import { topInset } from './layouts';
import { useLargeView } from './renderMode';

/** Quiet time after the last pan, zoom or drag before the landmarks are chosen again. */
const SETTLE_MS = 150;
/** On-screen size, in px, under which a label is too small to read (a 13 px label below zoom 0.6). */
const READABLE_PX = 8;

const CLASSES = [
  'landmark',
  ...Array.from({ length: MAX_LANDMARK_SCALE }, (_, i) => `landmark-${i + 1}`),
].join(' ');

/**
 * Whether the zoom hides the labels of ordinary nodes (their size on screen is under the style's
 * minimum) or draws them too small to read.
 */
function labelsUnreadable(cy: Core, reference: NodeSingular | undefined): boolean {
  if (!reference) return false;
  const font = Number(reference.numericStyle('font-size'));
  const least = Number(reference.numericStyle('min-zoomed-font-size'));
  return font * cy.zoom() < Math.max(least, READABLE_PX);
}

/**
 * Keeps landmarks (models/landmarks.ts) on the canvas: while the zoom hides node labels (or
 * shrinks them past reading), the most
 * connected entities in sight are marked `landmark landmark-<scale>` and show their names; zoomed
 * in, the marks go. Chosen again once a gesture has settled, among the nodes in sight only, so the
 * work is bounded by what is on screen rather than by the graph.
 */
export function LandmarkController(): null {
  const cy = useCy();
  // New elements, or a switch between large and ordinary styles, change what is in sight and the label rule.
  const version = useCanvasStore((s) => s.version);
  const large = useLargeView();
  useEffect(() => {
    if (!cy) return;
    const update = () => {
      if (cy.destroyed()) return;
      const marked = cy.nodes('.landmark');
      const ordinary = cy.nodes(':visible').not('.group, .landmark');
      if (!labelsUnreadable(cy, ordinary[0])) {
        if (marked.nonempty()) marked.removeClass(CLASSES);
        return;
      }
      const zoom = cy.zoom();
      const [width, height] = [cy.width(), cy.height()];
      // Nodes under a note over the top of the canvas (OverviewBanner) are out of sight.
      const top = topInset(cy);
      const candidates: LandmarkCandidate[] = [];
      cy.nodes(':visible')
        .not('.group, .faded')
        .forEach((n) => {
          const p = n.renderedPosition();
          if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) return;
          candidates.push({
            id: n.id(),
            label: String(n.data('label') ?? ''),
            degree: Number(n.data('degree') ?? 0),
            x: p.x,
            y: p.y,
            size: n.width() * zoom,
          });
        });
      const { ids, scale } = pickLandmarks(candidates, zoom, { top, width, height }, browserMeasure);
      const chosen = cy.collection();
      for (const id of ids) chosen.merge(cy.getElementById(id));
      cy.batch(() => {
        marked.difference(chosen).removeClass(CLASSES);
        chosen.removeClass(CLASSES).addClass(`landmark landmark-${scale}`);
      });
    };
    let timer: number | undefined;
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, SETTLE_MS);
    };
    // A layout measures labels (layouts.ts, nodeBoxes): it sees ordinary ones.
    const clear = () => {
      window.clearTimeout(timer);
      cy.nodes('.landmark').removeClass(CLASSES);
    };
    cy.on('viewport free layoutstop', schedule);
    cy.on('layoutstart', clear);
    schedule();
    return () => {
      window.clearTimeout(timer);
      cy.off('viewport free layoutstop', schedule);
      cy.off('layoutstart', clear);
    };
  }, [cy, version, large]);
  return null;
}
