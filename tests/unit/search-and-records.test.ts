import neo4j from 'neo4j-driver';
import { toPlain, toSubgraph, uniqueById } from '../../server/src/db/records';
import { luceneQuery, namePatterns, searchWindow, words } from '../../server/src/search/lucene';
import { decodeCursor, encodeCursor } from '../../server/src/schema/pagination';

describe('luceneQuery', () => {
  it('keeps only letters and digits, so no Lucene syntax from the user survives', () => {
    expect(words('name:* OR "x" AND (y)~ \\ salt-typhoon')).toEqual([
      'name',
      'or',
      'x',
      'and',
      'y',
      'salt',
      'typhoon',
    ]);
    expect(luceneQuery('*?~ :')).toBe('');
  });

  it('matches each word exactly, as a prefix and, from four letters, fuzzily', () => {
    expect(luceneQuery('Xi')).toBe('(name:xi^6 OR aliases:xi^6 OR xi^3 OR xi*^2)');
    expect(luceneQuery('typhon')).toContain('typhon~1');
    expect(luceneQuery('ministry')).toContain('ministry~2');
  });
});

describe('name patterns for ranking', () => {
  it('match the typed words as a whole name or as a phrase, and carry no user syntax', () => {
    const { exact, phrase } = namePatterns('Department of. Defense (.*)');
    const gap = '[^\\p{L}\\p{N}]';
    expect(exact).toBe(`(?isu)${gap}*department${gap}+of${gap}+defense${gap}*`);
    expect(phrase).toBe(`(?isu)(.*${gap})?department${gap}+of${gap}+defense(${gap}.*)?`);
    expect(namePatterns('*?').exact).toBe('(?!)');
  });

  it('phrase-match several words in names and aliases, and widen the window with the page', () => {
    expect(luceneQuery('department of defense')).toContain('aliases:"department of defense"^12');
    expect(luceneQuery('china')).not.toContain('"');
    expect(searchWindow(10)).toBe(100);
    expect(searchWindow(50)).toBe(250);
  });
});

describe('record mapping', () => {
  it('turns driver Integers and temporal values into plain JSON, recursively', () => {
    const value = { n: neo4j.int(42), list: [neo4j.int(1)], date: new neo4j.types.Date(2025, 10, 30) };
    expect(toPlain(value)).toEqual({ n: 42, list: [1], date: '2025-10-30' });
  });

  it('returns what needs no conversion as it is, and copies only what changed, never its input', () => {
    const plain = { id: 'a', degree: 3, aliases: ['A'], nested: [{ when: '2025-10' }] };
    expect(toPlain(plain)).toBe(plain);
    const input = { id: 'b', kept: { x: 1 }, list: [{ n: neo4j.int(7) }, { n: 8 }] };
    const output = toPlain(input) as typeof input;
    expect(output).toEqual({ id: 'b', kept: { x: 1 }, list: [{ n: 7 }, { n: 8 }] });
    expect(neo4j.isInt(input.list[0]?.n)).toBe(true);
    expect(output.kept).toBe(input.kept);
    expect(output.list[1]).toBe(input.list[1]);
  });

  it('de-duplicates by id, keeping the first', () => {
    expect(
      uniqueById([
        { id: 'a', v: 1 },
        { id: 'b', v: 2 },
        { id: 'a', v: 3 },
      ]),
    ).toEqual([
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
    ]);
  });

  it('reads a subgraph record and flags truncation', () => {
    expect(toSubgraph(undefined)).toEqual({
      nodes: [],
      edges: [],
      truncated: false,
      total: 0,
      totalAtLeast: 0,
    });
    // A query that does not count says only that more exist.
    expect(toSubgraph({ nodes: [{ id: 'a' }, { id: 'a' }], edges: null, truncated: true })).toEqual({
      nodes: [{ id: 'a' }],
      edges: [],
      truncated: true,
      total: null,
      totalAtLeast: 2,
    });
    // One that counts passes its counts on.
    expect(
      toSubgraph({ nodes: [{ id: 'a' }], edges: [], truncated: true, total: null, totalAtLeast: 40 }),
    ).toMatchObject({ total: null, totalAtLeast: 40 });
  });
});

describe('cursors', () => {
  it('round-trip an id and refuse anything else', () => {
    expect(decodeCursor(encodeCursor('salt-typhoon'))).toBe('salt-typhoon');
    expect(decodeCursor(undefined)).toBe('');
    expect(() => decodeCursor('not-a-cursor')).toThrow('is not a cursor this API issued');
    expect(() => decodeCursor(Buffer.from("id:x' OR 1=1").toString('base64url'))).toThrow();
  });
});
