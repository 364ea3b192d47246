import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCanvasStore } from '../stores/canvasStore';
import { selectView, useViewStore } from '../stores/viewStore';
import { useCy } from './instance';
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
  const last = useRef<{ cy: Core | null; run: number }>({ cy: null, run: 0 });
  useEffect(() => {
    if (!cy || (layoutRun === last.current.run && cy === last.current.cy)) return;
    if (drawn !== view) return;
    // The first layout of an instance appears at once; later ones animate.
    const first = cy !== last.current.cy;
    last.current = { cy, run: layoutRun };
    const { selection } = useViewStore.getState();
    void runLayout(cy, view.layout, {
      animate: !first,
      rootId: selection?.kind === 'entity' ? selection.id : null,
    });
  }, [cy, layoutRun, view, drawn]);
  return null;
}
