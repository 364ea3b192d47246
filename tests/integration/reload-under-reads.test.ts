import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { seedFromFolder } from '../../server/src/fixtures/load';
import { PATHS } from '../../server/src/paths';
import { articleCopy, synthFolder } from '../support/graph-files';
import { testDriver, testNeo4jUri } from '../support/neo4j';
import { gql, startServer, type RunningServer } from '../support/server';
import { graphSnapshot } from '../support/snapshot';

const quiet = () => undefined;
const CLIENTS = 8;

let driver: Driver;
let app: RunningServer;
let article: string;
// The article's graph plus a synthetic part that each replace adds or removes again.
const bigger = articleCopy();
const extra = synthFolder(40, 120, 11);
for (const file of fs.readdirSync(extra.dir))
  fs.copyFileSync(path.join(extra.dir, file), path.join(bigger, `synth-${file}`));
const hub = extra.summary.hubs[0]?.id ?? '';

beforeAll(async () => {
  driver = testDriver();
  // A generous deadline: this test is about errors from the reload, not speed on a busy machine.
  app = await startServer(driver, testNeo4jUri(), { queryTimeoutMs: 120_000 });
  article = await graphSnapshot(driver);
});
afterAll(async () => {
  // Back to the article's graph whatever happened.
  await seedFromFolder(driver, 'neo4j', PATHS.fixtures, quiet, { replace: true });
  expect(await graphSnapshot(driver)).toBe(article);
  await app.close();
  await driver.close();
  fs.rmSync(bigger, { recursive: true, force: true });
  fs.rmSync(extra.dir, { recursive: true, force: true });
});

/**
 * What the explorer and analysts ask, including about a hub that each replace adds or removes
 * (asked with entity(id), which answers null when it is not there).
 */
const QUERIES: Array<[string, Record<string, unknown>]> = [
  [
    'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { truncated nodes { id degree } edges { id } } }',
    { id: 'mss' },
  ],
  [
    'query($id: ID!) { entity(id: $id) { name degree relations(first: 20) { totalCount nodes { id to { id } } } } }',
    { id: hub },
  ],
  ['{ neighborhood(id: "china", depth: 1, limit: 50) { nodes { id name } edges { id } } }', {}],
  ['{ search(text: "ministry", first: 10) { score entity { id name } } }', {}],
  ['{ graph(limit: 100) { truncated nodes { id degree } edges { id } } }', {}],
  ['{ stats(top: 5) { entities relations mostConnected { id degree } } }', {}],
  ['{ relations(first: 50) { totalCount nodes { id from { id } to { id } } } }', {}],
  ['{ shortestPath(from: "mss", to: "donald-trump") { length } }', {}],
];

describe('reads during seed --replace', () => {
  it('never answer with an error while the graph is replaced three times', async () => {
    let running = true;
    const failures: string[] = [];
    let answered = 0;
    const client = async (n: number) => {
      for (let i = n; running; i += 1) {
        const [query, variables] = QUERIES[i % QUERIES.length] ?? QUERIES[0]!;
        const { status, body } = await gql(app.url, query, variables);
        answered += 1;
        if (status !== 200 || body.errors)
          failures.push(`${status} ${JSON.stringify(body.errors)} for ${query}`);
      }
    };
    const clients = Array.from({ length: CLIENTS }, (_, n) => client(n));
    try {
      for (const dir of [bigger, PATHS.fixtures, bigger]) {
        await seedFromFolder(driver, 'neo4j', dir, quiet, { replace: true, batchSize: 50 });
      }
    } finally {
      running = false;
      await Promise.all(clients);
    }
    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(CLIENTS * 3);
  }, 300_000);
});
