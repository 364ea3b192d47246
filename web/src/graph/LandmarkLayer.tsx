import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, useRef, type CSSProperties } from 'react';
import { browserMeasure } from '../features/export/measure';
import {
  LANDMARK_FONT,
  LANDMARK_LABEL,
  pickLandmarks,
  READABLE_PX,
  type Box,
  type LandmarkCandidate,
} from '../models/landmarks';
import { useCanvasStore } from '../stores/canvasStore';
import { useLayoutStore } from '../stores/layoutStore';
import { usePathStore } from '../stores/pathStore';
import { useViewStore } from '../stores/viewStore';
import { useCy } from './instance';

/** Quiet time after the last pan, zoom or drag before the landmarks are chosen again. */
const SETTLE_MS = 150;

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
 * What is laid over the canvas, in the canvas's coordinates: the layer's siblings but the canvas
 * (the partial-view banner, the zoom buttons, the hint, a progress note) and the stage's cards
 * over its right (a lesson step, a what-if).
 */
function coversOf(layer: HTMLElement): Box[] {
  const frame = layer.getBoundingClientRect();
  const covers: Box[] = [];
  const cards = layer.closest('.stage')?.querySelectorAll('[data-canvas-inset="right"] > *') ?? [];
  for (const el of [...(layer.parentElement?.children ?? []), ...cards]) {
    if (el === layer || el.classList.contains('cy')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    covers.push({
      x1: r.left - frame.left,
      y1: r.top - frame.top,
      x2: r.right - frame.left,
      y2: r.bottom - frame.top,
    });
  }
  return covers;
}

/** Nodes a selection or a found path sets back (HighlightController): no names of their own. */
const BACKGROUND = '.faded, .dim';

/** The names are measured with LANDMARK_LABEL (pickLandmarks): they are written with it too. */
const LAYER_STYLE = {
  font: LANDMARK_FONT,
  lineHeight: `${LANDMARK_LABEL.lineHeight}px`,
  '--landmark-margin': `${LANDMARK_LABEL.margin}px`,
  '--landmark-padding': `${LANDMARK_LABEL.padY}px ${LANDMARK_LABEL.padX}px`,
} as CSSProperties;

interface Mark {
  node: NodeSingular;
  el: HTMLDivElement;
}

/**
 * Landmarks (models/landmarks.ts) written over the canvas: while the zoom hides node labels or
 * shrinks them past reading, the names of the most connected entities in sight. HTML rather than
 * a Cytoscape style: restyling even one node redraws the whole canvas, about a second at 5,000
 * entities on the 2D canvas, where moving a few dozen names costs nothing. The names follow their
 * nodes on every frame (a pan, a zoom, a drag, an animation) and are chosen again, among the
 * nodes in sight only, once a gesture has settled. Decorative for assistive technology: the
 * canvas describes itself, and every name is in the table view and the search.
 */
export function LandmarkLayer() {
  const cy = useCy();
  const layer = useRef<HTMLDivElement>(null);
  // New elements change what is in sight.
  const version = useCanvasStore((s) => s.version);
  // While a layout runs or a large view is drawn in steps, the canvas does not show where nodes
  // will be (or shows nothing yet): no names until it does.
  const busy = useLayoutStore((s) => s.running !== null);
  // A selection or a found path sets the rest back (HighlightController): names go to what stays
  // in front. Followed through the stores rather than Cytoscape's 'class' events, one per node.
  const pathNodes = usePathStore((s) => s.nodeIds);
  const selection = useViewStore((s) => s.selection);
  const reschedule = useRef<(() => void) | null>(null);
  useEffect(() => {
    const root = layer.current;
    if (!cy || !root || busy) return;
    let marks: Mark[] = [];

    const place = () => {
      if (marks.length === 0) return;
      const zoom = cy.zoom();
      for (const { node, el } of marks) {
        if (node.removed() || !node.visible()) {
          el.hidden = true;
          continue;
        }
        const p = node.renderedPosition();
        el.hidden = false;
        el.style.transform = `translate(${p.x}px, ${p.y + (node.width() * zoom) / 2}px) translateX(-50%)`;
        el.classList.toggle('faded', node.is(BACKGROUND));
      }
    };

    const show = (next: Mark[]) => {
      marks = next;
      root.replaceChildren(...next.map((m) => m.el));
      place();
    };

    const choose = () => {
      if (cy.destroyed()) return;
      const ordinary = cy.nodes(':visible').not('.group');
      if (!labelsUnreadable(cy, ordinary[0])) return show([]);
      const zoom = cy.zoom();
      const [width, height] = [cy.width(), cy.height()];
      const candidates: LandmarkCandidate[] = [];
      ordinary.not(BACKGROUND).forEach((n) => {
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
      const chosen = pickLandmarks(candidates, { width, height, covers: coversOf(root) }, browserMeasure);
      show(
        chosen.map(({ id, lines }) => {
          const el = document.createElement('div');
          el.className = 'landmark';
          el.dataset.id = id;
          for (const [i, line] of lines.entries()) {
            if (i > 0) el.append(document.createElement('br'));
            el.append(line);
          }
          return { node: cy.getElementById(id), el };
        }),
      );
    };

    let timer: number | undefined;
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(choose, SETTLE_MS);
    };
    // A layout moves every node: the names wait for where they end.
    const clear = () => {
      window.clearTimeout(timer);
      show([]);
    };
    cy.on('render', place);
    cy.on('viewport free layoutstop', schedule);
    cy.on('layoutstart', clear);
    reschedule.current = schedule;
    schedule();
    return () => {
      window.clearTimeout(timer);
      reschedule.current = null;
      cy.off('render', place);
      cy.off('viewport free layoutstop', schedule);
      cy.off('layoutstart', clear);
      root.replaceChildren();
    };
  }, [cy, version, busy]);
  // The highlight's classes are set in this same commit; the names follow once it settles.
  useEffect(() => {
    reschedule.current?.();
  }, [pathNodes, selection]);
  return (
    <div ref={layer} className="landmarks" style={LAYER_STYLE} aria-hidden="true" data-testid="landmarks" />
  );
}
