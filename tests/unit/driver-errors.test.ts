import { createDriver, isUnavailableError } from '../../server/src/db/driver';
import { freePort } from '../support/free-port';

/**
 * "Neo4j cannot be reached" is decided by the driver's error code, never by the message: a real
 * refused connection carries ServiceUnavailable; an error that only says so in words is not
 * taken at its word (it becomes a masked INTERNAL_SERVER_ERROR, not DATABASE_UNAVAILABLE).
 */
describe('isUnavailableError', () => {
  it('is true for what the driver raises when nothing listens on the Bolt port', async () => {
    const port = await freePort();
    const driver = createDriver({
      uri: `bolt://127.0.0.1:${port}`,
      user: 'neo4j',
      password: '',
      database: 'neo4j',
    });
    try {
      const failure = await driver
        .executeQuery('RETURN 1')
        .then(() => undefined)
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect((failure as { code?: string }).code).toBe('ServiceUnavailable');
      expect(isUnavailableError(failure)).toBe(true);
    } finally {
      await driver.close();
    }
  });

  it('is false for errors that only name a connection problem in their message', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'N/A' });
    expect(isUnavailableError(refused)).toBe(false);
    expect(isUnavailableError(new Error('Connection acquisition timed out in 5000 ms.'))).toBe(false);
    expect(isUnavailableError('ServiceUnavailable')).toBe(false);
  });
});
