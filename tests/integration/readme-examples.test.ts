/**
 * Every ```graphql example of the README's "Querying (analysts)" section, run as written against
 * the real server over the seeded graph. Each answer is checked against what the fixture files
 * say, so a README example that drifts from the API or from the data fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RelationFixture } from '../../server/src/fixtures/schema';
import { readFixtures } from '../../server/src/fixtures/validate';
import { PATHS, REPO_ROOT } from '../../server/src/paths';
import { useApi } from '../support/api';
import { gql } from '../support/server';

const SECTION = '## Querying (analysts)';

interface Example {
  heading: string;
  query: string;
}

/** The ```graphql blocks of one `## ` section, each with the `### ` heading above it. */
function examplesOf(markdown: string, section: string): Example[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(section);
  if (start < 0) throw new Error(`README has no "${section}" section`);
  const next = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const examples: Example[] = [];
  let heading = '';
  let block: string[] | undefined;
  for (const line of lines.slice(start + 1, next < 0 ? undefined : next)) {
    if (block) {
      if (line === '```') {
        examples.push({ heading, query: block.join('\n') });
        block = undefined;
      } else block.push(line);
    } else if (line.startsWith('### ')) heading = line.slice(4).trim();
    else if (line.trim() === '```graphql') block = [];
  }
  return examples;
}

const examples = examplesOf(fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8'), SECTION);

// --- what the fixture files say ---------------------------------------------------------------

const fixtures = readFixtures(PATHS.fixtures).graph;
const entityOf = new Map(fixtures.entities.map((e) => [e.id, e]));
const sourceOf = new Map(fixtures.sources.map((s) => [s.id, s]));
/** Code-point order, as Cypher's ORDER BY sorts strings (localeCompare would ignore hyphens). */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => cmp(a.id, b.id));
const label = (type: string) => type.toLowerCase().replaceAll('_', ' ');
const entity = (id: string) => {
  const found = entityOf.get(id);
  if (!found) throw new Error(`no fixture entity ${id}`);
  return found;
};
const rels = (where: (r: RelationFixture) => boolean) => byId(fixtures.relations.filter(where));
const degree = (id: string) => fixtures.relations.filter((r) => r.from === id || r.to === id).length;
const between = (a: string, b: string) =>
  fixtures.relations.filter((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a));

/** Per type, most first, then by type: as stats() counts them. */
function countsByType(types: string[]) {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || cmp(a.type, b.type));
}

/** The k shortest simple paths (distinct node sequences), ordered by length then ids, like paths.cypher. */
function shortestPaths(from: string, to: string, k: number, excludeTypes: string[] = []): string[][] {
  const neighbours = new Map<string, Set<string>>();
  for (const r of fixtures.relations) {
    neighbours.set(r.from, (neighbours.get(r.from) ?? new Set()).add(r.to));
    neighbours.set(r.to, (neighbours.get(r.to) ?? new Set()).add(r.from));
  }
  for (let maxLength = 1; maxLength <= 6; maxLength += 1) {
    const found: string[][] = [];
    const walk = (trail: string[]) => {
      const last = trail[trail.length - 1] as string;
      if (last === to) {
        found.push([...trail]);
        return;
      }
      if (trail.length > maxLength) return;
      for (const n of neighbours.get(last) ?? []) {
        if (trail.includes(n) || (n !== to && excludeTypes.includes(entity(n).type))) continue;
        walk([...trail, n]);
      }
    };
    walk([from]);
    if (found.length >= k || maxLength === 6) {
      const key = (p: string[]) => p.join('\u0000');
      return found.sort((a, b) => a.length - b.length || cmp(key(a), key(b))).slice(0, k);
    }
  }
  return [];
}

/** neighborhood.cypher over the fixtures: breadth first, kept by (distance, id), edges by id. */
function neighbourhood(centre: string, depth: number, statuses: string[]) {
  const passing = fixtures.relations.filter((r) => statuses.includes(r.status));
  const distance = new Map([[centre, 0]]);
  let frontier = [centre];
  for (let d = 1; d <= depth; d += 1) {
    const next = new Set<string>();
    for (const r of passing) {
      for (const [a, b] of [
        [r.from, r.to],
        [r.to, r.from],
      ] as const) {
        if (frontier.includes(a) && !distance.has(b)) next.add(b);
      }
    }
    for (const n of next) distance.set(n, d);
    frontier = [...next];
  }
  const nodes = [...distance].sort(([a, da], [b, db]) => da - db || cmp(a, b)).map(([id]) => id);
  const edges = byId(passing.filter((r) => distance.has(r.from) && distance.has(r.to)));
  return { nodes, edges };
}

// --- the checks, one per README heading ------------------------------------------------------

