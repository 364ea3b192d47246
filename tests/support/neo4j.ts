import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../server/src/db/driver';

/** The run's seeded Neo4j, started by the global setup. */
export function testNeo4jUri(): string {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run the tests through jest (npm test)');
  return uri;
}

/** The password of the run's Neo4j (auth is always on). */
export function testNeo4jPassword(): string {
  const password = process.env.TEST_NEO4J_PASSWORD;
  if (!password) throw new Error('TEST_NEO4J_PASSWORD is not set: run the tests through jest (npm test)');
  return password;
}

/** A driver to the run's Neo4j (`pool` shrinks its connection pool); close it in afterAll. */
export function testDriver(pool: { maxConnectionPoolSize?: number } = {}): Driver {
  return createDriver(
    { uri: testNeo4jUri(), user: 'neo4j', password: testNeo4jPassword(), database: 'neo4j' },
    pool,
  );
}
