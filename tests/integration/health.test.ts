import type { Driver } from 'neo4j-driver';
import { readFixtures } from '../../server/src/fixtures/validate';
import { PATHS } from '../../server/src/paths';
import { testDriver, testNeo4jUri } from '../support/neo4j';
import { gql, startServer, type RunningServer } from '../support/server';

let driver: Driver;
let app: RunningServer;
beforeAll(async () => {
  driver = testDriver();
  app = await startServer(driver, testNeo4jUri());
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

describe('GET /health', () => {
  it('reports ready, the Neo4j connection, its version and the graph counts', async () => {
    const fixtures = readFixtures(PATHS.fixtures).graph;
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ready',
      neo4j: {
        connected: true,
        uri: testNeo4jUri(),
        database: 'neo4j',
        version: expect.stringMatching(/^5\.26\./) as string,
        edition: 'community',
      },
      graph: {
        entities: fixtures.entities.length,
        relations: fixtures.relations.length,
        sources: fixtures.sources.length,
      },
    });
  });
});

describe('POST /graphql', () => {
  it('answers a query over the seeded graph', async () => {
    const { status, body } = await gql(app.url, '{ stats { entities } }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ stats: { entities: readFixtures(PATHS.fixtures).graph.entities.length } });
  });

  it('serves GraphiQL to a browser', async () => {
    const res = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('GraphiQL');
  });
});
