import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import type { HealthSource } from '../db/health';
import { Gate } from '../db/gate';
import { PATHS } from '../paths';
import { applyCors } from './cors';
import { sendGraphiQL, wantsGraphiQL } from './graphiql';
import { createGraphQLRoute } from './graphql-route';
import { rawSecurityHeaders, setSecurityHeaders } from './headers';
import { sendHealth } from './health';
import { sendError } from './respond';
import { createStatic, hasBuiltFile } from './static';
import { isValidHost, parseTarget } from './target';

/** What the HTTP server needs. */
export interface AppOptions {
  driver: Driver;
  database: string;
  uri: string;
  queryTimeoutMs: number;
  maxBodyBytes: number;
  /** Folder of the built web client; served at / when it exists. */
  webDist?: string;
  /** What /health reports beyond whether Neo4j answers (main.ts: supervisor state, load state). */
  health?: Pick<HealthSource, 'state' | 'embedded' | 'readLoadState'>;
  /** Origins allowed to call the API from a browser (CORS); none by default. */
  corsOrigins?: readonly string[];
  /** Transactions run at once; the rest wait in line, against their deadline. */
  queryConcurrency?: number;
  fieldSuggestions?: boolean;
  introspection?: boolean;
  cypherStatsHeader?: boolean;
}

const CLIENT_ERRORS: Record<string, [number, 'BAD_REQUEST' | 'HEADERS_TOO_LARGE' | 'TIMEOUT', string]> = {
  HPE_HEADER_OVERFLOW: [431, 'HEADERS_TOO_LARGE', 'The request headers are too large.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'TIMEOUT', 'The request was not received in time.'],
};

/** Answers what Node's HTTP parser refused (bad request line, bad header) with a coded 400. */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, code, message] = CLIENT_ERRORS[error.code ?? ''] ?? [
    400,
    'BAD_REQUEST',
    'The request is not valid HTTP/1.1.',
  ];
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n` +
      'content-type: application/json; charset=utf-8\r\ncache-control: no-store\r\nconnection: close\r\n' +
      `${rawSecurityHeaders()}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * The one HTTP server: GraphQL at /graphql (GraphiQL for browsers), GET /health, and the built
 * web client at /. Every response carries the security headers; the target and Host are parsed
 * without throwing; anything unexpected is logged and answered with a bare coded 500.
 */
export function createApp(options: AppOptions): http.Server {
  const dist = options.webDist ?? PATHS.webDist;
  const serveStatic = hasBuiltFile(dist, 'index.html') ? createStatic(dist) : undefined;
  const serveGraphQL = createGraphQLRoute({
    ...options,
    gate: new Gate(options.queryConcurrency ?? 16),
  });
  const origins = new Set(options.corsOrigins ?? []);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const parsed = parseTarget(req.url);
    if (!parsed.ok) return sendError(res, 400, 'BAD_REQUEST', `Bad request target: ${parsed.reason}.`);
    if (!isValidHost(req.headers.host) && !(req.httpVersion === '1.0' && req.headers.host === undefined)) {
      return sendError(res, 400, 'BAD_REQUEST', 'The Host header is not a valid host name.');
    }
    const cors = applyCors(req, res, origins);
    if (cors === 'preflight-denied') {
      return sendError(
        res,
        403,
        'CORS_ORIGIN_DENIED',
        'This origin may not call the API (see CORS_ORIGINS).',
      );
    }
    if (cors === 'preflight-allowed') return void res.writeHead(204, { 'content-length': 0 }).end();
    const { pathname } = parsed.target;
    if (pathname === '/health') {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendError(res, 405, 'METHOD_NOT_ALLOWED', 'Use GET for /health.', { allow: 'GET, HEAD' });
      }
      return sendHealth(res, { ...options, ...options.health });
    }
    if (pathname === '/graphql') {
      if (wantsGraphiQL(req)) return sendGraphiQL(req, res, dist, serveStatic);
      return serveGraphQL(req, res, parsed.target);
    }
    if (serveStatic) return serveStatic(req, res, pathname);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(
      '<!doctype html><title>Trade-truce graph</title><p>The web client is not built yet: run ' +
        '<code>npm run build</code>, or use <a href="/health">/health</a> and POST to /graphql.</p>',
    );
  }

  // requireHostHeader off: our own check answers a missing Host with the same coded 400.
  const server = http.createServer({ requestTimeout: 60_000, requireHostHeader: false }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('Unexpected error answering a request:', error);
      if (res.headersSent) res.destroy();
      else sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
    });
  });
  server.on('clientError', answerClientError);
  return server;
}
