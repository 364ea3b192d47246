import { create } from 'zustand';
import { describeError } from '../api/client';
import { canvas } from '../graph/canvasApi';
import { lessonById, type LessonStep } from '../lessons/data';
import { createHistory, replacePresent, type History } from '../models/history';
import { noFilters, type ViewState } from '../models/view';
import { RELATION_TYPES } from '../models/types';
import { ensureEntities, pictureOfQuery } from './openView';
import { usePathStore } from './pathStore';
import { useTeachStore } from './teachStore';
import { useUiStore } from './uiStore';
import { useViewStore, type Snapshot } from './viewStore';

/**
 * A lesson being taught: which one, which step, whether in presenter mode. Entering saves the
 * exploration history; each step replaces the view without touching it; leaving puts it back,
 * so undo continues exactly where exploration stopped.
 */
interface LessonStore {
  lessonId: string | null;
  step: number;
  presenting: boolean;
  error: string | null;
  saved: History<Snapshot> | null;
  open(lessonId: string, step?: number, present?: boolean): Promise<void>;
  go(step: number): Promise<void>;
  setPresenting(on: boolean): void;
  leave(): void;
}

/** The view a step asks for, once its entities are known. */
export function stepView(step: LessonStep, nodeIds: string[]): ViewState {
  const only = step.view.relationTypes;
  return {
    nodeIds,
    hiddenIds: [],
    filters: {
      ...noFilters(),
      hiddenRelationTypes: only ? RELATION_TYPES.filter((t) => !only.includes(t)) : [],
    },
    layout: step.view.layout,
  };
}

/** Shows one step: its entities (or its query's result), layout, time range, highlights, what-if. */
async function applyStep(step: LessonStep): Promise<void> {
  let nodeIds: string[];
  let relations = step.view.highlights.relations;
  if (step.view.query) {
    const picture = await pictureOfQuery({
      query: step.view.query.text,
      variables: step.view.query.variables,
    });
    nodeIds = picture.subgraph.nodes.map((n) => n.id);
    if (picture.path) relations = [...relations, ...picture.relationIds];
  } else {
    nodeIds = step.view.entities ?? [];
    await ensureEntities(nodeIds);
  }
  usePathStore.getState().clear();
  const teach = useTeachStore.getState();
  teach.setTime({ from: step.view.time?.from ?? null, to: step.view.time?.to ?? null });
  teach.setWhatIf(step.view.whatIf ?? null);
  teach.setHighlights({ entities: step.view.highlights.entities, relations });
  teach.setDiff(null);
  const v = useViewStore.getState();
  useViewStore.setState({
    history: createHistory({ view: stepView(step, nodeIds), positions: null, label: step.title }),
    selection: null,
    expansions: {},
    layoutRun: v.layoutRun + 1,
  });
}

export const useLessonStore = create<LessonStore>((set, get) => ({
  lessonId: null,
  step: 0,
  presenting: false,
  error: null,
  saved: null,
  async open(lessonId, step = 0, present = true) {
    const lesson = lessonById(lessonId);
    if (!lesson) {
      useUiStore.getState().announce(`There is no lesson "${lessonId}".`);
      return;
    }
    if (!get().lessonId) {
      const h = useViewStore.getState().history;
      set({ saved: replacePresent(h, { ...h.present, positions: canvas.positions() }) });
    }
    set({ lessonId, presenting: present });
    await get().go(step);
  },
  async go(index) {
    const lesson = lessonById(get().lessonId ?? '');
    if (!lesson) return;
    const clamped = Math.max(0, Math.min(lesson.steps.length - 1, index));
    const step = lesson.steps[clamped];
    if (!step) return;
    set({ step: clamped, error: null });
    try {
      await applyStep(step);
      useUiStore.getState().announce(`Step ${clamped + 1} of ${lesson.steps.length}: ${step.title}`);
    } catch (error) {
      set({
        error: error instanceof Error && !('kind' in error) ? error.message : describeError(error).title,
      });
    }
  },
  setPresenting(on) {
    set({ presenting: on });
    // Presenter labels are larger and the canvas changes size: lay the step out again.
    if (get().lessonId) useViewStore.setState((v) => ({ layoutRun: v.layoutRun + 1 }));
  },
  leave() {
    const saved = get().saved;
    const teach = useTeachStore.getState();
    teach.setHighlights(null);
    teach.setWhatIf(null);
    teach.setTime({ from: null, to: null });
    set({ lessonId: null, step: 0, presenting: false, saved: null, error: null });
    if (saved) {
      const v = useViewStore.getState();
      useViewStore.setState({ history: saved, selection: null, restoreRun: v.restoreRun + 1 });
    }
    useUiStore.getState().announce('Back to free exploration.');
  },
}));
