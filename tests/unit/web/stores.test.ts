/**
 * The zustand stores, driven as the components drive them, over the article's graph as the
 * explorer holds it once loaded (built from the fixtures). Only actions that need no request are
 * exercised here; those that fetch are covered end to end.
 */
import { legendCounts, visibleGraph } from '../../../web/src/models/filters';
import { filterChangeLabel, layoutChangeLabel } from '../../../web/src/models/labels';
import { initialView, noFilters } from '../../../web/src/models/view';
import { useDataStore } from '../../../web/src/stores/dataStore';
import { usePathStore } from '../../../web/src/stores/pathStore';
import { useUiStore } from '../../../web/src/stores/uiStore';
import { selectView, useViewStore } from '../../../web/src/stores/viewStore';
import { fixtureCache, wholeGraph } from './fixture-cache';

const cache = fixtureCache();
const ALL = Object.keys(cache.entities);
const view = () => selectView(useViewStore.getState());
const notice = () => useUiStore.getState().notice;
const undoLabel = () => useViewStore.getState().history.present.label;

beforeEach(() => {
  useDataStore.setState(useDataStore.getInitialState(), true);
  useViewStore.setState(useViewStore.getInitialState(), true);
  useUiStore.setState(useUiStore.getInitialState(), true);
  usePathStore.setState(usePathStore.getInitialState(), true);
  useDataStore.getState().merge({ ...wholeGraph(cache), truncated: false });
  useDataStore.setState({ status: 'ready', allIds: ALL });
  useViewStore.getState().start(initialView(ALL), null);
});

describe('dataStore', () => {
  it('merges a subgraph into the cache by id, keeping what it had', () => {
    const { cache: merged } = useDataStore.getState();
    expect(Object.keys(merged.entities).sort()).toEqual([...ALL].sort());
    expect(Object.keys(merged.relations)).toHaveLength(Object.keys(cache.relations).length);
    useDataStore.getState().merge({ nodes: [cache.entities.mss!], edges: [], truncated: false });
    expect(Object.keys(useDataStore.getState().cache.entities)).toHaveLength(ALL.length);
  });
});

describe('viewStore', () => {
  it('hides an entity as one undoable step, named in words, and brings it back', () => {
    useViewStore.getState().select({ kind: 'entity', id: 'mss' });
    useViewStore.getState().hide(['mss']);
    expect(view().hiddenIds).toEqual(['mss']);
    expect(useViewStore.getState().selection).toBeNull();
    expect(undoLabel()).toBe('Hide Ministry of State Security');
    expect(notice()).toBe('Hide Ministry of State Security');
    useViewStore.getState().undo();
    expect(view().hiddenIds).toEqual([]);
    expect(notice()).toBe('Undone: Hide Ministry of State Security');
    useViewStore.getState().redo();
    expect(view().hiddenIds).toEqual(['mss']);
    expect(notice()).toBe('Redone: Hide Ministry of State Security');
  });

  it('names filter and layout steps as people say them', () => {
    useViewStore.getState().setFilters({ ...noFilters(), hiddenEntityTypes: ['Country'] });
    expect(undoLabel()).toBe('Hide Country entities');
    useViewStore
      .getState()
      .setFilters({ ...noFilters(), hiddenEntityTypes: ['Country'], hiddenStatuses: ['alleged'] });
    expect(undoLabel()).toBe('Hide alleged relations');
    const runs = useViewStore.getState().layoutRun;
    useViewStore.getState().setLayout('breadthfirst');
    expect(undoLabel()).toBe('Switch to the Hierarchy layout');
    expect(useViewStore.getState().layoutRun).toBe(runs + 1);
    expect(view().layout).toBe('breadthfirst');
  });

  it('isolates an entity, shows it alone and selected, and "show all" brings the graph back', () => {
    useViewStore.getState().isolate('salt-typhoon');
    expect(view().nodeIds).toEqual(['salt-typhoon']);
    expect(useViewStore.getState().selection).toEqual({ kind: 'entity', id: 'salt-typhoon' });
    useViewStore.getState().focus('mss');
    expect(view().nodeIds).toEqual(['salt-typhoon', 'mss']);
    expect(useViewStore.getState().centerRequest?.id).toBe('mss');
    useViewStore.getState().collapse('salt-typhoon');
    expect(view().nodeIds).toEqual(['salt-typhoon']);
    useViewStore.getState().showAll();
    expect([...view().nodeIds].sort()).toEqual([...ALL].sort());
  });

  it('leaving a guided view for the whole graph also leaves its layout and filters', () => {
    useViewStore.getState().replace(
      {
        ...initialView(['united-states', 'china']),
        layout: 'tradeoff',
        filters: { ...noFilters(), hiddenStatuses: ['alleged'] },
      },
      'The trade-off',
    );
    expect(view().layout).toBe('tradeoff');
    useViewStore.getState().showAll();
    expect(view().layout).toBe('fcose');
    expect(view().filters).toEqual(noFilters());
  });
});

