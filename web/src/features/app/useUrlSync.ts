import { useEffect } from 'react';
import { encodeUrlState } from '../../models/url';
import { useDataStore } from '../../stores/dataStore';
import { usePathStore } from '../../stores/pathStore';
import { selectView, useViewStore } from '../../stores/viewStore';

/** Keeps the address bar equal to the view, so copying it shares exactly what is on screen. */
export function useUrlSync(): void {
  useEffect(() => {
    const write = () => {
      const data = useDataStore.getState();
      const v = useViewStore.getState();
      if (data.status !== 'ready' || !v.started) return;
      const p = usePathStore.getState();
      const search = encodeUrlState(
        { view: selectView(v), selection: v.selection, path: p.status === 'idle' ? null : p.request },
        data.allIds,
        'fcose',
      );
      if (search !== window.location.search) {
        window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
      }
    };
    const unsubscribers = [
      useViewStore.subscribe(write),
      usePathStore.subscribe(write),
      useDataStore.subscribe(write),
    ];
    return () => unsubscribers.forEach((u) => u());
  }, []);
}
