import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { cypher, splitStatements } from './cypher';
import { BACKGROUND_INDEXES } from './index-state';

/**
 * Applies cypher/schema.cypher (constraints and the indexes). Every statement says
 * IF NOT EXISTS, so this runs at every start; it then waits for the indexes the reads need to
 * come online (awaitIndexes), so the first search after a fresh start finds what was just loaded.
 */
export async function applySchema(driver: Driver, database: string, awaitSeconds = 60): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of splitStatements(cypher('schema'))) await session.run(statement);
    // A bulk import creates the schema over a million relations: it waits longer (awaitSeconds).
    await awaitIndexes(session, awaitSeconds);
  } finally {
    await session.close();
  }
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
