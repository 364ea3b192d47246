import { useCallback, useEffect } from 'react';
import { MAX_VIEW, topParam } from '../../models/overview';
import { decodeUrlState, idsNamedBy } from '../../models/url';
import type { Selection } from '../../models/types';
import { useDataStore } from '../../stores/dataStore';
import { useGroupStore } from '../../stores/groupStore';
import { usePathStore } from '../../stores/pathStore';
import { useViewStore } from '../../stores/viewStore';
import { warmLayoutWorker } from '../../workers/layoutClient';

/**
 * Loads the start graph and restores the view the address carries (or the whole graph).
 * Returns the loader again, for the retry button.
 */
export function useBoot(): () => void {
  const boot = useCallback(async (again: boolean) => {
    // Entities a link names may lie outside a large graph's overview: they come with it.
    const include = idsNamedBy(window.location.search, MAX_VIEW);
    const top = topParam(window.location.search);
    // A large graph's start view is laid out in a worker: have one ready when its data arrives.
    warmLayoutWorker();
    if (!(await useDataStore.getState().load(again, include, top))) return;
    const { allIds, ranked, cache } = useDataStore.getState();
    const state = decodeUrlState(window.location.search, top ? ranked.slice(0, top) : allIds, 'fcose');
    const known = (id: string) => cache.entities[id] !== undefined;
    const view = {
      ...state.view,
      nodeIds: state.view.nodeIds.filter(known),
      hiddenIds: state.view.hiddenIds.filter(known),
    };
    const s = state.selection;
    const selection: Selection =
      s && (s.kind === 'entity' ? known(s.id) : cache.relations[s.id] !== undefined) ? s : null;
    useViewStore.getState().start(view, selection);
    for (const hub of view.grouped ?? [])
      void useGroupStore
        .getState()
        .loadGroups(hub)
        .catch(() => undefined);
    if (state.path && known(state.path.from) && known(state.path.to))
      void usePathStore.getState().find(state.path);
  }, []);
  useEffect(() => {
    void boot(false);
  }, [boot]);
  return () => void boot(true);
}
