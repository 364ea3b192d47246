import { selectView, useViewStore } from '../stores/viewStore';

/** From this many entities on the canvas, the view is drawn with WebGL and simpler styles. */
export const LARGE_VIEW = 1000;

let supported: boolean | null = null;

/** Whether this browser gives a WebGL 2 context (checked once). */
export function webglSupported(): boolean {
  if (supported === null) {
    try {
      supported = document.createElement('canvas').getContext('webgl2') !== null;
    } catch {
      supported = false;
    }
  }
  return supported;
}

/** Whether the canvas holds a large view (LARGE_VIEW entities or more). */
export function useLargeView(): boolean {
  return useViewStore((s) => {
    const view = selectView(s);
    return view.nodeIds.length - view.hiddenIds.length >= LARGE_VIEW;
  });
}

/**
 * Whether to draw with Cytoscape's WebGL renderer: for large views when the browser can, or as
 * `?renderer=webgl|canvas` asks (benchmarks compare the two).
 */
export function useWebgl(): boolean {
  const large = useLargeView();
  const asked = document.documentElement.dataset.renderer;
  if (asked === 'webgl') return webglSupported();
  if (asked === 'canvas') return false;
  return large && webglSupported();
}
