import type { Measure } from '../../models/labelWrap';

let context: CanvasRenderingContext2D | null | undefined;

/**
 * The browser's own text measure (a 2D canvas context), so the SVG export wraps labels where
 * the canvas does; the approximation when no context can be had.
 */
export const browserMeasure: Measure = (text, font) => {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 7;
  context.font = font;
  return context.measureText(text).width;
};
