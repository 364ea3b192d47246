import { useEffect, useMemo } from 'react';
import { visibleGraph } from '../models/filters';
import { whatIf } from '../models/whatIf';
import { useDataStore } from '../stores/dataStore';
import { useTeachStore } from '../stores/teachStore';
import { selectView, useViewStore } from '../stores/viewStore';
import { clearClasses, useCy } from './instance';
import { fitView } from './layouts';

const CLASSES = 'teach-hl teach-context flipped at-risk risk-edge diff-added diff-changed undated';

/**
 * Draws the teaching overlays on the canvas: the highlights of a lesson or story step, the
 * what-if (flipped decision, entities at risk, relations carrying the risk), a before/after diff
 * and undated relations while a time range is set. Also refits the view when the canvas changes
 * size, unless the user has moved it since the last fit.
 */
export function TeachingController(): null {
  const cy = useCy();
  const { highlights, whatIf: flipped, diff, time } = useTeachStore();
  const cache = useDataStore((s) => s.cache);
  const view = useViewStore(selectView);
  const graph = useMemo(() => visibleGraph(cache, view, time), [cache, view, time]);
  const risk = useMemo(() => (flipped ? whatIf(graph, flipped) : null), [graph, flipped]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      clearClasses(cy, CLASSES);
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

  // The canvas changes size (the time bar arrives, presenter mode, a rotated phone): a view
  // nobody has panned or zoomed since it was fitted is fitted again, so nothing is cut off.
  useEffect(() => {
    const container = cy?.container();
    if (!cy || !container) return;
    let moved = false;
    let frame = 0;
    const onUser = () => void (moved = true);
    const onFit = () => void (moved = false);
    const busy = () =>
      cy.animated() ||
      cy
        .nodes()
        .toArray()
        .some((n) => n.animated());
    // A move still animating would end fitted to the old size: fit once it stands (only this
    // move; nothing is left waiting for a later one).
    const fitWhenStill = () => {
      if (moved || cy.destroyed()) return;
      if (busy()) frame = requestAnimationFrame(fitWhenStill);
      else fitView(cy, false);
    };
    cy.on('dragpan pinchzoom scrollzoom', onUser);
    cy.on('fitted', onFit);
    const observer = new ResizeObserver(() => {
      cy.resize();
      cancelAnimationFrame(frame);
      fitWhenStill();
    });
    observer.observe(container);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      cy.off('dragpan pinchzoom scrollzoom', onUser);
      cy.off('fitted', onFit);
    };
  }, [cy]);
  return null;
}
