import { decodeUrlState, encodeUrlState, type UrlState } from '../../../web/src/models/url';
import { initialView } from '../../../web/src/models/view';

const all = ['china', 'mss', 'salt-typhoon', 'donald-trump', 'us-treasury', 'rare-earths'];

describe('URL state', () => {
  test('the whole graph with nothing chosen is an empty query', () => {
    const state: UrlState = { view: initialView(all), selection: null, path: null };
    expect(encodeUrlState(state, all, 'fcose')).toBe('');
    expect(decodeUrlState('', all, 'fcose')).toEqual(state);
  });

  test('round-trips focus, loaded and hidden entities, filters, layout and path', () => {
    const state: UrlState = {
      view: {
        nodeIds: ['mss', 'salt-typhoon', 'china'],
        hiddenIds: ['china'],
        filters: {
          hiddenEntityTypes: ['Country'],
          hiddenRelationTypes: ['REPORTED_ON'],
          hiddenStatuses: ['alleged'],
        },
        layout: 'concentric',
      },
      selection: { kind: 'entity', id: 'mss' },
      path: { from: 'salt-typhoon', to: 'donald-trump', avoidCountries: true, avoidHubs: false },
    };
    const search = encodeUrlState(state, all, 'fcose');
    expect(search).toContain('focus=mss');
    expect(search).toContain('path=salt-typhoon,donald-trump');
    expect(decodeUrlState(search, all, 'fcose')).toEqual(state);
  });

  test('most of the graph is written as what is missing', () => {
    const state: UrlState = {
      view: initialView(all.filter((id) => id !== 'rare-earths')),
      selection: { kind: 'relation', id: 'mss-directs-salt-typhoon' },
      path: null,
    };
    const search = encodeUrlState(state, all, 'fcose');
    expect(search).toContain('without=rare-earths');
    expect(search).not.toContain('nodes=');
    expect(decodeUrlState(search, all, 'fcose')).toEqual(state);
  });

  test('unknown types, statuses and layouts in a link are dropped', () => {
    const state = decodeUrlState(
      '?noTypes=Country,Spaceship&noStatuses=rumoured&layout=spiral',
      all,
      'fcose',
    );
    expect(state.view.filters.hiddenEntityTypes).toEqual(['Country']);
    expect(state.view.filters.hiddenStatuses).toEqual([]);
    expect(state.view.layout).toBe('fcose');
  });
});
