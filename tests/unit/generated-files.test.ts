import fs from 'node:fs';
import path from 'node:path';
import {
  START_VIEW_QUERY_FILE,
  fixtureSchemaText,
  graphqlSchemaText,
  startViewQueryText,
} from '../../scripts/print-schemas';
import { cypher, splitStatements } from '../../server/src/db/cypher';
import { schemaNameOf } from '../../server/src/db/schema';
import { RELATION_TYPES } from '@trade-truce/vocabulary';
import { PATHS } from '../../server/src/paths';

describe('checked-in generated files', () => {
  it('fixtures/schema.json matches the zod schema (run `npm run schemas` to refresh)', () => {
    expect(fs.readFileSync(path.join(PATHS.fixtures, 'schema.json'), 'utf8')).toBe(fixtureSchemaText());
  });

  it('server/schema.graphql matches the Pothos schema (run `npm run schemas` to refresh)', () => {
    expect(fs.readFileSync(PATHS.schemaSdl, 'utf8')).toBe(graphqlSchemaText());
  });

  it("the server's start-view query is the explorer's (run `npm run schemas` to refresh)", () => {
    expect(fs.readFileSync(START_VIEW_QUERY_FILE, 'utf8')).toBe(startViewQueryText());
  });
});

describe('cypher/schema.cypher', () => {
  const statements = splitStatements(cypher('schema'));

  it('is idempotent: every statement says IF NOT EXISTS', () => {
    expect(statements.length).toBeGreaterThan(3);
    for (const s of statements) expect(s).toMatch(/IF NOT EXISTS/);
  });

  it('names every index and constraint once (a start runs only the statements of missing names)', () => {
    const names = statements.map(schemaNameOf);
    for (const name of names) expect(name).toMatch(/^[a-z_]+$/);
    expect(new Set(names).size).toBe(statements.length);
  });

  it('has a relation-id uniqueness constraint for every relation type of the vocabulary', () => {
    for (const type of RELATION_TYPES) {
      expect(statements).toContainEqual(
        expect.stringContaining(`FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`),
      );
    }
  });

  it('has range indexes on either end with the id for every relation type of the vocabulary', () => {
    for (const type of RELATION_TYPES) {
      expect(statements).toContainEqual(expect.stringContaining(`FOR ()-[r:${type}]-() ON (r.fromId, r.id)`));
      expect(statements).toContainEqual(expect.stringContaining(`FOR ()-[r:${type}]-() ON (r.toId, r.id)`));
    }
  });

  it('has a range index on the timeline key for every relation type of the vocabulary', () => {
    for (const type of RELATION_TYPES) {
      expect(statements).toContainEqual(expect.stringContaining(`FOR ()-[r:${type}]-() ON (r.timeKey)`));
    }
  });
});
