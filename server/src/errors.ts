import { GraphQLError } from 'graphql';

/** Error codes clients can rely on (`extensions.code`). */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'DATABASE_UNAVAILABLE' | 'TIMEOUT';

/** A bad argument: names it and says what is allowed. */
export function badInput(argument: string, message: string, allowed?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument, ...allowed },
  });
}

/** Something asked for by id does not exist. */
export function notFound(kind: string, id: string, argument: string): GraphQLError {
  return new GraphQLError(`No ${kind} with id "${id}"`, {
    extensions: { code: 'NOT_FOUND', argument, id },
  });
}

/** Neo4j cannot be reached; the server keeps serving and recovers when it is back. */
export function databaseUnavailable(): GraphQLError {
  return new GraphQLError('The graph database is unavailable right now; try again shortly.', {
    extensions: { code: 'DATABASE_UNAVAILABLE' },
  });
}

/** The request ran out of time; its Cypher transaction was cancelled. */
export function timedOut(ms: number): GraphQLError {
  return new GraphQLError(`The request took longer than ${ms} ms and was cancelled.`, {
    extensions: { code: 'TIMEOUT', limitMs: ms },
  });
}

/** Checks an integer argument against its range. */
export function checkRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(argument, `must be an integer from ${min} to ${max}, got ${value}`, { min, max });
  }
  return value;
}
