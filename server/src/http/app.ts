import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import type { Driver } from 'neo4j-driver';
import { checkHealth, type HealthSource } from '../db/health';
import { PATHS } from '../paths';
import { createGraphQL } from '../yoga';

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
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * The one HTTP server: GraphQL at /graphql, GET /health, and the built web client at /.
 * Bodies larger than maxBodyBytes are refused before yoga reads them.
 */
export function createApp(options: AppOptions): http.Server {
  const yoga = createGraphQL(options);
  const dist = options.webDist ?? PATHS.webDist;
  const web = fs.existsSync(path.join(dist, 'index.html'))
    ? sirv(dist, { single: true, etag: true, gzip: true })
    : undefined;

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      void checkHealth({ ...options, ...options.health }).then((report) =>
        sendJson(res, report.httpStatus, report.body),
      );
      return;
    }
    if (url.pathname === '/graphql') {
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > options.maxBodyBytes) {
        sendJson(res, 413, {
          errors: [
            {
              message: `Request body of ${length} bytes exceeds the limit of ${options.maxBodyBytes} bytes`,
              extensions: { code: 'PAYLOAD_TOO_LARGE' },
            },
          ],
        });
        req.resume();
        return;
      }
      void yoga(req, res);
      return;
    }
    if (web) {
      web(req, res, () => sendJson(res, 404, { error: 'not found' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<!doctype html><title>Trade-truce graph</title><p>The web client is not built yet: run ' +
        '<code>npm run build</code>, or use <a href="/graphql">GraphiQL</a> and <a href="/health">/health</a>.</p>',
    );
  });
}
