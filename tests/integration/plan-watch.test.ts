import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordingDriver } from '../../bench/api/recording-driver';
import { cypher } from '../../server/src/db/cypher';
import { createDriver } from '../../server/src/db/driver';
import { startEmbeddedNeo4j } from '../../server/src/db/embedded';
import { applySchema } from '../../server/src/db/schema';
import { watchPlans } from '../../server/src/db/plan-watch';
import { seedFromFolder } from '../../server/src/fixtures/load';
import { PATHS } from '../../server/src/paths';
import { jvmBudget } from '../support/budget';
import { freePort } from '../support/free-port';
import { articleCopy, editJson } from '../support/graph-files';
import { testDriver } from '../support/neo4j';

const quiet = () => undefined;

/**
 * A running server plans its costly queries again when Neo4j would (server/src/db/plan-watch.ts):
 * after a load into the database it serves, and after a restart of the embedded Neo4j, and not
 * otherwise. Seen through the statements it sends (the neighbourhood's plan stands for them all).
 */
describe('query plans kept warm while the server runs', () => {
  it('plans again after a load and after a restart of Neo4j, and only then', async () => {
    const driver = testDriver();
    const recording = recordingDriver(driver);
    let restarts = 0;
    // Looks only when told to (`check`), not on its hourly timer.
    const watch = watchPlans({
      driver: recording.driver,
      database: 'neo4j',
      restarts: () => restarts,
      everyMs: 3_600_000,
    });
    const neighborhood = cypher('neighborhood');
    const planned = async () => {
      const { statements } = await recording.record(async () => {
        await watch.check();
        await watch.settled();
      });
      return statements.filter((s) => s.text === neighborhood).length;
    };
    const edited = articleCopy();
    editJson(path.join(edited, 'actors.json'), (data) => {
      data.entities[0].description += ' (edited)';
    });
    try {
      expect(await planned()).toBe(0); // the first look only notes the graph: main.ts warmed it
      expect(await planned()).toBe(0);
      await seedFromFolder(driver, 'neo4j', edited, quiet, { replace: true });
      expect(await planned()).toBeGreaterThan(0);
      expect(await planned()).toBe(0);
      restarts = 1;
      expect(await planned()).toBeGreaterThan(0);
      expect(await planned()).toBe(0);
    } finally {
      watch.stop();
      await seedFromFolder(driver, 'neo4j', PATHS.fixtures, quiet, { replace: true });
      await driver.close();
      fs.rmSync(edited, { recursive: true, force: true });
    }
  });

  it(
    'plans again after a restart of a Neo4j it did not start (as Docker restarts one)',
    async () => {
      // A Neo4j of its own, restarted here; the watcher is told of no restart (restarts: 0).
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-plan-watch-'));
      const port = await freePort();
      const start = () => startEmbeddedNeo4j({ port, dir, heap: '512m', log: quiet });
      let instance = await start();
      const driver = createDriver({
        uri: instance.uri,
        user: 'neo4j',
        password: instance.password,
        database: 'neo4j',
      });
      // What it warms is the first test's concern: here, only whether it decides to.
      let warmed = 0;
      const watch = watchPlans({
        driver,
        database: 'neo4j',
        restarts: () => 0,
        everyMs: 3_600_000,
        warm: async () => void (warmed += 1),
      });
      const look = async () => {
        const before = warmed;
        await watch.check();
        await watch.settled();
        return warmed - before;
      };
      try {
        await applySchema(driver, 'neo4j');
        await seedFromFolder(driver, 'neo4j', PATHS.fixtures, quiet);
        expect(await look()).toBe(0);
        expect(await look()).toBe(0);
        await instance.stop();
        instance = await start();
        expect(await look()).toBe(1);
        expect(await look()).toBe(0);
      } finally {
        watch.stop();
        await driver.close();
        await instance.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    jvmBudget(2),
  );
});
