import { print } from '@0no-co/graphql.web';
import { OverviewQuery } from '../../web/src/api/largeGraph';
import { START_VIEW_QUERY, warmStartView } from '../../server/src/http/warm-start';
import { useApi } from '../support/api';

/**
 * A started server asks itself for the explorer's start view (server/src/http/warm-start.ts), so
 * that its first visitor's request finds the document parsed and compiled: the warm-up must be
 * the explorer's request to the character, and a full answer.
 */
const api = useApi();

describe('the start view warm-up', () => {
  it('sends the text the explorer sends for its start view', () => {
    // On failure: copy print(OverviewQuery) into START_VIEW_QUERY.
    expect(START_VIEW_QUERY).toBe(print(OverviewQuery));
  });

  it('gets the whole start view, without errors', async () => {
    const warm = await warmStartView(api.url);
    expect(warm.ok).toBe(true);
    const data = await api.data<{ overview: { nodes: unknown[] } }>(START_VIEW_QUERY, { limit: 150 });
    expect(data.overview.nodes).toHaveLength(api.fixtures.entities.length);
  });
});
