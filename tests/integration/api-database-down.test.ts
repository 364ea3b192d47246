import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../server/src/db/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/db/embedded';
import { applySchema } from '../../server/src/db/schema';
import { seedFromFolder } from '../../server/src/fixtures/load';
import { PATHS } from '../../server/src/paths';
import { jvmBudget } from '../support/budget';
import { freePort } from '../support/free-port';
import { gql, startServer } from '../support/server';

/** Neo4j stopped under a running server (its own instance, so no other test is disturbed). */
describe('when Neo4j goes away and comes back', () => {
  it(
    'answers DATABASE_UNAVAILABLE, keeps serving, reports it on /health, then recovers by itself',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-down-'));
      const port = await freePort();
      const options = { port, dir, heap: '512m', log: () => undefined };
      let neo4j: EmbeddedNeo4j = await startEmbeddedNeo4j(options);
      const driver = createDriver({
        uri: neo4j.uri,
        user: 'neo4j',
        password: neo4j.password,
        database: 'neo4j',
      });
      await applySchema(driver, 'neo4j');
      await seedFromFolder(driver, 'neo4j', PATHS.fixtures);
      const app = await startServer(driver, neo4j.uri);
      const query = '{ entity(id: "mss") { name } }';
      try {
        expect((await gql(app.url, query)).body.data).toEqual({
          entity: { name: 'Ministry of State Security' },
        });

        await neo4j.stop();
        const down = await gql(app.url, query);
        expect(down.status).toBe(200);
        expect(down.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
        expect(down.body.errors?.[0]?.message).toMatch(/unavailable/);
        const health = await fetch(`${app.url}/health`);
        expect(health.status).toBe(503);
        expect(await health.json()).toMatchObject({ status: 'down', neo4j: { connected: false } });

        neo4j = await startEmbeddedNeo4j(options);
        // The driver reconnects on its own, without a restart of the app; wait on readiness.
        let recovered: unknown;
        while (!recovered) {
          const { body } = await gql(app.url, query);
          recovered = body.data?.entity;
          if (!recovered) await new Promise((r) => setTimeout(r, 500));
        }
        expect(recovered).toEqual({ name: 'Ministry of State Security' });
        expect((await fetch(`${app.url}/health`)).status).toBe(200);
      } finally {
        await app.close();
        await driver.close();
        await neo4j.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    jvmBudget(2),
  );
});
