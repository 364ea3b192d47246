import { create } from 'zustand';
import { fetchGroupPage, fetchNeighborGroups } from '../api/largeGraph';
import { GROUP_PAGE, MAX_GROUP_PAGE, groupKey, nextMembers, type NeighborGroup } from '../models/groups';
import { MAX_VIEW } from '../models/overview';
import { useDataStore } from './dataStore';

/** A group's neighbours fetched so far, in the group's order, and where the next page starts. */
export interface GroupMembers {
  ids: string[];
  cursor: string | null;
  complete: boolean;
}

/**
 * Neighbour groups of the hubs expanded as groups, and the members fetched per group. Both only
 * grow: which groups the canvas draws follows from the view (its grouped hubs) and from how many
 * members are visible, so undo and redo need nothing from here.
 */
interface GroupStore {
  byHub: Record<string, NeighborGroup[]>;
  members: Record<string, GroupMembers>;
  /** Fetches (once) the groups of a hub. */
  loadGroups(hubId: string): Promise<NeighborGroup[]>;
  /**
   * The next `n` members of a group that are not visible, fetching pages (with the visible
   * entities as context, so their relations to the new ones come along) until there are enough
   * or the group is exhausted.
   */
  nextOf(group: NeighborGroup, visible: ReadonlySet<string>, n: number): Promise<string[]>;
}

const pending = new Map<string, Promise<NeighborGroup[]>>();

/** The group a group node on the canvas stands for (null for a hub's "smaller groups" node). */
export function groupById(id: string): NeighborGroup | null {
  for (const groups of Object.values(useGroupStore.getState().byHub)) {
    const found = groups.find((g) => groupKey(g) === id);
    if (found) return found;
  }
  return null;
}

export const useGroupStore = create<GroupStore>((set, get) => ({
  byHub: {},
  members: {},
  loadGroups(hubId) {
    const known = get().byHub[hubId];
    if (known) return Promise.resolve(known);
    const running = pending.get(hubId);
    if (running) return running;
    const fetching = fetchNeighborGroups(hubId)
      .then(({ entity, groups }) => {
        useDataStore.getState().merge({ nodes: [entity], edges: [], truncated: false });
        set({ byHub: { ...get().byHub, [hubId]: groups } });
        return groups;
      })
      .finally(() => pending.delete(hubId));
    pending.set(hubId, fetching);
    return fetching;
  },
  async nextOf(group, visible, n) {
    const key = groupKey(group);
    let members = get().members[key] ?? { ids: [], cursor: null, complete: false };
    while (nextMembers(members.ids, visible, n).length < n && !members.complete) {
      const context = [...visible].slice(0, MAX_VIEW);
      const size = Math.min(MAX_GROUP_PAGE, Math.max(GROUP_PAGE, n));
      const page = await fetchGroupPage(group, size, members.cursor, context);
      useDataStore.getState().merge(page.graph);
      members = {
        ids: [...members.ids, ...page.ids.filter((id) => !members.ids.includes(id))],
        cursor: page.endCursor,
        complete: !page.hasNextPage,
      };
      set({ members: { ...get().members, [key]: members } });
    }
    return nextMembers(members.ids, visible, n);
  },
}));
