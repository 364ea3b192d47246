import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { selectView, useViewStore } from '../stores/viewStore';
import { useCy } from './instance';
import { runLayout } from './layouts';

/** Runs the chosen layout when a step asks for it (start, layout change, "re-run"). */
export function LayoutController(): null {
  const cy = useCy();
  const layoutRun = useViewStore((s) => s.layoutRun);
  const last = useRef<{ cy: Core | null; run: number }>({ cy: null, run: 0 });
  useEffect(() => {
    if (!cy || (layoutRun === last.current.run && cy === last.current.cy)) return;
    // The first layout of an instance appears at once; later ones animate.
    const first = cy !== last.current.cy;
    last.current = { cy, run: layoutRun };
    const { selection } = useViewStore.getState();
    const layout = selectView(useViewStore.getState()).layout;
    // The elements controller, rendered before this one, has already added this step's nodes.
    runLayout(cy, layout, { animate: !first, rootId: selection?.kind === 'entity' ? selection.id : null });
  }, [cy, layoutRun]);
  return null;
}
