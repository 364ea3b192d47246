import { createYoga, type Plugin } from 'graphql-yoga';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Driver } from 'neo4j-driver';
import type { Context } from './context';
import { RequestDb } from './db/request';
import { useErrorCodes } from './error-codes';
import { createLoaders } from './loaders';
import { schema } from './schema';

/** What the yoga instance needs from the process. */
export interface YogaOptions {
  driver: Driver;
  database: string;
  queryTimeoutMs: number;
}

/** Limits checked while parsing and validating, before any resolver (or Neo4j) runs. */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 1_500,
  maxCost: 100_000,
  maxDirectives: 10,
};

const REQUEST_DB = Symbol('requestDb');
type WithDb = { [REQUEST_DB]?: RequestDb };

/**
 * Reports the Cypher round trips of a request in `extensions.cypherQueries` when the client
 * sends `x-cypher-stats: 1` (tests and benchmarks use it), and closes the request's session.
 */
function useRequestDb(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as Context & { request?: Request };
      const wanted = ctx.request?.headers.get('x-cypher-stats') === '1';
      return {
        onExecuteDone({ result, setResult }) {
          void ctx.db.close();
          if (wanted && !(Symbol.asyncIterator in result)) {
            setResult({ ...result, extensions: { ...result.extensions, cypherQueries: ctx.db.queries } });
          }
        },
      };
    },
  };
}

/**
 * The GraphQL endpoint at /graphql: GraphiQL in the browser, masked internal errors, CSRF
 * prevention, GraphQL Armor's depth/alias/token/cost limits, and one RequestDb per request.
 */
export function createGraphQL(options: YogaOptions) {
  return createYoga<WithDb, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Trade-truce knowledge graph', defaultQuery: DEFAULT_QUERY },
    maskedErrors: true,
    landingPage: false,
    plugins: [
      useCSRFPrevention(),
      EnvelopArmorPlugin({
        maxDepth: { n: QUERY_LIMITS.maxDepth },
        maxAliases: { n: QUERY_LIMITS.maxAliases },
        maxTokens: { n: QUERY_LIMITS.maxTokens },
        maxDirectives: { n: QUERY_LIMITS.maxDirectives },
        costLimit: { maxCost: QUERY_LIMITS.maxCost },
        blockFieldSuggestion: { enabled: false },
      }),
      useRequestDb(),
      useErrorCodes(),
    ],
    context: () => {
      const db = new RequestDb(options.driver, options.database, options.queryTimeoutMs);
      return { db, loaders: createLoaders(db) };
    },
  });
}

const DEFAULT_QUERY = `# The trade-truce knowledge graph. Try:
{
  entity(id: "salt-typhoon") {
    name
    description
    relations(types: [HACKED, EAVESDROPPED_ON]) {
      nodes { label to { name } status summary sources { publisher } }
    }
  }
}
`;
