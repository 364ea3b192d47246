import { useCallback, useEffect } from 'react';
import { decodeUrlState } from '../../models/url';
import type { Selection } from '../../models/types';
import { useDataStore } from '../../stores/dataStore';
import { usePathStore } from '../../stores/pathStore';
import { useViewStore } from '../../stores/viewStore';

/**
 * Loads the start graph and restores the view the address carries (or the whole graph).
 * Returns the loader again, for the retry button.
 */
export function useBoot(): () => void {
  const boot = useCallback(async (again: boolean) => {
    if (!(await useDataStore.getState().load(again))) return;
    const { allIds, cache } = useDataStore.getState();
    const state = decodeUrlState(window.location.search, allIds, 'fcose');
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
    if (state.path && known(state.path.from) && known(state.path.to))
      void usePathStore.getState().find(state.path);
  }, []);
  useEffect(() => {
    void boot(false);
  }, [boot]);
  return () => void boot(true);
}
