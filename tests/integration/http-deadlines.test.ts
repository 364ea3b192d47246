import { isErrorCode } from '@trade-truce/vocabulary';
import { testDriver, testNeo4jUri } from '../support/neo4j';
import { startServer } from '../support/server';

/**
 * Four k-paths searches, one after another in each request (a few milliseconds each on the
 * article), so 200 such requests in line outlast a short deadline however fast the machine.
 */
const PAIRS = [
  ['mss', 'donald-trump'],
  ['salt-typhoon', 'china'],
  ['mss', 'us-holds-all-tough-actions'],
  ['donald-trump', 'xi-jinping'],
];
const SLOW = `{ ${PAIRS.map(([from, to], i) => `p${i}: paths(from: "${from}", to: "${to}", k: 10) { length }`).join(' ')} }`;

async function flood(url: string, count: number) {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SLOW }),
      });
      return { status: res.status, body: await res.json() };
    }),
  );
}

/** Every answer is data or TIMEOUT (nothing else, never a 5xx), and the flood made some wait too long. */
function expectDataOrTimeout(answers: Awaited<ReturnType<typeof flood>>) {
  const codes = new Set<string>();
  for (const { status, body } of answers) {
    expect(status).toBe(200);
    for (const error of body.errors ?? []) {
      expect(isErrorCode(error.extensions?.code)).toBe(true);
      codes.add(error.extensions.code);
    }
    if (!body.errors)
      for (const paths of Object.values(body.data)) expect((paths as unknown[]).length).toBeGreaterThan(0);
  }
  expect([...codes]).toEqual(['TIMEOUT']);
}

describe('deadlines under load: 200 requests at once', () => {
  it('answers TIMEOUT when the wait for a database slot outlives QUERY_TIMEOUT_MS', async () => {
    const driver = testDriver();
    const app = await startServer(driver, testNeo4jUri(), { queryTimeoutMs: 300, queryConcurrency: 2 });
    try {
      expectDataOrTimeout(await flood(app.url, 200));
    } finally {
      await app.close();
      await driver.close();
    }
  });

  it("answers TIMEOUT when the driver's connection pool is saturated", async () => {
    // A pool of 2 connections and a gate wider than it: the wait happens inside the driver.
    const driver = testDriver({ maxConnectionPoolSize: 2 });
    const app = await startServer(driver, testNeo4jUri(), { queryTimeoutMs: 300, queryConcurrency: 200 });
    try {
      expectDataOrTimeout(await flood(app.url, 200));
      // The abandoned waits drain from the pool, and the server answers again (each try is
      // data or TIMEOUT meanwhile, never anything else).
      for (;;) {
        const after = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ entity(id: "mss") { id } }' }),
        });
        const body = await after.json();
        if (!body.errors) {
          expect(body).toEqual({ data: { entity: { id: 'mss' } } });
          break;
        }
        expect(body.errors[0].extensions.code).toBe('TIMEOUT');
      }
    } finally {
      await app.close();
      await driver.close();
    }
  });
});
