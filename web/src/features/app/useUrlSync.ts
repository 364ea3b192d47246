import { useEffect } from 'react';
import { withTeachParams } from '../../models/teachUrl';
import { encodeUrlState } from '../../models/url';
import { useDataStore } from '../../stores/dataStore';
import { useLessonStore } from '../../stores/lessonStore';
import { usePathStore } from '../../stores/pathStore';
import { useTeachStore } from '../../stores/teachStore';
import { selectView, useViewStore } from '../../stores/viewStore';

/** Keeps the address bar equal to the view, so copying it shares exactly what is on screen. */
export function useUrlSync(): void {
  useEffect(() => {
    const write = () => {
      const data = useDataStore.getState();
      const v = useViewStore.getState();
      if (data.status !== 'ready' || !v.started) return;
      const p = usePathStore.getState();
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
            encodeUrlState(
              { view: selectView(v), selection: v.selection, path: p.status === 'idle' ? null : p.request },
              data.allIds,
              'fcose',
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
