import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../server/src/db/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/db/embedded';
import { applySchema } from '../../server/src/db/schema';
import { seedFromFolder } from '../../server/src/fixtures/load';
import { PATHS } from '../../server/src/paths';
import { warmQueryPlans } from '../../server/src/db/warm-up';
import { freePort } from './free-port';

declare global {
  var __NEO4J__: { instance: EmbeddedNeo4j; dir: string } | undefined;
}

/**
 * Starts the run's Neo4j (auth on, with a password of its own) and seeds the article's graph;
 * workers find it via TEST_NEO4J_URI and TEST_NEO4J_PASSWORD.
 */
export default async function globalSetup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-neo4j-'));
  const port = await freePort();
  const instance = await startEmbeddedNeo4j({ port, dir, heap: '1g', log: () => undefined });
  const driver = createDriver({
    uri: instance.uri,
    user: 'neo4j',
    password: instance.password,
    database: 'neo4j',
  });
  try {
    await applySchema(driver, 'neo4j');
    await seedFromFolder(driver, 'neo4j', PATHS.fixtures);
    // Test files time their requests; the first use of a query should not pay for its plan.
    await warmQueryPlans(driver, 'neo4j');
  } finally {
    await driver.close();
  }
  process.env.TEST_NEO4J_URI = instance.uri;
  process.env.TEST_NEO4J_PASSWORD = instance.password;
  globalThis.__NEO4J__ = { instance, dir };
}
