import type { VisibleGraph } from './filters';
import { approximateMeasure, wrapLabel, type Measure } from './labelWrap';
import { DASHES, STATUS_STYLES, TYPE_STYLES } from './palette';
import { shapePath } from './shapes';
import { EDGE_LABEL, FONT, NODE_LABEL, nodeSize, type StyleState } from './stylesheet';
import { svgLegend } from './svgLegend';
import type { EntityData, Point, RelationData } from './types';

/** What the SVG export draws besides the graph: the canvas's style, its path and a measure. */
export interface SvgOptions {
  positions: Record<string, Point>;
  style: StyleState;
  /** A found path: drawn highlighted, everything else faded, as on the canvas. */
  path?: { nodeIds: readonly string[]; edgeIds: readonly string[] } | null;
  /** Text widths; the browser's in the app, an approximation in tests. */
  measure?: Measure;
}

const INK = '#1f2937';
const EDGE = '#7b8494';
const PATH_INK = '#111827';
const PATH_GLOW = '#E69F00';
const LINE_HEIGHT = 1.2;

/** Escapes text for XML content and attribute values. */
export const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

const f1 = (n: number) => n.toFixed(1);

/** A growing box that ends up holding everything drawn, so nothing is cut off. */
class Bounds {
  x1 = Infinity;
  y1 = Infinity;
  x2 = -Infinity;
  y2 = -Infinity;
  add(x1: number, y1: number, x2: number, y2: number): void {
    this.x1 = Math.min(this.x1, x1);
    this.y1 = Math.min(this.y1, y1);
    this.x2 = Math.max(this.x2, x2);
    this.y2 = Math.max(this.y2, y2);
  }
}

/** Lines of text on a white rounded background centred at x, the first line's top at `top`. */
function labelBlock(
  lines: string[],
  x: number,
  top: number,
  size: number,
  weight: number,
  colour: string,
  measure: Measure,
  bounds: Bounds,
): string {
  const font = `${weight} ${size}px ${FONT}`;
  const width = Math.max(...lines.map((l) => measure(l, font)));
  const height = lines.length * size * LINE_HEIGHT;
  const pad = NODE_LABEL.padding;
  bounds.add(x - width / 2 - pad, top - pad, x + width / 2 + pad, top + height + pad);
  const tspans = lines
    .map((l, i) => `<tspan x="${f1(x)}" y="${f1(top + size * (i + 0.95))}">${escapeXml(l)}</tspan>`)
    .join('');
  return (
    `<rect x="${f1(x - width / 2 - pad)}" y="${f1(top - pad)}" width="${f1(width + 2 * pad)}" height="${f1(height + 2 * pad)}" rx="3" fill="#ffffff" fill-opacity="0.85"/>` +
    `<text font-size="${size}" font-weight="${weight}" fill="${colour}" text-anchor="middle">${tspans}</text>`
  );
}

/** Where an edge runs: a straight line, or a curve when several join the same two entities. */
function edgeGeometry(a: Point, b: Point, bend: number) {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const nx = -(b.y - a.y) / len;
  const ny = (b.x - a.x) / len;
  const c = { x: mx + nx * bend * 2, y: my + ny * bend * 2 };
  // The curve's midpoint (where the label sits) lies halfway to the control point.
  return { c, mid: { x: mx + nx * bend, y: my + ny * bend } };
}

