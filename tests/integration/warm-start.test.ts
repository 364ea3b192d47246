import { RequestDb } from '../../server/src/db/request';
import { START_VIEW_QUERY, warmStartView, warmWholeView } from '../../server/src/http/warm-start';
import { useApi } from '../support/api';
import { testNeo4jUri } from '../support/neo4j';
import { startServer } from '../support/server';

/**
 * A started server asks itself for the explorer's start view (server/src/http/warm-start.ts), so
 * that its first visitor's request finds the document parsed and compiled: the warm-up must be
 * a full answer (that its text is the explorer's to the character is checked with the other
 * generated files, tests/unit/generated-files.test.ts).
 */
const api = useApi();

describe('the start view warm-up', () => {
  it('gets the whole start view, without errors', async () => {
    const warm = await warmStartView(api.url);
    expect(warm.ok).toBe(true);
    const data = await api.data<{ overview: { nodes: unknown[] } }>(START_VIEW_QUERY, { limit: 150 });
    expect(data.overview.nodes).toHaveLength(api.fixtures.entities.length);
  });

  it('leaves the view "Show all" asks for in the view cache: its click does not compute it', async () => {
    // As for a graph of 4,321 entities (the explorer asks for min(entities, 5,000)); a size no
    // other request here uses, so only the warm-up can have put it in the cache.
    const ask = (limit: number) => api.gql(START_VIEW_QUERY, { limit, include: null });
    const warm = await warmWholeView(api.url, 4321);
    expect(warm.ok).toBe(true);
    const warmed = await ask(4321);
    expect(warmed.body.errors).toBeUndefined();
    const cold = await ask(4322);
    // The same small reads for both (the graph's version, the sources); only the one not warmed
    // also runs the view's own query.
    expect(cold.body.extensions?.cypherQueries).toBe(3);
    expect(warmed.body.extensions?.cypherQueries).toBe(2);
  });

  it('leaves a fresh server the answer to "Show all" ready: its first click reads only the version', async () => {
    // A server of its own: no other request has proven the document to the fast lane.
    const fresh = await startServer(api.driver, testNeo4jUri());
    try {
      expect((await warmStartView(fresh.url)).ok).toBe(true);
      expect((await warmWholeView(fresh.url, 4323)).ok).toBe(true);
      const before = RequestDb.totalQueries;
      // The explorer's request: its document, its Accept header, no statistics asked.
      const res = await fetch(`${fresh.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          'accept-encoding': 'gzip, deflate, br, zstd',
        },
        body: JSON.stringify({ query: START_VIEW_QUERY, variables: { limit: 4323, include: null } }),
      });
      const body = (await res.json()) as { data?: { overview: { nodes: unknown[] } } };
      expect(res.status).toBe(200);
      expect(body.data?.overview.nodes).toHaveLength(api.fixtures.entities.length);
      // The graph's version, and nothing else: the sources were read when the answer was made.
      expect(RequestDb.totalQueries - before).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it('asks nothing for a graph the start view already holds whole', async () => {
    expect(await warmWholeView(api.url, 150)).toEqual({ ms: 0, ok: true });
  });
});
