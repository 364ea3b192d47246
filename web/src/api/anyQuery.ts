import { isErrorCode } from '@trade-truce/vocabulary';
import { ApiError, kindOfCode } from './client';

/**
 * Runs a query text someone brought in a link (`/?query=…`) or a lesson step. Its shape is not
 * known in advance, so it is not typed; errors keep the server's code for the message.
 */
export async function runAnyQuery(query: string, variables: Record<string, unknown>): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('network', 'The server cannot be reached.');
  }
  const body = (await response.json().catch(() => null)) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  } | null;
  const first = body?.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    throw new ApiError(kindOfCode(code), first.message, isErrorCode(code) ? code : null);
  }
  if (!body?.data) throw new ApiError('server', `The server answered ${response.status} without data.`);
  return body.data;
}
