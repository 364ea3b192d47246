import { useEffect } from 'react';
import { describeError } from '../../api/client';
import { decodeTeachParams } from '../../models/teachUrl';
import { initialView } from '../../models/view';
import { parseVariables } from '../../models/viewQuery';
import { useDataStore } from '../../stores/dataStore';
import { useLessonStore } from '../../stores/lessonStore';
import { pictureOfQuery } from '../../stores/openView';
import { usePathStore } from '../../stores/pathStore';
import { useTeachStore } from '../../stores/teachStore';
import { useViewStore } from '../../stores/viewStore';

/**
 * Restores the teaching part of the address once the start view is up: the time range, the
 * what-if, a lesson step, or a GraphQL query to open on the canvas (`/?query=…&variables=…`,
 * contract 4). A bad query shows its coded error and changes nothing.
 */
export function useTeachBoot(onQueryError: (message: string) => void): void {
  useEffect(() => {
    const initial = window.location.search;
    const run = async () => {
      const params = new URLSearchParams(initial);
      const teach = decodeTeachParams(initial);
      useTeachStore.getState().setTime(teach.time);
      useTeachStore.getState().setWhatIf(teach.whatIf);
      if (teach.lesson) {
        await useLessonStore.getState().open(teach.lesson.id, teach.lesson.step, true);
        return;
      }
      const query = params.get('query');
      if (!query) return;
      try {
        const picture = await pictureOfQuery({ query, variables: parseVariables(params.get('variables')) });
        const ids = picture.subgraph.nodes.map((n) => n.id);
        useViewStore.getState().replace(initialView(ids), `GraphQL result: ${ids.length} entities`);
        if (picture.path && picture.relationIds.length) {
          useTeachStore.getState().setHighlights({ entities: [], relations: picture.relationIds });
        }
        usePathStore.getState().clear();
      } catch (error) {
        const code = (error as { code?: string | null }).code;
        const text =
          error instanceof Error && !('kind' in error) ? error.message : describeError(error).detail;
        onQueryError(code ? `${code}: ${text}` : text);
      }
    };
    const unsubscribe = useViewStore.subscribe((s, prev) => {
      if (s.started && !prev.started && useDataStore.getState().status === 'ready') {
        unsubscribe();
        void run();
      }
    });
    return unsubscribe;
  }, [onQueryError]);
}
