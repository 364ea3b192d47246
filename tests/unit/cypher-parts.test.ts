import fs from 'node:fs';
import { cypher, expandIncludes, splitStatements } from '../../server/src/db/cypher';
import { PATHS } from '../../server/src/paths';
import { ENTITY_TYPES, RELATION_TYPES } from '@trade-truce/vocabulary';

describe('Cypher parts', () => {
  it('replaces `// include:` lines with the part, parts within parts included', () => {
    const parts: Record<string, string> = { outer: 'a\n// include: inner\nb\n', inner: 'x AND y\n' };
    const text = expandIncludes(
      'MATCH (n)\nWHERE\n  // include: outer\nRETURN n',
      (part) => parts[part] ?? '',
    );
    expect(text).toBe('MATCH (n)\nWHERE\na\nx AND y\nb\nRETURN n');
  });

  it('refuses a part that includes itself instead of looping', () => {
    expect(() => expandIncludes('// include: a', () => '// include: a')).toThrow(/includes itself: a > a/);
  });

  it('replaces an inline `/* include: */` with the part on one line, without its comments', () => {
    const parts: Record<string, string> = { fields: '// what they are\n.id,\n  .name\n' };
    const text = expandIncludes('RETURN n {/* include: fields */} AS entity', (part) => parts[part] ?? '');
    expect(text).toBe('RETURN n {.id, .name} AS entity');
  });

  it('leaves no include line in any query the API runs', () => {
    for (const name of ['neighborhood', 'graph', 'subgraph', 'paths', 'relations-page']) {
      expect(cypher(name)).not.toMatch(/^\s*\/\/ include: /m);
      expect(cypher(name)).toContain('$');
    }
  });

  it('projects entities and relations with the same fields in every query', () => {
    const names = fs
      .readdirSync(PATHS.cypher)
      .filter((file) => file.endsWith('.cypher'))
      .map((file) => file.slice(0, -'.cypher'.length));
    const entity = '{.id, .name, .type, .aliases, .description, .sourceIds, .degree}';
    const relation = 'r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id';
    let projections = 0;
    for (const name of names) {
      const text = cypher(name);
      expect(text).not.toMatch(/\/\* include: /);
      projections += text.split(entity).length - 1 + text.split(relation).length - 1;
    }
    // Written once each in cypher/parts; every query that returns entities or relations uses them.
    expect(projections).toBeGreaterThanOrEqual(20);
  });
});

describe('queries with one branch per type', () => {
  it.each([
    ['relations-by-ids', (t: string) => `MATCH ()-[r:${t} {id: id}]->()`],
    ['relations-page', (t: string) => `MATCH ()-[r:${t}]->()`],
    [
      'timeline',
      (t: string) =>
        `'${t}' IN $page.types MATCH ()-[r:${t}]->() USING INDEX r:${t}(timeKey) WHERE r.timeKey > $page.after`,
    ],
    ['relations-count', (t: string) => `MATCH ()-[r:${t}]->() WITH count(r) AS count RETURN '${t}' AS type`],
    ['stats', (t: string) => `MATCH ()-[r:${t}]->() WITH count(r) AS count RETURN '${t}' AS type`],
    [
      'relations-of-dense-entities',
      (t: string) =>
        `MATCH ()-[r:${t}]->() USING INDEX r:${t}(fromId, id)\n  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND '${t}' IN $types THEN n.id END`,
    ],
    [
      'relations-of-dense-entities',
      (t: string) =>
        `MATCH ()-[r:${t}]->() USING INDEX r:${t}(toId, id)\n  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND '${t}' IN $types THEN n.id END`,
    ],
    ['relation-ends-missing', (t: string) => `MATCH ()-[r:${t}]->() WITH r LIMIT 1 RETURN '${t}' AS type, r`],
  ])('%s has a branch for every relation type of the vocabulary', (name, branch) => {
    for (const type of RELATION_TYPES) expect(cypher(name)).toContain(branch(type));
  });

  it.each(['entities-count', 'stats'])('%s counts every entity type of the vocabulary', (name) => {
    for (const type of ENTITY_TYPES) {
      expect(cypher(name)).toContain(`MATCH (n:${type}) WITH count(n) AS count RETURN '${type}' AS type`);
    }
  });

  it('indexes the sources of every relation type for Source.relations', () => {
    const index = splitStatements(cypher('schema')).find((s) => s.includes('relation_sources'));
    for (const type of RELATION_TYPES) expect(index).toMatch(new RegExp(`[:|]${type}[|\\]]`));
  });
});
