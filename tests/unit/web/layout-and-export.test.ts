import { compactLayout, countOverlaps, removeOverlaps, type NodeBox } from '../../../web/src/models/compact';
import { placeAround } from '../../../web/src/models/placement';
import { PNG_MAX_PIXELS, PNG_MAX_SIDE, PNG_SCALE, pngScale } from '../../../web/src/models/pngSize';
import { buildStylesheet, DEFAULT_STYLE, NODE_SIZE, nodeSize } from '../../../web/src/models/stylesheet';
import { nextSort, sortRows } from '../../../web/src/models/table';

const box = (id: string, x: number, y: number): NodeBox => ({
  id,
  x,
  y,
  left: -50,
  right: 50,
  top: -15,
  bottom: 30,
});

test('removeOverlaps separates every label box', () => {
  const boxes = Array.from({ length: 30 }, (_, i) => box(`n${i}`, (i % 5) * 20, Math.floor(i / 5) * 10));
  expect(countOverlaps(boxes)).toBeGreaterThan(0);
  expect(countOverlaps(removeOverlaps(boxes))).toBe(0);
});

test('compactLayout returns a position for every node, with no overlaps', () => {
  const boxes = Array.from({ length: 20 }, (_, i) => box(`n${i}`, Math.cos(i) * 400, Math.sin(i) * 90));
  const positions = compactLayout(boxes, 800, 800);
  const placed = boxes.map((b) => ({ ...b, ...positions[b.id] }));
  expect(Object.keys(positions)).toHaveLength(20);
  expect(countOverlaps(placed)).toBe(0);
});

test('placeAround puts new nodes near the parent and clear of others', () => {
  const occupied = [
    { x: 0, y: 0 },
    { x: -100, y: 0 },
  ];
  const placed = placeAround({ x: 0, y: 0 }, 5, occupied, 60);
  expect(placed).toHaveLength(5);
  for (const p of placed) {
    expect(Math.hypot(p.x, p.y)).toBeLessThan(400);
    for (const q of [...occupied, ...placed.filter((o) => o !== p)]) {
      expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(59.9);
    }
  }
});

test('the stylesheet gives each entity type a shape and dashes non-factual statuses', () => {
  const rules = buildStylesheet(DEFAULT_STYLE);
  expect(rules.find((r) => r.selector === 'node[type = "ThreatActor"]')?.style.shape).toBe('star');
  expect(rules.find((r) => r.selector === 'edge[status = "alleged"]')?.style['line-style']).toBe('dashed');
  expect(rules.find((r) => r.selector === 'edge[status = "active"]')).toBeUndefined();
});

test("nodes grow with their relations: steadily over the article's range, then on a log scale, so hubs still differ", () => {
  const sizes = [1, 5, 20, 100, 1_000, 10_000, 20_000, 100_000].map((d) => nodeSize(d, true));
  for (let i = 1; i < sizes.length - 1; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1] ?? 0);
  expect(sizes[0]).toBe(NODE_SIZE.min);
  expect(nodeSize(NODE_SIZE.maxDegree, true)).toBe(NODE_SIZE.max);
  expect(nodeSize(NODE_SIZE.hubDegree, true)).toBeCloseTo(NODE_SIZE.hubMax);
  expect(nodeSize(1_000_000, true)).toBe(NODE_SIZE.hubMax);
  // Each tenfold of relations past the article's range adds the same few pixels.
  expect(nodeSize(1_000, true) - nodeSize(100, true)).toBeCloseTo(
    nodeSize(10_000, true) - nodeSize(1_000, true),
  );
  expect(nodeSize(0, true)).toBe(NODE_SIZE.min);
  expect(nodeSize(5_000, false)).toBe(NODE_SIZE.fixed);
});

test('tables sort by a column and flip on a second click', () => {
  const rows = [
    { id: 'a', name: 'b', degree: 2 },
    { id: 'b', name: 'a', degree: 10 },
  ];
  expect(sortRows(rows, { key: 'degree', direction: 'descending' }).map((r) => r.id)).toEqual(['b', 'a']);
  expect(sortRows(rows, { key: 'name', direction: 'ascending' }).map((r) => r.id)).toEqual(['b', 'a']);
  expect(nextSort({ key: 'name', direction: 'ascending' }, 'name').direction).toBe('descending');
  expect(nextSort<'name' | 'degree'>({ key: 'name', direction: 'ascending' }, 'degree')).toEqual({
    key: 'degree',
    direction: 'ascending',
  });
});

test('removeOverlaps moves only the boxes that are not fixed', () => {
  const boxes = [box('old', 0, 0), box('new', 10, 5)];
  const [old, moved] = removeOverlaps(boxes, { fixed: new Set(['old']) });
  expect(old).toMatchObject({ x: 0, y: 0 });
  expect(countOverlaps([old!, moved!])).toBe(0);
});

test('pngScale draws a small graph at twice its size and caps a large one', () => {
  // The article's graph: twice its size.
  expect(pngScale(1500, 1000)).toBe(PNG_SCALE);
  // 5,000 entities (13,659 x 10,913 model px): twice would be 27,318 x 21,826 px, which Chromium
  // refuses; the capped image keeps its proportions within both limits.
  const [w, h] = [13_659, 10_913];
  const scale = pngScale(w, h);
  expect(scale).toBeLessThan(1);
  expect(w * scale).toBeLessThanOrEqual(PNG_MAX_SIDE);
  expect(w * scale * h * scale).toBeLessThanOrEqual(PNG_MAX_PIXELS * 1.0001);
  // A long, thin graph is capped by its longest side.
  expect(pngScale(40_000, 100) * 40_000).toBeCloseTo(PNG_MAX_SIDE);
  // A high-density screen doubles the image's pixels: the scale halves to keep them within.
  expect(pngScale(w, h, 2)).toBeCloseTo(scale / 2);
  // An empty or one-point graph still gets a finite scale.
  expect(pngScale(0, 0)).toBe(PNG_SCALE);
});
