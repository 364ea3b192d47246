import neo4j from 'neo4j-driver';
import { cypher } from '../../server/src/db/cypher';
import { luceneQuery, namePatterns, searchWindow } from '../../server/src/search/lucene';
import { useApi } from '../support/api';

const api = useApi();

/** Ids of fixture entities linked to `id` by any relation (either direction). */
function fixtureNeighbours(id: string): Set<string> {
  const out = new Set<string>();
  for (const r of api.fixtures.relations) {
    if (r.from === id) out.add(r.to);
    if (r.to === id) out.add(r.from);
  }
  return out;
}

describe('entity and entities', () => {
  it('returns one entity with its sources and relations, and null for an unknown id', async () => {
    const data = await api.data(`{
      mss: entity(id: "mss") { id name type aliases degree sources { id publisher } relations(first: 100) { totalCount nodes { id } } }
      none: entity(id: "no-such-entity") { id }
    }`);
    const fixture = api.fixtures.entities.find((e) => e.id === 'mss');
    const relationIds = api.fixtures.relations
      .filter((r) => r.from === 'mss' || r.to === 'mss')
      .map((r) => r.id)
      .sort();
    expect(data.mss).toMatchObject({
      id: 'mss',
      name: fixture?.name,
      type: 'Agency',
      aliases: fixture?.aliases,
    });
    expect(data.mss.degree).toBe(relationIds.length);
    expect(data.mss.relations.totalCount).toBe(relationIds.length);
    expect(data.mss.relations.nodes.map((r: { id: string }) => r.id)).toEqual(relationIds);
    expect(data.mss.sources.map((s: { id: string }) => s.id)).toEqual(fixture?.sourceIds);
    expect(data.none).toBeNull();
  });

  it('pages through every entity in id order with keyset cursors: no gaps, no repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data: any = await api.data(
        `query($after: String) { entities(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`,
        { after },
      );
      pages += 1;
      expect(data.entities.totalCount).toBe(api.fixtures.entities.length);
      seen.push(...data.entities.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!data.entities.pageInfo.hasNextPage) break;
      after = data.entities.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(api.fixtures.entities.length / 7));
    expect(seen).toEqual(api.fixtures.entities.map((e) => e.id).sort());
  });

  it('counts only the relations that pass the filters', async () => {
    const data = await api.data(`{ entity(id: "salt-typhoon") {
      hacked: relations(types: [HACKED], direction: OUTGOING) { totalCount nodes { type from { id } } }
      incoming: relations(direction: INCOMING, first: 100) { totalCount nodes { to { id } } }
    } }`);
    const hacked = api.fixtures.relations.filter((r) => r.type === 'HACKED' && r.from === 'salt-typhoon');
    const incoming = api.fixtures.relations.filter((r) => r.to === 'salt-typhoon');
    expect(data.entity.hacked.totalCount).toBe(hacked.length);
    expect(data.entity.hacked.nodes).toHaveLength(hacked.length);
    expect(data.entity.incoming.totalCount).toBe(incoming.length);
    for (const r of data.entity.incoming.nodes) expect(r.to.id).toBe('salt-typhoon');
  });

  it('filters by type and by a substring of the name or an alias', async () => {
    const data = await api.data(`{
      people: entities(filter: { types: [Person] }, first: 100) { totalCount nodes { id type } }
      byAlias: entities(filter: { search: "mss" }) { nodes { id } }
    }`);
    const people = api.fixtures.entities
      .filter((e) => e.type === 'Person')
      .map((e) => e.id)
      .sort();
    expect(data.people.totalCount).toBe(people.length);
    expect(data.people.nodes.map((n: { id: string }) => n.id)).toEqual(people);
    expect(data.byAlias.nodes.map((n: { id: string }) => n.id)).toContain('mss');
  });
});

