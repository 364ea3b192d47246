import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { FixtureError, seedFromFolder } from '../../server/src/fixtures/load';
import { readFixtures } from '../../server/src/fixtures/validate';
import { PATHS, REPO_ROOT } from '../../server/src/paths';
import { testDriver, testNeo4jUri } from '../support/neo4j';
import { graphSnapshot } from '../support/snapshot';
import { REQUIRED_ENTITY_IDS } from '../support/required';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

async function rows(query: string, params: Record<string, unknown> = {}) {
  const result = await driver.executeQuery(query, params, { database: 'neo4j' });
  return result.records.map((r) => r.toObject());
}

describe('the seeded graph in Neo4j', () => {
  const fixtures = readFixtures(PATHS.fixtures).graph;

  it('holds every fixture entity with :Entity and its type label', async () => {
    const found = await rows('MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels ORDER BY id');
    expect(found).toHaveLength(fixtures.entities.length);
    const mss = found.find((r) => r.id === 'mss');
    expect(mss?.labels).toEqual(expect.arrayContaining(['Entity', 'Agency']));
    for (const id of REQUIRED_ENTITY_IDS) {
      expect(found.map((r) => r.id)).toContain(id);
    }
  });

  it('has the key relation types, including SANCTIONED, HACKED and TRADED_FOR', async () => {
    const types = (await rows('MATCH (:Entity)-[r]->(:Entity) RETURN DISTINCT type(r) AS t')).map((r) => r.t);
    expect(types).toEqual(
      expect.arrayContaining(['SANCTIONED', 'HACKED', 'TRADED_FOR', 'CONCEDED', 'PART_OF']),
    );
    const [sanction] = await rows(
      "MATCH (:Entity {id: 'united-states'})-[r:SANCTIONED]->(:Entity {id: 'mss'}) RETURN r.status AS status",
    );
    expect(sanction?.status).toBe('cancelled');
  });

  it('gives every relation at least one source that exists as a :Source node', async () => {
    const orphans = await rows(
      `MATCH (:Entity)-[r]->(:Entity)
       WHERE size(r.sourceIds) = 0 OR any(id IN r.sourceIds WHERE NOT EXISTS { MATCH (:Source {id: id}) })
       RETURN r.id AS id`,
    );
    expect(orphans).toEqual([]);
    const [{ total }] = (await rows('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS total')) as [
      { total: number },
    ];
    expect(total).toBe(fixtures.relations.length);
  });

  it('stores every field of every fixture item as written (nothing dropped on the way in)', async () => {
    const stored = new Map(
      (
        await rows('MATCH (a:Entity)-[r]->(b:Entity) RETURN r {.*, type: type(r), from: a.id, to: b.id} AS r')
      ).map((row) => [row.r.id as string, row.r as Record<string, unknown>]),
    );
    for (const { quote, ...relation } of fixtures.relations) {
      const expected: Record<string, unknown> = { ...relation };
      if (quote) Object.assign(expected, { quote: quote.text, quoteSpeakerId: quote.speakerId });
      // Plus the timeline's sort key on a dated relation: its date (or start), a space, its id.
      const at = relation.date ?? relation.start;
      if (at) expected.timeKey = `${at} ${relation.id}`;
      // And the ids of its ends, for the ends indexes that page a hub's relations.
      Object.assign(expected, { fromId: relation.from, toId: relation.to });
      expect({ id: relation.id, ...stored.get(relation.id) }).toEqual(expected);
    }
    const entities = new Map(
      (
        await rows('MATCH (n:Entity) RETURN n {.id, .type, .name, .aliases, .description, .sourceIds} AS n')
      ).map((row) => [row.n.id as string, row.n]),
    );
    for (const entity of fixtures.entities) expect(entities.get(entity.id)).toEqual(entity);
    const sources = new Map(
      (await rows('MATCH (s:Source) RETURN s {.*} AS s')).map((row) => [row.s.id as string, row.s]),
    );
    for (const source of fixtures.sources) expect(sources.get(source.id)).toEqual(source);
  });

  it('finds entities through the full-text index by alias', async () => {
    const hits = await rows(
      "CALL db.index.fulltext.queryNodes('entity_search', 'MSS') YIELD node RETURN node.id AS id LIMIT 3",
    );
    expect(hits.map((h) => h.id)).toContain('mss');
  });

  it('drops what the fixtures no longer hold when seeded with replace, in one transaction', async () => {
    const before = await graphSnapshot(driver);
    await driver.executeQuery(
      "MATCH (m:Entity {id: 'mss'}) CREATE (:Entity:Group {id: 'stray-entity', name: 'Stray'})-[:CRITICIZED {id: 'stray-relation'}]->(m)",
      {},
      { database: 'neo4j' },
    );
    expect(await graphSnapshot(driver)).not.toBe(before);
    await seedFromFolder(driver, 'neo4j', PATHS.fixtures, () => undefined, { replace: true });
    expect(await graphSnapshot(driver)).toBe(before);
  });

  it('is unchanged by seeding the same fixtures again', async () => {
    const before = await graphSnapshot(driver);
    await seedFromFolder(driver, 'neo4j', PATHS.fixtures);
    await seedFromFolder(driver, 'neo4j', PATHS.fixtures);
    expect(await graphSnapshot(driver)).toBe(before);
  });
});

describe('loading invalid fixtures', () => {
  const cases = path.join(REPO_ROOT, 'tests', 'fixtures', 'loader');

  /** A folder holding a valid file and one invalid case: nothing of either may be written. */
  function folderWith(invalid: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-invalid-'));
    const valid = JSON.parse(fs.readFileSync(path.join(cases, 'minimal.valid.json'), 'utf8'));
    valid.entities.push({
      id: 'should-not-exist',
      type: 'Group',
      name: 'X',
      description: 'X',
      sourceIds: ['test-article'],
    });
    fs.writeFileSync(path.join(dir, 'a-valid.json'), JSON.stringify(valid));
    fs.copyFileSync(path.join(cases, invalid), path.join(dir, `b-${invalid}`));
    return dir;
  }

  it.each(['unknown-entity.invalid.json', 'malformed-date.invalid.json', 'not-json.invalid.json'])(
    'writes nothing when one file is invalid (%s)',
    async (invalid) => {
      const before = await graphSnapshot(driver);
      await expect(seedFromFolder(driver, 'neo4j', folderWith(invalid))).rejects.toThrow(FixtureError);
      expect(await graphSnapshot(driver)).toBe(before);
    },
  );

  it('`npm run seed -- <dir>` prints every problem with file and field, exits 1, writes nothing', async () => {
    const before = await graphSnapshot(driver);
    const dir = folderWith('unknown-entity.invalid.json');
    const run = spawnSync(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'server/src/seed.ts', dir],
      {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH, NEO4J_URI: testNeo4jUri() },
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('nothing was written');
    expect(run.stderr).toContain('b-unknown-entity.invalid.json relations[0].to: unknown entity "agency-z"');
    // duplicates across the two files are reported too, with where each was first defined
    expect(run.stderr).toMatch(
      /duplicate entity id "agency-a" \(first defined in a-valid.json entities\[0\]\)/,
    );
    expect(await graphSnapshot(driver)).toBe(before);
  });
});
