import type http from 'node:http';
import { hasBuiltFile } from './static';

/** GraphiQL's page in the web build (web/graphiql.html, a second Vite entry). */
export const GRAPHIQL_PAGE = 'graphiql.html';

/** A browser opening /graphql (GET asking for HTML) gets GraphiQL; API clients get JSON. */
export function wantsGraphiQL(req: http.IncomingMessage): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && (req.headers.accept ?? '').includes('text/html');
}

/**
 * Serves GraphiQL, bundled by the web build (no CDN): the page reads `?query=` and `?variables=`
 * itself, so /graphql?query=... opens prefilled. Without a build, a short page says how to get one.
 */
export async function sendGraphiQL(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  dist: string,
  serveStatic:
    ((req: http.IncomingMessage, res: http.ServerResponse, path: string) => Promise<void>) | undefined,
): Promise<void> {
  if (serveStatic && hasBuiltFile(dist, GRAPHIQL_PAGE)) return serveStatic(req, res, `/${GRAPHIQL_PAGE}`);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(
    '<!doctype html><title>GraphiQL</title><p>GraphiQL is part of the web build: run <code>npm run build</code>. ' +
      'Meanwhile POST JSON to /graphql: <code>{"query": "{ stats { entities } }"}</code>.</p>',
  );
}
