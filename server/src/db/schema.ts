import type { RelationType } from '@trade-truce/vocabulary';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { cypher, cypherForType, splitStatements } from './cypher';
import { BACKGROUND_INDEXES } from './index-state';

/** Whether a statement of schema.cypher creates one of the BACKGROUND_INDEXES. */
const createsBackgroundIndex = (statement: string) =>
  BACKGROUND_INDEXES.some((name) => new RegExp(`INDEX ${name} IF NOT EXISTS`).test(statement));

/** Whether a statement creates a constraint (its index populates before the statement returns). */
const createsConstraint = (statement: string) => /^CREATE CONSTRAINT /m.test(statement);

/** The name a statement of schema.cypher gives its index or constraint. */
export function schemaNameOf(statement: string): string | undefined {
  return /CREATE (?:CONSTRAINT|(?:RANGE |FULLTEXT |TEXT |POINT |VECTOR )?INDEX) (\w+) IF NOT EXISTS/.exec(
    statement,
  )?.[1];
}

/** Constraints created at once: each waits for its own index, and two keep both cores busy. */
const CONSTRAINT_LANES = 2;

/**
 * Applies cypher/schema.cypher (constraints and the indexes). It runs at every start, so it
 * first asks which names exist (one read) and runs only the statements of the missing ones:
 * compiling the 110 statements, each a no-op, took 6-7 s of every start of a fresh JVM on two
 * cores. Every statement also says IF NOT EXISTS (another process may create one meanwhile).
 * It then gives a graph an older version wrote what the reads now need (storeRelationEnds) and
 * waits for the indexes the reads need to come online (awaitIndexes), so the first search after
 * a fresh start finds what was just loaded.
 *
 * Over a graph without its schema (a bulk import of a million relations), the order matters:
 * - the constraints come first, CONSTRAINT_LANES at a time: a constraint returns only once its
 *   index is populated, so one lane left a core idle between statements;
 * - the other indexes are created in one transaction, so they populate side by side instead of
 *   one after another;
 * - the BACKGROUND_INDEXES come last: populating beside the others, at a million relations they
 *   held those back by 14 s on two cores.
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
  const foreground = statements.filter((s) => !createsBackgroundIndex(s));
  const constraints = foreground.filter(createsConstraint);
  await Promise.all(
    Array.from({ length: CONSTRAINT_LANES }, async () => {
      const session = driver.session({ database });
      try {
        for (let next = constraints.shift(); next !== undefined; next = constraints.shift()) {
          const statement = next;
          await session.executeWrite((tx) => tx.run(statement));
        }
      } finally {
        await session.close();
      }
    }),
  );
  const session = driver.session({ database });
  try {
    // Before the indexes populate: each coming online makes the queries compiled meanwhile
    // compile again, and this one is long to compile.
    await storeRelationEnds(session, log);
    const indexes = foreground.filter((s) => !createsConstraint(s));
    if (indexes.length > 0)
      await session.executeWrite(async (tx) => {
        for (const statement of indexes) await tx.run(statement);
      });
    // A bulk import creates the schema over a million relations: it waits longer (awaitSeconds).
    await awaitIndexes(session, awaitSeconds);
    // One by one: created in one transaction, their populations ended together, and the burst
    // of indexes coming online made a query compiled meanwhile fail ("insanely frequent schema
    // changes").
    for (const statement of statements.filter(createsBackgroundIndex)) await session.run(statement);
  } finally {
    await session.close();
  }
}

/** The names of the indexes and constraints the database has. */
async function schemaNames(driver: Driver, database: string): Promise<Set<string>> {
  const names = new Set<string>();
  for (const query of ['SHOW INDEXES YIELD name', 'SHOW CONSTRAINTS YIELD name']) {
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
  const names = records.map((r) => String(r.get('name'))).filter((n) => !BACKGROUND_INDEXES.includes(n));
  for (const name of names) {
    const left = Math.max(1, Math.ceil((deadline - Date.now()) / 1000));
    await session.run(cypher('index-await'), { name, seconds: neo4j.int(left) });
  }
}

/**
 * Relations store the ids of their ends (fromId, toId) for the ends indexes that page a hub's
 * relations (relations-of-dense-entities.cypher). A graph written before they did gets them
 * here, one transaction per relation type (about 80 s at a million relations, once); a type
 * already done costs one read of its first relation.
 */
export async function storeRelationEnds(session: Session, log: (line: string) => void): Promise<void> {
  const { records } = await session.run(cypher('relation-ends-missing'));
  const missing = records.map((r) => String(r.get('type')) as RelationType);
  if (missing.length === 0) return;
  log(
    `This graph was written before relations stored the ids of their ends: storing them for ${missing.length} relation type(s), once.`,
  );
  for (const type of missing) {
    await session.executeWrite((tx) => tx.run(cypherForType('relation-ends-store', type)));
  }
}
