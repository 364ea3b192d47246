import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { openDatabase, type Database } from '../../server/src/db/connect';
import { cypher } from '../../server/src/db/cypher';
import { ImportCsvWriter } from '../../server/src/db/import-csv';
import { importCsvFolder } from '../../server/src/db/import-store';
import { bulkImportPlan } from '../../server/src/db/importer';
import { LoadFailure } from '../../server/src/db/loader';
import { readLoadState } from '../../server/src/db/load-state';
import { loadConfig } from '../../server/src/env';
import { importScan, seedFromFolder, seedScan } from '../../server/src/fixtures/load';
import { scanFixturesParallel } from '../../server/src/fixtures/parallel-scan';
import { scanFixtures } from '../../server/src/fixtures/scan';
import { PATHS, REPO_ROOT } from '../../server/src/paths';
import { freePort } from '../support/free-port';
import { degrees, editJson, synthFolder, wipe } from '../support/graph-files';
import { testDriver } from '../support/neo4j';
import { graphSnapshot } from '../support/snapshot';

/**
 * `npm run seed` into an empty embedded Neo4j it owns uses Neo4j's bulk importer; the graph it
 * stores must be the one the Cypher loader writes, node for node, property for property.
 */
const quiet = () => undefined;
/** Each step starts or stops a JVM or two; a busy 2-core machine takes minutes for that. */
const JVM_STEPS = 600_000;
const synth = synthFolder(150, 500, 7);
/** Another graph, for `seed --replace` by import: some ids shared with the first, others not. */
const other = synthFolder(120, 400, 11);
let shared: Driver;
let article: string;
let viaCypher: { graph: string; schema: string };
/** The graph a --replace by import stored, once the Cypher loader found nothing to change in it. */
let otherImported: string;
let home: string;
let db: Database;

/** Values a CSV file could get wrong: quotes, commas, line breaks, the default list delimiter. */
function addAwkwardValues(dir: string): void {
  const [entities] = fs.readdirSync(dir).filter((f) => f.startsWith('entities'));
  const relationFiles = fs.readdirSync(dir).filter((f) => f.startsWith('relations'));
  const [relations] = relationFiles;
  editJson(path.join(dir, entities ?? ''), (data) => {
    data.entities[0].description = 'Said "no", then\nleft; twice, and\r\nagain: ünïcödé ✓ 🚢';
    data.entities[0].aliases = ['A; B', 'say "x"', 'C,D'];
    data.entities[1].aliases = [];
    delete data.entities[2].aliases;
  });
  editJson(path.join(dir, relations ?? ''), (data) => {
    const r = data.relations[0];
    r.summary = '  Trimmed, with "quotes"  ';
    r.citedVia = r.sourceIds[0];
    r.anonymousSource = 'officials familiar with the matter';
    data.relations[1].start = '2021-03';
    data.relations[1].end = '2024';
    delete data.relations[1].date;
  });
  let quoted = false;
  for (const file of relationFiles) {
    editJson(path.join(dir, file), (data) => {
      const r = data.relations.find((q: { quote?: unknown }) => q.quote);
      if (r && !quoted) r.quote.text = 'We said "later", not never.';
      quoted ||= !!r;
    });
  }
  expect(quoted).toBe(true);
}

/** Indexes and their states, once every index is online (a bulk import does not wait for relation_sources). */
async function schemaOf(driver: Driver): Promise<string> {
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: 'neo4j' });
  const { records } = await driver.executeQuery(
    'SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state RETURN * ORDER BY name',
    {},
    { database: 'neo4j' },
  );
  return JSON.stringify(records.map((r) => r.toObject()));
}

beforeAll(async () => {
  // Started as soon as its port is found, so no other program takes the port meanwhile.
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'bulk-import-it-'));
  const config = loadConfig({
    NEO4J_EMBEDDED_DIR: home,
    NEO4J_EMBEDDED_PORT: String(await freePort()),
    NEO4J_EMBEDDED_HEAP: '512m',
  });
  db = await openDatabase(config, { log: quiet });
  await db.start();

  shared = testDriver();
  article = await graphSnapshot(shared);
  addAwkwardValues(synth.dir);
  // The Cypher loader's graph, in the run's shared Neo4j (restored in afterAll).
  await wipe(shared);
  await seedFromFolder(shared, 'neo4j', synth.dir, quiet);
  viaCypher = { graph: await graphSnapshot(shared), schema: await schemaOf(shared) };
}, JVM_STEPS);

