import { describeError } from '../api/client';
import { groupSentence, remainingOf, type NeighborGroup } from '../models/groups';
import { MAX_VIEW } from '../models/overview';
import { addNodes, type ViewState } from '../models/view';
import { useDataStore } from './dataStore';
import { useGroupStore } from './groupStore';
import { useUiStore } from './uiStore';
import type { ViewStore } from './viewStore';

/** What the view store lends its large-graph actions. */
interface Deps {
  get(): ViewStore;
  set(partial: Partial<ViewStore>): void;
  /** Records a new view as one undoable step (announced). */
  commit(view: ViewState, label: string, extra?: Partial<ViewStore>): void;
  view(): ViewState;
}

const cache = () => useDataStore.getState().cache;
const nameOf = (id: string) => cache().entities[id]?.name ?? id;
const announce = (text: string) => useUiStore.getState().announce(text);

/**
 * The view store's actions for graphs larger than the canvas: a hub's neighbours as groups, a
 * group's next page, and a larger top-N of the whole graph. Each is one undoable step.
 */
export function largeViewActions({ get, set, commit, view }: Deps) {
  return {
    async expandGroups(id: string) {
      set({ busy: `Grouping the neighbours of ${nameOf(id)}…` });
      let groups: NeighborGroup[];
      try {
        groups = await useGroupStore.getState().loadGroups(id);
      } catch (error) {
        set({ busy: null });
        announce(`Could not expand ${nameOf(id)}: ${describeError(error).title}.`);
        return;
      }
      const grouped = [...new Set([...(view().grouped ?? []), id])];
      const total = groups.reduce((sum, g) => sum + g.count, 0);
      commit(
        { ...addNodes(view(), [id]), grouped },
        `Expand ${nameOf(id)}: ${total.toLocaleString('en-US')} neighbours in ${groups.length} groups`,
        // The groups stand around the hub: bring it to the middle, close enough to read them.
        { busy: null, centerRequest: { id, n: (get().centerRequest?.n ?? 0) + 1 } },
      );
    },
    async openGroup(group: NeighborGroup, n: number) {
      const current = view();
      const visible = new Set(current.nodeIds.filter((x) => !current.hiddenIds.includes(x)));
      const words = groupSentence(group, nameOf(group.hubId));
      set({ busy: `Adding from ${words}…` });
      let ids: string[];
      try {
        ids = await useGroupStore.getState().nextOf(group, visible, n);
      } catch (error) {
        set({ busy: null });
        announce(`Could not open the group: ${describeError(error).title}.`);
        return;
      }
      if (ids.length === 0) {
        set({ busy: null });
        return announce('Every neighbour of this group is already on the canvas.');
      }
      const parents = { ...get().parents };
      for (const child of ids) parents[child] = group.hubId;
      const next = addNodes(view(), ids);
      const left = remainingOf(
        group,
        cache(),
        new Set(next.nodeIds.filter((x) => !next.hiddenIds.includes(x))),
      );
      commit(next, `Add ${ids.length} of ${words}${left ? `: ${left.toLocaleString('en-US')} more` : ''}`, {
        busy: null,
        parents,
        centerRequest: { id: group.hubId, n: (get().centerRequest?.n ?? 0) + 1 },
      });
    },
    async showTop(size: number) {
      set({ busy: `Loading the ${size.toLocaleString('en-US')} most connected entities…` });
      let ids: string[];
      try {
        ids = await useDataStore.getState().widen(Math.min(size, MAX_VIEW));
      } catch (error) {
        set({ busy: null });
        announce(`Could not load more entities: ${describeError(error).title}.`);
        return;
      }
      const total = useDataStore.getState().totals?.entities ?? ids.length;
      commit(
        addNodes(view(), ids),
        ids.length >= total
          ? 'Show the whole graph'
          : `Show the ${ids.length.toLocaleString('en-US')} most connected entities`,
        { busy: null, layoutRun: get().layoutRun + 1 },
      );
    },
  };
}
