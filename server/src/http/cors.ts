import type http from 'node:http';

/** What the CORS step decided for one request. */
export type CorsOutcome = 'not-cors' | 'allowed' | 'preflight-allowed' | 'preflight-denied';

/** Request headers a cross-origin GraphQL client may send. */
const ALLOWED_HEADERS = 'content-type, accept, x-graphql-yoga-csrf, x-cypher-stats';

/**
 * Cross-origin access: none unless CORS_ORIGINS lists the origin exactly. An allowed origin gets
 * its own name back (never `*` with credentials, never an unlisted origin reflected) and no
 * `allow-credentials`: the API uses no cookies, so no page can ride a user's session.
 * Same-origin requests are untouched. `Vary: Origin` keeps shared caches honest.
 */
export function applyCors(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  allowedOrigins: ReadonlySet<string>,
): CorsOutcome {
  const origin = req.headers.origin;
  const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  if (allowedOrigins.size > 0) res.appendHeader('vary', 'Origin');
  if (!origin) return 'not-cors';
  const allowed = allowedOrigins.has(origin);
  if (allowed) res.setHeader('access-control-allow-origin', origin);
  if (!preflight) return allowed ? 'allowed' : 'not-cors';
  if (!allowed) return 'preflight-denied';
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
  res.setHeader('access-control-max-age', '600');
  return 'preflight-allowed';
}