describe('the legend counts what the canvas shows', () => {
  it('counts relations drawn between visible entities, by status, whatever the status filter', () => {
    const all = legendCounts(cache, view());
    const statuses = (ids: string[]) =>
      Object.values(cache.relations).filter((r) => ids.includes(r.status)).length;
    expect(all.byStatus.get('alleged')).toBe(statuses(['alleged']));
    useViewStore
      .getState()
      .setFilters({ ...noFilters(), hiddenEntityTypes: ['Country'], hiddenStatuses: ['active'] });
    const counts = legendCounts(cache, view());
    const drawn = visibleGraph(cache, {
      ...view(),
      filters: { ...view().filters, hiddenStatuses: [] },
    }).edges;
    expect(counts.byStatus.get('active')).toBe(drawn.filter((r) => r.status === 'active').length);
    expect(counts.byStatus.get('active')).toBeLessThan(all.byStatus.get('active') ?? 0);
    // A hidden type still says how many it keeps off the canvas; hand-hidden entities are not counted.
    const countries = Object.values(cache.entities).filter((e) => e.type === 'Country').length;
    expect(counts.byType.get('Country')).toBe(countries);
    useViewStore.getState().hide(['china']);
    expect(legendCounts(cache, view()).byType.get('Country')).toBe(countries - 1);
  });
});

describe('uiStore and pathStore', () => {
  it('merges style choices and keeps the latest notice', () => {
    useUiStore.getState().setStyle({ edgeLabels: 'always' });
    expect(useUiStore.getState().style).toEqual({ edgeLabels: 'always', sizeByDegree: true });
    useUiStore.getState().announce('one');
    useUiStore.getState().announce('two');
    expect(notice()).toBe('two');
    useUiStore.getState().setMode('table');
    expect(useUiStore.getState().mode).toBe('table');
  });

  it('clears a path back to idle', () => {
    usePathStore.setState({ status: 'found', nodeIds: ['a', 'b'], edgeIds: ['a-b'] });
    usePathStore.getState().clear();
    expect(usePathStore.getState()).toMatchObject({
      status: 'idle',
      nodeIds: [],
      edgeIds: [],
      request: null,
    });
  });
});

describe('labels', () => {
  it('say what changed, one item by name and several by number', () => {
    const none = noFilters();
    expect(filterChangeLabel(none, { ...none, hiddenRelationTypes: ['TRADED_FOR'] })).toBe(
      'Hide “traded for” relations',
    );
    expect(filterChangeLabel({ ...none, hiddenEntityTypes: ['Person', 'Agency'] }, none)).toBe(
      'Show all entity types',
    );
    expect(filterChangeLabel(none, { ...none, hiddenStatuses: ['alleged', 'unverified'] })).toBe(
      'Hide 2 statuses',
    );
    expect(filterChangeLabel(none, none)).toBe('Filters unchanged');
    expect(layoutChangeLabel('fcose')).toBe('Switch to the Force-directed layout');
  });
});
