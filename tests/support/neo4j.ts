import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../server/src/db/driver';

/** The run's seeded Neo4j, started by the global setup. */
export function testNeo4jUri(): string {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run the tests through jest (npm test)');
  return uri;
}

/** A driver to the run's Neo4j; close it in afterAll. */
export function testDriver(): Driver {
  return createDriver({ uri: testNeo4jUri(), user: 'neo4j', password: '', database: 'neo4j' });
}
