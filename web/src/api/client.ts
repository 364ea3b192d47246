import { print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';

/** Why a request failed, in the words the error banner uses. */
export type ApiErrorKind = 'network' | 'database' | 'not-found' | 'input' | 'server';

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
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const KIND_BY_CODE: Record<string, ApiErrorKind> = {
  DATABASE_UNAVAILABLE: 'database',
  NOT_FOUND: 'not-found',
  BAD_USER_INPUT: 'input',
};

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
    const kind = KIND_BY_CODE[first.extensions?.code ?? ''] ?? 'server';
    throw new ApiError(kind, first.message, first.extensions?.code ?? null);
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
      default:
        return { title: 'The server had a problem', detail: error.message };
    }
  }
  return { title: 'Something went wrong', detail: error instanceof Error ? error.message : String(error) };
}
