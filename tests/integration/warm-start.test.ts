import { START_VIEW_QUERY, warmStartView, warmWholeView } from '../../server/src/http/warm-start';
import { useApi } from '../support/api';

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

  it('asks nothing for a graph the start view already holds whole', async () => {
    expect(await warmWholeView(api.url, 150)).toEqual({ ms: 0, ok: true });
  });
});
