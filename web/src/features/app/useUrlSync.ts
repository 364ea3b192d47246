import { useEffect } from 'react';
import { topReference } from '../../models/overview';
import { withTeachParams } from '../../models/teachUrl';
import { encodeUrlState } from '../../models/url';
import { useDataStore } from '../../stores/dataStore';
import { useLessonStore } from '../../stores/lessonStore';
import { usePathStore } from '../../stores/pathStore';
import { useTeachStore } from '../../stores/teachStore';
import { selectView, useViewStore } from '../../stores/viewStore';

/** `?top=N` in front of a query string (or the string as it is when N is 0). */
const withTop = (top: number, search: string) =>
  top ? `?top=${top}${search ? `&${search.slice(1)}` : ''}` : search;

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
      const t = useTeachStore.getState();
      const l = useLessonStore.getState();
      // A lesson step is its own link; the time range and what-if travel with any view.
      const search = l.lessonId
        ? withTeachParams('', {
            time: { from: null, to: null },
            whatIf: null,
            lesson: { id: l.lessonId, step: l.step },
          })
        : withTeachParams(
            withTop(
              top,
              encodeUrlState(
                { view, selection: v.selection, path: p.status === 'idle' ? null : p.request },
                top ? data.ranked.slice(0, top) : data.allIds,
                'fcose',
              ),
            ),
            { time: t.time, whatIf: t.whatIf, lesson: null },
          );
      if (search !== window.location.search) {
        window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
      }
    };
    const unsubscribers = [
      useViewStore.subscribe(write),
      usePathStore.subscribe(write),
      useDataStore.subscribe(write),
      useTeachStore.subscribe(write),
      useLessonStore.subscribe(write),
    ];
    return () => unsubscribers.forEach((u) => u());
  }, []);
}
