import path from 'node:path';
import { ConfigError, loadConfig } from '../../server/src/env';
import { REPO_ROOT } from '../../server/src/paths';

describe('configuration', () => {
  it('has defaults that work on a laptop: embedded Neo4j, port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.embedded).toEqual({
      port: 7687,
      dir: path.join(REPO_ROOT, '.data/neo4j'),
      heap: '1g',
      pageCache: 64 * 1024 ** 2,
    });
    expect(config.seedOnStart).toBe(true);
  });

  it('reads an external Neo4j, routing URIs included', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.example:7687',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'graph',
      PORT: '8080',
      SEED_ON_START: 'false',
    });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://abc.databases.example:7687',
      user: 'reader',
      password: 'secret',
      database: 'graph',
    });
    expect(config.port).toBe(8080);
    expect(config.seedOnStart).toBe(false);
  });

  it('reads the embedded page cache size for large graphs', () => {
    expect(loadConfig({ NEO4J_EMBEDDED_PAGECACHE: '2g' }).embedded.pageCache).toBe(2 * 1024 ** 3);
  });

  it('treats an empty NEO4J_URI as unset', () => {
    expect(loadConfig({ NEO4J_URI: '' }).neo4j.uri).toBeUndefined();
  });

  it.each([
    ['PORT', 'eighty', /PORT="eighty"/],
    ['PORT', '70000', /PORT="70000"/],
    [
      'NEO4J_URI',
      'http://localhost:7474',
      /NEO4J_URI="http:\/\/localhost:7474": must start with one of bolt:\/\//,
    ],
    ['NEO4J_DATABASE', 'no spaces please', /NEO4J_DATABASE=/],
    ['NEO4J_EMBEDDED_HEAP', 'lots', /NEO4J_EMBEDDED_HEAP="lots": must be a JVM heap size/],
    ['NEO4J_EMBEDDED_PAGECACHE', '2 GB', /NEO4J_EMBEDDED_PAGECACHE="2 GB": must be a size/],
    ['SEED_ON_START', 'maybe', /SEED_ON_START="maybe"/],
  ])('rejects %s=%s with a message naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('reports every invalid variable at once', () => {
    try {
      loadConfig({ PORT: 'x', NEO4J_URI: 'ftp://nope' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });
});
