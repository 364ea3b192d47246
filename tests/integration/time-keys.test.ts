import { timeKeysMissing } from '../../server/src/db/time-keys';
import { testDriver } from '../support/neo4j';

/**
 * A graph loaded before relations stored their timeline key has an empty timeline; the server
 * says so in one line at start (main.ts). The check on the seeded graph, then without its keys
 * (put back exactly afterwards).
 */
const driver = testDriver();
const run = (query: string, params: Record<string, unknown> = {}) =>
  driver.executeQuery(query, params, { database: 'neo4j' });

afterAll(() => driver.close());

test('tells a graph without timeline keys from one with them', async () => {
  expect(await timeKeysMissing(driver, 'neo4j')).toBe(false);
  const { records } = await run(
    'MATCH ()-[r]->() WHERE r.timeKey IS NOT NULL RETURN collect({id: r.id, key: r.timeKey}) AS keys',
  );
  const keys = records[0]?.get('keys') as Array<{ id: string; key: string }>;
  expect(keys.length).toBeGreaterThan(0);
  try {
    await run('MATCH ()-[r]->() WHERE r.timeKey IS NOT NULL REMOVE r.timeKey');
    expect(await timeKeysMissing(driver, 'neo4j')).toBe(true);
  } finally {
    await run('UNWIND $keys AS k MATCH ()-[r {id: k.id}]->() SET r.timeKey = k.key', { keys });
  }
  expect(await timeKeysMissing(driver, 'neo4j')).toBe(false);
});
