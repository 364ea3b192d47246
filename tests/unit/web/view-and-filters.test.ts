import { visibleGraph } from '../../../web/src/models/filters';
import { emptyCache, mergeSubgraph } from '../../../web/src/models/graph';
import {
  addNodes,
  collapseView,
  expandView,
  hideNodes,
  initialView,
  isolate,
  noFilters,
  showHidden,
  withFilters,
} from '../../../web/src/models/view';
import { entity, relation } from './graph-builders';

const cache = mergeSubgraph(emptyCache(), {
  nodes: [
    entity('mss', 'Agency', 4),
    entity('china', 'Country', 20),
    entity('salt-typhoon', 'ThreatActor', 10),
    entity('treasury', 'Agency', 3),
    entity('front-companies', 'Organization', 1),
  ],
  edges: [
    relation('china', 'mss', 'DIRECTS'),
    relation('mss', 'salt-typhoon', 'DIRECTS'),
    relation('treasury', 'mss', 'SANCTIONED', 'cancelled'),
    relation('mss', 'front-companies', 'SUPPORTED'),
    relation('salt-typhoon', 'china', 'ATTRIBUTED_TO', 'alleged'),
  ],
  truncated: false,
});

describe('visibleGraph', () => {
  test('shows loaded entities and the relations among them', () => {
    const g = visibleGraph(cache, initialView(['mss', 'china', 'salt-typhoon']));
    expect(g.nodes.map((n) => n.id)).toEqual(['mss', 'china', 'salt-typhoon']);
    expect(g.edges.map((e) => e.id).sort()).toEqual([
      'china-DIRECTS-mss',
      'mss-DIRECTS-salt-typhoon',
      'salt-typhoon-ATTRIBUTED_TO-china',
    ]);
  });

  test('filters by entity type, relation type and status, and drops hidden entities', () => {
    const all = initialView(Object.keys(cache.entities));
    const byType = visibleGraph(cache, withFilters(all, { ...noFilters(), hiddenEntityTypes: ['Country'] }));
    expect(byType.nodes.map((n) => n.id)).not.toContain('china');
    expect(byType.edges.some((e) => e.from === 'china' || e.to === 'china')).toBe(false);

    const byRelation = visibleGraph(
      cache,
      withFilters(all, { ...noFilters(), hiddenRelationTypes: ['DIRECTS'] }),
    );
    expect(byRelation.edges.map((e) => e.type)).not.toContain('DIRECTS');
    expect(byRelation.nodes).toHaveLength(5);

    const byStatus = visibleGraph(
      cache,
      withFilters(all, { ...noFilters(), hiddenStatuses: ['alleged', 'cancelled'] }),
    );
    expect(byStatus.edges.map((e) => e.status).sort()).toEqual(['active', 'active', 'active']);

    const hidden = visibleGraph(cache, hideNodes(all, ['treasury']));
    expect(hidden.nodes.map((n) => n.id)).not.toContain('treasury');
    expect(visibleGraph(cache, showHidden(hideNodes(all, ['treasury']))).nodes).toHaveLength(5);
  });
});

describe('expansion', () => {
  test('adds at most `cap` neighbours, most connected first, and says how many are left', () => {
    const start = isolate(initialView(Object.keys(cache.entities)), 'mss');
    const first = expandView(start, cache, 'mss', { relationTypes: [], cap: 2 });
    expect(first.added).toEqual(['china', 'salt-typhoon']);
    expect(first.remaining).toBe(2);
    const more = expandView(first.view, cache, 'mss', { relationTypes: [], cap: 2 });
    expect(more.added).toEqual(['treasury', 'front-companies']);
    expect(more.remaining).toBe(0);
  });

  test('follows only the chosen relation types', () => {
    const result = expandView(initialView(['mss']), cache, 'mss', { relationTypes: ['SANCTIONED'], cap: 10 });
    expect(result.added).toEqual(['treasury']);
  });

  test('collapse removes only neighbours that hang on the entity alone', () => {
    const view = initialView(['mss', 'china', 'salt-typhoon', 'treasury', 'front-companies']);
    const collapsed = collapseView(view, cache, 'mss');
    // china and salt-typhoon stay: they are related to each other.
    expect(collapsed.nodeIds).toEqual(['mss', 'china', 'salt-typhoon']);
  });

  test('addNodes keeps order and un-hides', () => {
    const view = hideNodes(initialView(['mss', 'china']), ['china']);
    expect(addNodes(view, ['china', 'treasury'])).toMatchObject({
      nodeIds: ['mss', 'china', 'treasury'],
      hiddenIds: [],
    });
  });
});
