import type { Driver } from 'neo4j-driver';
import { readFixtures, type FixtureGraph } from '../../server/src/fixtures/validate';
import { PATHS } from '../../server/src/paths';
import { testDriver, testNeo4jUri } from './neo4j';
import { gql, startServer, type RunningServer } from './server';

/** The real app over the run's seeded Neo4j, plus the fixtures it was seeded from. */
export function useApi() {
  const state = {} as { driver: Driver; app: RunningServer; fixtures: FixtureGraph };
  beforeAll(async () => {
    state.driver = testDriver();
    state.app = await startServer(state.driver, testNeo4jUri());
    state.fixtures = readFixtures(PATHS.fixtures).graph;
  });
  afterAll(async () => {
    await state.app.close();
    await state.driver.close();
  });
  return {
    get fixtures() {
      return state.fixtures;
    },
    get driver() {
      return state.driver;
    },
    get url() {
      return state.app.url;
    },
    /** Runs a query that must succeed and returns its data. */
    async data<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const { body } = await gql<T>(state.app.url, query, variables);
      if (body.errors) throw new Error(`unexpected errors: ${JSON.stringify(body.errors)}`);
      return body.data as T;
    },
    /** Runs a query that must fail and returns its first error. */
    async error(query: string, variables: Record<string, unknown> = {}) {
      const { body } = await gql(state.app.url, query, variables);
      const [error] = body.errors ?? [];
      if (!error) throw new Error(`expected an error, got ${JSON.stringify(body.data)}`);
      return error;
    },
    gql: (query: string, variables: Record<string, unknown> = {}) => gql(state.app.url, query, variables),
  };
}
