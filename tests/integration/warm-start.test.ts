import { START_VIEW_QUERY, warmStartView } from '../../server/src/http/warm-start';
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
});
