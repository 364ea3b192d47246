import type { CollectionReturnValue, Core } from 'cytoscape';

/**
 * The parts of Cytoscape's 2D-canvas renderer (3.34) that the first frame drawing new elements
 * would otherwise run for all of them at once. Not public API: each is checked before use, and a
 * renderer without them (WebGL, another version) is simply left to do the work itself.
 */
interface TextureCache {
  getBoundingBox(ele: unknown): { w: number; h: number } | null;
  getElement(ele: unknown, bb: unknown, pxRatio: number): unknown;
}
interface CanvasRenderer {
  /** Rendered style (label positions, edge end points) of every element queued since the last frame. */
  flushRenderedStyleQueue?: () => void;
  getPixelRatio?: () => number;
  data?: { eleTxrCache?: TextureCache };
}

const rendererOf = (cy: Core) => (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();

/**
 * Does now, for the elements just `added` (a step of addInSteps), what the 2D canvas would do for
 * every element in the one frame that first draws them: 5,000 entities and 20,000 relations held
 * the page for about a second there (measured by `npm run bench:web-profile`):
 * - their rendered style: label positions and edge end points (a quarter of it), which Cytoscape
 *   recomputes for every relation of a node new to it, however recently its bounds were asked;
 * - each node's picture in the renderer's texture cache, at the zoom the view has now: drawn in
 *   the frame, each node was painted into a texture then copied out of it while that texture was
 *   still changing, which costs the canvas a copy of the whole texture per node (a third of it).
 * - whether each element can be clicked, which the renderer asks of every element as it sorts them
 *   for drawing.
 * Then the bounds (styles, label sizes), as before. Each step costs a little more; the frame that
 * draws the whole view only draws.
 */
export function prerender(cy: Core, added: CollectionReturnValue): void {
  const r = rendererOf(cy);
  // Before the bounds: asking them first would compute each edge's end points twice.
  r?.flushRenderedStyleQueue?.();
  added.boundingBox();
  // Whether each may be clicked: the renderer asks it of all of them, once, as it sorts them
  // for drawing (most of the first frame's sort).
  added.forEach((e) => void (e as unknown as { interactive(): boolean }).interactive());
  const cache = r?.data?.eleTxrCache;
  if (!cache || typeof cache.getElement !== 'function' || typeof r?.getPixelRatio !== 'function') return;
  const pxRatio = r.getPixelRatio();
  added.nodes().forEach((n) => {
    const bb = cache.getBoundingBox(n);
    if (bb && bb.w > 0 && bb.h > 0) cache.getElement(n, bb, pxRatio);
  });
}
