import type { Core } from 'cytoscape';
import { useEffect, useMemo } from 'react';
import { visibleGraph } from '../models/filters';
import { whatIf } from '../models/whatIf';
import { useDataStore } from '../stores/dataStore';
import { useLessonStore } from '../stores/lessonStore';
import { useTeachStore } from '../stores/teachStore';
import { selectView, useViewStore } from '../stores/viewStore';
import { useCy } from './instance';
import { fitView } from './layouts';

const CLASSES = 'teach-hl teach-context flipped at-risk risk-edge diff-added diff-changed undated';

/** Rendered label sizes in presenter mode: readable on a projector at 1280×720. */
const PRESENTER_NODE_PX = 16;
const PRESENTER_EDGE_PX = 14;

/** Keeps labels at least a readable size on screen whatever the zoom (presenter mode). */
function readableLabels(cy: Core, on: boolean): void {
  cy.batch(() => {
    if (!on) {
      cy.elements().removeStyle('font-size text-max-width');
      return;
    }
    const z = cy.zoom();
    cy.nodes().style({ 'font-size': PRESENTER_NODE_PX / z, 'text-max-width': `${150 / z}px` });
    cy.edges().style({ 'font-size': PRESENTER_EDGE_PX / z, 'text-max-width': `${110 / z}px` });
  });
}

/**
 * Draws the teaching overlays on the canvas: the highlights of a lesson or story step, the
 * what-if (flipped decision, entities at risk, relations carrying the risk), a before/after diff
 * and undated relations while a time range is set. Also keeps presenter-mode labels readable.
 */
export function TeachingController(): null {
  const cy = useCy();
  const { highlights, whatIf: flipped, diff, time } = useTeachStore();
  const presenting = useLessonStore((s) => s.presenting);
  const cache = useDataStore((s) => s.cache);
  const view = useViewStore(selectView);
  const graph = useMemo(() => visibleGraph(cache, view, time), [cache, view, time]);
  const risk = useMemo(() => (flipped ? whatIf(graph, flipped) : null), [graph, flipped]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass(CLASSES);
      const lit = new Set([...highlights.entities, ...highlights.relations]);
      if (lit.size > 0) {
        cy.elements().forEach((el) => {
          el.addClass(lit.has(el.id()) ? 'teach-hl' : 'teach-context');
        });
        // The ends of a highlighted relation are part of what the step shows.
        cy.edges('.teach-hl').connectedNodes().removeClass('teach-context');
      }
      if (risk) {
        cy.getElementById(risk.flipped).addClass('flipped').removeClass('teach-context');
        for (const s of risk.steps) cy.getElementById(s.id).addClass('at-risk').removeClass('teach-context');
        for (const id of risk.relationIds)
          cy.getElementById(id).addClass('risk-edge').removeClass('teach-context');
      }
      if (diff) {
        for (const id of [...diff.diff.addedNodes, ...diff.diff.addedEdges])
          cy.getElementById(id).addClass('diff-added');
        for (const c of diff.diff.changed) cy.getElementById(c.id).addClass('diff-changed');
      }
      if (time.from || time.to) {
        const undated = graph.edges.filter((e) => !e.date && !e.start).map((e) => e.id);
        for (const id of undated) cy.getElementById(id).addClass('undated');
      }
    });
  }, [cy, highlights, risk, diff, time, graph]);

  // Presenter mode resizes the canvas after the step's layout may have fitted it: fit again.
  useEffect(() => {
    const container = cy?.container();
    if (!cy || !container) return;
    const observer = new ResizeObserver(() => {
      cy.resize();
      if (useLessonStore.getState().presenting) fitView(cy, false);
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy]);

  useEffect(() => {
    if (!cy) return;
    // The canvas changes size when presenter mode hides the panels: measure it, then fit.
    cy.resize();
    readableLabels(cy, presenting);
    const frame = requestAnimationFrame(() => {
      cy.resize();
      fitView(cy, false);
    });
    if (!presenting) return () => cancelAnimationFrame(frame);
    // Presenting: re-size labels after zooms and additions, once per frame. Each `add` event is
    // one element, and restyling every element per event made a large view quadratic.
    let pending = 0;
    const schedule = () => {
      pending ||= requestAnimationFrame(() => {
        pending = 0;
        readableLabels(cy, true);
      });
    };
    cy.on('zoom add', schedule);
    return () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(pending);
      cy.off('zoom add', schedule);
    };
  }, [cy, presenting]);
  return null;
}
