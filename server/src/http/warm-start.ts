import http from 'node:http';
import type { Driver } from 'neo4j-driver';
import { warmQueryPlans } from '../db/warm-up';
import { DEFAULT_OVERVIEW, MAX_OVERVIEW } from '../schema/overview';
import { START_VIEW_QUERY } from './start-view-query';

/**
 * The explorer's start view, as web/src/api/largeGraph.ts sends it (OverviewQuery printed with
 * its fragments, to the character; generated into start-view-query.ts by `npm run schemas`): the
 * same text is the same parsed document on the server, so the first visitor's request finds it
 * parsed, validated and compiled (graphql-jit), and the same resolvers, loaders and Cypher warm.
 */
export { START_VIEW_QUERY };

/**
 * Runs of the warm-up: the second one makes graphql-jit compile the document
 * (compiled-execution.ts); the third runs it compiled, which proves it to the fast lane, so the
 * whole view's warm-up is answered there and its answer kept (answer-memo.ts) for the first
 * "Show all" (5,000 entities: its first request took 1.1-1.4 s, then 0.1 s).
 */
const RUNS = 3;

/**
 * Asks the server at `base` for the start view as a browser would, through the whole HTTP and
 * GraphQL path. A fresh process runs that path's code for the first time on the first visit:
 * ~0.3–0.6 s of parsing, validation, lazily compiled functions and the first graphql-jit
 * compilation, which the first visitor would wait for (measured with curl against a fresh
 * server: 628, 461, 161 ms for the first three answers). Best effort: a failure only means the
 * first visitor pays. Says how long it took and whether every answer was a full one.
 */
export async function warmStartView(base: string): Promise<{ ms: number; ok: boolean }> {
  const started = Date.now();
  let ok = true;
  for (let run = 0; run < RUNS; run += 1) ok = (await askOverview(base, DEFAULT_OVERVIEW)) && ok;
  return { ms: Date.now() - started, ok };
}

/**
 * Asks for the view "Show the whole graph" / "Show the 5,000 most connected" loads, so its first
 * click finds it in the view cache instead of computing it (measured: at a million relations the
 * banner of "Top 5,000" came after 2.0 s instead of 3.2 s; a 5,000-entity "Show all" was drawn
 * 0.8 s sooner). The explorer asks for the `min(entities, 5,000)` most connected with the start
 * view's own document, which this repeats; a graph the start view holds whole offers no such
 * button. Best effort, like warmStartView.
 */
export async function warmWholeView(base: string, entities: number): Promise<{ ms: number; ok: boolean }> {
  const started = Date.now();
  if (entities <= DEFAULT_OVERVIEW) return { ms: 0, ok: true };
  const ok = await askOverview(base, Math.min(entities, MAX_OVERVIEW));
  return { ms: Date.now() - started, ok };
}

/**
 * What a started server warms in the background for its visitors (main.ts; again after a load or
 * a restart of Neo4j, plan-watch.ts): the start view through HTTP, every costly query's plan, then
 * the whole view. The start view's own plans come first, from main.ts and the loader.
 */
export async function warmServer(
  base: string,
  driver: Driver,
  database: string,
  entities: number,
): Promise<void> {
  await warmStartView(base);
  await warmQueryPlans(driver, database);
  await warmWholeView(base, entities);
}

/** Asks for the `limit` most connected with the explorer's document; true for a full answer. */
async function askOverview(base: string, limit: number): Promise<boolean> {
  const body = JSON.stringify({ query: START_VIEW_QUERY, variables: { limit, include: null } });
  const answer = await post(`${base}/graphql`, body).catch(() => undefined);
  return answer?.status === 200 && !('errors' in (JSON.parse(answer.text) as object));
}

/** This machine's address of a server listening on `host` (a wildcard means every address). */
export function loopbackBase(host: string, port: number): string {
  const address =
    host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : host.includes(':') ? `[${host}]` : host;
  return `http://${address}:${port}`;
}

/** One POST, its status and text. */
function post(url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          'content-length': Buffer.byteLength(body),
        },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
