import { createYoga, type GraphQLParams, type Plugin } from 'graphql-yoga';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Context } from './context';
import type { Gate } from './db/gate';
import { RequestDb } from './db/request';
import { ViewCache } from './db/view-cache';
import { useCompiledExecution } from './compiled-execution';
import { FastLane } from './fast-lane';
import { markLimitError, useErrorCodes } from './error-codes';
import { schema } from './schema';

/** What the yoga instance needs from the process. */
export interface YogaOptions {
  driver: Driver;
  database: string;
  queryTimeoutMs: number;
  /** Bounds concurrent transactions; waiting for it counts against the deadline. */
  gate?: Gate;
  /** "Did you mean ...?" in validation errors (off for a public deployment). */
  fieldSuggestions?: boolean;
  /** Schema introspection (GraphiQL's docs and autocomplete need it). */
  introspection?: boolean;
  /** Honour the `x-cypher-stats: 1` request header (off for a public deployment). */
  cypherStatsHeader?: boolean;
}

/** What the HTTP layer hands yoga with each request. */
export interface ServerContext {
  /** Epoch ms by which the request must be answered: arrival plus QUERY_TIMEOUT_MS. */
  deadline?: number;
  /** The JSON body's parameters, already parsed and checked by the HTTP layer. */
  params?: GraphQLParams;
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
type WithDb = ServerContext & { [REQUEST_DB]?: RequestDb };

/**
 * Reports the Cypher round trips of a request in `extensions.cypherQueries` when the client
 * sends `x-cypher-stats: 1` (tests and benchmarks use it), and closes the request's session.
 */
function useRequestDb(statsHeader: boolean): Plugin<Context> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as Context & { request?: Request };
      const wanted = statsHeader && ctx.request?.headers.get('x-cypher-stats') === '1';
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
 * Takes the parameters the HTTP layer parsed from a JSON body instead of parsing the body again
 * (registered after yoga's own parsers, so it overrides them for such requests only).
 */
function useCheckedParams(): Plugin<Context, WithDb> {
  return {
    onRequestParse({ serverContext, setRequestParser }) {
      const params = serverContext?.params;
      if (params) setRequestParser(() => params);
    },
  };
}

/** Turns schema introspection off: `__schema` and `__type` fail validation. */
function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/**
 * The GraphQL engine behind /graphql (the HTTP layer in http/ parses, limits and answers the
 * request; GraphiQL is a page of the web build): masked internal errors without details even in
 * development, CSRF prevention, GraphQL Armor's depth/alias/token/cost limits, optional field
 * suggestions and introspection, and one RequestDb per request whose deadline started when the
 * request arrived. With it, the fast lane (fast-lane.ts) that answers documents yoga has proven.
 */
export function createGraphQL(options: YogaOptions) {
  const newDb = (deadline?: number) =>
    new RequestDb(options.driver, options.database, options.queryTimeoutMs, { deadline, gate: options.gate });
  const views = new ViewCache(() => newDb());
  const fastLane = new FastLane();
  const limit = { onReject: [markLimitError] };
  /** One request's context: its own database session, whose deadline started at arrival. */
  const newContext = (deadline?: number): Context => ({ db: newDb(deadline), views });
  const yoga = createYoga<WithDb, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: false,
    landingPage: false,
    cors: false,
    // The HTTP layer (http/body.ts) already read the body under MAX_BODY_BYTES; yoga's own limit
    // would stream it again through a TransformStream and a pipeline on every request.
    maxRequestBodySize: false,
    maskedErrors: { isDev: false },
    plugins: [
      useCSRFPrevention(),
      useCheckedParams(),
      useCompiledExecution(fastLane),
      EnvelopArmorPlugin({
        maxDepth: { n: QUERY_LIMITS.maxDepth, ...limit },
        maxAliases: { n: QUERY_LIMITS.maxAliases, ...limit },
        maxTokens: { n: QUERY_LIMITS.maxTokens, ...limit },
        maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...limit },
        costLimit: { maxCost: QUERY_LIMITS.maxCost, ...limit },
        blockFieldSuggestion: { enabled: options.fieldSuggestions === false },
      }),
      ...(options.introspection === false ? [useNoIntrospection()] : []),
      useRequestDb(options.cypherStatsHeader !== false),
      useErrorCodes(),
    ],
    context: ({ deadline }) => newContext(deadline),
  });
  return { yoga, fastLane, newContext, views };
}
