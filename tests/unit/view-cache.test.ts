import neo4j from 'neo4j-driver';
import { RequestDb } from '../../server/src/db/request';
import { VIEW_TTL_MS, ViewCache } from '../../server/src/db/view-cache';

/**
 * The whole-graph view cache (server/src/db/view-cache.ts) serves a view computed for the graph's
 * version; past VIEW_TTL_MS it serves the kept view once more per request while a background
 * computation replaces it. The views here are plain values: what is under test is which value a
 * request gets and how many computations run, not Neo4j (no query is ever sent).
 */
const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused'));
afterAll(() => driver.close());

const newDb = () => new RequestDb(driver, 'neo4j', 1_000);

/** A computation the test settles by hand, and the database access each run was handed. */
function controlled() {
  const runs: Array<{ db: RequestDb; settle: (value: string) => void; fail: (e: Error) => void }> = [];
  const compute = (db: RequestDb) =>
    new Promise<string>((resolve, reject) => runs.push({ db, settle: resolve, fail: reject }));
  return { runs, compute };
}

function setup() {
  let clock = 0;
  const background: RequestDb[] = [];
  const cache = new ViewCache(
    () => {
      const db = newDb();
      background.push(db);
      return db;
    },
    () => clock,
  );
  return { cache, background, advance: (ms: number) => (clock += ms) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ViewCache', () => {
  it('computes a view once per version, and at once for a new version', async () => {
    const { cache } = setup();
    const { runs, compute } = controlled();
    const db = newDb();
    const first = cache.readAt('v1', db, 'view', compute);
    const shared = cache.readAt('v1', db, 'view', compute);
    expect(runs).toHaveLength(1);
    runs[0]?.settle('one');
    expect(await first).toBe('one');
    expect(await shared).toBe('one');
    const next = cache.readAt('v2', db, 'view', compute);
    expect(runs).toHaveLength(2);
    runs[1]?.settle('two');
    expect(await next).toBe('two');
  });

  it('computes the view itself when the request it joined fails, as its session ends first', async () => {
    const { cache } = setup();
    const { runs, compute } = controlled();
    const [starter, joiner] = [newDb(), newDb()];
    const first = cache.readAt('v1', starter, 'view', compute);
    const second = cache.readAt('v1', joiner, 'view', compute);
    expect(runs).toHaveLength(1);
    // The starter's session is closed under the query (its deadline, a fast-lane fallback).
    runs[0]?.fail(new Error('Ignored either because of an error or RESET'));
    await expect(first).rejects.toThrow('RESET');
    await tick();
    expect(runs).toHaveLength(2);
    expect(runs[1]?.db).toBe(joiner);
    runs[1]?.settle('view');
    expect(await second).toBe('view');
    // Kept for the next request, which computes nothing.
    expect(await cache.readAt('v1', newDb(), 'view', compute)).toBe('view');
    expect(runs).toHaveLength(2);
  });

  it('shares a failure with the request that started the computation, and computes nothing more', async () => {
    const { cache } = setup();
    const { runs, compute } = controlled();
    const db = newDb();
    const first = cache.readAt('v1', db, 'view', compute);
    const again = cache.readAt('v1', db, 'view', compute);
    runs[0]?.fail(new Error('TIMEOUT'));
    await expect(first).rejects.toThrow('TIMEOUT');
    await expect(again).rejects.toThrow('TIMEOUT');
    expect(runs).toHaveLength(1);
  });

  it('past its age serves the kept view while one background computation replaces it', async () => {
    const { cache, background, advance } = setup();
    const { runs, compute } = controlled();
    const db = newDb();
    const first = cache.readAt('v1', db, 'view', compute);
    runs[0]?.settle('old');
    await first;
    advance(VIEW_TTL_MS);
    expect(await cache.readAt('v1', db, 'view', compute)).toBe('old');
    expect(await cache.readAt('v1', db, 'view', compute)).toBe('old');
    expect(runs).toHaveLength(2);
    // The refresh reads through the cache's own session: the request's may close meanwhile.
    expect(runs[1]?.db).toBe(background[0]);
    expect(runs[1]?.db).not.toBe(db);
    runs[1]?.settle('new');
    await tick();
    expect(await cache.readAt('v1', db, 'view', compute)).toBe('new');
    expect(runs).toHaveLength(2);
  });

  it('keeps the very view it served when the background computation finds it unchanged', async () => {
    const { cache, advance } = setup();
    const runs: Array<(value: object) => void> = [];
    const compute = () => new Promise<object>((resolve) => runs.push(resolve));
    const db = newDb();
    const first = cache.readAt('v1', db, 'view', compute);
    runs[0]?.({ nodes: [{ id: 'a', degree: 2 }], edges: [] });
    const served = await first;
    advance(VIEW_TTL_MS);
    const kept = cache.current('view', 'v1');
    runs[1]?.({ nodes: [{ id: 'a', degree: 2 }], edges: [] });
    await tick();
    // Equal, not merely alike: the same value, so what was made from it stays current.
    expect(cache.current('view', 'v1')).toBe(kept);
    expect(await cache.readAt('v1', db, 'view', compute)).toBe(served);
    expect(runs).toHaveLength(2);
    advance(VIEW_TTL_MS);
    void cache.readAt('v1', db, 'view', compute);
    expect(runs).toHaveLength(3);
    runs[2]?.({ nodes: [{ id: 'a', degree: 3 }], edges: [] });
    await tick();
    expect(await cache.readAt('v1', db, 'view', compute)).toEqual({
      nodes: [{ id: 'a', degree: 3 }],
      edges: [],
    });
  });

  it('keeps the old view when the background computation fails, and tries again later', async () => {
    const { cache, advance } = setup();
    const { runs, compute } = controlled();
    const db = newDb();
    const first = cache.readAt('v1', db, 'view', compute);
    runs[0]?.settle('old');
    await first;
    advance(VIEW_TTL_MS + 1);
    expect(await cache.readAt('v1', db, 'view', compute)).toBe('old');
    runs[1]?.fail(new Error('Neo4j went away'));
    await tick();
    expect(await cache.readAt('v1', db, 'view', compute)).toBe('old');
    expect(runs).toHaveLength(3);
    runs[2]?.settle('new');
    await tick();
    expect(await cache.readAt('v1', db, 'view', compute)).toBe('new');
  });

  it('keeps nothing for a request whose computation failed', async () => {
    const { cache } = setup();
    const { runs, compute } = controlled();
    const db = newDb();
    const failed = cache.readAt('v1', db, 'view', compute);
    runs[0]?.fail(new Error('TIMEOUT'));
    await expect(failed).rejects.toThrow('TIMEOUT');
    const again = cache.readAt('v1', db, 'view', compute);
    expect(runs).toHaveLength(2);
    runs[1]?.settle('fine');
    expect(await again).toBe('fine');
  });
});
