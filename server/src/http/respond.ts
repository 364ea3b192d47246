import type http from 'node:http';
import type { ErrorCode } from '@trade-truce/vocabulary';

/** Writes a JSON body that is never cached (API answers and errors). */
export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  res.end(res.req?.method === 'HEAD' ? undefined : text);
}

/**
 * A refused request off /graphql: `{"error": {"code", "message"}}`. Messages name what was wrong
 * and never echo internals (no stack, no path on disk).
 */
export function sendError(
  res: http.ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { error: { code, message } }, headers);
}

/** The same refusal on /graphql, shaped as a GraphQL response so GraphQL clients read it. */
export function sendGraphQLError(
  res: http.ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}
