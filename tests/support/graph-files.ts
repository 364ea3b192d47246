import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { generateGraph } from '../../scripts/synth/generate';
import { PATHS } from '../../server/src/paths';

/** A temporary folder holding a small synthetic graph (npm run synth), plus its summary. */
export function synthFolder(entities: number, relations: number, seed = 3) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-it-'));
  const summary = generateGraph({
    entities,
    relations,
    out,
    seed,
    entitiesPerFile: 50,
    relationsPerFile: 150,
  });
  return { dir: out, summary };
}

/** A temporary copy of fixtures/ (the article's graph), to combine or edit in a test. */
export function articleCopy(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'article-it-'));
  fs.cpSync(path.join(PATHS.fixtures, 'graph'), out, { recursive: true });
  return out;
}

/** Reads, edits and writes back one fixture file. */
export function editJson(file: string, edit: (data: any) => void): void {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(data);
  fs.writeFileSync(file, JSON.stringify(data, null, 1));
}

/** Empties the database (the tests' shared one is restored by the caller). */
export async function wipe(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: 'neo4j' });
}

/** Each entity's stored degree next to its actual number of relations. */
export async function degrees(
  driver: Driver,
): Promise<Array<{ id: string; stored: number; actual: number }>> {
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity) RETURN n.id AS id, n.degree AS stored, COUNT { (n)--() } AS actual ORDER BY id',
    {},
    { database: 'neo4j' },
  );
  return records.map((r) => r.toObject() as { id: string; stored: number; actual: number });
}
