/**
 * How large an exported PNG is drawn. The export draws the whole graph, not the viewport, at
 * twice its model size, which at 5,000 entities asked Chromium for a 27,000 x 22,000 px canvas:
 * past what a browser will allocate, so the file came out empty. The scale is capped so the
 * image stays within a size every browser draws and an image viewer opens.
 */

/** Model px to image px for a graph that fits: twice, sharp on a high-density screen or in print. */
export const PNG_SCALE = 2;
/** The longest side, in image px (browsers allow 16,384 to 32,767). */
export const PNG_MAX_SIDE = 8192;
/**
 * Image px in all: 128 MB of pixels while the file is encoded, in about 3 s on this project's
 * 2-core machine (the encoding blocks the page; 50 M px took 5 s).
 */
export const PNG_MAX_PIXELS = 32_000_000;

/**
 * The model-to-CSS-px scale to export a graph of `width` x `height` model px at, when the image
 * will have `pixelRatio` device px per CSS px (Cytoscape multiplies by the screen's ratio).
 */
export function pngScale(width: number, height: number, pixelRatio = 1): number {
  const w = Math.max(1, width) * pixelRatio;
  const h = Math.max(1, height) * pixelRatio;
  return Math.min(PNG_SCALE, PNG_MAX_SIDE / Math.max(w, h), Math.sqrt(PNG_MAX_PIXELS / (w * h)));
}
