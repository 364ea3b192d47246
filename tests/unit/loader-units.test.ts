import fs from 'node:fs';
import path from 'node:path';
import { HEARTBEAT_STALE_MS, loadStateOf } from '../../server/src/db/load-state';
import { progressReporter } from '../../server/src/fixtures/progress';
import { entityRow, relationRow, sourceRow } from '../../server/src/fixtures/rows';
import { EntitySchema, RelationSchema, SourceSchema } from '../../server/src/fixtures/schema';
import { listFixtureFiles } from '../../server/src/fixtures/validate';
import { PATHS } from '../../server/src/paths';

describe('rows the loader writes without running the schema again', () => {
  const raw = listFixtureFiles(PATHS.fixtures).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
  const padded = {
    ...raw[0],
    entities: [{ id: 'x', type: 'Group', name: ' X ', description: 'd ', sourceIds: ['s'] }],
  };

  it('equal the rows built from the schema output (text trimmed, aliases defaulted)', () => {
    for (const file of [...raw, padded]) {
      for (const s of file.sources ?? []) expect(sourceRow(s)).toEqual(sourceRow(SourceSchema.parse(s)));
      for (const e of file.entities ?? []) expect(entityRow(e)).toEqual(entityRow(EntitySchema.parse(e)));
      for (const r of file.relations ?? [])
        expect(relationRow(r)).toEqual(relationRow(RelationSchema.parse(r)));
    }
    expect(entityRow(padded.entities[0]).props).toEqual(
      expect.objectContaining({ name: 'X', description: 'd', aliases: [] }),
    );
  });

  it('name every relation property that load-create-relations and load-merge-relations set', () => {
    const row = relationRow(
      RelationSchema.parse({
        id: 'a-b',
        type: 'HACKED',
        from: 'a',
        to: 'b',
        status: 'active',
        start: '2024',
        end: '2025',
        summary: 's',
        sourceIds: ['x', 'y'],
        citedVia: 'y',
        quote: { text: 'q', speakerId: 'a' },
      }),
    );
    const props = Object.keys(row).filter((k) => k !== 'from' && k !== 'to');
    for (const name of ['load-create-relations', 'load-merge-relations']) {
      const text = fs.readFileSync(path.join(PATHS.cypher, `${name}.cypher`), 'utf8');
      for (const prop of [...props, 'date']) expect(text).toContain(`row.${prop}`);
    }
  });
});

describe('the load state a :Load marker describes', () => {
  const marker = {
    status: 'loading',
    batchesDone: 3,
    batchesTotal: 10,
    itemsDone: 450,
    itemsTotal: 1000,
    phase: 'relations',
  };

  it('is none without a marker', () => {
    expect(loadStateOf(null).status).toBe('none');
  });

  it('is loading while the heartbeat is fresh, with the progress', () => {
    expect(loadStateOf({ ...marker, heartbeatAgeMs: 1000 })).toEqual(
      expect.objectContaining({ status: 'loading', message: 'loading: 45% (relations)' }),
    );
  });

  it('is interrupted when the loader stopped beating or said so', () => {
    for (const state of [
      loadStateOf({ ...marker, heartbeatAgeMs: HEARTBEAT_STALE_MS + 1 }),
      loadStateOf({ ...marker, status: 'interrupted', heartbeatAgeMs: 10 }),
    ]) {
      expect(state.status).toBe('interrupted');
      expect(state.message).toBe('a load was interrupted after 3 of 10 batches: run seed again');
    }
  });

  it('is complete once finished', () => {
    expect(loadStateOf({ ...marker, status: 'complete', heartbeatAgeMs: 99_999_999 }).status).toBe(
      'complete',
    );
  });
});

describe('load progress without a terminal', () => {
  it('prints plain lines with counts, rate and batches, one per phase at least', () => {
    const lines: string[] = [];
    const reporter = progressReporter({ tty: false, log: (line) => lines.push(line) });
    const base = { itemsTotal: 20_000, batchesTotal: 4 };
    reporter.update({ ...base, phase: 'entities', itemsDone: 10_000, batchesDone: 1 });
    reporter.update({ ...base, phase: 'relations', itemsDone: 15_000, batchesDone: 2 });
    reporter.update({ ...base, phase: 'relations', itemsDone: 20_000, batchesDone: 4 });
    reporter.stop();
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^ {2}relations: 15,000\/20,000 items \(75%\), batch 2\/4, [\d,]+ items\/s/);
    expect(lines[2]).toContain('20,000/20,000 items (100%), batch 4/4');
  });

  it('never prints a negative rate when a phase counts from zero again (the bulk import)', () => {
    const lines: string[] = [];
    let clock = 0;
    const reporter = progressReporter({ tty: false, log: (line) => lines.push(line), now: () => clock });
    const base = { itemsTotal: 1_105_000, batchesTotal: 1, batchesDone: 0 };
    // The CSV phase reaches the total; the importer's phase then starts again from 0.
    for (const [at, phase, done] of [
      [0, 'csv', 0],
      [5_000, 'csv', 500_000],
      [10_000, 'csv', 1_105_000],
      [11_000, 'import', 13_813],
      [16_000, 'import', 263_813],
      [21_000, 'import', 200_000],
      [26_000, 'import', 450_000],
    ] as const) {
      clock = at;
      reporter.update({ ...base, phase, itemsDone: done });
    }
    reporter.stop();
    const rates = lines.map((line) => /, (-?[\d,]+) items\/s/.exec(line)?.[1]);
    expect(rates).toEqual(['0', '100,000', '110,500', '0', '50,000', '0', '50,000']);
  });

  it('stays quiet for small loads such as the article graph', () => {
    const lines: string[] = [];
    const reporter = progressReporter({ tty: false, log: (line) => lines.push(line) });
    reporter.update({ phase: 'relations', itemsDone: 150, itemsTotal: 300, batchesDone: 1, batchesTotal: 3 });
    expect(lines).toEqual([]);
  });
});
