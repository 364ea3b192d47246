import type { NodeBox } from './compact';
import type { Measure } from './labelWrap';
import { FONT, NODE_LABEL } from './stylesheet';

/**
 * The lines Cytoscape's `text-wrap: wrap` breaks a label into: a label wider than `maxWidth`
 * is cut at white space, each line keeping the space that ends it (Cytoscape measures lines
 * with it). Widths are whole pixels, rounded up, as Cytoscape rounds them.
 */
export function cytoscapeLines(text: string, maxWidth: number, width: (line: string) => number): string[] {
  if (width(text) <= maxWidth) return [text];
  const lines: string[] = [];
  let line = '';
  let from = 0;
  for (const match of text.matchAll(/[\s\u200b]+|$/g)) {
    const word = text.substring(from, match.index);
    const separator = match[0];
    from = match.index + separator.length;
    const candidate = line.length === 0 ? word : line + word + separator;
    if (width(candidate) <= maxWidth) line += word + separator;
    else {
      if (line) lines.push(line);
      line = word + separator;
    }
    if (separator === '') break;
  }
  if (!/^[\s\u200b]+$/.test(line)) lines.push(line);
  return lines;
}

/** What a node's box reaches beyond its shape: border and Cytoscape's own margin of error. */
const SHAPE_MARGIN = 2.5;
/** From the shape's bottom to the label's: text margin, background padding, margin of error. */
const LABEL_BELOW = NODE_LABEL.margin + NODE_LABEL.padding + 2;
/** Around the label's sides: background padding and Cytoscape's margin of error. */
const LABEL_SIDE = NODE_LABEL.padding + 2;
/** A group node's drawn box (stylesheet.ts: 150 × 40, its count inside). */
const GROUP = { halfWidth: 77, halfHeight: 22 } as const;

/**
 * An entity node's box (its shape of `size` px and the label wrapped under it) around (x, y),
 * as Cytoscape's bounding box with labels measures it once drawn, computed from the label's
 * text alone: a layout can place nodes before they are added to the canvas, which then draws
 * them once, where they belong. `measure` gives a text's width in a CSS font.
 */
export function labelledNodeBox(
  id: string,
  x: number,
  y: number,
  label: string,
  size: number,
  measure: Measure,
): NodeBox {
  const font = `${NODE_LABEL.fontWeight} ${NODE_LABEL.fontSize}px ${FONT}`;
  const width = (text: string) => Math.ceil(measure(text, font));
  const lines = label ? cytoscapeLines(label, NODE_LABEL.maxWidth, width) : [];
  const labelWidth = Math.max(0, ...lines.map(width));
  const half = Math.max(size / 2 + SHAPE_MARGIN, labelWidth / 2 + LABEL_SIDE);
  const below = lines.length > 0 ? LABEL_BELOW + lines.length * NODE_LABEL.fontSize : SHAPE_MARGIN;
  return { id, x, y, left: -half, right: half, top: -(size / 2 + SHAPE_MARGIN), bottom: size / 2 + below };
}

/** A group node's box (see groupRules in stylesheet.ts): its label sits inside. */
export function groupNodeBox(id: string, x: number, y: number): NodeBox {
  return {
    id,
    x,
    y,
    left: -GROUP.halfWidth,
    right: GROUP.halfWidth,
    top: -GROUP.halfHeight,
    bottom: GROUP.halfHeight,
  };
}
