/**
 * The pure models behind the time bar, the what-if overlay and before/after: bucketing keeps
 * dates only as precise as given, range filtering keeps undated facts, the what-if follows
 * dependence in the right directions, and the diff names what was added, removed and changed.
 */
import { readFixtures } from '../../../server/src/fixtures/validate';
import { PATHS } from '../../../server/src/paths';
import { diffPictures, isEmptyDiff } from '../../../web/src/models/diff';
import {
  apiAsOf,
  bucketByMonth,
  describeRange,
  formatPartialDate,
  inRange,
  lastDay,
} from '../../../web/src/models/timeline';
import type { RelationData } from '../../../web/src/models/types';
import { whatIf } from '../../../web/src/models/whatIf';
import { entity, relation } from './graph-builders';

const dated = (id: string, date: string | null, start: string | null = null, end: string | null = null) => ({
  ...relation(id, `${id}-to`),
  id,
  date,
  start,
  end,
});

describe('timeline bucketing and ranges', () => {
  const facts = [
    dated('jan', '2025-01'),
    dated('oct30', '2025-10-30'),
    dated('oct', '2025-10'),
    dated('year', '2025'),
    dated('since', null, '2019'),
    dated('none', null),
  ];

  it('counts month- and day-dated facts by month over whole years, and keeps the rest apart', () => {
    const h = bucketByMonth(facts);
    expect(h.months.map((m) => m.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    expect(h.months[0]?.ids).toEqual(['jan']);
    expect(h.months[9]?.ids).toEqual(['oct', 'oct30']);
    expect(h.months[5]?.ids).toEqual([]);
    expect(h.yearOnly).toEqual({ 2025: ['year'] });
    expect(h.periods).toEqual(['since']);
    expect(h.undated).toEqual(['none']);
  });

  it('as of a month keeps what may have happened by its end, and every undated fact', () => {
    const kept = facts.filter((f) => inRange(f, { from: null, to: '2025-09' })).map((f) => f.id);
    expect(kept).toEqual(['jan', 'year', 'since', 'none']);
    const oct = facts.filter((f) => inRange(f, { from: null, to: '2025-10' })).map((f) => f.id);
    expect(oct).toEqual(['jan', 'oct30', 'oct', 'year', 'since', 'none']);
  });

  it('a range hides what ended before it; open periods run on', () => {
    const kept = facts.filter((f) => inRange(f, { from: '2025-02', to: '2025-10-29' })).map((f) => f.id);
    expect(kept).toEqual(['oct', 'year', 'since', 'none']);
    expect(inRange(dated('closed', null, '2019', '2020'), { from: '2025-01', to: null })).toBe(false);
  });

  it('sends the API an asOf that keeps the same facts (contract 2 compares text)', () => {
    expect(apiAsOf({ from: null, to: '2025-10' })).toBe('2025-10-31');
    expect(apiAsOf({ from: null, to: '2024-02' })).toBe('2024-02-29');
    expect(lastDay('2025')).toBe('2025-12-31');
    expect(apiAsOf({ from: '2025-01', to: null })).toBeNull();
    for (const f of facts) {
      const asOf = apiAsOf({ from: null, to: '2025-10' }) ?? '';
      const when = f.date ?? f.start;
      expect(!when || when <= asOf).toBe(inRange(f, { from: null, to: '2025-10' }));
    }
  });

  it('words dates only as precisely as they are given', () => {
    expect(formatPartialDate('2025')).toBe('2025');
    expect(formatPartialDate('2025-01')).toBe('Jan 2025');
    expect(formatPartialDate('2025-10-30')).toBe('30 Oct 2025');
    expect(describeRange({ from: null, to: '2025-10-30' })).toBe('as of 30 Oct 2025');
    expect(describeRange({ from: '2025-01', to: '2025-03' })).toBe('Jan 2025 – Mar 2025');
  });
});

describe('whatIf', () => {
  it('follows each dependence relation in its direction only', () => {
    const edges: RelationData[] = [
      relation('flip', 'bought', 'TRADED_FOR'), // forward: what it bought
      relation('payer', 'flip', 'TRADED_FOR'), // not backward
      relation('cond', 'flip', 'CONDITIONAL_ON'), // backward: what holds only while it does
      relation('flip', 'needed', 'CONDITIONAL_ON'), // not forward
      relation('user', 'bought', 'DEPENDS_ON'), // backward from an entity at risk
      relation('flip', 'deal', 'PART_OF'), // part -> whole
      relation('other-part', 'deal', 'PART_OF'), // whole -> part
      relation('deal', 'summit', 'PART_OF', 'occurred'), // a past event carries nothing
      relation('flip', 'critic', 'CRITICIZED'), // not a dependence
    ];
    const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].map((id) => entity(id));
    const result = whatIf({ nodes, edges }, 'flip');
    const byId = [...result.steps].sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(byId.map((s) => [s.id, s.depth, s.via, s.relationType])).toEqual([
      ['bought', 1, 'flip', 'TRADED_FOR'],
      ['cond', 1, 'flip', 'CONDITIONAL_ON'],
      ['deal', 1, 'flip', 'PART_OF'],
      ['other-part', 2, 'deal', 'PART_OF'],
      ['user', 2, 'bought', 'DEPENDS_ON'],
    ]);
    expect(byId[1]?.reason).toBe('cond CONDITIONAL_ON flip');
    expect(result.steps.map((st) => st.depth)).toEqual([1, 1, 1, 2, 2]);
    expect(result.relationIds).toHaveLength(5);
  });

  it('stays inside the loaded subgraph and answers nothing for a decision not loaded', () => {
    const edges = [relation('flip', 'bought', 'TRADED_FOR')];
    expect(whatIf({ nodes: [entity('flip')], edges }, 'flip').steps).toEqual([]);
    expect(whatIf({ nodes: [entity('bought')], edges }, 'flip').steps).toEqual([]);
  });

  it("on the article's graph, imposing the MSS sanctions puts the truce, the postponement and the rare-earth supply at risk", () => {
    const g = readFixtures(PATHS.fixtures).graph;
    const edges = g.relations.map((r): RelationData => ({
      ...r,
      label: '',
      date: r.date ?? null,
      start: r.start ?? null,
      end: r.end ?? null,
      quote: null,
      citedViaId: null,
      anonymousSource: r.anonymousSource ?? null,
    }));
    const nodes = g.entities.map((e) => entity(e.id, e.type));
    const risk = whatIf({ nodes, edges }, 'us-freezes-mss-sanctions').steps.map((s) => s.id);
    for (const id of [
      'us-china-trade-truce',
      'china-postpones-rare-earth-licensing-regime',
      'rare-earths',
      'high-tech-manufacturing',
      'electric-vehicles',
      'defense-and-advanced-weapons',
    ])
      expect(risk).toContain(id);
    // The summit happened; the hackers and the critics do not depend on the freeze.
    for (const id of ['october-2025-trump-xi-summit', 'salt-typhoon', 'china-hawks'])
      expect(risk).not.toContain(id);
  });
});

describe('diffPictures', () => {
  it('names what was added, removed and changed status', () => {
    const a = relation('a', 'b');
    const b = relation('b', 'c');
    const c = relation('c', 'd');
    const before = { nodes: [entity('a'), entity('b'), entity('c')], edges: [a, b] };
    const after = {
      nodes: [entity('b'), entity('c'), entity('d')],
      edges: [{ ...b, status: 'frozen' as const }, c],
      marks: { c: 'at risk' },
    };
    const d = diffPictures(before, after);
    expect(d).toEqual({
      addedNodes: ['d'],
      removedNodes: ['a'],
      addedEdges: [c.id],
      removedEdges: [a.id],
      changed: [
        { id: b.id, before: 'active', after: 'frozen' },
        { id: 'c', before: 'unchanged', after: 'at risk' },
      ],
    });
    expect(isEmptyDiff(d)).toBe(false);
    expect(isEmptyDiff(diffPictures(before, before))).toBe(true);
  });
});
