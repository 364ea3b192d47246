/**
 * The exports for other tools, read back with real parsers: an XML parser for GraphML,
 * Cytoscape.js itself for the Cytoscape JSON, and csv-parse for the CSV files. Each must carry
 * every entity and relation of the view with its sources.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  entitiesToCsv,
  graphToCytoscapeJson,
  graphToGraphml,
  relationsToCsv,
} from '../../../web/src/models/interop';
import { fixtureCache, wholeGraph } from './fixture-cache';

const cache = fixtureCache();
const graph = wholeGraph(cache);
const positions = Object.fromEntries(graph.nodes.map((n, i) => [n.id, { x: i * 10, y: i * 5 }]));
const publisher = (id: string) => cache.sources[id]?.publisher ?? '(missing)';
const freeze = cache.relations['united-states-conceded-us-freezes-mss-sanctions'];
const quoted = Object.values(cache.relations).find((r) => r.quote);

test('GraphML is valid XML with every entity and relation, their attributes and sources', () => {
  const text = graphToGraphml(graph, cache, positions);
  expect(XMLValidator.validate(text)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: () => false });
  const parsed = doc.parse(text).graphml;
  const keys = new Map<string, string>(
    parsed.key.map((k: Record<string, string>) => [k['@id'], k['@attr.name']]),
  );
  const fields = (el: { data: Array<{ '@key': string; '#text': string | number }> }) =>
    Object.fromEntries([el.data].flat().map((d) => [keys.get(d['@key']), String(d['#text'])]));
  expect(parsed.graph['@edgedefault']).toBe('directed');
  expect(parsed.graph.node).toHaveLength(graph.nodes.length);
  expect(parsed.graph.edge).toHaveLength(graph.edges.length);
  for (const node of parsed.graph.node) {
    const f = fields(node);
    const entity = cache.entities[node['@id']];
    expect(f.label).toBe(entity?.name);
    for (const id of entity?.sourceIds ?? []) expect(f.sources).toContain(publisher(id));
    expect(Number(f.x)).toBe(positions[node['@id']]?.x);
  }
  for (const edge of parsed.graph.edge) {
    const relation = cache.relations[edge['@id']];
    expect([edge['@source'], edge['@target']]).toEqual([relation?.from, relation?.to]);
    const f = fields(edge);
    expect(f.summary).toBe(relation?.summary);
    for (const id of relation?.sourceIds ?? []) expect(f.sources).toContain(publisher(id));
  }
  const f = fields(parsed.graph.edge.find((e: { '@id': string }) => e['@id'] === freeze?.id));
  expect(f.anonymousSource).toBe('sources familiar with the matter');
  expect(f.citedVia).toBe('Financial Times');
});

test('Cytoscape JSON loads into Cytoscape with every element, its position and its sources', () => {
  const doc = JSON.parse(graphToCytoscapeJson(graph, cache, positions));
  expect(doc.format_version).toBe('1.0');
  const cy = cytoscape({ headless: true, elements: doc.elements, layout: { name: 'preset' } });
  expect(cy.nodes()).toHaveLength(graph.nodes.length);
  expect(cy.edges()).toHaveLength(graph.edges.length);
  for (const n of graph.nodes) {
    const node = cy.getElementById(n.id);
    expect(node.data('name')).toBe(n.name);
    expect(node.data('sourceIds')).toEqual(n.sourceIds);
    expect(node.position()).toEqual(positions[n.id]);
  }
  for (const r of graph.edges) {
    const edge = cy.getElementById(r.id);
    expect([edge.source().id(), edge.target().id()]).toEqual([r.from, r.to]);
    expect(edge.data('interaction')).toBe(r.label);
    for (const id of r.sourceIds) expect(edge.data('sources')).toContain(publisher(id));
  }
  expect(doc.data.sources.length).toBe(Object.keys(cache.sources).length);
});

test('CSV of entities and of relations parse back to the same facts, quotes and commas intact', () => {
  const read = (text: string) =>
    parseCsv<Record<string, string>>(text, { columns: true, bom: true, skip_empty_lines: true });
  const entities = read(entitiesToCsv(graph, cache));
  expect(entities).toHaveLength(graph.nodes.length);
  for (const row of entities) {
    const entity = cache.entities[row.Id ?? ''];
    expect(row.Label).toBe(entity?.name);
    expect(row.Description).toBe(entity?.description);
    for (const id of entity?.sourceIds ?? []) expect(row.Sources).toContain(publisher(id));
  }
  const relations = read(relationsToCsv(graph, cache));
  expect(relations).toHaveLength(graph.edges.length);
  for (const row of relations) {
    const relation = cache.relations[row.Id ?? ''];
    expect(row.From).toBe(cache.entities[relation?.from ?? '']?.name);
    expect(row.To).toBe(cache.entities[relation?.to ?? '']?.name);
    expect(row.Summary).toBe(relation?.summary);
    for (const id of relation?.sourceIds ?? []) expect(row.Sources).toContain(publisher(id));
  }
  const withQuote = relations.find((r) => r.Id === quoted?.id);
  expect(withQuote?.Quote).toContain(quoted?.quote?.text);
  expect(relations.find((r) => r.Id === freeze?.id)?.['Unnamed source']).toBe(
    'sources familiar with the matter',
  );
});
