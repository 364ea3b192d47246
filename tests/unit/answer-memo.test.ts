import { promisify } from 'node:util';
import zlib from 'node:zlib';
import neo4j from 'neo4j-driver';
import { RequestDb } from '../../server/src/db/request';
import { VIEW_TTL_MS, ViewCache } from '../../server/src/db/view-cache';
import { AnswerMemo } from '../../server/src/http/answer-memo';

/**
 * The kept answers of the start view and "Show all" (server/src/http/answer-memo.ts): served at
 * the version they were made at while the view cache still gives the views they were made from,
 * made again once those are computed again. Views and answers are plain values here: what is
 * under test is which answer a request gets, not Neo4j (no query is ever sent).
 */
const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused'));
afterAll(() => driver.close());

const newDb = () => new RequestDb(driver, 'neo4j', 1_000);
const START = 'query Overview { overview { nodes { id } } }';
const ACCEPT = 'application/graphql-response+json, application/json';
const tick = () => new Promise((resolve) => setImmediate(resolve));

function setup() {
  let clock = 0;
  const views = new ViewCache(newDb, () => clock);
  const memo = new AnswerMemo(new Set([START]), views);
  const runs: Array<(value: string) => void> = [];
  const compute = () => new Promise<string>((resolve) => runs.push(resolve));
  /** A request's own access that reads the view `view` at `version`, as the overview resolver does. */
  const request = async (version: string, view = 'overview 150') => {
    const db = newDb();
    await views.readAt(version, db, view, compute);
    return views.viewsRead(db);
  };
  return { views, memo, runs, compute, request, advance: (ms: number) => (clock += ms) };
}

/** A request that gets its view from the cache: settles the computation it started, if any. */
async function viewed(s: ReturnType<typeof setup>, version: string, value: string) {
  const pending = s.request(version);
  await tick();
  s.runs.at(-1)?.(value);
  return pending;
}

describe('AnswerMemo', () => {
  it('keeps answers to the documents it names only, per Accept header and variables', () => {
    const { memo } = setup();
    expect(memo.keyOf({ query: '{ stats { entities } }' }, ACCEPT)).toBeUndefined();
    const a = memo.keyOf({ query: START, variables: { limit: 150 } }, ACCEPT);
    expect(a).toBeDefined();
    expect(memo.keyOf({ query: START, variables: { limit: 5000 } }, ACCEPT)).not.toBe(a);
    expect(memo.keyOf({ query: START, variables: { limit: 150 } }, 'application/json')).not.toBe(a);
  });

  it('serves an answer at the version it was made at, while its views are the ones kept', async () => {
    const s = setup();
    const key = s.memo.keyOf({ query: START }, ACCEPT) ?? '';
    expect(s.memo.read(key, 'v1')).toBeUndefined();
    s.memo.keep(key, 'v1', await viewed(s, 'v1', 'rows'), {
      body: '{"data":1}',
      contentType: 'application/json',
    });
    const kept = s.memo.read(key, 'v1');
    expect(kept?.contentType).toBe('application/json');
    expect((await kept?.encoded(undefined))?.body).toBe('{"data":1}');
    expect(s.memo.read(key, 'v2')).toBeUndefined();
  });

  it('is made again once its views are computed again, never staler than they are', async () => {
    const s = setup();
    const key = s.memo.keyOf({ query: START }, ACCEPT) ?? '';
    s.memo.keep(key, 'v1', await viewed(s, 'v1', 'old rows'), {
      body: 'old',
      contentType: 'application/json',
    });
    s.advance(VIEW_TTL_MS);
    // Past its age the view is still served while it is computed again, and so is the answer.
    expect(s.memo.read(key, 'v1')).toBeDefined();
    expect(s.runs).toHaveLength(2);
    s.runs[1]?.('new rows');
    await tick();
    expect(s.memo.read(key, 'v1')).toBeUndefined();
    const views = await s.request('v1');
    expect(await views.get('overview 150')).toBe('new rows');
    s.memo.keep(key, 'v1', views, { body: 'new', contentType: 'application/json' });
    expect((await s.memo.read(key, 'v1')?.encoded(undefined))?.body).toBe('new');
  });

  it('stays served when its views are computed again and come out the same', async () => {
    const s = setup();
    const key = s.memo.keyOf({ query: START }, ACCEPT) ?? '';
    s.memo.keep(key, 'v1', await viewed(s, 'v1', 'rows'), { body: 'kept', contentType: 'application/json' });
    s.advance(VIEW_TTL_MS);
    expect(s.memo.read(key, 'v1')).toBeDefined();
    expect(s.runs).toHaveLength(2);
    s.runs[1]?.('rows');
    await tick();
    expect((await s.memo.read(key, 'v1')?.encoded(undefined))?.body).toBe('kept');
    // The view's age starts again: no new computation until VIEW_TTL_MS has passed once more.
    expect(s.memo.read(key, 'v1')).toBeDefined();
    expect(s.runs).toHaveLength(2);
  });

  it('keeps no answer made from no kept view (a graph without a completed load)', async () => {
    const s = setup();
    const key = s.memo.keyOf({ query: START }, ACCEPT) ?? '';
    s.memo.keep(key, 'v1', new Map(), { body: 'x', contentType: 'application/json' });
    expect(s.memo.read(key, 'v1')).toBeUndefined();
  });

  it('compresses a large answer once per encoding, to what decompresses back to it', async () => {
    const s = setup();
    const key = s.memo.keyOf({ query: START }, ACCEPT) ?? '';
    const body = JSON.stringify({
      data: { nodes: Array.from({ length: 5000 }, (_, i) => ({ id: `e${i}` })) },
    });
    s.memo.keep(key, 'v1', await viewed(s, 'v1', 'rows'), { body, contentType: 'application/json' });
    const kept = s.memo.read(key, 'v1');
    const br = kept?.encoded('gzip, deflate, br');
    // Chromium's and Safari's headers differ; both get the one brotli form.
    expect(kept?.encoded('gzip, deflate, br, zstd')).toBe(br);
    const sent = await br;
    expect(sent?.encoding).toBe('br');
    expect((await promisify(zlib.brotliDecompress)(sent?.body as Buffer)).toString()).toBe(body);
    expect((await kept?.encoded('gzip'))?.encoding).toBe('gzip');
    expect((await kept?.encoded(undefined))?.body).toBe(body);
  });
});
