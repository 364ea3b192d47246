/**
 * The SVG export draws what the canvas shows: wrapped labels, nothing outside its frame, the
 * found path highlighted with the rest faded, relation words where the canvas shows them, and a
 * legend. Read back with an XML parser.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { approximateMeasure } from '../../../web/src/models/labelWrap';
import { STATUS_STYLES, TYPE_STYLES } from '../../../web/src/models/palette';
import { DEFAULT_STYLE, FONT, NODE_LABEL, type StyleState } from '../../../web/src/models/stylesheet';
import { graphToSvg } from '../../../web/src/models/svgExport';
import { fixtureCache, wholeGraph } from './fixture-cache';

const cache = fixtureCache();
const graph = wholeGraph(cache);
// A wide spread, like a laid-out canvas: a grid 8 across.
const positions = Object.fromEntries(
  graph.nodes.map((n, i) => [n.id, { x: (i % 8) * 160 - 500, y: Math.floor(i / 8) * 120 - 300 }]),
);
const pathEdges = ['salt-typhoon-eavesdropped-on-donald-trump', 'mss-directs-salt-typhoon'];
const path = { nodeIds: ['mss', 'salt-typhoon', 'donald-trump'], edgeIds: pathEdges };

type El = Record<string, unknown> & { g?: El[]; text?: El[]; tspan?: El[]; rect?: El[]; path?: El[] };
const ARRAYS = new Set(['g', 'text', 'tspan', 'rect', 'path', 'circle', 'polygon', 'line']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ARRAYS.has(name),
});

function draw(style: Partial<StyleState> = {}, withPath = false) {
  const text = graphToSvg(graph, {
    positions,
    style: { ...DEFAULT_STYLE, ...style },
    path: withPath ? path : null,
  });
  expect(XMLValidator.validate(text)).toBe(true);
  return { text, svg: parser.parse(text).svg as El };
}

/** The lines of text inside a group, as drawn. */
const lines = (g: El) => (g.text ?? []).flatMap((t) => (t.tspan ?? []).map((s) => String(s['#text'])));
const groupTitled = (svg: El, title: string) => (svg.g ?? []).find((g) => String(g.title).startsWith(title));

test('every entity is drawn with its whole name, wrapped as the canvas wraps it', () => {
  const { svg } = draw();
  const font = `${NODE_LABEL.fontWeight} ${NODE_LABEL.fontSize}px ${FONT}`;
  let wrapped = 0;
  for (const n of graph.nodes) {
    const g = groupTitled(svg, `${n.name} (${TYPE_STYLES[n.type].label})`);
    expect(g).toBeDefined();
    const drawn = lines(g ?? {});
    expect(drawn.join(' ')).toBe(n.name);
    for (const line of drawn)
      if (line.includes(' ')) expect(approximateMeasure(line, font)).toBeLessThanOrEqual(NODE_LABEL.maxWidth);
    if (drawn.length > 1) wrapped += 1;
  }
  expect(wrapped).toBeGreaterThan(5);
});

test('the frame holds every shape and label: nothing is cut off', () => {
  const { svg } = draw({ edgeLabels: 'always' });
  const [x0, y0, w, h] = String(svg['@viewBox']).split(' ').map(Number) as [number, number, number, number];
  const boxes = (svg.g ?? []).flatMap((g) => g.rect ?? []);
  expect(boxes.length).toBeGreaterThan(graph.nodes.length);
  for (const r of boxes) {
    const [x, y, rw, rh] = ['@x', '@y', '@width', '@height'].map((k) => Number(r[k]));
    expect(x).toBeGreaterThanOrEqual(x0);
    expect(y).toBeGreaterThanOrEqual(y0);
    expect((x ?? 0) + (rw ?? 0)).toBeLessThanOrEqual(x0 + w);
    expect((y ?? 0) + (rh ?? 0)).toBeLessThanOrEqual(y0 + h);
  }
});

test('relation words show where the canvas shows them: always, never, or on the path', () => {
  const words = (svg: El) =>
    (svg.g ?? [])
      .filter((g) => g.path && !g.polygon && !g.circle && lines(g).length > 0)
      .map((g) => lines(g).join(' '));
  expect(words(draw({ edgeLabels: 'never' }).svg)).toEqual([]);
  expect(words(draw({ edgeLabels: 'auto' }).svg)).toEqual([]);
  expect(words(draw({ edgeLabels: 'always' }).svg).length).toBeGreaterThanOrEqual(graph.edges.length);
  expect(words(draw({ edgeLabels: 'auto' }, true).svg).sort()).toEqual(['directs', 'eavesdropped on']);
});

test('a found path stays highlighted and everything else fades, as on the canvas', () => {
  const { text, svg } = draw({}, true);
  const edgeGroups = (svg.g ?? []).filter((g) => String(g.title).includes(': '));
  const onPath = edgeGroups.filter((g) => (g.path ?? []).some((p) => p['@stroke-width'] === '4.5'));
  expect(onPath).toHaveLength(pathEdges.length);
  for (const g of onPath) expect(g['@opacity']).toBeUndefined();
  const faded = (svg.g ?? []).filter((g) => g['@opacity'] === '0.18');
  expect(faded.length).toBe(graph.nodes.length - path.nodeIds.length + graph.edges.length - pathEdges.length);
  expect(text).toContain('the path found');
});

test('a legend names the entity types and relation statuses drawn', () => {
  const { svg } = draw();
  const legend = (svg.g ?? []).find((g) => g['@class'] === 'legend');
  const texts = (legend?.text ?? []).map((t) => String(t['#text']));
  expect(texts).toContain('Entity types');
  for (const type of new Set(graph.nodes.map((n) => n.type)))
    expect(texts).toContain(TYPE_STYLES[type].label);
  for (const status of new Set(graph.edges.map((e) => e.status)))
    expect(texts).toContain(`${STATUS_STYLES[status].label} (${STATUS_STYLES[status].meaning})`);
  expect(texts).not.toContain('the path found');
});
