import Papa from 'papaparse';
import { sourcesOf } from './exporters';
import type { VisibleGraph } from './filters';
import { citation, relationWhen } from './format';
import { TYPE_STYLES } from './palette';
import { escapeXml } from './svgExport';
import type { EntityData, GraphCache, Point, RelationData } from './types';

/**
 * Exports for other tools, each carrying the sources of every fact: GraphML for Gephi,
 * Cytoscape JSON (.cyjs) for Cytoscape desktop, and CSV of entities and of relations for Kumu
 * and spreadsheets. Pure functions of the visible graph; the export menu downloads them.
 */

/** The citations of some sources, in a cell or attribute: "Publisher. Title. [kind]" joined by " | ". */
function cite(ids: readonly string[], cache: GraphCache): string {
  return ids.map((id) => (cache.sources[id] ? citation(cache.sources[id]) : id)).join(' | ');
}

/** One flat record per entity, the columns every export shares. */
function entityRecord(n: EntityData, cache: GraphCache) {
  return {
    id: n.id,
    label: n.name,
    type: TYPE_STYLES[n.type].label,
    aliases: n.aliases.join('; '),
    description: n.description,
    degree: n.degree,
    sources: cite(n.sourceIds, cache),
  };
}

/** One flat record per relation, the columns every export shares. */
function relationRecord(r: RelationData, cache: GraphCache) {
  return {
    id: r.id,
    source: r.from,
    target: r.to,
    label: r.label,
    type: r.type,
    status: r.status,
    when: relationWhen(r),
    summary: r.summary,
    quote: r.quote ? `“${r.quote.text}” (${r.quote.speakerName})` : '',
    citedVia: r.citedViaId ? (cache.sources[r.citedViaId]?.publisher ?? r.citedViaId) : '',
    anonymousSource: r.anonymousSource ?? '',
    sources: cite(r.sourceIds, cache),
  };
}

const NODE_KEYS = ['label', 'type', 'aliases', 'description', 'degree', 'sources', 'x', 'y', 'r', 'g', 'b'];
const EDGE_KEYS = [
  'label',
  'type',
  'status',
  'when',
  'summary',
  'quote',
  'citedVia',
  'anonymousSource',
  'sources',
];
const NUMERIC = new Set(['degree', 'x', 'y']);
const COLOUR = new Set(['r', 'g', 'b']);

/**
 * GraphML (directed) with every field as a declared attribute; Gephi reads `label`, `x`, `y` and
 * `r`/`g`/`b` as the node's label, position and colour, so the picture opens as on the canvas.
 */
