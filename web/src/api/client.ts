import { print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';
import { isErrorCode, type ErrorCode } from '@trade-truce/vocabulary';

/** Why a request failed, in the words the error banner uses. */
export type ApiErrorKind = 'network' | 'database' | 'not-found' | 'input' | 'timeout' | 'server';

/** A failed API call with a kind the UI can explain and offer a retry for. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    /** The server's `extensions.code`, when it sent one. */
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: unknown } }>;
}

/** Every code of the server's closed set (@trade-truce/vocabulary); a new code fails to compile here. */
const KIND_BY_CODE: Record<ErrorCode, ApiErrorKind> = {
  DATABASE_UNAVAILABLE: 'database',
  NOT_FOUND: 'not-found',
  BAD_USER_INPUT: 'input',
  GRAPHQL_PARSE_FAILED: 'input',
  GRAPHQL_VALIDATION_FAILED: 'input',
  QUERY_LIMIT_EXCEEDED: 'input',
  BAD_REQUEST: 'input',
  PAYLOAD_TOO_LARGE: 'input',
  RANGE_NOT_SATISFIABLE: 'input',
  HEADERS_TOO_LARGE: 'input',
  TIMEOUT: 'timeout',
  INTERNAL_SERVER_ERROR: 'server',
  CSRF_HEADER_REQUIRED: 'server',
  CORS_ORIGIN_DENIED: 'server',
  METHOD_NOT_ALLOWED: 'server',
  UNSUPPORTED_MEDIA_TYPE: 'server',
};

/** The kind of a code read off the wire; anything outside the closed set is the server's fault. */
export function kindOfCode(code: unknown): ApiErrorKind {
  return isErrorCode(code) ? KIND_BY_CODE[code] : 'server';
}

/** POSTs one typed operation to /graphql on the same origin and returns its typed data. */
export async function request<T, V>(
  document: TadaDocumentNode<T, V>,
  variables: V,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: print(document), variables }),
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', 'The server cannot be reached.');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(
      response.status >= 500 ? 'server' : 'network',
      `The server answered ${response.status}.`,
    );
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    throw new ApiError(kindOfCode(code), first.message, isErrorCode(code) ? code : null);
  }
  if (!body.data) throw new ApiError('server', `The server answered ${response.status} without data.`);
  return body.data;
}

/** A sentence for people, naming what is wrong and what retry will do. */
export function describeError(error: unknown): { title: string; detail: string } {
  if (error instanceof ApiError) {
    switch (error.kind) {
      case 'network':
        return { title: 'Cannot reach the server', detail: 'Check that the app is running, then retry.' };
      case 'database':
        return {
          title: 'The graph database is unavailable',
          detail: 'Neo4j is not answering. It may be starting or stopped; retry in a moment.',
        };
      case 'not-found':
        return { title: 'Not found', detail: error.message };
      case 'input':
        return { title: 'The request was refused', detail: error.message };
      case 'timeout':
        return {
          title: 'The request took too long',
          detail: 'The server is busy or the question is too big; retry, or ask for less.',
        };
      default:
        return { title: 'The server had a problem', detail: error.message };
    }
  }
  return { title: 'Something went wrong', detail: error instanceof Error ? error.message : String(error) };
}
