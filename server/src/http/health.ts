import type http from 'node:http';
import { checkHealth, type HealthSource } from '../db/health';
import { sendJson } from './respond';

/**
 * GET /health: the state of Neo4j (starting, ready, restarting, loading, interrupted, down), its
 * version, the graph's counts and the data disk; 200 while the graph can be read, else 503.
 */
export async function sendHealth(res: http.ServerResponse, source: HealthSource): Promise<void> {
  const report = await checkHealth(source);
  sendJson(res, report.httpStatus, report.body);
}
