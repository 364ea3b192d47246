import http from 'node:http';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { COMPRESS_FROM_BYTES } from '../../server/src/http/compress';
import { RELATION_TYPES } from '@trade-truce/vocabulary';
import { useApi } from '../support/api';

/**
 * A query yoga has answered without error is answered next time by the fast lane
 * (server/src/fast-lane.ts), which skips yoga's pipeline. Whatever the variables and the Accept
 * header, a client must get what yoga would have sent: the same status, content type and JSON,
 * errors included. `x-cypher-stats: 1` always takes yoga's road, so it gives the reference.
 */
const api = useApi();

interface Answer {
  status: number;
  contentType: string | null;
  body: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }>; extensions?: unknown };
}

async function post(
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<Answer> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    body: (await res.json()) as never,
  };
}

/** What a client without the stats header gets (the fast lane, once the query is proven). */
const plain = (query: string, variables: Record<string, unknown>, accept = 'application/json') =>
  post(query, variables, accept ? { accept } : {});

/** What yoga answers the same request; its stats extension is left out. */
async function viaYoga(query: string, variables: Record<string, unknown>, accept = 'application/json') {
  const answer = await post(query, variables, { 'x-cypher-stats': '1', ...(accept ? { accept } : {}) });
  const { extensions, ...body } = answer.body;
  const rest = { ...(extensions as Record<string, unknown> | undefined) };
  delete rest.cypherQueries;
  return { ...answer, body: Object.keys(rest).length ? { ...body, extensions: rest } : body };
}

/** Asks often enough for the query to be compiled and proven (compiled-execution.ts). */
async function prove(query: string, variables: Record<string, unknown>) {
  for (let i = 0; i < 4; i += 1) expect((await plain(query, variables)).body.errors).toBeUndefined();
}

const HOOD = `query Hood($id: ID!, $depth: Int, $types: [RelationType!]) {
  neighborhood(id: $id, depth: $depth, limit: 30, relationTypes: $types) {
    truncated total
    nodes { id name type degree sources { id } }
    edges { id type status date from { id } to { id } }
  }
  entity(id: $id) { id relations(first: 3) { totalCount nodes { id } } }
}`;

describe('a proven query answered without yoga', () => {
  beforeAll(() => prove(HOOD, { id: 'china', depth: 1 }));

  it('answers every entity and filter exactly as yoga does', async () => {
    const ids = api.fixtures.entities.map((e) => e.id).slice(0, 12);
    const cases = [
      ...ids.map((id) => ({ id, depth: 1 })),
      { id: 'mss', depth: 2, types: ['HACKED', 'SANCTIONED'] },
      { id: 'no-such-entity', depth: 1 },
    ];
    for (const variables of cases) {
      const got = await plain(HOOD, variables);
      expect(got.status).toBe(200);
      expect(got).toEqual(await viaYoga(HOOD, variables));
    }
    const mss = await plain(HOOD, { id: 'mss', depth: 1 });
    expect((mss.body.data as { entity: { id: string } }).entity.id).toBe('mss');
  });

  it('refuses variables that do not coerce with yoga 400 and code', async () => {
    const got = await plain(HOOD, { id: 'mss', depth: 'deep' });
    expect(got.status).toBe(400);
    expect(got.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(got).toEqual(await viaYoga(HOOD, { id: 'mss', depth: 'deep' }));
  });

  it('answers a resolver error with its code and path beside the data', async () => {
    const query = 'query($n: Int) { entity(id: "mss") { id relations(first: $n) { totalCount } } }';
    await prove(query, { n: 2 });
    const got = await plain(query, { n: 0 });
    expect(got.status).toBe(200);
    expect(got.body.errors?.[0]).toMatchObject({
      path: ['entity', 'relations'],
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(got).toEqual(await viaYoga(query, { n: 0 }));
  });

  it('gives each Accept header the content type yoga negotiates for it', async () => {
    for (const accept of ['application/graphql-response+json', '*/*', '', 'application/json, text/plain']) {
      const reference = await viaYoga(HOOD, { id: 'mss', depth: 1 }, accept);
      for (let i = 0; i < 2; i += 1)
        expect(await plain(HOOD, { id: 'mss', depth: 1 }, accept)).toEqual(reference);
    }
    const strict = await plain(HOOD, { id: 'mss', depth: 1 }, 'application/graphql-response+json');
    expect(strict.contentType).toBe('application/graphql-response+json; charset=utf-8');
  });

  it('compresses a large answer for a client that takes brotli, as yoga does', async () => {
    const source = 'sources { id title publisher published url }';
    const query = `{ graph(limit: 500) { nodes { id name type aliases description degree ${source} }
      edges { id type status date start end summary ${source} from { id name } to { id name } } } }`;
    const raw = (headers: Record<string, string>) =>
      new Promise<{ encoding?: string; length: number; text: string }>((resolve, reject) => {
        const body = JSON.stringify({ query });
        const req = http.request(
          `${api.url}/graphql`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const sent = Buffer.concat(chunks);
              const encoding = res.headers['content-encoding'];
              const text = (encoding === 'br' ? zlib.brotliDecompressSync(sent) : sent).toString('utf8');
              resolve({ encoding, length: Number(res.headers['content-length']), text });
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const reference = await raw({ 'x-cypher-stats': '1', 'accept-encoding': 'br' });
    const expected = JSON.parse(reference.text) as Record<string, unknown>;
    delete expected.extensions;
    expect(Buffer.byteLength(reference.text)).toBeGreaterThanOrEqual(COMPRESS_FROM_BYTES);
    for (let i = 0; i < 4; i += 1) {
      const got = await raw({ 'accept-encoding': 'br' });
      expect(got.encoding).toBe('br');
      expect(JSON.parse(got.text)).toEqual(expected);
    }
    // Without brotli or gzip the same answer goes as it is, its length counted in bytes.
    const plainText = await raw({});
    expect(plainText.encoding).toBeUndefined();
    expect(plainText.length).toBe(Buffer.byteLength(plainText.text));
    expect(JSON.parse(plainText.text)).toEqual(expected);
  });

  it('answers any variables, well formed or not, exactly as yoga does', async () => {
    const ids = api.fixtures.entities.map((e) => e.id);
    const anything = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    const variables = fc.record(
      {
        id: fc.oneof(fc.constantFrom(...ids), anything),
        depth: fc.oneof(fc.integer({ min: -2, max: 4 }), anything),
        types: fc.oneof(
          fc.uniqueArray(fc.constantFrom(...RELATION_TYPES), { maxLength: 3 }),
          fc.array(anything, { maxLength: 2 }),
          anything,
        ),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(variables, async (v) => {
        expect(await plain(HOOD, v)).toEqual(await viaYoga(HOOD, v));
      }),
      { numRuns: 60 },
    );
  });
});
