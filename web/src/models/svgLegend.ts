import type { VisibleGraph } from './filters';
import type { Measure } from './labelWrap';
import { DASHES, STATUS_STYLES, TYPE_STYLES } from './palette';
import { shapePath } from './shapes';
import { FONT } from './stylesheet';
import { ENTITY_TYPES, RELATION_STATUSES } from './types';

/** Where the legend goes: its top-left corner, the width it may fill, and how to measure text. */
interface LegendFrame {
  x: number;
  y: number;
  width: number;
  measure: Measure;
  /** Whether a found path is drawn (the legend then explains its highlight). */
  path: boolean;
}

const TEXT = 12;
const ROW = 22;
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The SVG export's legend, below the drawing: the entity types drawn (shape and colour), the
 * statuses drawn (line pattern and meaning) and, with a path, its highlight. Items flow in rows
 * as wide as the drawing. Returns the markup and the height it takes.
 */
export function svgLegend(graph: VisibleGraph, frame: LegendFrame): { svg: string; height: number } {
  const font = `400 ${TEXT}px ${FONT}`;
  const out: string[] = [`<g class="legend" font-size="${TEXT}" fill="#1f2937">`];
  let y = frame.y;
  const section = (
    title: string,
    items: Array<{ swatch: (x: number, cy: number) => string; text: string; swatchWidth: number }>,
  ) => {
    if (items.length === 0) return;
    out.push(`<text x="${frame.x}" y="${y + TEXT}" font-weight="700">${esc(title)}</text>`);
    y += ROW;
    let x = frame.x;
    for (const item of items) {
      const w = item.swatchWidth + 6 + frame.measure(item.text, font) + 18;
      if (x > frame.x && x + w > frame.x + frame.width) {
        x = frame.x;
        y += ROW;
      }
      const cy = y + TEXT / 2 + 1;
      out.push(
        item.swatch(x, cy),
        `<text x="${x + item.swatchWidth + 6}" y="${y + TEXT}">${esc(item.text)}</text>`,
      );
      x += w;
    }
    y += ROW + 6;
  };

  const types = ENTITY_TYPES.filter((t) => graph.nodes.some((n) => n.type === t));
  section(
    'Entity types',
    types.map((t) => ({
      swatchWidth: 14,
      text: TYPE_STYLES[t].label,
      swatch: (x, cy) => `${shapePath(TYPE_STYLES[t].shape, x + 7, cy, 14)} fill="${TYPE_STYLES[t].color}"/>`,
    })),
  );
  const statuses = RELATION_STATUSES.filter((s) => graph.edges.some((e) => e.status === s));
  const items = statuses.map((s) => {
    const dash = DASHES[STATUS_STYLES[s].pattern];
    return {
      swatchWidth: 30,
      text: `${STATUS_STYLES[s].label} (${STATUS_STYLES[s].meaning})`,
      swatch: (x: number, cy: number) =>
        `<line x1="${x}" y1="${cy}" x2="${x + 30}" y2="${cy}" stroke="#7b8494" stroke-width="2"${dash.length ? ` stroke-dasharray="${dash.join(' ')}"` : ''}/>`,
    };
  });
  if (frame.path)
    items.push({
      swatchWidth: 30,
      text: 'the path found',
      swatch: (x, cy) =>
        `<circle cx="${x + 15}" cy="${cy}" r="9" fill="#E69F00" fill-opacity="0.5"/><line x1="${x}" y1="${cy}" x2="${x + 30}" y2="${cy}" stroke="#111827" stroke-width="4.5"/>`,
    });
  section('Relations', items);
  out.push('</g>');
  return { svg: out.join(''), height: y - frame.y };
}
