import { Neo4jError } from 'neo4j-driver';
import { isRetriableRead } from '../../server/src/db/request';
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

/**
 * A read is run again only after failures that say nothing about the query itself: transient
 * errors, a node deleted under it by a reload, and a planner that gave up because the schema kept
 * changing (indexes coming online). A general DatabaseError for another reason, or a mistake in
 * the query, is not retried.
 */
describe('isRetriableRead', () => {
  const neo4jError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error');

  it('retries what a moment later may well succeed', () => {
    expect(
      isRetriableRead(
        neo4jError(
          'Could not compile query due to insanely frequent schema changes',
          'Neo.DatabaseError.General.UnknownError',
        ),
      ),
    ).toBe(true);
    expect(
      isRetriableRead(
        neo4jError('Node with id 4 has been deleted', 'Neo.ClientError.Statement.EntityNotFound'),
      ),
    ).toBe(true);
    expect(isRetriableRead(neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected'))).toBe(
      true,
    );
  });

  it('does not retry other database errors or the query’s own mistakes', () => {
    expect(isRetriableRead(neo4jError('Java heap space', 'Neo.DatabaseError.General.UnknownError'))).toBe(
      false,
    );
    expect(
      isRetriableRead(
        neo4jError('insanely frequent schema changes', 'Neo.ClientError.Statement.SyntaxError'),
      ),
    ).toBe(false);
    expect(isRetriableRead(new Error('insanely frequent schema changes'))).toBe(false);
  });
});
