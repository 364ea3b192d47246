import type { NodeBox } from './compact';

/** From this many nodes in a view, boxes are estimated rather than measured. */
export const ESTIMATE_FROM = 800;

/** Average width of a character of the 13 px label font, and the label's wrapping width. */
const CHAR_WIDTH = 7.2;
const LABEL_WIDTH = 104;
const LINE_HEIGHT = 17;

/**
 * An estimate of a node's box (shape and the label wrapped under it) from its label and size,
 * without measuring text: measuring 5,000 labels takes seconds, estimating them a millisecond,
 * and a layout only needs to keep labels apart.
 */
export function estimateBox(id: string, x: number, y: number, label: string, size: number): NodeBox {
  const width = Math.min(LABEL_WIDTH, label.length * CHAR_WIDTH) + 4;
  const lines = Math.max(1, Math.ceil((label.length * CHAR_WIDTH) / LABEL_WIDTH));
  const half = Math.max(size, width) / 2;
  return { id, x, y, left: -half, right: half, top: -size / 2, bottom: size / 2 + 4 + lines * LINE_HEIGHT };
}