interface EntityRef {
  id: string;
  name: string;
  type?: string;
}
interface Conn<T> {
  totalCount?: number;
  nodes: T[];
}
type Check = (data: unknown, query: string) => void | Promise<void>;
const check =
  <T>(fn: (data: T, query: string) => void | Promise<void>): Check =>
  (data, query) =>
    fn(data as T, query);

const api = useApi();

const checks: Record<string, Check> = {
  'Everything Salt Typhoon hacked or eavesdropped on': check<{
    entity: {
      name: string;
      relations: Conn<{ label: string; status: string; to: EntityRef; summary: string }>;
    };
  }>(({ entity: st }) => {
    const expected = rels(
      (r) => r.from === 'salt-typhoon' && (r.type === 'HACKED' || r.type === 'EAVESDROPPED_ON'),
    );
    expect(st.name).toBe('Salt Typhoon');
    // totalCount must count the filtered relations (this one's 8), not every relation (its degree).
    expect(st.relations.totalCount).toBe(expected.length);
    expect(st.relations.nodes).toEqual(
      expected.map((r) => ({
        label: label(r.type),
        status: r.status,
        to: { id: r.to, name: entity(r.to).name, type: entity(r.to).type },
        summary: r.summary,
      })),
    );
    const targets = (l: string) => st.relations.nodes.filter((n) => n.label === l).map((n) => n.to.id);
    expect(targets('hacked')).toEqual(expect.arrayContaining(['us-telecoms', 'lawful-intercept-systems']));
    expect(targets('eavesdropped on')).toEqual(expect.arrayContaining(['donald-trump', 'key-us-officials']));
  }),

  'What the US conceded in the truce, and what each concession was traded for': check<{
    entity: {
      relations: Conn<{
        status: string;
        to: EntityRef & { relations: Conn<{ status: string; to: EntityRef }> };
      }>;
    };
  }>(({ entity: us }) => {
    const concessions = rels((r) => r.from === 'united-states' && r.type === 'CONCEDED');
    expect(us.relations.nodes).toEqual(
      concessions.map((c) => ({
        status: c.status,
        to: {
          id: c.to,
          name: entity(c.to).name,
          relations: {
            nodes: rels((r) => r.from === c.to && r.type === 'TRADED_FOR').map((t) => ({
              status: t.status,
              to: { id: t.to, name: entity(t.to).name },
            })),
          },
        },
      })),
    );
    const tradedFor = (id: string) =>
      us.relations.nodes.find((n) => n.to.id === id)?.to.relations.nodes.map((t) => t.to.id);
    const tariffs = us.relations.nodes.find((n) => n.to.name.includes('100% tariffs'));
    expect(tariffs?.to.id).toBe('us-cancels-100-percent-tariffs');
    expect(tradedFor('us-cancels-100-percent-tariffs')).toEqual([
      'china-postpones-rare-earth-licensing-regime',
    ]);
    expect(tradedFor('us-freezes-mss-sanctions')).toEqual(['china-postpones-rare-earth-licensing-regime']);
    expect(tradedFor('us-freezes-new-export-controls')).toEqual(['trump-trip-to-beijing']);
    expect(tradedFor('us-holds-all-tough-actions')).toHaveLength(4);
  }),

  'What China conceded, and which US concessions bought it': check<{
    relations: Conn<{
      status: string;
      summary: string;
      citedVia: { publisher: string } | null;
      to: EntityRef & { relations: Conn<{ from: EntityRef }> };
    }>;
  }>(({ relations }) => {
    const conceded = rels((r) => r.from === 'china' && r.type === 'CONCEDED');
    expect(relations.totalCount).toBe(conceded.length);
    expect(relations.nodes).toEqual(
      conceded.map((c) => ({
        status: c.status,
        summary: c.summary,
        citedVia: c.citedVia ? { publisher: sourceOf.get(c.citedVia)?.publisher } : null,
        to: {
          id: c.to,
          name: entity(c.to).name,
          relations: {
            nodes: rels((r) => r.to === c.to && r.type === 'TRADED_FOR').map((t) => ({
              from: { id: t.from, name: entity(t.from).name },
            })),
          },
        },
      })),
    );
    const licensing = relations.nodes.find((n) => n.to.id === 'china-postpones-rare-earth-licensing-regime');
    expect(licensing?.to.relations.nodes.map((n) => n.from.id)).toEqual([
      'us-cancels-100-percent-tariffs',
      'us-freezes-mss-sanctions',
      'us-holds-all-tough-actions',
    ]);
  }),

  'The shortest path from the MSS to Donald Trump': check<{
    shortestPath: {
      length: number;
      nodes: EntityRef[];
      edges: Array<{ from: { id: string }; label: string; to: { id: string }; status: string }>;
    };
  }>(({ shortestPath: p }) => {
    const [expected] = shortestPaths('mss', 'donald-trump', 1);
    // The MSS directs Salt Typhoon, which eavesdropped on Trump: the first two-hop route in id order.
    expect(expected).toEqual(['mss', 'salt-typhoon', 'donald-trump']);
    expect(p.length).toBe(2);
    expect(p.nodes).toEqual(expected?.map((id) => ({ id, name: entity(id).name, type: entity(id).type })));
    expect(p.edges).toHaveLength(2);
    p.edges.forEach((edge, i) => {
      const options = between(expected?.[i] ?? '', expected?.[i + 1] ?? '').map((r) => ({
        from: { id: r.from },
        label: label(r.type),
        to: { id: r.to },
        status: r.status,
      }));
      expect(options).toContainEqual(edge);
    });
    expect(p.edges[1]).toEqual({
      from: { id: 'salt-typhoon' },
      label: 'eavesdropped on',
      to: { id: 'donald-trump' },
      status: 'occurred',
    });
  }),

  'The three shortest paths that avoid the country hubs': check<{
    paths: Array<{ length: number; nodes: Array<{ id: string; name: string }>; edges: unknown[] }>;
  }>(({ paths }) => {
    const expected = shortestPaths('mss', 'donald-trump', 3, ['Country']);
    expect(expected).toEqual([
      ['mss', 'salt-typhoon', 'donald-trump'],
      ['mss', 'front-companies', 'salt-typhoon', 'donald-trump'],
      ['mss', 'us-freezes-mss-sanctions', 'china-hawks', 'donald-trump'],
    ]);
    expect(paths.map((p) => p.nodes.map((n) => n.id))).toEqual(expected);
    for (const p of paths) {
      expect(p.length).toBe(p.nodes.length - 1);
      expect(p.edges).toHaveLength(p.length);
      expect(p.nodes.map((n) => n.name)).toEqual(p.nodes.map((n) => entity(n.id).name));
      expect(p.nodes.slice(1, -1).map((n) => entity(n.id).type)).not.toContain('Country');
    }
  }),

  'The sources behind a relation': check<{
    freeze: {
      label: string;
      status: string;
      summary: string;
      anonymousSource: string | null;
      sources: Array<{ id: string; publisher: string; kind: string }>;
      citedVia: { id: string } | null;
    };
    exportControls: {
      summary: string;
      sources: Array<{ id: string; publisher: string }>;
      citedVia: { id: string; publisher: string } | null;
      quote: { text: string; speaker: { name: string } } | null;
    };
  }>(({ freeze, exportControls }) => {
    const [fs1] = rels((r) => r.id === 'united-states-conceded-us-freezes-mss-sanctions');
    const [fs2] = rels((r) => r.id === 'zack-cooper-criticized-us-freezes-new-export-controls');
    if (!fs1 || !fs2) throw new Error('fixture relations missing');
    const source = (id: string) => sourceOf.get(id);
    expect(freeze).toEqual({
      label: label(fs1.type),
      status: fs1.status,
      summary: fs1.summary,
      anonymousSource: fs1.anonymousSource,
      sources: fs1.sourceIds.map((id) => ({
        id,
        publisher: source(id)?.publisher,
        kind: source(id)?.kind.replaceAll('-', '_'), // the GraphQL enum spells news-report news_report
      })),
      citedVia: { id: fs1.citedVia },
    });
    expect(freeze.anonymousSource).toBe('sources familiar with the matter');
    expect(freeze.citedVia?.id).toBe('financial-times');
    expect(exportControls).toEqual({
      summary: fs2.summary,
      sources: fs2.sourceIds.map((id) => ({ id, publisher: source(id)?.publisher })),
      citedVia: { id: 'zack-cooper-commentary', publisher: source('zack-cooper-commentary')?.publisher },
      quote: { text: fs2.quote?.text, speaker: { name: 'Zack Cooper' } },
    });
    expect(exportControls.sources.map((s) => s.id)).toContain('ree-article');
  }),

  'Search, typos included': check<{ search: Array<{ score: number; entity: EntityRef }> }>(({ search }) => {
    expect(search.length).toBeGreaterThan(0);
    expect(search.length).toBeLessThanOrEqual(5);
    expect(search[0]?.entity).toEqual({ id: 'salt-typhoon', name: 'Salt Typhoon', type: 'ThreatActor' });
    const scores = search.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(search[0]?.score).toBeGreaterThan(search[1]?.score ?? 0);
    for (const hit of search) expect(hit.entity.name).toBe(entity(hit.entity.id).name);
  }),

  'What holds now around rare earths, two hops out': check<{
    neighborhood: {
      truncated: boolean;
      nodes: EntityRef[];
      edges: Array<{ id: string; label: string; status: string }>;
    };
  }>(({ neighborhood: hood }) => {
    const expected = neighbourhood('rare-earths', 2, ['active', 'postponed']);
    expect(hood.truncated).toBe(false);
    expect(hood.nodes).toEqual(
      expected.nodes.map((id) => ({ id, name: entity(id).name, type: entity(id).type })),
    );
    expect(hood.edges).toEqual(
      expected.edges.map((r) => ({ id: r.id, label: label(r.type), status: r.status })),
    );
    const ids = hood.nodes.map((n) => n.id);
    expect(ids[0]).toBe('rare-earths');
    expect(ids).toEqual(expect.arrayContaining(['china', 'united-states', 'us-freezes-mss-sanctions']));
    const edgeIds = hood.edges.map((e) => e.id);
    expect(edgeIds).toContain('china-restricted-rare-earths-licensing-regime');
    expect(edgeIds).not.toContain('china-restricted-rare-earths-early-2025');
    expect(edgeIds).not.toContain('united-states-sanctioned-mss');
    expect(new Set(hood.edges.map((e) => e.status))).toEqual(new Set(['active', 'postponed']));
  }),

  'Everything the article marks alleged or unverified': check<{
    relations: Conn<{ id: string; status: string; summary: string; label: string }> & {
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  }>(async ({ relations }, query) => {
    const expected = rels((r) => r.status === 'alleged' || r.status === 'unverified');
    const page = Number(/first: (\d+)/.exec(query)?.[1]);
    expect(expected.length).toBeGreaterThan(page);
    expect(relations.totalCount).toBe(expected.length);
    expect(relations.nodes.map((n) => n.id)).toEqual(expected.slice(0, page).map((r) => r.id));
    expect(relations.pageInfo.hasNextPage).toBe(true);
    expect(relations.nodes.map((n) => n.label)).toEqual(expected.slice(0, page).map((r) => label(r.type)));
    // The next page, as the README says: pass endCursor as `after`.
    const next = query.replace(`first: ${page}`, `first: ${page}, after: "${relations.pageInfo.endCursor}"`);
    expect(next).not.toBe(query);
    const { body } = await gql<{ relations: Conn<{ id: string }> & { pageInfo: { hasNextPage: boolean } } }>(
      api.url,
      next,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.relations.nodes.map((n) => n.id)).toEqual(
      expected.slice(page, 2 * page).map((r) => r.id),
    );
    expect(body.data?.relations.pageInfo.hasNextPage).toBe(expected.length > 2 * page);
    const all = [...relations.nodes, ...(body.data?.relations.nodes ?? [])];
    expect(all.map((n) => n.id)).toContain('stephen-miller-instructed-us-federal-agencies');
    expect(all.map((n) => n.id)).toContain('us-freezes-new-export-controls-traded-for-trump-trip-to-beijing');
  }),

  'The size and shape of the graph': check<{
    stats: {
      entities: number;
      relations: number;
      sources: number;
      entityTypes: Array<{ type: string; count: number }>;
      relationTypes: Array<{ type: string; count: number }>;
      mostConnected: Array<{ id: string; name: string; degree: number }>;
    };
  }>(({ stats }) => {
    const top = [...fixtures.entities]
      .sort((a, b) => degree(b.id) - degree(a.id) || cmp(a.id, b.id))
      .slice(0, 5)
      .map((e) => ({ id: e.id, name: e.name, degree: degree(e.id) }));
    expect(stats).toEqual({
      entities: fixtures.entities.length,
      relations: fixtures.relations.length,
      sources: fixtures.sources.length,
      entityTypes: countsByType(fixtures.entities.map((e) => e.type)),
      relationTypes: countsByType(fixtures.relations.map((r) => r.type)),
      mostConnected: top,
    });
  }),
};

// --- the tests ---------------------------------------------------------------------------------

describe(`README "${SECTION}"`, () => {
  it('has 8 to 10 ```graphql examples, each under its own heading', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(examples.length).toBeLessThanOrEqual(10);
    expect(new Set(examples.map((e) => e.heading)).size).toBe(examples.length);
  });

  it('has a check for every example and an example for every check', () => {
    expect(examples.map((e) => e.heading).sort()).toEqual(Object.keys(checks).sort());
  });

  it.each(examples)('runs "$heading" as written, without errors, with the expected answer', async (ex) => {
    const { status, body } = await gql(api.url, ex.query);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const verify = checks[ex.heading];
    if (!verify) throw new Error(`no check for the README example "${ex.heading}"`);
    await verify(body.data, ex.query);
  });
});
