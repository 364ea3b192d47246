/**
 * The fixtures checked against the article itself, so the graph cannot drift from what the
 * article says: quotes are verbatim, every fact is sourced, the article's hedges stay hedged and
 * the unnamed sources it relies on stay visible.
 */
import { readFixtures } from '../../server/src/fixtures/validate';
import { PATHS } from '../../server/src/paths';
import { articleText, normalise } from '../support/article';

const { entities, relations, sources } = readFixtures(PATHS.fixtures).graph;
const article = articleText();
const inArticle = (words: string) => article.toLowerCase().includes(normalise(words).toLowerCase());
const relation = (id: string) => relations.find((r) => r.id === id);

/** Statuses that say "claimed, not established". */
const HEDGED = ['alleged', 'unverified'];

/**
 * Where the article hedges a relation, in its own words. Every relation with a hedged status
 * must appear here, and each relation here must keep a hedged status.
 */
const HEDGES: Array<{ words: string; relationId: string }> = [
  {
    words: 'Reports indicate White House deputy chief of staff Stephen Miller has instructed agencies',
    relationId: 'stephen-miller-instructed-us-federal-agencies',
  },
  {
    words: 'Rare Earth Exchanges is seeking to verify this claim',
    relationId: 'stephen-miller-instructed-us-federal-agencies',
  },
  {
    words: "the People's Liberation Army is increasingly calling the shots on rare earth policy",
    relationId: 'peoples-liberation-army-directs-china-rare-earth-policy',
  },
  { words: 'it appears as masterstroke', relationId: 'china-exploited-united-states' },
  {
    words:
      "The administration appears to be giving ground on export controls in order to secure President Trump's trip to Beijing",
    relationId: 'us-freezes-new-export-controls-traded-for-trump-trip-to-beijing',
  },
];

describe('the fixtures against the article', () => {
  it('quote only words that appear verbatim in the article', () => {
    const quoted = relations.filter((r) => r.quote);
    expect(quoted.length).toBeGreaterThan(0);
    for (const r of quoted) {
      expect({ relation: r.id, verbatim: inArticle(r.quote?.text ?? '') }).toEqual({
        relation: r.id,
        verbatim: true,
      });
      const speaker = entities.find((e) => e.id === r.quote?.speakerId);
      expect(speaker?.type).toBe('Person');
      expect(inArticle(speaker?.name ?? '(no speaker)')).toBe(true);
    }
  });

  it('give every fact a source: the article, and each outlet it cites is named in it', () => {
    for (const item of [...entities, ...relations]) {
      expect({ id: item.id, cites: item.sourceIds.includes('ree-article') }).toEqual({
        id: item.id,
        cites: true,
      });
    }
    for (const source of sources.filter((s) => s.kind !== 'article')) {
      expect({ source: source.id, named: inArticle(source.publisher) }).toEqual({
        source: source.id,
        named: true,
      });
    }
    for (const r of relations.filter((x) => x.citedVia)) expect(r.sourceIds).toContain(r.citedVia);
  });

  it('keep every hedge of the article hedged, and hedge nothing the article does not', () => {
    for (const hedge of HEDGES) {
      expect({ words: hedge.words, found: inArticle(hedge.words) }).toEqual({
        words: hedge.words,
        found: true,
      });
      expect({ id: hedge.relationId, status: relation(hedge.relationId)?.status }).toEqual({
        id: hedge.relationId,
        status: expect.stringMatching(new RegExp(`^(${HEDGED.join('|')})$`)),
      });
    }
    const listed = new Set(HEDGES.map((h) => h.relationId));
    const hedged = relations.filter((r) => HEDGED.includes(r.status)).map((r) => r.id);
    expect(hedged.length).toBeGreaterThan(0);
    expect(hedged.filter((id) => !listed.has(id))).toEqual([]);
  });

  it('show the unnamed sources in the article’s own words, with the outlet that reported them', () => {
    const anonymous = relations.filter((r) => r.anonymousSource);
    expect(anonymous.length).toBeGreaterThan(0);
    for (const r of anonymous) {
      expect({ id: r.id, words: inArticle(r.anonymousSource ?? '') }).toEqual({ id: r.id, words: true });
      expect(r.citedVia).toBeDefined();
    }
    // The freeze itself rests on the FT's "sources familiar with the matter" (what people said
    // about it, such as the White House source's defence, rests on those speakers).
    const freezes = ['us-freezes-mss-sanctions', 'us-freezes-new-export-controls'];
    const speech = ['DEFENDED', 'CRITICIZED', 'WARNED_ABOUT'];
    const viaFt = relations.filter(
      (r) =>
        r.citedVia === 'financial-times' &&
        !speech.includes(r.type) &&
        (freezes.includes(r.from) || freezes.includes(r.to)),
    );
    expect(viaFt.length).toBeGreaterThan(0);
    for (const r of viaFt)
      expect([r.id, r.anonymousSource]).toEqual([r.id, 'sources familiar with the matter']);
  });

  it('link the frozen sanctions to their target and their reason', () => {
    const from = (id: string) => relations.filter((r) => r.from === id);
    const frozen = from('us-freezes-mss-sanctions').filter((r) => r.type === 'TARGETED');
    expect(frozen.map((r) => r.to).sort()).toEqual(['mss', 'salt-typhoon']);
    for (const r of frozen) expect(r.status).toBe('frozen');
  });

  it('claim nothing the audit found beyond the article', () => {
    // The article says Washington planned the MSS sanctions, never the Treasury.
    expect(relations.filter((r) => r.type === 'SANCTIONED' && r.to === 'mss').map((r) => r.from)).toEqual([
      'united-states',
    ]);
    // Reuters is cited only for the PLA remark; the threat to the Pentagon is the article's gloss.
    expect(relations.filter((r) => r.type === 'PRESSURED' && r.citedVia === 'reuters')).toEqual([]);
    // The hackers could potentially see whom the agencies monitored; no eavesdropping on them is claimed.
    expect(
      relations.filter((r) => r.type === 'EAVESDROPPED_ON' && r.to === 'us-intelligence-community'),
    ).toEqual([]);
    // The FBI-led advisory is credited only with the call tapping, not with the carriers.
    expect(entities.find((e) => e.id === 'us-telecoms')?.sourceIds).not.toContain('fbi-led-advisory');
  });
});
