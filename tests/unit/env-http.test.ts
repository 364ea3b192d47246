import { ConfigError, loadConfig } from '../../server/src/env';

describe('HTTP configuration', () => {
  it('defaults to a laptop: same-origin only, suggestions, introspection and x-cypher-stats on', () => {
    const config = loadConfig({});
    expect(config.corsOrigins).toEqual([]);
    expect(config.graphql).toEqual({ fieldSuggestions: true, introspection: true, cypherStatsHeader: true });
    expect(config.queryConcurrency).toBe(16);
  });

  it('reads a public deployment', () => {
    const config = loadConfig({
      CORS_ORIGINS: 'https://analysts.example, http://localhost:5173',
      GRAPHQL_FIELD_SUGGESTIONS: 'false',
      GRAPHQL_INTROSPECTION: '0',
      CYPHER_STATS_HEADER: 'no',
      QUERY_CONCURRENCY: '32',
    });
    expect(config.corsOrigins).toEqual(['https://analysts.example', 'http://localhost:5173']);
    expect(config.graphql).toEqual({
      fieldSuggestions: false,
      introspection: false,
      cypherStatsHeader: false,
    });
    expect(config.queryConcurrency).toBe(32);
  });

  it.each([
    ['CORS_ORIGINS', '*', /CORS_ORIGINS="\*": must be a comma-separated list of origins/],
    ['CORS_ORIGINS', 'https://ok.example/path', /CORS_ORIGINS=/],
    ['CORS_ORIGINS', 'ftp://files.example', /CORS_ORIGINS=/],
    ['GRAPHQL_INTROSPECTION', 'sometimes', /GRAPHQL_INTROSPECTION="sometimes"/],
    ['QUERY_CONCURRENCY', '0', /QUERY_CONCURRENCY="0"/],
    ['QUERY_CONCURRENCY', '101', /QUERY_CONCURRENCY="101"/],
  ])('rejects %s=%s naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