afterAll(async () => {
  await db?.close();
  if (home) fs.rmSync(home, { recursive: true, force: true });
  await wipe(shared);
  await seedFromFolder(shared, 'neo4j', PATHS.fixtures, quiet);
  expect(await graphSnapshot(shared)).toBe(article);
  await shared.close();
  fs.rmSync(synth.dir, { recursive: true, force: true });
  fs.rmSync(other.dir, { recursive: true, force: true });
}, JVM_STEPS);

describe('seeding an empty embedded Neo4j with the bulk importer', () => {
  it(
    'chooses the importer for a database it owns that holds nothing',
    async () => {
      expect(await bulkImportPlan(db, home)).toEqual({ bulk: true, running: true });
    },
    JVM_STEPS,
  );

  it(
    'writes nothing when the importer fails, and Neo4j runs on as before',
    async () => {
      const failing = importScan(db, scanFixtures(synth.dir), {
        dir: home,
        heap: '1m',
        running: true,
        log: quiet,
      });
      await expect(failing).rejects.toThrow(LoadFailure);
      await expect(failing).rejects.toThrow(/Nothing was written; the database is as it was/);
      const { records } = await db.driver.executeQuery(cypher('import-is-empty'), {}, { database: 'neo4j' });
      expect(records[0]?.get('empty')).toBe(true);
      expect(await readLoadState(db.driver, 'neo4j')).toEqual(expect.objectContaining({ status: 'none' }));
    },
    JVM_STEPS,
  );

  it(
    'stores every node, relationship, property and index the Cypher loader stores, from CSV written per file by check workers',
    async () => {
      // As `npm run seed` does for a large folder: two worker threads check the files and write
      // a CSV file per fixture file (parallel-scan.ts); the importer reads them all.
      const csv = new ImportCsvWriter(importCsvFolder(home));
      const scan = await scanFixturesParallel(synth.dir, { workers: 2, csv });
      expect(scan.problems).toEqual([]);
      const itemsTotal = scan.counts.sources + scan.counts.entities + scan.counts.relations;
      const files = csv.finish({ source: synth.dir, startedAt: new Date(), itemsTotal });
      expect(files.relationships.length).toBeGreaterThan(1);
      const result = await importScan(db, scan, {
        dir: home,
        heap: '512m',
        running: true,
        log: quiet,
        files,
      });
      expect(result).toEqual(expect.objectContaining({ mode: 'import', relations: 500, entities: 150 }));
      expect(await graphSnapshot(db.driver)).toBe(viaCypher.graph);
      expect(await schemaOf(db.driver)).toBe(viaCypher.schema);
      for (const d of await degrees(db.driver)) expect(d.stored).toEqual(d.actual);
      expect(await readLoadState(db.driver, 'neo4j')).toEqual(
        expect.objectContaining({
          status: 'complete',
          mode: 'create',
          source: synth.dir,
          itemsTotal: scan.counts.sources + 650,
        }),
      );
      const marker = await db.driver.executeQuery(
        "MATCH (l:Load {id: 'fixtures'}) RETURN l.relationEnds AS known",
        {},
        { database: 'neo4j' },
      );
      // Every imported relation has its ends: a start need not look for any missing.
      expect(marker.records[0]?.get('known')).toBe(true);
      const { records } = await db.driver.executeQuery(
        "CALL db.index.fulltext.queryNodes('entity_search', 'ünïcödé') YIELD node RETURN node.id AS id",
        {},
        { database: 'neo4j' },
      );
      expect(records).toHaveLength(1);
    },
    JVM_STEPS,
  );

  it(
    'leaves a database that holds a graph to the Cypher loader, which finds nothing to change',
    async () => {
      expect(await bulkImportPlan(db, home)).toEqual({ bulk: false, running: true });
      const before = await graphSnapshot(db.driver);
      const result = await seedScan(db.driver, 'neo4j', scanFixtures(synth.dir), { log: quiet });
      expect(result.mode).toBe('merge');
      expect(await graphSnapshot(db.driver)).toBe(before);
    },
    JVM_STEPS,
  );

  it(
    'with --replace, imports a new store holding exactly the new graph, in which the Cypher loader finds nothing to change',
    async () => {
      expect(await bulkImportPlan(db, home, { replace: true })).toEqual({ bulk: true, running: true });
      const scan = scanFixtures(other.dir);
      const result = await importScan(db, scan, {
        dir: home,
        heap: '512m',
        running: true,
        replace: true,
        log: quiet,
      });
      expect(result).toEqual(expect.objectContaining({ mode: 'import', relations: 400, entities: 120 }));
      expect(await schemaOf(db.driver)).toBe(viaCypher.schema);
      for (const d of await degrees(db.driver)) expect(d.stored).toEqual(d.actual);
      expect(await readLoadState(db.driver, 'neo4j')).toEqual(
        expect.objectContaining({ status: 'complete', replace: true, source: other.dir }),
      );
      expect(fs.existsSync(path.join(home, 'import'))).toBe(false);
      // Both ways: the Cypher loader's --replace finds nothing to add, change or remove in it.
      otherImported = await graphSnapshot(db.driver);
      const again = await seedScan(db.driver, 'neo4j', scan, { replace: true, log: quiet });
      expect(again.removed).toEqual({ sources: 0, entities: 0, relations: 0 });
      expect(await graphSnapshot(db.driver)).toBe(otherImported);
    },
    JVM_STEPS,
  );

  it(
    'a --replace whose importer fails leaves the previous graph, complete',
    async () => {
      const failing = importScan(db, scanFixtures(synth.dir), {
        dir: home,
        heap: '1m',
        running: true,
        replace: true,
        log: quiet,
      });
      await expect(failing).rejects.toThrow(/Nothing was written; the database is as it was/);
      expect(await graphSnapshot(db.driver)).toBe(otherImported);
      expect(await readLoadState(db.driver, 'neo4j')).toEqual(
        expect.objectContaining({ status: 'complete', source: other.dir }),
      );
    },
    JVM_STEPS,
  );

  it(
    'a --replace that fails after the importer wrote the new store puts the previous store back',
    async () => {
      // The importer succeeds; the count check after it then fails, as it would if the store
      // came out short: here the scan claims one relation more than its files hold.
      const scan = scanFixtures(synth.dir);
      const claimed = { ...scan, counts: { ...scan.counts, relations: scan.counts.relations + 1 } };
      const failing = importScan(db, claimed, {
        dir: home,
        heap: '512m',
        running: true,
        replace: true,
        log: quiet,
      });
      await expect(failing).rejects.toThrow(/the previous store was put back\)\nNothing was written/);
      expect(await graphSnapshot(db.driver)).toBe(otherImported);
      expect(await readLoadState(db.driver, 'neo4j')).toEqual(
        expect.objectContaining({ status: 'complete', source: other.dir }),
      );
      expect(fs.existsSync(path.join(home, 'import'))).toBe(false);
    },
    JVM_STEPS,
  );
});

