/**
 * The closed set of error codes (`extensions.code` in GraphQL errors, `code` in the HTTP
 * layer's JSON errors). Server and web client import this one list, so a client can branch on
 * every code the server may send and a new code cannot appear without both sides seeing it.
 */

/** Each code with the HTTP status it is usually sent with and what it means, for docs and tests. */
export const ERROR_CODE_INFO = {
  // GraphQL: the request was understood but the operation cannot run as asked.
  BAD_USER_INPUT: { status: 200, meaning: 'an argument or variable has a bad value' },
  NOT_FOUND: { status: 200, meaning: 'an id names nothing (also: no such page or file, 404)' },
  GRAPHQL_PARSE_FAILED: { status: 200, meaning: 'the document is not valid GraphQL syntax' },
  GRAPHQL_VALIDATION_FAILED: { status: 200, meaning: 'the document does not fit the schema' },
  QUERY_LIMIT_EXCEEDED: { status: 200, meaning: 'too deep, too many aliases or tokens, too costly' },
  TIMEOUT: {
    status: 200,
    meaning: 'the request ran past QUERY_TIMEOUT_MS and was cancelled (408: the client sent too slowly)',
  },
  DATABASE_UNAVAILABLE: { status: 200, meaning: 'Neo4j cannot be reached right now' },
  INTERNAL_SERVER_ERROR: { status: 200, meaning: 'a bug; the details are logged, never sent' },
  // HTTP: the request was refused before any GraphQL ran.
  BAD_REQUEST: { status: 400, meaning: 'a malformed request line, host, body, query string or parameter' },
  CSRF_HEADER_REQUIRED: { status: 403, meaning: 'a "simple" request without a CSRF-proof header' },
  CORS_ORIGIN_DENIED: { status: 403, meaning: 'a cross-origin preflight from an origin not in CORS_ORIGINS' },
  METHOD_NOT_ALLOWED: { status: 405, meaning: 'a method this path does not serve' },
  PAYLOAD_TOO_LARGE: { status: 413, meaning: 'the body is over MAX_BODY_BYTES' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, meaning: 'a body in a format /graphql does not read' },
  RANGE_NOT_SATISFIABLE: { status: 416, meaning: 'a Range outside the file' },
  HEADERS_TOO_LARGE: { status: 431, meaning: 'the request headers are too large' },
} as const satisfies Record<string, { status: number; meaning: string }>;

/** Every code, in the order above. */
export type ErrorCode = keyof typeof ERROR_CODE_INFO;
export const ERROR_CODES = Object.keys(ERROR_CODE_INFO) as ErrorCode[];

/** True when `value` is one of the codes (for data read off the wire). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODE_INFO, value);
}