export function graphToGraphml(
  graph: VisibleGraph,
  cache: GraphCache,
  positions: Record<string, Point> | null,
): string {
  const keyType = (k: string) => (COLOUR.has(k) ? 'int' : NUMERIC.has(k) ? 'double' : 'string');
  const keys = [
    ...NODE_KEYS.map((k) => `<key id="n_${k}" for="node" attr.name="${k}" attr.type="${keyType(k)}"/>`),
    ...EDGE_KEYS.map((k) => `<key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
  ];
  const data = (prefix: string, record: Record<string, string | number>) =>
    Object.entries(record)
      .filter(([k, v]) => k !== 'id' && k !== 'source' && k !== 'target' && v !== '')
      .map(([k, v]) => `<data key="${prefix}_${k}">${escapeXml(String(v))}</data>`)
      .join('');
  const nodes = graph.nodes.map((n) => {
    const hex = parseInt(TYPE_STYLES[n.type].color.slice(1), 16);
    const p = positions?.[n.id];
    const record = {
      ...entityRecord(n, cache),
      ...(p ? { x: Math.round(p.x), y: Math.round(p.y) } : {}),
      r: (hex >> 16) & 255,
      g: (hex >> 8) & 255,
      b: hex & 255,
    };
    return `<node id="${escapeXml(n.id)}">${data('n', record)}</node>`;
  });
  const ids = new Set(graph.nodes.map((n) => n.id));
  const edges = graph.edges
    .filter((e) => ids.has(e.from) && ids.has(e.to))
    .map((e) => {
      const record = relationRecord(e, cache);
      return `<edge id="${escapeXml(e.id)}" source="${escapeXml(e.from)}" target="${escapeXml(e.to)}">${data('e', record)}</edge>`;
    });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '<graph id="trade-truce" edgedefault="directed">',
    ...nodes,
    ...edges,
    '</graph>',
    '</graphml>',
  ].join('\n');
}

/**
 * Cytoscape JSON as Cytoscape desktop imports it (File > Import > Network from File, .cyjs):
 * elements with their data and positions, `interaction` as the relation's words, sources as
 * both citations and ids, and the network's sources listed once in its own data.
 */
export function graphToCytoscapeJson(
  graph: VisibleGraph,
  cache: GraphCache,
  positions: Record<string, Point> | null,
): string {
  const nodes = graph.nodes.map((n) => ({
    data: {
      ...entityRecord(n, cache),
      name: n.name,
      sourceIds: n.sourceIds,
      color: TYPE_STYLES[n.type].color,
    },
    ...(positions?.[n.id] ? { position: positions[n.id] } : {}),
  }));
  const ids = new Set(graph.nodes.map((n) => n.id));
  const edges = graph.edges
    .filter((e) => ids.has(e.from) && ids.has(e.to))
    .map((e) => ({
      data: { ...relationRecord(e, cache), interaction: e.label, name: e.id, sourceIds: e.sourceIds },
    }));
  const doc = {
    format_version: '1.0',
    generated_by: 'trade-truce-graph',
    target_cytoscapejs_version: '~3.30',
    data: { name: 'Trade-truce graph', sources: sourcesOf(graph, cache).map(citation) },
    elements: { nodes, edges },
  };
  return JSON.stringify(doc, null, 2);
}

/** CSV with a byte-order mark, so spreadsheets read it as UTF-8 (the article's curly quotes). */
function csv(fields: string[], rows: Array<Record<string, string | number>>): string {
  return `\uFEFF${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\r\n' })}\r\n`;
}

/** Entities as CSV, one row each; "Label" and "Type" are what Kumu reads for its elements. */
export function entitiesToCsv(graph: VisibleGraph, cache: GraphCache): string {
  const rows = graph.nodes.map((n) => {
    const r = entityRecord(n, cache);
    return {
      Id: r.id,
      Label: r.label,
      Type: r.type,
      Aliases: r.aliases,
      Description: r.description,
      Relations: r.degree,
      Sources: r.sources,
    };
  });
  return csv(['Id', 'Label', 'Type', 'Aliases', 'Description', 'Relations', 'Sources'], rows);
}

/**
 * Relations as CSV, one row each; "From" and "To" hold entity labels and "Type" the relation's
 * words, as Kumu reads its connections, with the ids beside them for spreadsheets.
 */
export function relationsToCsv(graph: VisibleGraph, cache: GraphCache): string {
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const rows = graph.edges
    .filter((e) => name.has(e.from) && name.has(e.to))
    .map((e) => {
      const r = relationRecord(e, cache);
      return {
        Id: r.id,
        From: name.get(e.from) ?? e.from,
        To: name.get(e.to) ?? e.to,
        Type: r.label,
        'From id': r.source,
        'To id': r.target,
        Status: r.status,
        When: r.when,
        Summary: r.summary,
        Quote: r.quote,
        'Cited via': r.citedVia,
        'Unnamed source': r.anonymousSource,
        Sources: r.sources,
      };
    });
  const fields = [
    'Id',
    'From',
    'To',
    'Type',
    'From id',
    'To id',
    'Status',
    'When',
    'Summary',
    'Quote',
    'Cited via',
    'Unnamed source',
    'Sources',
  ];
  return csv(fields, rows);
}
