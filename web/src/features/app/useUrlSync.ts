import { useEffect } from 'react';
import { topReference } from '../../models/overview';
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
      const view = selectView(v);
      // A view holding a large top-N of the ranking is written as `top=N` and what differs.
      const top = topReference(data.ranked, view.nodeIds, data.totals?.entities ?? 0);
      const written = encodeUrlState(
        { view, selection: v.selection, path: p.status === 'idle' ? null : p.request },
        top ? data.ranked.slice(0, top) : data.allIds,
        'fcose',
      );
      const search = top ? `?top=${top}${written ? `&${written.slice(1)}` : ''}` : written;
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
