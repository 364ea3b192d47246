import fs from 'node:fs';
import path from 'node:path';
import { recordingDriver } from '../../bench/api/recording-driver';
import { cypher } from '../../server/src/db/cypher';
import { watchPlans } from '../../server/src/db/plan-watch';
import { seedFromFolder } from '../../server/src/fixtures/load';
import { PATHS } from '../../server/src/paths';
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
});
