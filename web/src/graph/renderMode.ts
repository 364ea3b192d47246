import { visibleGraph } from '../models/filters';
import type { EdgeLabelMode } from '../models/stylesheet';
import { useDataStore } from '../stores/dataStore';
import { useTeachStore } from '../stores/teachStore';
import { useUiStore } from '../stores/uiStore';
import { selectView, useViewStore } from '../stores/viewStore';

/** From this many entities on the canvas, the view is drawn for speed: simpler styles, and WebGL or a moving snapshot. */
export const LARGE_VIEW = 1000;
/**
 * From this many relations on the canvas, they are drawn as plain lines until zoomed in
 * (stylesheet.ts, lineRules). The article's 126 are always drawn in full.
 */
export const LINES_FROM = 400;

/** What WebGL this browser offers: on a GPU, only in software (no GPU, or a blocked one), or none. */
export type WebglKind = 'hardware' | 'software' | 'none';

/** Renderer names of WebGL drawn by the CPU (Chromium's SwiftShader, Mesa's llvmpipe, Windows' basic driver). */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let kind: WebglKind | null = null;

/** The kind of WebGL a context's renderer name (UNMASKED_RENDERER_WEBGL) reveals. */
export function glKindOf(rendererName: string): Exclude<WebglKind, 'none'> {
  return SOFTWARE_GL.test(rendererName) ? 'software' : 'hardware';
}

/** Whether this browser gives a WebGL 2 context, and whether a GPU draws it (checked once). */
export function webglKind(): WebglKind {
  if (kind === null) {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) kind = 'none';
      else {
        const info = gl.getExtension('WEBGL_debug_renderer_info');
        const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
        kind = glKindOf(name);
        gl.getExtension('WEBGL_lose_context')?.loseContext();
      }
    } catch {
      kind = 'none';
    }
  }
  return kind;
}

/** How the canvas draws: which renderer, and whether it is tuned for a large view. */
export interface RenderMode {
  renderer: 'webgl' | 'canvas';
  large: boolean;
}

/**
 * The renderer for a view. A large view uses Cytoscape's WebGL renderer on a GPU; WebGL drawn in
 * software (SwiftShader in headless Chromium, measured by `npm run bench:web`) is slower than the
 * 2D canvas at 5,000 entities (under 1 frame/s against 40+), so there the 2D canvas draws it and
 * moves a snapshot while the view pans or zooms. `asked` (`?renderer=`) forces one, to compare.
 */
export function chooseRenderer(large: boolean, gl: WebglKind, asked?: string): RenderMode['renderer'] {
  if (asked === 'webgl' && gl !== 'none') return 'webgl';
  if (asked === 'canvas') return 'canvas';
  return large && gl === 'hardware' ? 'webgl' : 'canvas';
}

/** Whether the canvas holds a large view (LARGE_VIEW entities or more). */
export function useLargeView(): boolean {
  return useViewStore((s) => {
    const view = selectView(s);
    return view.nodeIds.length - view.hiddenIds.length >= LARGE_VIEW;
  });
}

/**
 * Whether a view draws its relations as plain lines until zoomed in: a large view, or one of
 * LINES_FROM relations or more, unless relation words were asked for at every zoom.
 */
export function drawsLines(large: boolean, relations: number, edgeLabels: EdgeLabelMode): boolean {
  return large || (edgeLabels !== 'always' && relations >= LINES_FROM);
}

/** drawsLines for the canvas now. */
export function useLineView(): boolean {
  const large = useLargeView();
  const edgeLabels = useUiStore((s) => s.style.edgeLabels);
  const cache = useDataStore((s) => s.cache);
  const view = useViewStore(selectView);
  const time = useTeachStore((s) => s.time);
  // visibleGraph is memoised per cache, view and time: the elements controller derives the same.
  return drawsLines(large, visibleGraph(cache, view, time).edges.length, edgeLabels);
}

/** The render mode of the canvas now (see chooseRenderer; `?renderer=webgl|canvas` forces one). */
export function useRenderMode(): RenderMode {
  const large = useLargeView();
  const asked = document.documentElement.dataset.renderer;
  // Probing WebGL creates a context (40 ms at page load): only a choice it can change pays for it.
  const gl = large || asked === 'webgl' ? webglKind() : 'none';
  return { renderer: chooseRenderer(large, gl, asked), large };
}
