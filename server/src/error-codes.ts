import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Picks a code for an error that graphql-js, yoga or GraphQL Armor raised without one. */
export function codeFor(error: GraphQLError): string {
  const message = error.message;
  if (/limit of \d+(\.\d+)? exceeded/i.test(message)) return 'QUERY_LIMIT_EXCEEDED';
  if (/^Syntax Error/.test(message)) return 'GRAPHQL_PARSE_FAILED';
  if (/^Variable "\$[^"]+" got invalid value|^Variable "\$[^"]+" of required type/.test(message))
    return 'BAD_USER_INPUT';
  if (/CSRF/.test(message)) return 'CSRF_HEADER_REQUIRED';
  if (!error.path) return 'GRAPHQL_VALIDATION_FAILED';
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * Every error in a response carries `extensions.code`, so clients can branch on it: ours set
 * it when thrown; this fills it in for parse, validation, limit and CSRF errors.
 */
export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      const errors = result.errors.map((error) => {
        const code = codeFor(error);
        // Armor's limit errors arrive coded as parse failures; the limit is the useful answer.
        if (error.extensions?.code && code !== 'QUERY_LIMIT_EXCEEDED') return error;
        return Object.assign(error, { extensions: { ...error.extensions, code } });
      });
      setResult({ ...result, errors });
    },
  };
}
