/**
 * A bounded fuzz of /graphql: requests generated from the schema (tests/support/fuzz.ts), 1,000
 * per `npm test` (FUZZ_RUNS; `npm run bench:fuzz` sends 10,000; FUZZ_SEED replays a reported
 * seed's requests). Whatever comes in: no 5xx, an answer within the deadline, every error coded
 * from the closed set and none internal, and the graph exactly as it was.
 */
import fc from 'fast-check';
import { isErrorCode } from '@trade-truce/vocabulary';
import { schema } from '../../server/src/schema';
import { requests, type FuzzRequest } from '../support/fuzz';
import { testDriver, testNeo4jUri } from '../support/neo4j';
import { startServer, type RunningServer } from '../support/server';
import { graphSnapshot } from '../support/snapshot';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const QUERY_TIMEOUT_MS = 3_000;

const driver = testDriver();
let app: RunningServer;
beforeAll(async () => {
  app = await startServer(driver, testNeo4jUri(), { queryTimeoutMs: QUERY_TIMEOUT_MS });
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

async function send(request: FuzzRequest): Promise<{ status: number; text: string }> {
  // No hang: an answer must come well within the deadline plus slack, or the fetch aborts.
  const signal = AbortSignal.timeout(QUERY_TIMEOUT_MS + 20_000);
  const res =
    request.kind === 'post'
      ? await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: request.body,
          signal,
        })
      : await fetch(`${app.url}/graphql?${request.search}`, {
          headers: { 'x-graphql-yoga-csrf': '1' },
          signal,
        });
  return { status: res.status, text: await res.text() };
}

test(
  `${RUNS} generated requests: no 5xx, no hang, every error coded, the graph unchanged`,
  async () => {
    const before = await graphSnapshot(driver);
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(requests(schema), async (request) => {
        const { status, text } = await send(request);
        expect(status).toBeLessThan(500);
        const body = JSON.parse(text) as {
          errors?: Array<{ extensions?: { code?: unknown } }>;
          error?: { code?: unknown };
        };
        const codes = [
          ...(body.errors ?? []).map((e) => e.extensions?.code),
          ...(body.error ? [body.error.code] : []),
        ];
        for (const code of codes) {
          expect(isErrorCode(code)).toBe(true);
          expect(code).not.toBe('INTERNAL_SERVER_ERROR');
          seen.set(String(code), (seen.get(String(code)) ?? 0) + 1);
        }
      }),
      { numRuns: RUNS, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) },
    );
    expect(await graphSnapshot(driver)).toBe(before);
    // The generator reaches past validation into resolvers, and past them into data.
    expect(seen.get('GRAPHQL_PARSE_FAILED')).toBeGreaterThan(0);
    expect(seen.get('BAD_USER_INPUT')).toBeGreaterThan(0);
  },
  // A budget for the whole run on a busy machine, not a speed check (each request has its own guard).
  RUNS * 2_000 + 60_000,
);
