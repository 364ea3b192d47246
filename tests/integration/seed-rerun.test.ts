import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../server/src/paths';
import { freePort } from '../support/free-port';
import { editJson, synthFolder } from '../support/graph-files';

/**
 * `npm run seed` run again on the same, unchanged folder: the database already holds that load,
 * so it says so and writes nothing; a changed file makes it load (upsert) again. Each run is its
 * own process over its own embedded Neo4j, as a user runs it.
 */
const JVM_STEPS = 600_000;
const synth = synthFolder(120, 400, 11);
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-rerun-'));
let port: number;

function seed(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    [
      path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      'server/src/seed.ts',
      ...args,
      synth.dir,
    ],
    {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, NEO4J_EMBEDDED_DIR: home, NEO4J_EMBEDDED_PORT: String(port) },
      encoding: 'utf8',
    },
  );
  return { status: run.status, out: `${run.stdout}\n${run.stderr}` };
}

beforeAll(async () => {
  port = await freePort();
});
afterAll(() => {
  fs.rmSync(home, { recursive: true, force: true });
  fs.rmSync(synth.dir, { recursive: true, force: true });
});

describe('seeding the same folder again', () => {
  it(
    'says the database already holds it and writes nothing; a changed file loads again',
    () => {
      const first = seed();
      expect(first).toMatchObject({ status: 0 }); // on failure, shows what seed printed
      expect(first.out).toContain('bulk-imported into an empty database');
      // It waited for the indexes that populate after a bulk import: the next start need not.
      expect(first.out).toMatch(/All \d+ indexes are online/);

      const again = seed();
      expect(again).toMatchObject({ status: 0 });
      expect(again.out).toContain("The database already holds this folder's graph");
      expect(again.out).not.toContain('Seeded');

      const [file] = fs.readdirSync(synth.dir).filter((f) => f.startsWith('entities'));
      editJson(path.join(synth.dir, file as string), (data) => {
        data.entities[0].description = 'Changed after the first load.';
      });
      const changed = seed();
      expect(changed).toMatchObject({ status: 0 });
      expect(changed.out).toContain('upserted by id');
      expect(changed.out).toContain('Load state: complete');

      // The Cypher load records its folder too.
      expect(seed().out).toContain("The database already holds this folder's graph");
    },
    JVM_STEPS,
  );
});
