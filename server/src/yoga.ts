import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import type { Context } from './context';
import { schema } from './schema';

/** What the yoga instance needs from the process. */
export interface YogaOptions {
  driver: Driver;
  database: string;
  queryTimeoutMs: number;
}

/** The GraphQL endpoint at /graphql, with GraphiQL in the browser and masked internal errors. */
export function createGraphQL(options: YogaOptions) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Trade-truce knowledge graph' },
    maskedErrors: true,
    landingPage: false,
    context: () => ({
      driver: options.driver,
      database: options.database,
      timeoutMs: options.queryTimeoutMs,
    }),
  });
}
