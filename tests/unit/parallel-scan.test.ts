import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { ImportCsvWriter, writeImportCsv, type ImportFiles } from '../../server/src/db/import-csv';
import { scanFixturesParallel } from '../../server/src/fixtures/parallel-scan';
import { scanFixtures } from '../../server/src/fixtures/scan';
import { readFixtures } from '../../server/src/fixtures/validate';
import { synthFolder } from '../support/graph-files';

/**
 * The fixture check on worker threads (parallel-scan.ts) must tell a user exactly what the
 * single pass tells: the same problems in the same order, whichever worker read which file,
 * and, for the bulk import, CSV files holding the same rows.
 */
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallel-scan-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files))
    fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

const source = (id: string) => ({ id, title: `T ${id}`, publisher: 'P', kind: 'article' });
const entity = (id: string, type = 'Person') => ({ id, type, name: id, description: 'd', sourceIds: ['s1'] });
const relation = (id: string, from: string, to: string, extra: object = {}) => ({
  id,
  type: 'LEADS',
  from,
  to,
  status: 'active',
  summary: 's',
  sourceIds: ['s1'],
  ...extra,
});

describe('checking fixture files on worker threads', () => {
  it('reports problems of several files in file order, as the single pass does, and catches a duplicate id read by another worker', async () => {
    const dir = folder({
      // a.json and b.json go to different workers (two workers, one file each at first); a.json
      // is the larger, so the later files are usually answered before it.
      'a.json': {
        sources: [source('s1')],
        entities: [
          entity('ann'),
          { ...entity('bob'), name: '' },
          entity('org', 'Group'),
          ...Array.from({ length: 5_000 }, (_, i) => entity(`extra-${i}`)),
        ],
        relations: [
          relation('r1', 'ann', 'ghost'),
          relation('r2', 'ann', 'org', { quote: { text: 'q', speakerId: 'org' } }),
        ],
      },
      'b.json': {
        entities: [entity('cy'), entity('ann')],
        relations: [relation('r3', 'cy', 'ann', { sourceIds: ['nowhere'] }), relation('r1', 'cy', 'ghost')],
      },
      'c.json': '{ "entities": [',
      'd.json': { relations: 'none', notes: 1 },
    });
    const parallel = await scanFixturesParallel(dir, { workers: 2 });
    expect(parallel.problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      'a.json entities[1].name: must not be empty',
      'b.json entities[1].id: duplicate entity id "ann" (first defined in a.json entities[0])',
      'b.json relations[1].id: duplicate relation id "r1" (first defined in a.json relations[0])',
      expect.stringMatching(/^c\.json \(file\): is not valid JSON: /),
      'd.json notes: unknown field "notes" (a file holds only $schema, sources, entities, relations)',
      'd.json relations: must be an array',
      'b.json relations[0].sourceIds[0]: unknown source "nowhere"',
      'a.json relations[0].to: unknown entity "ghost"',
      'b.json relations[1].to: unknown entity "ghost"',
      'a.json relations[1].quote.speakerId: "org" is a Group; quotes must come from a named Person',
    ]);
    expect(parallel.problems).toEqual(scanFixtures(dir).problems);
    expect(parallel.counts).toEqual({ sources: 1, entities: 5_005, relations: 4 });
  });

  it('keeps the items a single pass keeps (lessons are checked against them)', async () => {
    const dir = folder({
      'a.json': { sources: [source('s1')], entities: [entity('ann'), entity('bob')] },
      'b.json': { relations: [relation('r1', 'ann', 'bob')] },
    });
    const parallel = await scanFixturesParallel(dir, { workers: 2, keep: true });
    expect(parallel.problems).toEqual([]);
    expect(parallel.graph).toEqual(readFixtures(dir).graph);
    expect(parallel.graph?.relations.map((r) => r.id)).toEqual(['r1']);
  });

  it('stops with the error of a file that cannot be read at all, like the single pass', async () => {
    const dir = folder({ 'a.json': { sources: [source('s1')] } });
    fs.symlinkSync(path.join(dir, 'missing-target.json.txt'), path.join(dir, 'b.json'));
    await expect(scanFixturesParallel(dir, { workers: 2 })).rejects.toThrow(/ENOENT.*b\.json/);
    expect(() => scanFixtures(dir)).toThrow(/ENOENT.*b\.json/);
  });

  it('writes CSV files per fixture file holding the rows and degrees the single-pass writer holds', async () => {
    const synth = synthFolder(150, 500, 5);
    folders.push(synth.dir);
    const csv = new ImportCsvWriter(path.join(synth.dir, 'csv-parallel'));
    const scan = await scanFixturesParallel(synth.dir, { workers: 2, csv });
    expect(scan.problems).toEqual([]);
    const marker = { source: synth.dir, startedAt: new Date(0), itemsTotal: 1 };
    const parallel = csv.finish(marker);
    const single = writeImportCsv(scanFixtures(synth.dir), path.join(synth.dir, 'csv-single'), marker);
    // 500 relations in files of 150: four relation files, each with its own part.
    expect(parallel.relationships.map((f) => path.basename(f))).toEqual([
      'relations-0004.csv',
      'relations-0005.csv',
      'relations-0006.csv',
      'relations-0007.csv',
    ]);
    const rows = (files: ImportFiles, kind: 'nodes' | 'relationships') =>
      files[kind]
        .flatMap((f) => parse<Record<string, string>>(fs.readFileSync(f, 'utf8'), { columns: true }))
        .map((row) => JSON.stringify(row))
        .sort();
    expect(rows(parallel, 'relationships')).toHaveLength(500);
    expect(rows(parallel, 'relationships')).toEqual(rows(single, 'relationships'));
    expect(rows(parallel, 'nodes')).toEqual(rows(single, 'nodes'));
    // Each relation adds one to the degree of both its ends, wherever its file was checked.
    const degrees = rows(parallel, 'nodes').map((row) => Number(JSON.parse(row)['degree:long'] ?? 0));
    expect(degrees.reduce((a, b) => a + b, 0)).toBe(2 * 500);
  });
});
