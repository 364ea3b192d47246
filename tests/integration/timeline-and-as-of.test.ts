/**
 * The time API against the seeded graph: `timeline` lists the fixtures' dated relations in
 * order with their precision, `asOf` on graph and neighborhood keeps what had happened by then
 * (and every undated fact), and `subgraph` opens a set of ids as one view.
 */
import { useApi } from '../support/api';

const api = useApi();

const when = (r: { date?: string; start?: string }) => r.date ?? r.start;
const passes = (r: { date?: string; start?: string }, asOf: string) => !when(r) || (when(r) ?? '') <= asOf;

describe('timeline', () => {
  it('lists every dated relation in date-as-text order with its precision, and counts the undated', async () => {
    const data = await api.data(`{
      timeline { undatedCount events { when precision period end relation { id status } } }
    }`);
    const dated = api.fixtures.relations.filter((r) => when(r));
    const expected = dated
      .map((r) => ({ id: r.id, at: when(r) ?? '' }))
      .sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1));
    expect(data.timeline.events.map((e: { relation: { id: string } }) => e.relation.id)).toEqual(
      expected.map((e) => e.id),
    );
    expect(data.timeline.undatedCount).toBe(api.fixtures.relations.length - dated.length);
    const byId = new Map(data.timeline.events.map((e: any) => [e.relation.id, e]));
    expect(byId.get('donald-trump-met-with-xi-jinping')).toMatchObject({
      when: '2025-10-30',
      precision: 'DAY',
      period: false,
    });
    expect(byId.get('us-treasury-sanctioned-chinese-cybersecurity-firm')).toMatchObject({
      when: '2025-01',
      precision: 'MONTH',
    });
    expect(byId.get('salt-typhoon-exploited-routers-firewalls-vpn-devices')).toMatchObject({
      when: '2019',
      precision: 'YEAR',
      period: true,
      end: null,
    });
  });

  it('narrows to a range and to relation types', async () => {
    const data = await api.data(`{
      timeline(from: "2025-02", to: "2025-12", relationTypes: [RESTRICTED]) { events { when relation { id type } } }
    }`);
    const expected = api.fixtures.relations
      .filter(
        (r) =>
          r.type === 'RESTRICTED' && when(r) && (when(r) ?? '') >= '2025-02' && (when(r) ?? '') <= '2025-12',
      )
      .map((r) => r.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(data.timeline.events.map((e: any) => e.relation.id).sort()).toEqual(expected);
  });

  it('pages through the same order with cursors, and refuses a page size out of range or a foreign cursor', async () => {
    const all = await api.data(
      `{ timeline { events { relation { id } } pageInfo { hasNextPage endCursor } } }`,
    );
    const ids = all.timeline.events.map((e: { relation: { id: string } }) => e.relation.id);
    expect(all.timeline.pageInfo).toMatchObject({ hasNextPage: false });
    expect(ids.length).toBeGreaterThan(10);
    const PAGE = `query($after: String) {
      timeline(first: 7, after: $after) { events { relation { id } } pageInfo { hasNextPage hasPreviousPage endCursor } }
    }`;
    const paged: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages += 1) {
      type Page = {
        events: Array<{ relation: { id: string } }>;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      };
      const data: { timeline: Page } = await api.data(PAGE, { after });
      const page = data.timeline;
      paged.push(...page.events.map((e) => e.relation.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.events.length).toBe(page.pageInfo.hasNextPage ? 7 : ids.length % 7 || 7);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(ids);
    for (const [query, argument] of [
      ['{ timeline(first: 0) { undatedCount } }', 'first'],
      ['{ timeline(first: 5001) { undatedCount } }', 'first'],
      ['{ timeline(after: "aWQ6bXNz") { undatedCount } }', 'after'],
    ] as const) {
      const error = await api.error(query);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('refuses a malformed date with a coded error naming the format', async () => {
    const error = await api.error(`{ timeline(from: "2025-13") { undatedCount } }`);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/YYYY/);
  });
});

describe('asOf', () => {
  it('keeps in graph only the relations undated or dated on or before the date', async () => {
    const asOf = '2025-06';
    const data = await api.data(`query ($asOf: Date) { graph(asOf: $asOf) { edges { id } } }`, { asOf });
    const expected = api.fixtures.relations
      .filter((r) => passes(r, asOf))
      .map((r) => r.id)
      .sort();
    expect(data.graph.edges.map((e: { id: string }) => e.id).sort()).toEqual(expected);
    // The summit of 2025-10-30 had not happened yet; January's sanctions had.
    expect(expected).not.toContain('donald-trump-met-with-xi-jinping');
    expect(expected).toContain('us-treasury-sanctioned-chinese-cybersecurity-firm');
  });

  it('filters what neighborhood follows and returns', async () => {
    const asOf = '2025-10-29';
    const before = await api.data(
      `query ($asOf: Date) { neighborhood(id: "october-2025-trump-xi-summit", asOf: $asOf) { nodes { id } edges { id } } }`,
      { asOf },
    );
    const after = await api.data(
      `{ neighborhood(id: "october-2025-trump-xi-summit", asOf: "2025-10-30") { nodes { id } edges { id } } }`,
    );
    const touching = api.fixtures.relations.filter(
      (r) => r.from === 'october-2025-trump-xi-summit' || r.to === 'october-2025-trump-xi-summit',
    );
    expect(before.neighborhood.nodes.map((n: { id: string }) => n.id)).toEqual([
      'october-2025-trump-xi-summit',
    ]);
    const ends = new Set(touching.flatMap((r) => [r.from, r.to]));
    expect(after.neighborhood.nodes.map((n: { id: string }) => n.id).sort()).toEqual([...ends].sort());
    const among = api.fixtures.relations.filter(
      (r) => ends.has(r.from) && ends.has(r.to) && passes(r, '2025-10-30'),
    );
    expect(after.neighborhood.edges.map((e: { id: string }) => e.id).sort()).toEqual(
      among.map((r) => r.id).sort(),
    );
  });
});

describe('subgraph', () => {
  it('returns the named entities, the ends of named relations and the relations among them', async () => {
    const relation = api.fixtures.relations.find(
      (r) => r.id === 'us-freezes-mss-sanctions-traded-for-china-postpones-rare-earth-licensing-regime',
    );
    const ids = ['mss', 'salt-typhoon', relation?.id ?? '', 'no-such-id'];
    const data = await api.data(
      `query ($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id } edges { id } truncated } }`,
      { ids },
    );
    const nodes = ['mss', 'salt-typhoon', relation?.from ?? '', relation?.to ?? ''].sort();
    const edges = api.fixtures.relations
      .filter((r) => nodes.includes(r.from) && nodes.includes(r.to))
      .map((r) => r.id)
      .sort();
    expect(data.subgraph.nodes.map((n: { id: string }) => n.id)).toEqual(nodes);
    expect(data.subgraph.edges.map((e: { id: string }) => e.id).sort()).toEqual(edges);
    expect(data.subgraph.truncated).toBe(false);
  });
});
