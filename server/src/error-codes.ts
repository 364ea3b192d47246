import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isErrorCode, type ErrorCode } from '@trade-truce/vocabulary';

/** Errors GraphQL Armor rejected (its onReject hands us the very error it then throws). */
const limitErrors = new WeakSet<GraphQLError>();
/** Errors graphql-js raised while coercing variables or picking the operation, before any resolver. */
const requestErrors = new WeakSet<GraphQLError>();

/** GraphQL Armor's onReject handler: marks its error as a limit, whatever yoga codes it later. */
export function markLimitError(_context: unknown, error: GraphQLError): void {
  limitErrors.add(error);
}

function wasMarked(set: WeakSet<GraphQLError>, error: GraphQLError): boolean {
  const original = error.originalError as GraphQLError | null | undefined;
  return set.has(error) || (original != null && set.has(original));
}

/** Request-level errors yoga and its plugins raise carry an HTTP status but, for CSRF, no code. */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  403: 'CSRF_HEADER_REQUIRED',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * The code of one error, from where it was raised, never from its message: Armor's rejections
 * are limits; graphql-js's execution-context errors (no data at all) are bad variables; codes
 * that yoga (parse, validation, request parsing) or our resolvers set are kept when they belong to
 * the closed set; a request error without one is coded by its HTTP status; the rest is internal.
 */
export function codeFor(error: GraphQLError): ErrorCode {
  if (wasMarked(limitErrors, error)) return 'QUERY_LIMIT_EXCEEDED';
  if (wasMarked(requestErrors, error)) return 'BAD_USER_INPUT';
  const code = error.extensions?.code;
  if (isErrorCode(code)) return code;
  const status = error.extensions?.http?.status;
  if (status !== undefined && code === undefined) return CODE_BY_STATUS[status] ?? 'BAD_REQUEST';
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * Every error in a response carries `extensions.code` from the closed set in
 * @trade-truce/vocabulary, so clients can branch on it.
 */
export function useErrorCodes(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result }) {
          // graphql-js answers without `data` only when it refused to start executing: the
          // variables did not coerce, or the operation name picks nothing.
          if (Symbol.asyncIterator in result || result.data !== undefined) return;
          for (const error of result.errors ?? []) requestErrors.add(error);
        },
      };
    },
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      const errors = result.errors.map((error) =>
        Object.assign(error, { extensions: { ...error.extensions, code: codeFor(error) } }),
      );
      setResult({ ...result, errors });
    },
  };
}
