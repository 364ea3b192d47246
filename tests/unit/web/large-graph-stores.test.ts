/**
 * The stores behind grouped hub expansion and the canvas's structure version, driven as the
 * components drive them. Only what needs no request runs here (groups and members already
 * fetched); fetching them is covered end to end (tests/e2e/large-graph.test.ts).
 */
import { GROUP_THRESHOLD, groupKey, type NeighborGroup } from '../../../web/src/models/groups';
import { initialView } from '../../../web/src/models/view';
import { useCanvasStore } from '../../../web/src/stores/canvasStore';
import { useDataStore } from '../../../web/src/stores/dataStore';
import { groupById, useGroupStore } from '../../../web/src/stores/groupStore';
import { useLayoutStore } from '../../../web/src/stores/layoutStore';
import { useUiStore } from '../../../web/src/stores/uiStore';
import { selectView, useViewStore } from '../../../web/src/stores/viewStore';
import { entity, relation } from './graph-builders';

const people = Array.from({ length: 8 }, (_, i) => entity(`person-${i}`, 'Person', 2));
const hub = entity('acme', 'Organization', GROUP_THRESHOLD + 6);
const members: NeighborGroup = {
  hubId: 'acme',
  relationType: 'MEMBER_OF',
  direction: 'INCOMING',
  entityType: 'Person',
  count: 8,
};
const leads: NeighborGroup = {
  ...members,
  relationType: 'LEADS',
  direction: 'OUTGOING',
  count: GROUP_THRESHOLD - 2,
};
const view = () => selectView(useViewStore.getState());
const label = () => useViewStore.getState().history.present.label;

beforeEach(() => {
  useDataStore.setState(useDataStore.getInitialState(), true);
  useViewStore.setState(useViewStore.getInitialState(), true);
  useUiStore.setState(useUiStore.getInitialState(), true);
  useGroupStore.setState(useGroupStore.getInitialState(), true);
  useCanvasStore.setState(useCanvasStore.getInitialState(), true);
  useLayoutStore.setState(useLayoutStore.getInitialState(), true);
  useDataStore.getState().merge({
    nodes: [hub, ...people],
    edges: people.map((p) => relation(p.id, 'acme', 'MEMBER_OF')),
    truncated: false,
  });
  useDataStore.setState({ status: 'ready', allIds: ['acme', 'person-0'] });
  useViewStore.getState().start(initialView(['acme', 'person-0']), null);
  // Already fetched: the hub's groups, and every member of one group in the group's order.
  useGroupStore.setState({
    byHub: { acme: [leads, members] },
    members: { [groupKey(members)]: { ids: people.map((p) => p.id), cursor: null, complete: true } },
  });
});

it('expanding a hub shows its neighbours as groups, as one undoable step centred on it', async () => {
  await useViewStore.getState().expand('acme');
  expect(view().grouped).toEqual(['acme']);
  expect(view().nodeIds).toEqual(['acme', 'person-0']);
  expect(label()).toBe(`Expand ACME: ${leads.count + members.count} neighbours in 2 groups`);
  expect(useViewStore.getState().centerRequest?.id).toBe('acme');
  expect(useUiStore.getState().notice).toBe(label());
  useViewStore.getState().undo();
  expect(view().grouped ?? []).toEqual([]);
});

it('opening a group adds its next members that are not shown yet, placed by the hub', async () => {
  await useViewStore.getState().expandGroups('acme');
  await useViewStore.getState().openGroup(members, 3);
  expect(view().nodeIds).toEqual(['acme', 'person-0', 'person-1', 'person-2', 'person-3']);
  expect(label()).toBe('Add 3 of 8 Person → member of → ACME: 4 more');
  expect(useViewStore.getState().parents).toMatchObject({ 'person-1': 'acme', 'person-3': 'acme' });
  await useViewStore.getState().openGroup(members, 10);
  expect(view().nodeIds).toHaveLength(9);
  expect(label()).toBe('Add 4 of 8 Person → member of → ACME');
  await useViewStore.getState().openGroup(members, 10);
  expect(useUiStore.getState().notice).toBe('Every neighbour of this group is already on the canvas.');
  expect(view().nodeIds).toHaveLength(9);
});

it('collapsing a grouped hub removes its groups with the neighbours that hang only on it', async () => {
  await useViewStore.getState().expandGroups('acme');
  await useViewStore.getState().openGroup(members, 2);
  useViewStore.getState().collapse('acme');
  expect(view().grouped).toEqual([]);
  expect(view().nodeIds).toEqual(['acme']);
});

it('finds the group a group node stands for, and none for the "smaller groups" node', () => {
  expect(groupById(groupKey(members))).toEqual(members);
  expect(groupById('group:acme:rest')).toBeNull();
});

it('the canvas store versions every sync of the elements and remembers the view drawn', () => {
  const before = useCanvasStore.getState().version;
  useCanvasStore.getState().published(view());
  useCanvasStore.getState().published(view());
  expect(useCanvasStore.getState().version).toBe(before + 2);
  expect(useCanvasStore.getState().view).toBe(view());
});

it('cancelling when no layout runs changes nothing and says nothing', () => {
  useLayoutStore.getState().cancel();
  expect(useLayoutStore.getState().running).toBeNull();
  expect(useUiStore.getState().notice).toBeNull();
});
