import { readFixtures } from '../../server/src/fixtures/validate';
import { PATHS } from '../../server/src/paths';
import { REQUIRED_ENTITY_IDS } from '../support/required';

/** The article's graph as the fixtures hold it, before any database is involved. */
describe('the article fixtures', () => {
  const report = readFixtures(PATHS.fixtures);
  const { entities, relations, sources } = report.graph;
  const byId = new Map(entities.map((e) => [e.id, e]));

  it('are valid', () => {
    expect(report.problems).toEqual([]);
  });

  it('hold the story and its required entities', () => {
    expect(entities.length).toBeGreaterThan(40);
    expect(relations.length).toBeGreaterThan(70);
    for (const id of REQUIRED_ENTITY_IDS) {
      expect(byId.has(id)).toBe(true);
    }
  });

  it('cite the article for every relation, and the outlet it names where there is one', () => {
    for (const relation of relations) {
      expect(relation.sourceIds).toContain('ree-article');
    }
    const cited = relations.filter((r) => r.citedVia);
    expect(cited.length).toBeGreaterThan(5);
    const outlets = new Set(cited.map((r) => r.citedVia));
    for (const outlet of ['financial-times', 'nextgov', 'reuters', 'rbc-ukraine'])
      expect(outlets).toContain(outlet);
    expect(sources.find((s) => s.id === 'ree-article')?.publisher).toBe('Rare Earth Exchanges');
  });

  it('model the trade-off: what each side conceded and what was traded for what', () => {
    const conceded = (side: string) =>
      relations.filter((r) => r.type === 'CONCEDED' && r.from === side).map((r) => byId.get(r.to));
    const us = conceded('united-states');
    const cn = conceded('china');
    expect(us.length).toBeGreaterThan(0);
    expect(cn.length).toBeGreaterThan(0);
    for (const policy of [...us, ...cn]) expect(policy?.type).toBe('Policy');
    const usIds = new Set(us.map((p) => p?.id));
    const cnIds = new Set(cn.map((p) => p?.id));
    const trades = relations.filter((r) => r.type === 'TRADED_FOR');
    expect(trades.some((t) => usIds.has(t.from) && cnIds.has(t.to))).toBe(true);
  });

  it('keep the article hedges: the Stephen Miller report is unverified', () => {
    const miller = relations.filter((r) => r.from === 'stephen-miller' && r.type === 'INSTRUCTED');
    expect(miller.length).toBeGreaterThan(0);
    for (const r of miller) expect(['unverified', 'alleged']).toContain(r.status);
  });

  it('quote only named people', () => {
    const quoted = relations.filter((r) => r.quote);
    expect(quoted.length).toBeGreaterThan(0);
    for (const r of quoted) expect(byId.get(r.quote?.speakerId ?? '')?.type).toBe('Person');
  });
});
