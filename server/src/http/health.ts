import type http from 'node:http';
import type { Driver } from 'neo4j-driver';
import { checkDatabase } from '../db/health';
import { sendJson } from './respond';

/** Hides credentials in a connection URI before it is shown. */
function publicUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}

/** GET /health: Neo4j's state and version and the graph's counts (200 when connected, else 503). */
export async function sendHealth(
  res: http.ServerResponse,
  options: { driver: Driver; database: string; uri: string },
): Promise<void> {
  const db = await checkDatabase(options.driver, options.database);
  sendJson(res, db.connected ? 200 : 503, {
    status: db.connected ? 'ok' : 'degraded',
    neo4j: {
      connected: db.connected,
      uri: publicUri(options.uri),
      database: options.database,
      version: db.version,
      edition: db.edition,
      error: db.error,
    },
    graph: db.graph ?? null,
  });
}
