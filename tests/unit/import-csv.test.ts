import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { cypher } from '../../server/src/db/cypher';
import { ARRAY_DELIMITER, writeImportCsv } from '../../server/src/db/import-csv';
import { importArguments } from '../../server/src/db/import-tool';
import { scanFixtures } from '../../server/src/fixtures/scan';

/** The CSV files the bulk importer reads, from a small valid folder (checked against Neo4j in integration). */
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'import-csv-'));
fs.writeFileSync(
  path.join(folder, 'graph.json'),
  JSON.stringify({
    sources: [{ id: 'ft', title: 'FT, "report"', publisher: 'FT', kind: 'article' }],
    entities: [
      {
        id: 'a',
        type: 'Person',
        name: ' Ann ',
        aliases: ['A; B', 'x,y'],
        description: 'One\ntwo',
        sourceIds: ['ft'],
      },
      { id: 'b', type: 'Group', name: 'Bee', description: 'b', sourceIds: ['ft'] },
      { id: 'c', type: 'Group', name: 'Sea', description: 'c', sourceIds: ['ft'] },
    ],
    relations: [
      { id: 'r1', type: 'LEADS', from: 'a', to: 'b', status: 'active', summary: 's', sourceIds: ['ft'] },
      {
        id: 'r2',
        type: 'CRITICIZED',
        from: 'b',
        to: 'a',
        status: 'alleged',
        date: '2025-10',
        summary: 't',
        sourceIds: ['ft'],
        citedVia: 'ft',
        anonymousSource: 'officials',
        quote: { text: 'No.', speakerId: 'a' },
      },
    ],
  }),
);
const scan = scanFixtures(folder);
const out = path.join(folder, 'csv');
const files = writeImportCsv(scan, out, { source: folder, startedAt: new Date(0), itemsTotal: 6 });
const read = (name: string) =>
  parse<Record<string, string>>(fs.readFileSync(path.join(out, name), 'utf8'), { columns: true });

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('CSV files for neo4j-admin database import', () => {
  it('write entities with both labels, trimmed text, lists joined by a delimiter no text can hold, and degrees', () => {
    expect(scan.problems).toEqual([]);
    expect(read('entities.csv')).toEqual([
      {
        'id:ID(Entity)': 'a',
        ':LABEL': `Entity${ARRAY_DELIMITER}Person`,
        type: 'Person',
        name: 'Ann',
        'aliases:string[]': `A; B${ARRAY_DELIMITER}x,y`,
        description: 'One\ntwo',
        'sourceIds:string[]': 'ft',
        'degree:long': '2',
      },
      expect.objectContaining({ 'id:ID(Entity)': 'b', 'aliases:string[]': '', 'degree:long': '2' }),
      expect.objectContaining({ 'id:ID(Entity)': 'c', 'degree:long': '0' }),
    ]);
    expect(files.multiline).toBe(true);
  });

  it('leave absent values unquoted (stored as nothing) and quote every present one', () => {
    const text = fs.readFileSync(path.join(out, 'relations.csv'), 'utf8').split('\n');
    expect(text[1]).toBe('"a","b","LEADS","r1","a","b","active",,,,"s","ft",,,,,');
    expect(read('sources.csv')[0]).toEqual(expect.objectContaining({ title: 'FT, "report"', url: '' }));
  });

  it('give relations every property the Cypher loader sets', () => {
    const header = Object.keys(read('relations.csv')[0] ?? {}).map((h) => h.split(':')[0]);
    const set = [...cypher('load-create-relations').matchAll(/\br\.(\w+)|(\w+): row\./g)].map(
      (m) => m[1] ?? m[2],
    );
    expect(new Set(header.filter(Boolean))).toEqual(new Set(set));
    expect(read('relations.csv')[1]).toEqual(
      expect.objectContaining({
        ':TYPE': 'CRITICIZED',
        quote: 'No.',
        quoteSpeakerId: 'a',
        anonymousSource: 'officials',
        // The timeline's sort key (time-key.ts), as the Cypher loader stores it.
        timeKey: '2025-10 r2',
      }),
    );
  });

  it('mark the load as running, to be completed once Neo4j has the schema', () => {
    expect(read('load.csv')[0]).toEqual(
      expect.objectContaining({ id: 'fixtures', status: 'loading', mode: 'create', 'itemsTotal:long': '6' }),
    );
  });

  it('are named on the importer command line, which stops at the first bad line', () => {
    const args = importArguments(files, 'neo4j');
    expect(args.slice(0, 3)).toEqual(['database', 'import', 'full']);
    expect(args).toEqual(
      expect.arrayContaining([
        `--relationships=${path.join(out, 'relations.csv')}`,
        '--array-delimiter=U+0E3F',
        '--multiline-fields=true',
        '--bad-tolerance=0',
        '--overwrite-destination=false',
      ]),
    );
    expect(args.at(-1)).toBe('neo4j');
  });
});
