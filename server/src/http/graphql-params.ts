import type { GraphQLParams } from 'graphql-yoga';
import type { ErrorCode } from '@trade-truce/vocabulary';

/** A refusal of a GraphQL request before yoga sees it. */
export interface ParamsProblem {
  status: number;
  code: ErrorCode;
  message: string;
}

const KEYS = new Set(['query', 'operationName', 'variables', 'extensions']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const bad = (message: string): ParamsProblem => ({ status: 400, code: 'BAD_REQUEST', message });

/**
 * Checks the GraphQL-over-HTTP parameters (query, operationName, variables, extensions) once
 * they are plain values: a missing or non-string query, variables that are not an object, or an
 * unknown parameter are the client's mistake (400), never something to execute or to crash on.
 */
export function checkParams(params: unknown): ParamsProblem | undefined {
  if (!isObject(params)) return bad('The request body must be a JSON object: {"query": "..."}.');
  for (const key of Object.keys(params)) {
    if (!KEYS.has(key))
      return bad(`Unknown parameter "${key}"; use query, operationName, variables, extensions.`);
  }
  const { query, operationName, variables, extensions } = params;
  if (typeof query !== 'string' || query.trim() === '') {
    return bad('The parameter "query" must be a non-empty string holding a GraphQL document.');
  }
  if (operationName != null && typeof operationName !== 'string') {
    return bad('The parameter "operationName" must be a string.');
  }
  if (variables != null && !isObject(variables))
    return bad('The parameter "variables" must be a JSON object.');
  if (extensions != null && !isObject(extensions))
    return bad('The parameter "extensions" must be a JSON object.');
  return undefined;
}

/** Parses a JSON parameter, naming it when it is not JSON. */
function parseJsonParam(name: string, text: string | null): { value: unknown } | ParamsProblem {
  if (text === null || text === '') return { value: undefined };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return bad(`The parameter "${name}" is not valid JSON.`);
  }
}

/** Checks parameters sent in a query string or a urlencoded form (GET, or POST with a CSRF header). */
export function checkSearchParams(params: URLSearchParams): ParamsProblem | undefined {
  const plain: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (params.getAll(key).length > 1) return bad(`The parameter "${key}" is given more than once.`);
    const text = params.get(key);
    if (key === 'variables' || key === 'extensions') {
      const parsed = parseJsonParam(key, text);
      if ('status' in parsed) return parsed;
      plain[key] = parsed.value;
    } else {
      plain[key] = text;
    }
  }
  return checkParams(plain);
}

/**
 * Parses and checks a JSON body (its text was read under the size limit); the parameters are
 * handed to yoga as they are, so the body is parsed once.
 */
export function parseJsonBody(body: Buffer): { params: GraphQLParams } | ParamsProblem {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return bad('The request body is not valid JSON.');
  }
  const problem = checkParams(parsed);
  if (problem) return problem;
  const { query, operationName, variables, extensions } = parsed as Record<string, unknown>;
  return {
    params: {
      query: query as string,
      operationName: (operationName as string | null) ?? undefined,
      variables: (variables as Record<string, unknown> | null) ?? undefined,
      extensions: (extensions as Record<string, unknown> | null) ?? undefined,
    },
  };
}
