import {
  emptyCache,
  groupRelations,
  hubIds,
  mergeSubgraph,
  missingSources,
  neighbourEntities,
} from '../../../web/src/models/graph';
import { entity, relation } from './graph-builders';

describe('mergeSubgraph', () => {
  test('adds nodes, edges and sources by id without duplicates', () => {
    const first = mergeSubgraph(emptyCache(), {
      nodes: [entity('mss'), entity('china', 'Country')],
      edges: [relation('china', 'mss')],
      sources: [{ id: 'article', title: 'T', publisher: 'P', published: '2025', kind: 'article', url: null }],
      truncated: false,
    });
    const second = mergeSubgraph(first, {
      nodes: [entity('mss', 'Agency', 5), entity('salt-typhoon', 'ThreatActor')],
      edges: [relation('china', 'mss'), relation('mss', 'salt-typhoon')],
      truncated: false,
    });
    expect(Object.keys(second.entities).sort()).toEqual(['china', 'mss', 'salt-typhoon']);
    expect(Object.keys(second.relations)).toHaveLength(2);
    expect(second.entities.mss?.degree).toBe(5);
    expect(second.sources.article?.publisher).toBe('P');
  });

  test('leaves the cache it was given untouched', () => {
    const cache = mergeSubgraph(emptyCache(), { nodes: [entity('a')], edges: [], truncated: false });
    mergeSubgraph(cache, { nodes: [entity('b')], edges: [], truncated: false });
    expect(Object.keys(cache.entities)).toEqual(['a']);
  });
});

describe('missingSources', () => {
  const article = {
    id: 'article',
    title: 'T',
    publisher: 'P',
    published: '2025',
    kind: 'article' as const,
    url: null,
  };
  test('names each cited source the cache and the subgraph lack, once, citedVia included', () => {
    const cited = { ...relation('mss', 'china'), sourceIds: ['article', 'ft'], citedViaId: 'reuters' };
    const cache = mergeSubgraph(emptyCache(), { nodes: [], edges: [], sources: [article], truncated: false });
    const subgraph = {
      nodes: [entity('mss'), { ...entity('china'), sourceIds: ['ft', 'nikkei'] }],
      edges: [cited],
      truncated: false,
    };
    expect(missingSources(cache, subgraph).sort()).toEqual(['ft', 'nikkei', 'reuters']);
    expect(missingSources(emptyCache(), { ...subgraph, sources: [article] }).sort()).toEqual([
      'ft',
      'nikkei',
      'reuters',
    ]);
    expect(missingSources(cache, { nodes: [entity('a')], edges: [], truncated: false })).toEqual([]);
  });
});

describe('neighbours and groups', () => {
  const cache = mergeSubgraph(emptyCache(), {
    nodes: [entity('hub', 'Country', 9), entity('a', 'Person', 1), entity('b', 'Person', 3), entity('c')],
    edges: [relation('hub', 'a'), relation('b', 'hub', 'CRITICIZED'), relation('c', 'hub', 'CRITICIZED')],
    truncated: false,
  });

  test('lists neighbours most connected first, optionally by relation type', () => {
    expect(neighbourEntities(cache, 'hub').map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(neighbourEntities(cache, 'hub', ['CRITICIZED']).map((e) => e.id)).toEqual(['b', 'c']);
  });

  test('groups relations by label and finds hubs', () => {
    const groups = groupRelations(Object.values(cache.relations));
    expect(groups.map((g) => [g.label, g.relations.length])).toEqual([
      ['criticized', 2],
      ['directs', 1],
    ]);
    expect(hubIds(cache, 5)).toEqual(['hub']);
  });
});
