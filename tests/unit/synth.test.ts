import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { generateGraph } from '../../scripts/synth/generate';
import { readFixtures } from '../../server/src/fixtures/validate';
import { PATHS } from '../../server/src/paths';

const SIZE = { entities: 200, relations: 600 };

/** Generates into a fresh temporary folder. */
function generate(seed: number) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-test-'));
  const summary = generateGraph({ ...SIZE, out, seed, entitiesPerFile: 80, relationsPerFile: 250 });
  return { out, summary };
}

const read = (dir: string) =>
  fs
    .readdirSync(dir)
    .sort()
    .map((f) => `${f}\n${fs.readFileSync(path.join(dir, f), 'utf8')}`)
    .join('\n');

describe('npm run synth (the synthetic-graph generator)', () => {
  const { out, summary } = generate(7);
  const report = readFixtures(out);
  const { entities, relations, sources } = report.graph;
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('writes several files that the loader accepts without a single problem', () => {
    expect(report.problems).toEqual([]);
    expect(summary.files.map((f) => path.basename(f))).toEqual([
      'sources.json',
      'entities-0001.json',
      'entities-0002.json',
      'entities-0003.json',
      'relations-0001.json',
      'relations-0002.json',
      'relations-0003.json',
    ]);
    expect(entities).toHaveLength(SIZE.entities);
    expect(relations).toHaveLength(SIZE.relations);
  });

  it('writes files valid against fixtures/schema.json', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(PATHS.fixtures, 'schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    const validate = ajv.compile(schema);
    for (const file of summary.files) {
      const ok = validate(JSON.parse(fs.readFileSync(file, 'utf8')));
      expect({ file: path.basename(file), errors: ok ? null : validate.errors }).toEqual({
        file: path.basename(file),
        errors: null,
      });
    }
  });

  it('is deterministic by seed', () => {
    const again = generate(7);
    const other = generate(8);
    try {
      expect(read(again.out)).toBe(read(out));
      expect(read(other.out)).not.toBe(read(out));
    } finally {
      fs.rmSync(again.out, { recursive: true, force: true });
      fs.rmSync(other.out, { recursive: true, force: true });
    }
  });

  it('has skewed degrees: a hub far above the median entity', () => {
    const degree = new Map<string, number>();
    for (const r of relations) {
      for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const max = sorted[sorted.length - 1] ?? 0;
    expect(max).toBeGreaterThanOrEqual(8 * median);
    expect(summary.hubs[0]).toEqual(expect.objectContaining({ degree: max }));
    expect(degree.get(summary.hubs[0]?.id ?? '')).toBe(max);
  });

  it('sources every relation and spreads dates, statuses and types', () => {
    const sourceIds = new Set(sources.map((s) => s.id));
    for (const r of relations) {
      expect(r.sourceIds.length).toBeGreaterThanOrEqual(1);
      for (const id of r.sourceIds) expect(sourceIds.has(id)).toBe(true);
    }
    const shape = (r: (typeof relations)[number]) =>
      r.date ? `date-${r.date.length}` : r.start ? (r.end ? 'period' : 'start') : 'undated';
    expect(new Set(relations.map(shape))).toEqual(
      new Set(['date-4', 'date-7', 'date-10', 'period', 'start', 'undated']),
    );
    const years = relations.flatMap((r) => [r.date, r.start].filter(Boolean).map((d) => d?.slice(0, 4)));
    expect(new Set(years).size).toBeGreaterThan(10);
    expect(new Set(relations.map((r) => r.status)).size).toBeGreaterThanOrEqual(7);
    expect(new Set(relations.map((r) => r.type)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(entities.map((e) => e.type)).size).toBeGreaterThanOrEqual(10);
  });

  it('gives names that share words, a few aliases, and rare names found once', () => {
    const words = new Map<string, number>();
    for (const e of entities) for (const w of e.name.split(' ')) words.set(w, (words.get(w) ?? 0) + 1);
    expect(Math.max(...words.values())).toBeGreaterThan(10);
    expect(entities.filter((e) => e.aliases.length > 0).length).toBeGreaterThan(3);
    const big = generateGraph({ entities: 2000, relations: 0, out: `${out}-rare`, seed: 7 });
    try {
      expect(big.rareNames.length).toBeGreaterThan(0);
      const all = readFixtures(`${out}-rare`).graph.entities.map((e) => e.name);
      for (const rare of big.rareNames)
        expect(all.filter((n) => n === rare.name).length).toBeLessThanOrEqual(2);
    } finally {
      fs.rmSync(`${out}-rare`, { recursive: true, force: true });
    }
  });
});