describe('search', () => {
  it.each([
    ['ministry', 'mss'],
    ['salt typhon', 'salt-typhoon'],
    ['Xi', 'xi-jinping'],
    ['rare earth', 'rare-earths'],
    ['treasury', 'us-treasury'],
    // Exact names and aliases come before entities that merely mention the words.
    ['china', 'china'],
    ['mss', 'mss'],
    ['US', 'united-states'],
    ['department of defense', 'pentagon'],
    ['China hawks', 'china-hawks'],
  ])('"%s" ranks %s first', async (text, id) => {
    const data = await api.data(`query($text: String!) { search(text: $text) { score entity { id } } }`, {
      text,
    });
    expect(data.search[0].entity.id).toBe(id);
    const scores = data.search.map((h: { score: number }) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('lists exact matches of a name or alias first, then those holding the words as a phrase', async () => {
    const data = await api.data(`{ search(text: "china", first: 20) { entity { id name aliases } } }`);
    const names = (hit: { entity: { name: string; aliases: string[] } }) => [
      hit.entity.name,
      ...hit.entity.aliases,
    ];
    const isPhrase = (hit: { entity: { name: string; aliases: string[] } }) =>
      names(hit).some((n) => /(^|[^a-z])china([^a-z]|$)/i.test(n));
    const tiers = data.search.map((hit: { entity: { name: string; aliases: string[] } }) =>
      names(hit).some((n) => n.toLowerCase() === 'china') ? 2 : isPhrase(hit) ? 1 : 0,
    );
    expect(tiers[0]).toBe(2);
    expect(tiers).toContain(1);
    expect(tiers).toEqual([...tiers].sort((a: number, b: number) => b - a));
  });

  it('reads the full-text index in one statement that scans no label', async () => {
    const session = api.driver.session({ defaultAccessMode: 'READ' });
    try {
      const plan = (
        await session.run(`EXPLAIN ${cypher('search')}`, {
          query: luceneQuery('china'),
          ...namePatterns('china'),
          window: neo4j.int(searchWindow(10)),
          types: [],
          limit: neo4j.int(10),
        })
      ).summary.plan;
      const operators: string[] = [];
      const walk = (op: { operatorType: string; children: unknown[] }) => {
        operators.push(op.operatorType);
        op.children.forEach((c) => walk(c as typeof op));
      };
      if (!plan) throw new Error('EXPLAIN returned no plan');
      walk(plan);
      expect(operators.some((o) => o.startsWith('ProcedureCall'))).toBe(true);
      expect(operators.filter((o) => /Scan/.test(o))).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('narrows by entity type', async () => {
    const data = await api.data(`{ search(text: "china", types: [Person]) { entity { type } } }`);
    expect(data.search.length).toBeGreaterThan(0);
    for (const hit of data.search) expect(hit.entity.type).toBe('Person');
  });
});

describe('neighborhood', () => {
  const query = `query($id: ID!, $depth: Int, $limit: Int, $types: [RelationType!], $statuses: [RelationStatus!]) {
    neighborhood(id: $id, depth: $depth, limit: $limit, relationTypes: $types, statuses: $statuses) {
      truncated nodes { id } edges { id type status from { id } to { id } }
    }
  }`;

  it('at depth 1 holds the entity, its neighbours (nearest first) and the relations among them', async () => {
    const data = await api.data(query, { id: 'salt-typhoon', depth: 1 });
    const expected = fixtureNeighbours('salt-typhoon');
    const ids = data.neighborhood.nodes.map((n: { id: string }) => n.id);
    expect(ids[0]).toBe('salt-typhoon');
    expect(new Set(ids.slice(1))).toEqual(expected);
    expect(ids.slice(1)).toEqual([...ids.slice(1)].sort());
    expect(data.neighborhood.truncated).toBe(false);
    const kept = new Set(ids);
    const induced = api.fixtures.relations
      .filter((r) => kept.has(r.from) && kept.has(r.to))
      .map((r) => r.id)
      .sort();
    expect(data.neighborhood.edges.map((e: { id: string }) => e.id)).toEqual(induced);
  });

  it('grows with depth, marks truncation at the limit, and answers the same way twice', async () => {
    const one = await api.data(query, { id: 'mss', depth: 1 });
    const two = await api.data(query, { id: 'mss', depth: 2 });
    expect(two.neighborhood.nodes.length).toBeGreaterThan(one.neighborhood.nodes.length);
    const cut = await api.data(query, { id: 'mss', depth: 2, limit: 5 });
    expect(cut.neighborhood.truncated).toBe(true);
    expect(cut.neighborhood.nodes).toEqual(two.neighborhood.nodes.slice(0, 5));
    expect(await api.data(query, { id: 'mss', depth: 2 })).toEqual(two);
  });

  it('follows only the relation types and statuses asked for', async () => {
    const data = await api.data(query, { id: 'salt-typhoon', depth: 2, types: ['HACKED'] });
    for (const e of data.neighborhood.edges) expect(e.type).toBe('HACKED');
    const hacked = api.fixtures.relations
      .filter((r) => r.type === 'HACKED' && r.from === 'salt-typhoon')
      .map((r) => r.to);
    expect(data.neighborhood.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(hacked));
    const pledged = await api.data(query, { id: 'china', statuses: ['pledged'] });
    for (const e of pledged.neighborhood.edges) expect(e.status).toBe('pledged');
  });
});

describe('paths', () => {
  it('finds the shortest path from Salt Typhoon to Donald Trump', async () => {
    const data = await api.data(
      `{ shortestPath(from: "salt-typhoon", to: "donald-trump") { length nodes { id } edges { type from { id } to { id } } } }`,
    );
    const direct = api.fixtures.relations.find(
      (r) => [r.from, r.to].includes('salt-typhoon') && [r.from, r.to].includes('donald-trump'),
    );
    expect(direct).toBeDefined();
    expect(data.shortestPath).toEqual({
      length: 1,
      nodes: [{ id: 'salt-typhoon' }, { id: 'donald-trump' }],
      edges: [{ type: direct?.type, from: { id: direct?.from }, to: { id: direct?.to } }],
    });
  });

  it('returns k distinct simple paths, shortest first, avoiding excluded hubs', async () => {
    const data = await api.data(`{
      paths(from: "mss", to: "xi-jinping", k: 5, excludeTypes: [Country]) { length nodes { id type } }
    }`);
    expect(data.paths.length).toBeGreaterThan(1);
    const sequences = data.paths.map((p: { nodes: Array<{ id: string }> }) =>
      p.nodes.map((n) => n.id).join('>'),
    );
    expect(new Set(sequences).size).toBe(sequences.length);
    const lengths = data.paths.map((p: { length: number }) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const path of data.paths) {
      const ids = path.nodes.map((n: { id: string }) => n.id);
      expect(ids[0]).toBe('mss');
      expect(ids.at(-1)).toBe('xi-jinping');
      expect(new Set(ids).size).toBe(ids.length);
      for (const n of path.nodes.slice(1, -1)) expect(n.type).not.toBe('Country');
    }
  });

  it('returns null when no path fits within maxLength', async () => {
    const data = await api.data(`{ shortestPath(from: "mss", to: "xi-jinping", maxLength: 1) { length } }`);
    expect(data.shortestPath).toBeNull();
  });
});

describe('relations and sources', () => {
  it('returns a relation with its endpoints, status, dates, summary and every source', async () => {
    const fixture =
      api.fixtures.relations.find((r) => r.citedVia && r.quote) ??
      api.fixtures.relations.find((r) => r.citedVia);
    const data = await api.data(
      `query($id: ID!) { relation(id: $id) {
      id type label status date start end summary from { id } to { id } sources { id } citedVia { id } quote { text speaker { id } }
    } }`,
      { id: fixture?.id },
    );
    expect(data.relation).toMatchObject({
      id: fixture?.id,
      type: fixture?.type,
      label: fixture?.type.toLowerCase().replace(/_/g, ' '),
      status: fixture?.status,
      date: fixture?.date ?? null,
      start: fixture?.start ?? null,
      summary: fixture?.summary,
      from: { id: fixture?.from },
      to: { id: fixture?.to },
      citedVia: { id: fixture?.citedVia },
    });
    expect(data.relation.sources.map((s: { id: string }) => s.id)).toEqual(fixture?.sourceIds);
  });

  it('filters relations by type, status and endpoint, and pages them', async () => {
    const data = await api.data(`{
      all: relations(first: 100, filter: { statuses: [alleged, unverified] }) { totalCount nodes { id status } }
      fromTrump: relations(filter: { from: "donald-trump" }, first: 100) { nodes { from { id } } }
    }`);
    const hedged = api.fixtures.relations.filter((r) => r.status === 'alleged' || r.status === 'unverified');
    expect(data.all.totalCount).toBe(hedged.length);
    expect(data.all.nodes.map((r: { id: string }) => r.id)).toEqual(hedged.map((r) => r.id).sort());
    for (const r of data.fromTrump.nodes) expect(r.from.id).toBe('donald-trump');
  });

  it('lists every source, the article first, with the relations each supports', async () => {
    const data = await api.data(`{ sources { id kind relations(first: 100) { totalCount nodes { id } } } }`);
    expect(data.sources[0]).toMatchObject({ id: 'ree-article', kind: 'article' });
    expect(data.sources).toHaveLength(api.fixtures.sources.length);
    const article = data.sources[0];
    expect(article.relations.totalCount).toBe(api.fixtures.relations.length);
    const ft = data.sources.find((s: { id: string }) => s.id === 'financial-times');
    const ftRelations = api.fixtures.relations
      .filter((r) => r.sourceIds.includes('financial-times'))
      .map((r) => r.id)
      .sort();
    expect(ft.relations.nodes.map((r: { id: string }) => r.id)).toEqual(ftRelations);
  });
});

describe('stats and response hygiene', () => {
  it('counts per type and lists the most connected entities', async () => {
    const data = await api.data(
      `{ stats(top: 3) { entities relations sources entityTypes { type count } relationTypes { type count } mostConnected { id degree } } }`,
    );
    expect(data.stats.entities).toBe(api.fixtures.entities.length);
    expect(data.stats.relations).toBe(api.fixtures.relations.length);
    const hacked = api.fixtures.relations.filter((r) => r.type === 'HACKED').length;
    expect(data.stats.relationTypes).toContainEqual({ type: 'HACKED', count: hacked });
    const degrees = data.stats.mostConnected.map((e: { degree: number }) => e.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(data.stats.mostConnected).toHaveLength(3);
  });

  it('never leaks Neo4j Integer objects into a response', async () => {
    const { body } = await api.gql(`{ graph { nodes { degree } edges { id } } stats { entities } }`);
    expect(JSON.stringify(body)).not.toMatch(/"low"|"high"/);
    expect(typeof (body.data as any).stats.entities).toBe('number');
  });

  it('returns the whole graph for the explorer start view', async () => {
    const data = await api.data(`{ graph { truncated nodes { id } edges { id } } }`);
    expect(data.graph.truncated).toBe(false);
    expect(data.graph.nodes).toHaveLength(api.fixtures.entities.length);
    expect(data.graph.edges).toHaveLength(api.fixtures.relations.length);
  });
});
