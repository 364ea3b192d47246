import type { RelationType } from '@trade-truce/vocabulary';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { cypher, cypherForType, splitStatements } from './cypher';
import { readIndexes, type IndexReport } from './health';
import { BACKGROUND_INDEXES } from './index-state';

/** The name a statement of schema.cypher gives its index or constraint. */
export function schemaNameOf(statement: string): string | undefined {
  return /CREATE (?:CONSTRAINT|(?:RANGE |FULLTEXT |TEXT |POINT |VECTOR )?INDEX) (\w+) IF NOT EXISTS/.exec(
    statement,
  )?.[1];
}

/** Whether a statement of schema.cypher creates one of the BACKGROUND_INDEXES. */
const createsBackgroundIndex = (statement: string) =>
  BACKGROUND_INDEXES.includes(schemaNameOf(statement) ?? '');

/**
 * Applies cypher/schema.cypher (constraints and the indexes). It runs at every start, so it
 * first asks which names exist (one read) and runs only the statements of the missing ones:
 * compiling the 110 statements, each a no-op, took 6-7 s of every start of a fresh JVM on two
 * cores. Every statement also says IF NOT EXISTS (another process may create one meanwhile).
 * It then gives a graph an older version wrote what the reads now need (storeRelationEnds) and
 * waits for the indexes the reads need to come online (awaitIndexes), so the first search after
 * a fresh start finds what was just loaded.
 * The BACKGROUND_INDEXES are created last: populating beside the others, at a million
 * relations they held those back by 14 s on two cores. (Creating the constraints two at a time
 * and the other indexes in one transaction measured no steady gain at a million relations:
 * 21.3-24.1 s against 18.2-28.3 s one after another. The background ones created in one
 * transaction came online in a burst that failed a query compiled meanwhile: "insanely frequent
 * schema changes".)
 */
export async function applySchema(
  driver: Driver,
  database: string,
  awaitSeconds = 60,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  const existing = await schemaNames(driver, database);
  const statements = splitStatements(cypher('schema')).filter((s) => {
    const name = schemaNameOf(s);
    return name === undefined || !existing.has(name);
  });
  const session = driver.session({ database });
  try {
    for (const statement of statements.filter((s) => !createsBackgroundIndex(s)))
      await session.run(statement);
    await storeRelationEnds(session, log);
    // A bulk import creates the schema over a million relations: it waits longer (awaitSeconds).
    await awaitIndexes(session, awaitSeconds);
    for (const statement of statements.filter(createsBackgroundIndex)) await session.run(statement);
  } finally {
    await session.close();
  }
}

/** The names of the indexes and constraints the database has. */
async function schemaNames(driver: Driver, database: string): Promise<Set<string>> {
  const names = new Set<string>();
  for (const query of [cypher('index-names'), 'SHOW CONSTRAINTS YIELD name']) {
    const { records } = await driver.executeQuery(query, {}, { database, routing: 'READ' });
    for (const record of records) names.add(String(record.get('name')));
  }
  return names;
}

/**
 * Waits, at most `seconds` in all, until every index is online except BACKGROUND_INDEXES
 * (index-state.ts), which keep populating after the load is complete: reads that would use one
 * take another route until it is online. Throws when an index does not come online in time.
 */
export async function awaitIndexes(session: Session, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  const { records } = await session.run(cypher('index-names'));
  // Only those not yet online are waited for, one call each (about 20 ms per index at a start
  // where all are online: 1.2-1.3 s on two cores). index-names.cypher, not health-indexes: its
  // plan is cached by schemaNames, and another query's first compile costs a fresh JVM 0.2-0.5 s.
  const names = records
    .filter((r) => r.get('state') !== 'ONLINE')
    .map((r) => String(r.get('name')))
    .filter((n) => !BACKGROUND_INDEXES.includes(n));
  for (const name of names) {
    const left = Math.max(1, Math.ceil((deadline - Date.now()) / 1000));
    await session.run(cypher('index-await'), { name, seconds: neo4j.int(left) });
  }
}

/**
 * Waits until every index is online, the BACKGROUND_INDEXES too, calling `progress` with those
 * not online yet after each look (every `everyMs`). A process that stops Neo4j meanwhile loses
 * their population: the next start begins it again (29.8 s at a million relations). Throws when
 * one has FAILED.
 */
export async function awaitAllIndexes(
  driver: Driver,
  database: string,
  progress: (pending: IndexReport['notOnline']) => void,
  everyMs = 1_000,
): Promise<void> {
  for (;;) {
    const { notOnline } = await readIndexes(driver, database);
    const failed = notOnline.find((p) => p.state === 'FAILED');
    if (failed) throw new Error(`The index ${failed.name} failed to populate: SHOW INDEXES says FAILED.`);
    progress(notOnline);
    if (notOnline.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/**
 * Relations store the ids of their ends (fromId, toId) for the ends indexes that page a hub's
 * relations (relations-of-dense-entities.cypher). A graph written before they did gets them
 * here, one transaction per relation type (about 80 s at a million relations, once); a type
 * already done costs one read of its first relation. A graph whose `:Load` marker says its
 * relations have their ends, or that has none, is not read (relation-ends-known.cypher).
 */
export async function storeRelationEnds(session: Session, log: (line: string) => void): Promise<void> {
  const known = await session.run(cypher('relation-ends-known'));
  if (known.records[0]?.get('known') === true) return;
  const { records } = await session.run(cypher('relation-ends-missing'));
  const missing = records.map((r) => String(r.get('type')) as RelationType);
  if (missing.length > 0)
    log(
      `This graph was written before relations stored the ids of their ends: storing them for ${missing.length} relation type(s), once.`,
    );
  for (const type of missing) {
    await session.executeWrite((tx) => tx.run(cypherForType('relation-ends-store', type)));
  }
  await session.executeWrite((tx) => tx.run(cypher('relation-ends-mark')));
}
