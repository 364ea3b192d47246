import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../server/src/db/driver';
import { isEmbeddedBuilt, startEmbeddedNeo4j } from '../../server/src/db/embedded';
import { applySchema } from '../../server/src/db/schema';
import { countGraph } from '../../server/src/db/seed';
import { seedFromFolder } from '../../server/src/fixtures/load';
import { PATHS } from '../../server/src/paths';
import { jvmBudget } from '../support/budget';
import { freePort } from '../support/free-port';
import { graphSnapshot } from '../support/snapshot';

/** A second embedded Neo4j of its own, so stopping it disturbs no other test. */
describe('the embedded Neo4j', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-restart-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is built once and reused: later starts need no Maven', () => {
    expect(isEmbeddedBuilt()).toBe(true);
  });

  it(
    'keeps its data across a clean stop and a second start on the same folder',
    async () => {
      const port = await freePort();
      const first = await startEmbeddedNeo4j({ port, dir, heap: '512m', log: () => undefined });
      let driver = createDriver({
        uri: first.uri,
        user: 'neo4j',
        password: first.password,
        database: 'neo4j',
      });
      await applySchema(driver, 'neo4j');
      await seedFromFolder(driver, 'neo4j', PATHS.fixtures);
      const before = await graphSnapshot(driver);
      const counts = await countGraph(driver, 'neo4j');
      await driver.close();
      await first.stop();

      const second = await startEmbeddedNeo4j({ port, dir, heap: '512m', log: () => undefined });
      // The second start finds the password the first one kept in the folder.
      expect(second.password).toBe(first.password);
      driver = createDriver({ uri: second.uri, user: 'neo4j', password: second.password, database: 'neo4j' });
      try {
        expect(await countGraph(driver, 'neo4j')).toEqual(counts);
        expect(await graphSnapshot(driver)).toBe(before);
      } finally {
        await driver.close();
        await second.stop();
      }
      // A clean shutdown leaves nothing to recover on the next start.
      const log = fs.readFileSync(path.join(dir, 'logs', 'debug.log'), 'utf8');
      expect(log).not.toMatch(/Recovery completed|recovery required/i);
    },
    jvmBudget(2),
  );

  it(
    'takes a changed password at its next start: the new one works, the old one is refused',
    async () => {
      const port = await freePort();
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-password-'));
      const answer = async (uri: string, password: string) => {
        const driver = createDriver({ uri, user: 'neo4j', password, database: 'neo4j' });
        try {
          const { records } = await driver.executeQuery('RETURN 1 AS one');
          return Number(records[0]?.get('one'));
        } catch (error) {
          return (error as { code?: string }).code;
        } finally {
          await driver.close();
        }
      };
      try {
        const first = await startEmbeddedNeo4j({ port, dir: folder, heap: '256m', log: () => undefined });
        const old = first.password;
        expect(await answer(first.uri, old)).toBe(1);
        await first.stop();
        // Started again with the same password, it keeps working (the stored one is checked, not set again).
        const same = await startEmbeddedNeo4j({ port, dir: folder, heap: '256m', log: () => undefined });
        expect(await answer(same.uri, old)).toBe(1);
        await same.stop();
        const changed = await startEmbeddedNeo4j({
          port,
          dir: folder,
          heap: '256m',
          password: 'a-changed-password-42',
          log: () => undefined,
        });
        try {
          expect(await answer(changed.uri, 'a-changed-password-42')).toBe(1);
          expect(await answer(changed.uri, old)).toBe('Neo.ClientError.Security.Unauthorized');
        } finally {
          await changed.stop();
        }
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    },
    jvmBudget(3),
  );

  it(
    'refuses to start on a port that is taken, saying which in one line',
    async () => {
      const port = await freePort();
      const [first, second] = [
        fs.mkdtempSync(path.join(os.tmpdir(), 'truce-a-')),
        fs.mkdtempSync(path.join(os.tmpdir(), 'truce-b-')),
      ];
      const blocker = await startEmbeddedNeo4j({ port, dir: first, heap: '256m', log: () => undefined });
      try {
        await expect(
          startEmbeddedNeo4j({
            port,
            dir: second,
            heap: '256m',
            log: () => undefined,
          }),
        ).rejects.toThrow(
          `Bolt port ${port} on 127.0.0.1 is already in use by another program; stop it or set NEO4J_EMBEDDED_PORT to a free port.`,
        );
      } finally {
        await blocker.stop();
        for (const dir of [first, second]) fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    jvmBudget(2),
  );
});
