import { GraphQLError } from 'graphql';
import type { ErrorCode } from '@trade-truce/vocabulary';

export type { ErrorCode };

/** A GraphQL error with one of the closed set's codes; the only way resolvers should fail. */
export function codedError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** A bad argument: names it and says what is allowed. */
export function badInput(argument: string, message: string, allowed?: Record<string, unknown>): GraphQLError {
  return codedError('BAD_USER_INPUT', `Invalid argument "${argument}": ${message}`, { argument, ...allowed });
}

/** Something asked for by id does not exist. */
export function notFound(kind: string, id: string, argument: string): GraphQLError {
  return codedError('NOT_FOUND', `No ${kind} with id "${id}"`, { argument, id });
}

/** Neo4j cannot be reached; the server keeps serving and recovers when it is back. */
export function databaseUnavailable(): GraphQLError {
  return codedError(
    'DATABASE_UNAVAILABLE',
    'The graph database is unavailable right now; try again shortly.',
  );
}

/** The request ran out of time; its Cypher transaction was cancelled. */
export function timedOut(ms: number): GraphQLError {
  return codedError('TIMEOUT', `The request took longer than ${ms} ms and was cancelled.`, { limitMs: ms });
}

/** Checks an integer argument against its range. */
export function checkRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(argument, `must be an integer from ${min} to ${max}, got ${value}`, { min, max });
  }
  return value;
}