/** `npm run seed` as a user runs it, on a data folder of its own. */
function seedCli(home: string, port: number, args: string[]) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'server/src/seed.ts', ...args],
      {
        cwd: REPO_ROOT,
        env: {
          PATH: process.env.PATH,
          JAVA_HOME: process.env.JAVA_HOME,
          NEO4J_EMBEDDED_DIR: home,
          NEO4J_EMBEDDED_PORT: String(port),
          NEO4J_EMBEDDED_HEAP: '512m',
        },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('`npm run seed` on an embedded data folder it owns (the bulk route: one pass checks and writes the CSV)', () => {
  it(
    'writes nothing for an invalid folder, imports a valid one, and a --replace with an invalid folder keeps it',
    async () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bulk-import-cli-'));
      const invalid = fs.mkdtempSync(path.join(os.tmpdir(), 'bulk-import-invalid-'));
      try {
        fs.cpSync(synth.dir, invalid, { recursive: true });
        const [relations] = fs.readdirSync(invalid).filter((f) => f.startsWith('relations'));
        editJson(path.join(invalid, relations ?? ''), (data) => {
          data.relations[0].to = 'nobody-at-all';
        });
        const port = await freePort();
        const store = path.join(folder, 'data', 'databases', 'neo4j');

        const refused = await seedCli(folder, port, [invalid]);
        expect(refused.status).toBe(1);
        expect(refused.stderr).toContain('nothing was written');
        expect(refused.stderr).toMatch(/relations\[0\]\.to: unknown entity "nobody-at-all"/);
        expect(fs.existsSync(store)).toBe(false);
        expect(fs.existsSync(path.join(folder, 'import'))).toBe(false);

        const seeded = await seedCli(folder, port, [synth.dir]);
        expect(seeded.status).toBe(0);
        expect(seeded.stdout).toContain('checked and written as CSV');
        expect(seeded.stdout).toContain('bulk-imported into an empty database');
        expect(seeded.stdout).toContain(
          `The database now holds 150 entities, 500 relations, ${scanFixtures(synth.dir).counts.sources} sources. Load state: complete.`,
        );

        const kept = await seedCli(folder, port, ['--replace', invalid]);
        expect(kept.status).toBe(1);
        expect(kept.stderr).toContain('nothing was written');
        expect(fs.existsSync(store)).toBe(true);
        expect(fs.existsSync(path.join(folder, 'import'))).toBe(false);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
        fs.rmSync(invalid, { recursive: true, force: true });
      }
    },
    JVM_STEPS,
  );
});
