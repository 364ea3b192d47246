import { readFixtures } from '../../../server/src/fixtures/validate';
import { RELATION_TYPES } from '@trade-truce/vocabulary';
import { PATHS } from '../../../server/src/paths';
import { columnCost, orderColumns } from '../../../web/src/models/columnOrder';
import type { NodeBox } from '../../../web/src/models/compact';
import { countOverlaps } from '../../../web/src/models/compact';
import {
  TRADEOFF_RELATION_TYPES,
  tradeoffLayout,
  tradeoffRoles,
  tradeoffStory,
  tradeoffView,
  type Link,
} from '../../../web/src/models/tradeoff';

const graph = readFixtures(PATHS.fixtures).graph;
/** The truce's neighbourhood along the bargain's types, two steps out, as the API answers it. */
const links: Link[] = graph.relations
  .filter((r) => (TRADEOFF_RELATION_TYPES as string[]).includes(r.type))
  .map((r) => ({ from: r.from, to: r.to, type: r.type }));
const concessionsOf = (side: string) =>
  links.filter((l) => l.type === 'CONCEDED' && l.from === side).map((l) => l.to);
/** Label boxes like the canvas's: wide and a few lines tall. */
const boxes = (ids: string[]): NodeBox[] =>
  ids.map((id, i) => ({ id, x: i * 3, y: i * 2, left: -52, right: 52, top: -15, bottom: 60 }));

test('the story is the truce, both sides, their concessions and what was bought, nothing else', () => {
  const ids = tradeoffStory(links);
  expect(ids).toEqual(
    [
      'us-china-trade-truce',
      'united-states',
      'china',
      ...concessionsOf('united-states'),
      ...concessionsOf('china'),
      'trump-trip-to-beijing',
    ].sort(),
  );
  expect(ids).not.toContain('october-2025-trump-xi-summit');
  expect(ids).not.toContain('us-china-trade-war');
});

test('the view hides every other relation type and uses the trade-off layout', () => {
  const view = tradeoffView(['a', 'b']);
  expect(view.layout).toBe('tradeoff');
  expect(view.filters.hiddenRelationTypes).not.toContain('TRADED_FOR');
  expect(view.filters.hiddenRelationTypes).toContain('SANCTIONED');
  expect([...view.filters.hiddenRelationTypes, ...TRADEOFF_RELATION_TYPES].sort()).toEqual(
    [...RELATION_TYPES].sort(),
  );
});

test('the US goes left (its concessions were traded for China’s), China right, the truce below', () => {
  const ids = tradeoffStory(links);
  const roles = tradeoffRoles(ids, links);
  expect(roles.left).toBe('united-states');
  expect(roles.right).toBe('china');
  expect(roles.event).toBe('us-china-trade-truce');
  expect([...roles.leftColumn].sort()).toEqual(concessionsOf('united-states').sort());
  expect([...roles.rightColumn].sort()).toEqual([...concessionsOf('china'), 'trump-trip-to-beijing'].sort());
  expect(roles.others).toEqual([]);
  // Arrows between the columns do not cross; parts sit next to what they are part of.
  expect(columnCost(roles.leftColumn, roles.rightColumn, links)).toBe(0);
});

test('positions: sides at the extremes, US concessions left of China’s, no overlap, deterministic', () => {
  const ids = tradeoffStory(links);
  const at = tradeoffLayout(boxes(ids), links);
  const x = (id: string) => at[id]?.x ?? NaN;
  const us = concessionsOf('united-states');
  const china = concessionsOf('china');
  expect(Math.max(...us.map(x))).toBeLessThan(Math.min(...china.map(x)));
  for (const id of ids.filter((i) => i !== 'united-states')) expect(x('united-states')).toBeLessThan(x(id));
  for (const id of ids.filter((i) => i !== 'china')) expect(x('china')).toBeGreaterThan(x(id));
  const truce = at['us-china-trade-truce'];
  expect(truce?.x).toBeCloseTo(0);
  for (const id of [...us, ...china]) expect(truce?.y).toBeGreaterThan(at[id]?.y ?? Infinity);
  const placed = boxes(ids).map((b) => ({ ...b, ...at[b.id] }));
  expect(countOverlaps(placed)).toBe(0);
  expect(tradeoffLayout(boxes([...ids].reverse()), [...links].reverse())).toEqual(at);
});

test('entities outside the bargain go in rows below it', () => {
  const ids = [...tradeoffStory(links), 'mss', 'salt-typhoon'];
  const roles = tradeoffRoles(ids, links);
  expect(roles.others).toEqual(['mss', 'salt-typhoon']);
  const at = tradeoffLayout(boxes(ids), links);
  expect(at.mss?.y).toBeGreaterThan(at['us-china-trade-truce']?.y ?? Infinity);
  expect(countOverlaps(boxes(ids).map((b) => ({ ...b, ...at[b.id] })))).toBe(0);
});

test('on the whole graph, what lies outside the bargain keeps its force layout, as a block below', () => {
  const all = graph.entities.map((e) => e.id);
  const allLinks: Link[] = graph.relations.map((r) => ({ from: r.from, to: r.to, type: r.type }));
  const others = tradeoffRoles(all, allLinks).others;
  expect(others.length).toBeGreaterThan(20);
  // A force layout's answer, as the graph layer hands it over: spread out, related ones close.
  const forced = Object.fromEntries(
    others.map((id, i) => [id, { x: (i % 7) * 140, y: Math.floor(i / 7) * 110 }]),
  );
  const at = tradeoffLayout(boxes(all), allLinks, undefined, forced);
  expect(Object.keys(at).sort()).toEqual([...all].sort());
  const story = tradeoffStory(allLinks).filter((id) => all.includes(id));
  const pictureBottom = Math.max(...story.map((id) => (at[id]?.y ?? 0) + 60));
  for (const id of others) expect(at[id]?.y ?? -Infinity).toBeGreaterThan(pictureBottom);
  expect(countOverlaps(boxes(all).map((b) => ({ ...b, ...at[b.id] })))).toBe(0);
  // The arrangement is moved as one: offsets between the others are those the force layout gave.
  const [a, b] = others;
  const dx = (id: string) => (at[id]?.x ?? 0) - (forced[id]?.x ?? 0);
  const dy = (id: string) => (at[id]?.y ?? 0) - (forced[id]?.y ?? 0);
  expect([dx(a ?? ''), dy(a ?? '')]).toEqual([dx(b ?? ''), dy(b ?? '')]);
});

test('orderColumns untangles crossing links and keeps its answer stable', () => {
  const crossing = [
    { from: 'a', to: 'y' },
    { from: 'b', to: 'x' },
  ];
  expect(columnCost(['a', 'b'], ['x', 'y'], crossing)).toBe(3);
  const ordered = orderColumns(['a', 'b'], ['x', 'y'], crossing);
  expect(columnCost(ordered.left, ordered.right, crossing)).toBe(0);
  expect(orderColumns(['a', 'b'], ['x', 'y'], crossing)).toEqual(ordered);
});
