import type { Core } from 'cytoscape';

/**
 * The parts of Cytoscape's 2D-canvas renderer (3.34) a reveal uses. Not public API: each is
 * checked before use; a renderer without them (WebGL, another version) draws as it always does.
 */
interface LayerCache {
  getLayers(eles: unknown[], pxRatio: number): unknown[] | null;
  layersByLevel?: Record<string, Array<{ context?: CanvasRenderingContext2D }>>;
  /** Paints the next queued element into its layer; what it painted (empty: nothing queued). */
  dequeue?: (pxRatio: number) => unknown[];
}
interface CanvasRenderer {
  render(options?: { forcedContext?: unknown }): void;
  redraw(): void;
  getPixelRatio(): number;
  getCachedZSortedEles(): { nondrag: unknown[] };
  data?: { lyrTxrCache?: LayerCache };
}

/**
 * Milliseconds a frame spent painting layers. Cytoscape paints them only in time it judges left
 * over in a frame, which a busy machine never has: the reveal paints too.
 */
const PAINT_MS = 30;
/**
 * How long a reveal waits while nothing gets painted (layers this view cannot have, say) before
 * the canvas draws as usual.
 */
const STALLED_MS = 2000;

const reveals = new WeakMap<Core, () => void>();

/**
 * Lets the canvas show a large set of elements just added once the renderer has painted them
 * into its layers, a few milliseconds a frame, instead of in one frame. Cytoscape's 2D canvas
 * draws every element itself until its layered textures (whole-view pictures it paints in the
 * time left over in each frame) are complete: 5,000 entities and 20,000 relations are about a
 * second a frame on a small machine, and the layers took several such frames to complete, each
 * freezing the page. Meanwhile the canvas keeps its previous picture and the page answers.
 * Resolves once the view is drawn (or at once where the renderer lacks the parts it needs);
 * stopReveal ends it early (the canvas then draws as usual).
 */
export function revealWhenLayered(cy: Core): Promise<void> {
  stopReveal(cy);
  const r = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
  const layers = r?.data?.lyrTxrCache;
  if (!r || typeof layers?.getLayers !== 'function' || typeof r.getCachedZSortedEles !== 'function')
    return Promise.resolve();
  const own = Object.prototype.hasOwnProperty.call(r, 'render');
  const draw = r.render;
  let painted = performance.now();
  performance.mark('reveal:start');
  return new Promise<void>((resolve) => {
    const end = () => {
      if (reveals.get(cy) !== end) return;
      reveals.delete(cy);
      performance.measure('reveal', 'reveal:start');
      if (own) r.render = draw;
      else delete (r as Partial<CanvasRenderer>).render;
      if (!cy.destroyed()) r.redraw();
      resolve();
    };
    reveals.set(cy, end);
    r.render = function (options) {
      // A snapshot for a gesture, an export: drawn as asked.
      if (options?.forcedContext) return draw.call(this, options);
      const pxRatio = r.getPixelRatio();
      let worked = false;
      const until = performance.now() + PAINT_MS;
      while (typeof layers.dequeue === 'function' && performance.now() < until) {
        if (layers.dequeue(pxRatio).length === 0) break;
        worked = true;
        painted = performance.now();
      }
      // Nothing left to paint: the layers are complete, or not queued yet (Cytoscape queues them
      // at the first ask a quarter of a second after the last change), or impossible here.
      if (!worked) {
        const ready =
          layers.getLayers(r.getCachedZSortedEles().nondrag, pxRatio) !== null ||
          performance.now() - painted > STALLED_MS;
        if (ready) {
          end();
          return draw.call(this, options);
        }
      }
      // Chromium records canvas drawing and paints it later, all at once: at 25,000 elements a
      // third of a second in the frame that next reads a layer. Reading a pixel of each layer
      // makes it paint what this frame added to it, now.
      for (const level of Object.values(layers.layersByLevel ?? {}))
        for (const layer of level) layer.context?.getImageData(0, 0, 1, 1);
      // Asked again next frame (the render loop clears the request after this call).
      requestAnimationFrame(() => {
        if (!cy.destroyed() && reveals.get(cy) === end) r.redraw();
      });
    };
    r.redraw();
  });
}

/** Ends a reveal under way: the canvas draws as usual from its next frame. */
export function stopReveal(cy: Core): void {
  reveals.get(cy)?.();
}
