import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { isErrorCode } from '@trade-truce/vocabulary';
import { COMPRESS_FROM_BYTES } from '../../server/src/http/compress';
import { START_VIEW_QUERY } from '../../server/src/http/warm-start';
import { testDriver, testNeo4jUri } from '../support/neo4j';
import { chunkedUpload, rawRequest } from '../support/raw-http';
import { startServer, type RunningServer } from '../support/server';
import { ensureWebBuilt, WEB_DIST } from '../support/web-browser';

const driver = testDriver();
let app: RunningServer;

// The first test file to need the client builds it (Vite and its brotli twins): a minute or more on a busy machine.
beforeAll(async () => {
  ensureWebBuilt();
  app = await startServer(driver, testNeo4jUri(), { webDist: WEB_DIST });
}, 180_000);
afterAll(async () => {
  await app.close();
  await driver.close();
});

/** The server still answers a real query after whatever the test sent. */
afterEach(async () => {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ entity(id: "mss") { id } }' }),
  });
  expect(await res.json()).toEqual({ data: { entity: { id: 'mss' } } });
});

const get = (target: string, headers = '') =>
  rawRequest(app.url, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\n\r\n`);
const post = (body: string, headers = 'Host: 127.0.0.1\r\ncontent-type: application/json\r\n') =>
  rawRequest(
    app.url,
    `POST /graphql HTTP/1.1\r\n${headers}content-length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
const codeOf = (body: string) => {
  const json = JSON.parse(body);
  return json.error?.code ?? json.errors?.[0]?.extensions?.code;
};
/** No stack frames, no absolute paths, no source file names. */
const expectNoInternals = (body: string) => {
  expect(body).not.toMatch(/\n\s+at |\bat [\w.<>]+ \(|\/(?:work|home|tmp|usr)\/|node_modules|\.ts:\d+/);
};

describe('malformed requests get a coded 4xx, never a crash or internals', () => {
  it.each([
    ['a target of "//["', 'GET //[ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'],
    [
      'an absolute-form target "http://["',
      'GET http://[ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    ],
    ['a target with a space', 'GET /a b HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'],
    ['a request line that is not HTTP', 'HELLO THERE\r\n\r\n'],
    ['a header without a colon', 'GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n'],
    [
      '"Host: [" on /graphql',
      'POST /graphql HTTP/1.1\r\nHost: [\r\ncontent-type: application/json\r\ncontent-length: 2\r\nConnection: close\r\n\r\n{}',
    ],
    ['no Host in HTTP/1.1', 'GET /health HTTP/1.1\r\nConnection: close\r\n\r\n'],
  ])('%s: 400 BAD_REQUEST', async (_name, request) => {
    const res = await rawRequest(app.url, request);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(codeOf(res.body)).toBe('BAD_REQUEST');
    expectNoInternals(res.body);
  });

  it('serves an absolute-form target that is valid', async () => {
    const res = await get('http://127.0.0.1/health');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).graph.entities).toBeGreaterThan(0);
  });

  it('refuses GET variables that are not JSON with 400 BAD_REQUEST naming the parameter', async () => {
    const res = await get('/graphql?query=%7B__typename%7D&variables=%7Bnope', 'x-graphql-yoga-csrf: 1\r\n');
    expect(res.status).toBe(400);
    expect(codeOf(res.body)).toBe('BAD_REQUEST');
    expect(JSON.parse(res.body).errors[0].message).toContain('"variables"');
  });

  it.each([
    ['{"query":null}', '"query"'],
    ['{"query":""}', '"query"'],
    ['{"query":"{ stats { entities } }","variables":[1]}', '"variables"'],
    ['{"query":"{ stats { entities } }","operationName":7}', '"operationName"'],
    ['{"query":"{ stats { entities } }","sneaky":1}', '"sneaky"'],
    ['[{"query":"{ stats { entities } }"}]', 'JSON object'],
    ['{"query": "{ stats', 'not valid JSON'],
  ])('refuses the body %s with 400 BAD_REQUEST', async (body, mention) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(codeOf(res.body)).toBe('BAD_REQUEST');
    expect(JSON.parse(res.body).errors[0].message).toContain(mention);
  });

  it('refuses other methods on /graphql with 405 and Allow', async () => {
    const res = await rawRequest(app.url, 'DELETE /graphql HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, POST');
    expect(codeOf(res.body)).toBe('METHOD_NOT_ALLOWED');
  });

  it('refuses a non-JSON body that carries the CSRF header with 415', async () => {
    const res = await post(
      '{ stats { entities } }',
      'Host: x\r\ncontent-type: text/plain\r\nx-graphql-yoga-csrf: 1\r\n',
    );
    expect(res.status).toBe(415);
    expect(codeOf(res.body)).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('stops reading a 20 MB chunked body at MAX_BODY_BYTES and answers 413 PAYLOAD_TOO_LARGE', async () => {
    const total = 20_000_000;
    const { response, sent } = await chunkedUpload(app.url, total);
    expect(response.status).toBe(413);
    expect(codeOf(response.body)).toBe('PAYLOAD_TOO_LARGE');
    // The answer came while most of the body was still unsent: nothing buffered it all.
    expect(sent).toBeLessThan(total);
  });
});

describe('byte ranges of static files', () => {
  const size = fs.statSync(path.join(WEB_DIST, 'index.html')).size;

  it('sends one satisfiable range as 206', async () => {
    const res = await get('/', 'Range: bytes=0-9\r\nAccept-Encoding: identity\r\n');
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes 0-9/${size}`);
    expect(res.body).toHaveLength(10);
  });

  it.each(['bytes=100-50', `bytes=${size + 10}-`])(
    'answers %s with 416 RANGE_NOT_SATISFIABLE',
    async (range) => {
      const res = await get('/', `Range: ${range}\r\nAccept-Encoding: identity\r\n`);
      expect(res.status).toBe(416);
      expect(res.headers['content-range']).toBe(`bytes */${size}`);
      expect(codeOf(res.body)).toBe('RANGE_NOT_SATISFIABLE');
    },
  );

  it.each(['bytes=abc', 'lines=1-2', 'bytes=0-1,5-'])(
    'ignores the malformed or multi-part %s and sends the whole file',
    async (range) => {
      const res = await get('/', `Range: ${range}\r\nAccept-Encoding: identity\r\n`);
      expect(res.status).toBe(200);
      expect(res.body).toBe(fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'latin1'));
    },
  );
});

describe('security headers on every kind of response', () => {
  const expectSecurityHeaders = (headers: Record<string, string>) => {
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(headers['x-frame-options']).toBe('DENY');
  };
  const mainScript = () =>
    /src="(\/assets\/[^"]+\.js)"/.exec(fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8'))?.[1];

  it.each([
    ['the explorer page', () => get('/'), 200],
    ['a hashed asset', () => get(mainScript() ?? '/missing.js'), 200],
    ['GraphiQL', () => get('/graphql', 'Accept: text/html\r\n'), 200],
    ['a GraphQL answer', () => post('{"query":"{ stats { entities } }"}'), 200],
    ['a GraphQL error', () => post('{"query":"{ nope }"}'), 200],
    ['/health', () => get('/health'), 200],
    ['a 404', () => get('/assets/missing.js'), 404],
    ['a 400 from the HTTP parser', () => rawRequest(app.url, 'HELLO\r\n\r\n'), 400],
    ['a 405', () => rawRequest(app.url, 'PUT /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), 405],
    ['a 413', () => post(`{"query":"${'x'.repeat(150_000)}"}`), 413],
    ['a 416', () => get('/', 'Range: bytes=99999999-\r\nAccept-Encoding: identity\r\n'), 416],
  ])('%s', async (_name, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    expectSecurityHeaders(res.headers);
    if (status >= 400) {
      expect(isErrorCode(codeOf(res.body))).toBe(true);
      expectNoInternals(res.body);
    }
  });
});

describe('delivery: precompressed assets and caching', () => {
  const fetchRaw = (target: string, encoding?: string) =>
    fetch(`${app.url}${target}`, { headers: encoding ? { 'accept-encoding': encoding } : {} });
  const assets = () => fs.readdirSync(path.join(WEB_DIST, 'assets')).filter((f) => f.endsWith('.js'));

  it('sends brotli to clients that take it, gzip to those that take only gzip, with Vary', async () => {
    const asset = assets()[0] as string;
    const original = fs.readFileSync(path.join(WEB_DIST, 'assets', asset));
    for (const [accept, coding, decode] of [
      ['gzip, deflate, br', 'br', zlib.brotliDecompressSync],
      ['gzip', 'gzip', zlib.gunzipSync],
    ] as const) {
      const res = await rawRequest(
        app.url,
        `GET /assets/${asset} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: ${accept}\r\nConnection: close\r\n\r\n`,
      );
      expect(res.headers['content-encoding']).toBe(coding);
      expect(res.headers.vary).toBe('Accept-Encoding');
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(decode(Buffer.from(res.body, 'latin1')).equals(original)).toBe(true);
    }
  });

  it('compresses large GraphQL answers for clients that take it, and only those', async () => {
    const startView = JSON.stringify({ query: START_VIEW_QUERY, variables: { limit: 150 } });
    const headers = (accept: string) =>
      `Host: 127.0.0.1\r\ncontent-type: application/json\r\n${accept ? `Accept-Encoding: ${accept}\r\n` : ''}`;
    const plain = await post(startView, headers(''));
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const original = Buffer.from(plain.body, 'latin1');
    expect(original.length).toBeGreaterThanOrEqual(COMPRESS_FROM_BYTES);
    for (const [accept, coding, decode] of [
      ['gzip, deflate, br', 'br', zlib.brotliDecompressSync],
      ['gzip', 'gzip', zlib.gunzipSync],
    ] as const) {
      const res = await post(startView, headers(accept));
      expect(res.headers['content-encoding']).toBe(coding);
      expect(res.headers.vary).toMatch(/Accept-Encoding/);
      const body = Buffer.from(res.body, 'latin1');
      expect(body.length).toBeLessThan(original.length / 4);
      expect(decode(body).equals(original)).toBe(true);
    }
    const small = await post(JSON.stringify({ query: '{ entity(id: "mss") { id } }' }), headers('br'));
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body)).toEqual({ data: { entity: { id: 'mss' } } });
  });

  it('caches hashed assets for a year and makes pages revalidate', async () => {
    const asset = await fetchRaw(`/assets/${assets()[0]}`, 'br');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const page of ['/', '/index.html']) {
      expect((await fetchRaw(page)).headers.get('cache-control')).toBe('no-cache');
    }
    const graphiql = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.headers.get('cache-control')).toBe('no-cache');
    expect(await graphiql.text()).toContain('GraphiQL');
  });

  it('answers a matching If-None-Match with 304', async () => {
    const first = await fetchRaw('/', 'br');
    const etag = first.headers.get('etag') ?? '';
    const again = await fetch(`${app.url}/`, { headers: { 'accept-encoding': 'br', 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });
});
