import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCanvasStore } from '../stores/canvasStore';
import { selectView, useViewStore } from '../stores/viewStore';
import { useCy } from './instance';
import { layoutRequested, markLayoutRun } from './layoutRuns';
import { runLayout } from './layouts';

/**
 * Runs the chosen layout when a step asks for it (start, layout change, "re-run"), once the
 * elements controller has published that step's view: the dependency is on the published view,
 * not on the order React runs the controllers' effects in.
 */
export function LayoutController(): null {
  const cy = useCy();
  const layoutRun = useViewStore((s) => s.layoutRun);
  const view = useViewStore(selectView);
  const drawn = useCanvasStore((s) => s.view);
  const laidOut = useRef<Core | null>(null);
  useEffect(() => {
    if (!cy || !layoutRequested(layoutRun) || drawn !== view) return;
    // The first layout of an instance appears at once; later ones animate.
    const first = laidOut.current !== cy;
    laidOut.current = cy;
    markLayoutRun(layoutRun);
    const { selection } = useViewStore.getState();
    void runLayout(cy, view.layout, {
      animate: !first,
      rootId: selection?.kind === 'entity' ? selection.id : null,
    });
  }, [cy, layoutRun, view, drawn]);
  return null;
}
