import type { Driver } from 'neo4j-driver';
import { cypher, splitStatements } from './cypher';

/**
 * Applies cypher/schema.cypher (constraints and the full-text index). Every statement says
 * IF NOT EXISTS, so this runs at every start; it then waits for the indexes to come online so
 * the first search after a fresh start finds what was just loaded.
 */
export async function applySchema(driver: Driver, database: string, awaitSeconds = 60): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of splitStatements(cypher('schema'))) await session.run(statement);
    // A bulk import creates the schema over a million relations: it waits longer (awaitSeconds).
    await session.run('CALL db.awaitIndexes($seconds)', { seconds: awaitSeconds });
  } finally {
    await session.close();
  }
}
