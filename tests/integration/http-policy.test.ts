import { testDriver, testNeo4jUri } from '../support/neo4j';
import { startServer, type RunningServer } from '../support/server';

const driver = testDriver();
const servers: RunningServer[] = [];
const start = async (overrides: Parameters<typeof startServer>[2]) => {
  const server = await startServer(driver, testNeo4jUri(), overrides);
  servers.push(server);
  return server;
};
afterAll(async () => {
  for (const server of servers) await server.close();
  await driver.close();
});

const preflight = (url: string, origin: string) =>
  fetch(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });
const postFrom = (url: string, origin: string) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { entities } }' }),
  });

describe('CORS: same-origin by default, an allowlist when CORS_ORIGINS is set', () => {
  it('by default refuses every cross-origin preflight and grants no origin', async () => {
    const app = await start({});
    const res = await preflight(app.url, 'http://evil.example');
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('CORS_ORIGIN_DENIED');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const post = await postFrom(app.url, 'http://evil.example');
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    expect(post.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('grants a listed origin by name, without credentials, and still refuses others', async () => {
    const app = await start({ corsOrigins: ['https://analysts.example'] });
    const allowed = await preflight(app.url, 'https://analysts.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://analysts.example');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const post = await postFrom(app.url, 'https://analysts.example');
    expect(post.headers.get('access-control-allow-origin')).toBe('https://analysts.example');
    expect(post.headers.get('vary')).toContain('Origin');
    expect(await post.json()).toEqual({ data: { stats: { entities: expect.any(Number) } } });

    const denied = await preflight(app.url, 'https://analysts.example.evil.example');
    expect(denied.status).toBe(403);
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    const other = await postFrom(app.url, 'http://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('settings for a public deployment', () => {
  const gql = (url: string, query: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    }).then((r) => r.json());

  it('keeps the laptop defaults: suggestions, introspection and x-cypher-stats on', async () => {
    const app = await start({});
    expect((await gql(app.url, '{ entiti(id: "mss") { id } }')).errors[0].message).toContain('Did you mean');
    expect((await gql(app.url, '{ __schema { queryType { name } } }')).data.__schema.queryType.name).toBe(
      'Query',
    );
    const stats = await gql(app.url, '{ stats { entities } }', { 'x-cypher-stats': '1' });
    expect(stats.extensions.cypherQueries).toBeGreaterThan(0);
  });

  it('turns each off', async () => {
    const app = await start({ fieldSuggestions: false, introspection: false, cypherStatsHeader: false });
    const typo = await gql(app.url, '{ entiti(id: "mss") { id } }');
    expect(typo.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors[0].message).not.toContain('Did you mean');
    const schema = await gql(app.url, '{ __schema { queryType { name } } }');
    expect(schema.data).toBeUndefined();
    expect(schema.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(schema.errors[0].message).toContain('introspection');
    const stats = await gql(app.url, '{ stats { entities } }', { 'x-cypher-stats': '1' });
    expect(stats.data.stats.entities).toBeGreaterThan(0);
    expect(stats.extensions).toBeUndefined();
  });
});
