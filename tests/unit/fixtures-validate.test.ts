import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFixtures } from '../../server/src/fixtures/validate';
import { REPO_ROOT } from '../../server/src/paths';

const CASES = path.join(REPO_ROOT, 'tests', 'fixtures', 'loader');

/** Copies one case file into an empty folder and reads that folder. */
function readCase(file: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fixture-case-'));
  fs.copyFileSync(path.join(CASES, file), path.join(dir, file));
  try {
    return readFixtures(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('fixture validation', () => {
  it('accepts the minimal valid case', () => {
    const report = readCase('minimal.valid.json');
    expect(report.problems).toEqual([]);
    expect(report.graph.entities.map((e) => e.id)).toEqual(['agency-a', 'group-b', 'person-c']);
    expect(report.graph.entities[0]?.aliases).toEqual([]);
  });

  it.each([
    ['unknown-entity', 'relations[0].to', /unknown entity "agency-z"/],
    [
      'duplicate-id',
      'entities[3].id',
      /duplicate entity id "agency-a" \(first defined in duplicate-id.invalid.json entities\[0\]\)/,
    ],
    ['unknown-type', 'entities[0].type', /Person.*Agency/],
    ['unknown-relation-type', 'relations[0].type', /SANCTIONED/],
    ['unknown-status', 'relations[0].status', /active.*unverified/],
    ['malformed-date', 'relations[0].date', /not a real calendar date/],
    ['missing-source', 'relations[1].sourceIds[0]', /unknown source "no-such-source"/],
    ['mangled-text', 'relations[0].summary', /broken characters/],
    [
      'quote-not-person',
      'relations[1].quote.speakerId',
      /"agency-a" is a Agency; quotes must come from a named Person/,
    ],
    ['unknown-field', 'entities[1]', /sourceId/],
    ['not-json', '(file)', /is not valid JSON/],
    ['anonymous-without-outlet', 'relations[0].anonymousSource', /needs citedVia/],
  ])('rejects %s, naming file and field %s', (name, field, message) => {
    const file = `${name}.invalid.json`;
    const report = readCase(file);
    const problem = report.problems.find((p) => p.field === field);
    expect(problem).toBeDefined();
    expect(problem?.file).toBe(file);
    expect(problem?.message).toMatch(message);
  });

  it('reports every problem, not just the first', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fixture-many-'));
    for (const name of ['unknown-entity', 'malformed-date', 'mangled-text']) {
      const data = JSON.parse(fs.readFileSync(path.join(CASES, `${name}.invalid.json`), 'utf8'));
      // Same ids in every copy: keep one base, so duplicates do not drown the planted errors.
      if (name !== 'unknown-entity') {
        delete data.sources;
        delete data.entities;
        data.relations = data.relations.map((r: { id: string }) => ({ ...r, id: `${r.id}-${name}` }));
      }
      fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(data));
    }
    const report = readFixtures(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(report.problems.map((p) => `${p.file} ${p.field}`).sort()).toEqual([
      'malformed-date.json relations[0].date',
      'mangled-text.json relations[0].summary',
      'unknown-entity.json relations[0].to',
    ]);
  });

  it('refuses a folder that does not exist', () => {
    expect(() => readFixtures('/no/such/folder')).toThrow('Fixture folder not found: /no/such/folder');
  });
});
