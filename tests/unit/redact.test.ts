import { ConfigError, loadConfig } from '../../server/src/env';
import { addSecret, describeError, redact } from '../../server/src/redact';

describe('redaction of credentials', () => {
  it('hides the user:password of connection URIs, also when the password holds an @', () => {
    expect(redact('Cannot reach Neo4j at neo4j+s://reader:pa55@db.example:7687: timeout')).toBe(
      'Cannot reach Neo4j at neo4j+s://***@db.example:7687: timeout',
    );
    expect(redact('bolt://u:p@ss@127.0.0.1:7687/neo4j and bolt://127.0.0.1:7687')).toBe(
      'bolt://***@127.0.0.1:7687/neo4j and bolt://127.0.0.1:7687',
    );
  });

  it('hides password=... pairs', () => {
    expect(redact('NEO4J_PASSWORD=hunter22 and {"password": "x y"} password: abc')).toBe(
      'NEO4J_PASSWORD=*** and {"password": ***} password: ***',
    );
  });

  it('hides every registered secret wherever it appears, and in error messages', () => {
    addSecret('s3cr3t-value-42');
    expect(redact('auth failed for s3cr3t-value-42 (twice: s3cr3t-value-42)')).toBe(
      'auth failed for *** (twice: ***)',
    );
    expect(describeError(new Error('bad token s3cr3t-value-42\nat stack line'))).toBe('bad token ***');
  });

  it('registers NEO4J_PASSWORD and NEO4J_EMBEDDED_PASSWORD as secrets when the configuration is read', () => {
    loadConfig({ NEO4J_PASSWORD: 'from-env-pass-1', NEO4J_EMBEDDED_PASSWORD: 'embedded-pass-2' });
    expect(redact('from-env-pass-1 / embedded-pass-2')).toBe('*** / ***');
  });

  it('never prints a secret or a URI credential in a configuration error', () => {
    let message = '';
    try {
      loadConfig({ NEO4J_URI: 'http://admin:uri-pass-3@db.example', NEO4J_EMBEDDED_PASSWORD: 'short-4' });
    } catch (error) {
      message = (error as ConfigError).message;
    }
    expect(message).toContain('NEO4J_URI="http://***@db.example": must start with one of bolt://');
    expect(message).toContain('NEO4J_EMBEDDED_PASSWORD=(hidden): must be at least 8 characters');
    expect(message).not.toMatch(/uri-pass-3|short-4/);
  });
});