/** Bend of each edge: 0 alone, then ±40, ±80 ... for edges between the same pair. */
function bends(edges: readonly RelationData[]): Map<string, number> {
  const groups = new Map<string, RelationData[]>();
  for (const e of edges) {
    const key = [e.from, e.to].sort().join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const out = new Map<string, number>();
  for (const group of groups.values()) {
    group.forEach((e, i) => {
      const step = group.length === 1 ? 0 : (i - (group.length - 1) / 2) * 40;
      // Edges drawn the other way round bend to the other side of their own direction.
      out.set(e.id, e.from < e.to ? step : -step);
    });
  }
  return out;
}

/**
 * Draws the visible graph as the canvas shows it, as a standalone SVG: shapes, colours and sizes
 * by type and degree, wrapped labels on white, edge patterns by status, relation words where
 * the canvas shows them (always, or on a found path), a found path highlighted with the rest
 * faded, and a legend of the types and statuses drawn. Its frame holds every label.
 */
export function graphToSvg(graph: VisibleGraph, options: SvgOptions): string {
  const { positions, style } = options;
  const measure = options.measure ?? approximateMeasure;
  const pathNodes = new Set(options.path?.nodeIds ?? []);
  const pathEdges = new Set(options.path?.edgeIds ?? []);
  const hasPath = pathNodes.size > 0;
  const bounds = new Bounds();
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const size = (n: EntityData) => nodeSize(n.degree, style.sizeByDegree);
  const body: string[] = [];
  const bend = bends(graph.edges);

  for (const e of graph.edges) {
    const a = positions[e.from];
    const b = positions[e.to];
    const target = byId.get(e.to);
    if (!a || !b || !target) continue;
    const onPath = pathEdges.has(e.id);
    const { c, mid } = edgeGeometry(a, b, bend.get(e.id) ?? 0);
    const len = Math.hypot(b.x - c.x, b.y - c.y) || 1;
    const back = size(target) / 2 + 2;
    const end = { x: b.x - ((b.x - c.x) / len) * back, y: b.y - ((b.y - c.y) / len) * back };
    const dash = onPath ? [] : DASHES[STATUS_STYLES[e.status].pattern];
    const colour = onPath ? PATH_INK : EDGE;
    const opacity = hasPath && !onPath ? ' opacity="0.18"' : '';
    bounds.add(
      Math.min(a.x, c.x, b.x),
      Math.min(a.y, c.y, b.y),
      Math.max(a.x, c.x, b.x),
      Math.max(a.y, c.y, b.y),
    );
    const d = `M${f1(a.x)},${f1(a.y)} Q${f1(c.x)},${f1(c.y)} ${f1(end.x)},${f1(end.y)}`;
    body.push(
      `<g${opacity}><title>${escapeXml(`${byId.get(e.from)?.name ?? e.from} ${e.label} ${target.name}: ${e.summary}`)}</title>` +
        `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${onPath ? 4.5 : 1.6}"${dash.length ? ` stroke-dasharray="${dash.join(' ')}"` : ''} marker-end="url(#${onPath ? 'arrow-path' : 'arrow'})"/>`,
    );
    const showWords = style.edgeLabels === 'always' || (style.edgeLabels === 'auto' && onPath);
    if (showWords && style.edgeLabels !== 'never' && !(hasPath && !onPath)) {
      const weight = onPath ? 700 : 400;
      const lines = wrapLabel(
        e.label,
        EDGE_LABEL.maxWidth,
        `${weight} ${EDGE_LABEL.fontSize}px ${FONT}`,
        measure,
      );
      const height = lines.length * EDGE_LABEL.fontSize * LINE_HEIGHT;
      body.push(
        labelBlock(
          lines,
          mid.x,
          mid.y - height / 2,
          EDGE_LABEL.fontSize,
          weight,
          onPath ? PATH_INK : '#4b5563',
          measure,
          bounds,
        ),
      );
    }
    body.push('</g>');
  }

  for (const n of graph.nodes) {
    const p = positions[n.id];
    if (!p) continue;
    const t = TYPE_STYLES[n.type];
    const s = size(n);
    const onPath = pathNodes.has(n.id);
    const opacity = hasPath && !onPath ? ' opacity="0.18"' : '';
    const glow = onPath
      ? `<circle cx="${f1(p.x)}" cy="${f1(p.y)}" r="${f1(s / 2 + 7)}" fill="${PATH_GLOW}" fill-opacity="0.5"/>`
      : '';
    const border = onPath ? `stroke="${PATH_INK}" stroke-width="4"` : 'stroke="#ffffff" stroke-width="1.5"';
    bounds.add(p.x - s / 2 - 8, p.y - s / 2 - 8, p.x + s / 2 + 8, p.y + s / 2 + 8);
    const font = `${NODE_LABEL.fontWeight} ${NODE_LABEL.fontSize}px ${FONT}`;
    const lines = wrapLabel(n.name, NODE_LABEL.maxWidth, font, measure);
    body.push(
      `<g${opacity}><title>${escapeXml(`${n.name} (${t.label})`)}</title>${glow}${shapePath(t.shape, p.x, p.y, s)} fill="${t.color}" ${border}/>` +
        labelBlock(
          lines,
          p.x,
          p.y + s / 2 + NODE_LABEL.margin + NODE_LABEL.padding,
          NODE_LABEL.fontSize,
          NODE_LABEL.fontWeight,
          INK,
          measure,
          bounds,
        ) +
        '</g>',
    );
  }

  if (!Number.isFinite(bounds.x1)) bounds.add(0, 0, 200, 100);
  const pad = 24;
  const x0 = bounds.x1 - pad;
  const y0 = bounds.y1 - pad;
  const width = Math.max(bounds.x2 + pad - x0, 360);
  const legend = svgLegend(graph, {
    x: x0 + pad,
    y: bounds.y2 + pad,
    width: width - 2 * pad,
    measure,
    path: hasPath,
  });
  const height = bounds.y2 + pad + legend.height + pad - y0;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${f1(x0)} ${f1(y0)} ${f1(width)} ${f1(height)}" width="${Math.ceil(width)}" height="${Math.ceil(height)}" font-family="${escapeXml(FONT)}">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${EDGE}"/></marker>` +
      `<marker id="arrow-path" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${PATH_INK}"/></marker></defs>`,
    `<rect x="${f1(x0)}" y="${f1(y0)}" width="${f1(width)}" height="${f1(height)}" fill="#ffffff"/>`,
    ...body,
    legend.svg,
    '</svg>',
  ].join('\n');
}
