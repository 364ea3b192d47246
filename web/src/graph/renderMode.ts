import { selectView, useViewStore } from '../stores/viewStore';

/** From this many entities on the canvas, the view is drawn for speed: simpler styles, and WebGL or a moving snapshot. */
export const LARGE_VIEW = 1000;

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

/** The render mode of the canvas now (see chooseRenderer; `?renderer=webgl|canvas` forces one). */
export function useRenderMode(): RenderMode {
  const large = useLargeView();
  return { renderer: chooseRenderer(large, webglKind(), document.documentElement.dataset.renderer), large };
}
