import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../server/src/db/driver';
import { LoadFailure } from '../../server/src/db/loader';
import { readLoadState } from '../../server/src/db/load-state';
import { countGraph } from '../../server/src/db/seed';
import { seedFromFolder } from '../../server/src/fixtures/load';
import { readFixtures } from '../../server/src/fixtures/validate';
import { PATHS } from '../../server/src/paths';
import { freePort } from '../support/free-port';
import { degrees, editJson, synthFolder, wipe } from '../support/graph-files';
import { testDriver } from '../support/neo4j';
import { graphSnapshot } from '../support/snapshot';

const quiet = () => undefined;
let driver: Driver;
let article: string;
const synth = synthFolder(120, 400);
const fixtures = readFixtures(synth.dir).graph;
let fresh: string;

beforeAll(async () => {
  driver = testDriver();
  article = await graphSnapshot(driver);
});
afterAll(async () => {
  // Back to the article's graph, exactly as the global setup left it.
  await wipe(driver);
  await seedFromFolder(driver, 'neo4j', PATHS.fixtures, quiet);
  expect(await graphSnapshot(driver)).toBe(article);
  await driver.close();
  fs.rmSync(synth.dir, { recursive: true, force: true });
});

describe('the loader at scale (a synthetic graph, small batches)', () => {
  it('creates the graph in an empty database, batch by batch, and stores every degree', async () => {
    await wipe(driver);
    const result = await seedFromFolder(driver, 'neo4j', synth.dir, quiet, { batchSize: 50 });
    expect(result.mode).toBe('create');
    expect(result.batches).toBeGreaterThan(10);
    expect(await countGraph(driver, 'neo4j')).toEqual({
      sources: fixtures.sources.length,
      entities: fixtures.entities.length,
      relations: fixtures.relations.length,
    });
    const expected = new Map<string, number>();
    for (const r of fixtures.relations)
      for (const id of [r.from, r.to]) expected.set(id, (expected.get(id) ?? 0) + 1);
    for (const d of await degrees(driver)) {
      expect(d).toEqual({ id: d.id, stored: expected.get(d.id) ?? 0, actual: expected.get(d.id) ?? 0 });
    }
    expect(await readLoadState(driver, 'neo4j')).toEqual(
      expect.objectContaining({
        status: 'complete',
        mode: 'create',
        batchesDone: result.batches,
        batchesTotal: result.batches,
      }),
    );
    fresh = await graphSnapshot(driver);
  });

  it('upserts by id on a re-run and leaves the graph exactly as it was', async () => {
    const result = await seedFromFolder(driver, 'neo4j', synth.dir, quiet, { batchSize: 50 });
    expect(result.mode).toBe('merge');
    expect(await graphSnapshot(driver)).toBe(fresh);
  });

  it('with --replace, ends exactly where a fresh load of the changed fixtures would', async () => {
    const changed = synthFolder(120, 400);
    const [entityFile] = fs.readdirSync(changed.dir).filter((f) => f.startsWith('entities'));
    const relationFiles = fs.readdirSync(changed.dir).filter((f) => f.startsWith('relations'));
    const dropped = new Set<string>();
    editJson(path.join(changed.dir, entityFile ?? ''), (data) => {
      for (const e of data.entities.splice(0, 5)) dropped.add(e.id);
      data.entities[0].type = data.entities[0].type === 'Person' ? 'Group' : 'Person';
      data.entities[1].name = 'A renamed entity';
    });
    for (const file of relationFiles) {
      editJson(path.join(changed.dir, file), (data) => {
        data.relations = data.relations.filter(
          (r: any) =>
            !dropped.has(r.from) && !dropped.has(r.to) && !(r.quote && dropped.has(r.quote.speakerId)),
        );
      });
    }
    editJson(path.join(changed.dir, relationFiles[0] ?? ''), (data) => {
      const [moved, retyped, edited] = data.relations;
      [moved.from, moved.to] = [moved.to, moved.from];
      retyped.type = retyped.type === 'HACKED' ? 'DEFENDED' : 'HACKED';
      delete edited.date;
      edited.summary = 'A summary that changed.';
    });
    try {
      const replaced = await seedFromFolder(driver, 'neo4j', changed.dir, quiet, {
        batchSize: 50,
        replace: true,
      });
      expect(replaced.removed.entities).toBe(5);
      expect(replaced.removed.relations).toBeGreaterThan(5);
      const afterReplace = await graphSnapshot(driver);
      expect((await degrees(driver)).every((d) => d.stored === d.actual)).toBe(true);
      await wipe(driver);
      await seedFromFolder(driver, 'neo4j', changed.dir, quiet, { batchSize: 50 });
      expect(afterReplace).toBe(await graphSnapshot(driver));
    } finally {
      fs.rmSync(changed.dir, { recursive: true, force: true });
    }
  });

  it('marks an interrupted load, says how much was written, and a re-run completes it', async () => {
    await wipe(driver);
    const file = path.join(synth.dir, 'relations-0003.json');
    const original = fs.readFileSync(file, 'utf8');
    let written = 0;
    const failure = await seedFromFolder(driver, 'neo4j', synth.dir, quiet, {
      batchSize: 20,
      // The last file changes on disk once the first relations are written: the loader stops.
      onProgress: (p) => {
        if (p.phase === 'relations' && written++ === 0) fs.writeFileSync(file, `${original}\n`);
      },
    }).catch((error: unknown) => error);
    fs.writeFileSync(file, original);
    expect(failure).toBeInstanceOf(LoadFailure);
    const { batchesDone, batchesTotal, message } = failure as LoadFailure;
    expect(batchesDone).toBeGreaterThan(0);
    expect(batchesDone).toBeLessThan(batchesTotal);
    expect(message).toContain('relations-0003.json changed after it was validated');
    expect(message).toContain(`${batchesDone} of ${batchesTotal} batches were written`);
    expect(message).toContain('Run seed again');
    const state = await readLoadState(driver, 'neo4j');
    expect(state).toEqual(expect.objectContaining({ status: 'interrupted', batchesDone, batchesTotal }));
    expect(state.message).toBe(
      `a load was interrupted after ${batchesDone} of ${batchesTotal} batches: run seed again`,
    );

    const again = await seedFromFolder(driver, 'neo4j', synth.dir, quiet, { batchSize: 20 });
    expect(again.mode).toBe('merge');
    expect(await graphSnapshot(driver)).toBe(fresh);
    expect((await readLoadState(driver, 'neo4j')).status).toBe('complete');
  });

  it('says nothing was written when Neo4j cannot be reached', async () => {
    const before = await graphSnapshot(driver);
    const nowhere = createDriver({
      uri: `bolt://127.0.0.1:${await freePort()}`,
      user: 'neo4j',
      password: '',
      database: 'neo4j',
    });
    try {
      const failure = await seedFromFolder(nowhere, 'neo4j', synth.dir, quiet).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(LoadFailure);
      expect((failure as LoadFailure).batchesDone).toBe(0);
      expect((failure as Error).message).toMatch(/Nothing was written; the database is as it was\.$/);
    } finally {
      await nowhere.close();
    }
    expect(await graphSnapshot(driver)).toBe(before);
  });
});
