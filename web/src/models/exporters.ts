import { DASHES, STATUS_STYLES, TYPE_STYLES, type NodeShape } from './palette';
import type { VisibleGraph } from './filters';
import type { GraphCache, Point } from './types';

/** The visible graph as a self-describing JSON document, with the sources its facts cite. */
export function graphToJson(graph: VisibleGraph, cache: GraphCache, url: string): string {
  const sourceIds = new Set<string>();
  for (const n of graph.nodes) n.sourceIds.forEach((id) => sourceIds.add(id));
  for (const e of graph.edges) e.sourceIds.forEach((id) => sourceIds.add(id));
  const sources = [...sourceIds].map((id) => cache.sources[id]).filter((s) => s !== undefined);
  return JSON.stringify({ view: url, entities: graph.nodes, relations: graph.edges, sources }, null, 2);
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** An SVG outline of a node shape of size `s` centred on (x, y). */
export function shapePath(shape: NodeShape, x: number, y: number, s: number): string {
  const r = s / 2;
  const poly = (points: Array<[number, number]>) =>
    `<polygon points="${points.map(([px, py]) => `${(x + px * r).toFixed(1)},${(y + py * r).toFixed(1)}`).join(' ')}"`;
  const regular = (n: number, rotate: number) =>
    poly(
      Array.from({ length: n }, (_, i) => {
        const a = rotate + (i * 2 * Math.PI) / n;
        return [Math.cos(a), Math.sin(a)] as [number, number];
      }),
    );
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${x}" cy="${y}" r="${r}"`;
    case 'round-rectangle':
    case 'barrel':
      return `<rect x="${x - r}" y="${y - r}" width="${s}" height="${s}" rx="${s / 4}"`;
    case 'round-octagon':
      return regular(8, Math.PI / 8);
    case 'hexagon':
      return regular(6, 0);
    case 'round-pentagon':
      return regular(5, -Math.PI / 2);
    case 'round-triangle':
      return regular(3, -Math.PI / 2);
    case 'round-diamond':
      return poly([
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]);
    case 'rhomboid':
      return poly([
        [-0.6, -1],
        [1, -1],
        [0.6, 1],
        [-1, 1],
      ]);
    case 'cut-rectangle':
      return poly([
        [-0.6, -1],
        [0.6, -1],
        [1, -0.6],
        [1, 0.6],
        [0.6, 1],
        [-0.6, 1],
        [-1, 0.6],
        [-1, -0.6],
      ]);
    case 'round-tag':
      return poly([
        [-1, -1],
        [0.4, -1],
        [1, 0],
        [0.4, 1],
        [-1, 1],
      ]);
    case 'star':
      return poly(
        Array.from({ length: 10 }, (_, i) => {
          const a = -Math.PI / 2 + (i * Math.PI) / 5;
          const k = i % 2 === 0 ? 1 : 0.45;
          return [k * Math.cos(a), k * Math.sin(a)] as [number, number];
        }),
      );
  }
}

/** Draws the visible graph at the given positions as a standalone SVG with all labels. */
export function graphToSvg(graph: VisibleGraph, positions: Record<string, Point>): string {
  const pts = graph.nodes.map((n) => positions[n.id]).filter((p): p is Point => p !== undefined);
  const pad = 90;
  const minX = Math.min(...pts.map((p) => p.x), 0) - pad;
  const minY = Math.min(...pts.map((p) => p.y), 0) - pad;
  const width = Math.max(...pts.map((p) => p.x), 0) + pad - minX;
  const height = Math.max(...pts.map((p) => p.y), 0) + pad - minY;
  const size = (degree: number) => 22 + Math.min(1, Math.max(0, (degree - 1) / 19)) * 24;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX.toFixed(0)} ${minY.toFixed(0)} ${width.toFixed(0)} ${height.toFixed(0)}" width="${width.toFixed(0)}" height="${height.toFixed(0)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#7b8494"/></marker></defs>`,
    `<rect x="${minX}" y="${minY}" width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const e of graph.edges) {
    const a = positions[e.from];
    const b = positions[e.to];
    const target = byId.get(e.to);
    if (!a || !b || !target) continue;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const back = size(target.degree) / 2 + 2;
    const bx = b.x - ((b.x - a.x) / len) * back;
    const by = b.y - ((b.y - a.y) / len) * back;
    const dash = DASHES[STATUS_STYLES[e.status].pattern];
    const dashAttr = dash.length ? ` stroke-dasharray="${dash.join(' ')}"` : '';
    out.push(
      `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${bx.toFixed(1)}" y2="${by.toFixed(1)}" stroke="#7b8494" stroke-width="1.6"${dashAttr} marker-end="url(#arrow)"><title>${escapeXml(e.summary)}</title></line>`,
      `<text x="${((a.x + b.x) / 2).toFixed(1)}" y="${((a.y + b.y) / 2).toFixed(1)}" font-size="9" fill="#4b5563" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-width="3">${escapeXml(e.label)}</text>`,
    );
  }
  for (const n of graph.nodes) {
    const p = positions[n.id];
    if (!p) continue;
    const t = TYPE_STYLES[n.type];
    const s = size(n.degree);
    out.push(
      `<g><title>${escapeXml(`${n.name} (${t.label})`)}</title>${shapePath(t.shape, p.x, p.y, s)} fill="${t.color}" stroke="#ffffff" stroke-width="1.5"/>`,
      `<text x="${p.x.toFixed(1)}" y="${(p.y + s / 2 + 14).toFixed(1)}" font-size="11" font-weight="500" fill="#1f2937" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-width="3">${escapeXml(n.name)}</text></g>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}
