import { create } from 'zustand';
import { describeError } from '../api/client';
import { fetchNeighborhood } from '../api/queries';
import { GROUP_THRESHOLD, type NeighborGroup } from '../models/groups';
import { createHistory, push, redo, replacePresent, undo, type History } from '../models/history';
import { filterChangeLabel, layoutChangeLabel } from '../models/labels';
import type { LayoutName } from '../models/layouts';
import type { EntityData, GraphCache, Point, RelationType, Selection } from '../models/types';
import {
  addNodes,
  collapseView,
  expandView,
  hideNodes,
  initialView,
  isolate,
  noFilters,
  showHidden,
  withFilters,
  type Filters,
  type ViewState,
} from '../models/view';
import { useDataStore } from './dataStore';
import { largeViewActions } from './largeViewActions';
import { useUiStore } from './uiStore';

/** One step of exploration: the view, where nodes stood when it was left, and its name. */
export interface Snapshot {
  view: ViewState;
  positions: Record<string, Point> | null;
  label: string;
}

/** What "show more" continues: how many neighbours are left and along which relation types. */
export interface ExpansionInfo {
  remaining: number;
  relationTypes: RelationType[];
}

export interface ViewStore {
  history: History<Snapshot>;
  selection: Selection;
  /** New entity id → the entity it was expanded from, so it is placed next to it. */
  parents: Record<string, string>;
  expansions: Record<string, ExpansionInfo>;
  /** Increments when the layout must run again over the whole view. */
  layoutRun: number;
  /** Increments when undo/redo restores saved positions. */
  restoreRun: number;
  /** An entity to bring into the middle of the canvas. */
  centerRequest: { id: string; n: number } | null;
  busy: string | null;
  /** False until the start view is set (the address must not be rewritten before that). */
  started: boolean;
  start(view: ViewState, selection: Selection): void;
  select(selection: Selection): void;
  focus(id: string): void;
  /**
   * Focuses an entity a search found. One the cache lacks (outside a large graph's start view)
   * is added from the search's answer, then its neighbourhood is fetched into the cache, so its
   * relations to what the canvas shows are drawn.
   */
  reveal(entity: EntityData): Promise<void>;
  expand(id: string, relationTypes?: RelationType[], cap?: number): Promise<void>;
  /** Shows a hub's neighbours as groups around it ("+812 Person via member of"). */
  expandGroups(id: string): Promise<void>;
  /** Adds the next `n` neighbours of one group to the canvas. */
  openGroup(group: NeighborGroup, n: number): Promise<void>;
  /** Adds the `size` most connected entities of the whole graph to the canvas. */
  showTop(size: number): Promise<void>;
  collapse(id: string): void;
  hide(ids: string[]): void;
  showHidden(): void;
  isolate(id: string): void;
  showAll(): void;
  setFilters(filters: Filters): void;
  /** Replaces the whole canvas with another view (a guided view) as one step, laid out anew. */
  replace(view: ViewState, label: string): void;
  setLayout(layout: LayoutName): void;
  relayout(): void;
  addForPath(ids: string[]): void;
  undo(): void;
  redo(): void;
}

let positionsProvider: () => Record<string, Point> | null = () => null;

/** Lets the canvas report node positions, saved with each step for undo. */
export function providePositions(provider: () => Record<string, Point> | null): void {
  positionsProvider = provider;
}

const cache = (): GraphCache => useDataStore.getState().cache;
const nameOf = (id: string) => cache().entities[id]?.name ?? id;
const announce = (text: string) => useUiStore.getState().announce(text);

export const useViewStore = create<ViewStore>((set, get) => {
  /** Records a new view as one undoable step. */
  const commit = (view: ViewState, label: string, extra: Partial<ViewStore> = {}) => {
    const h = get().history;
    const saved = replacePresent(h, { ...h.present, positions: positionsProvider() });
    set({ history: push(saved, { view, positions: null, label }), ...extra });
    announce(label);
  };
  const view = () => get().history.present.view;

  return {
    history: createHistory<Snapshot>({ view: initialView([]), positions: null, label: 'Start' }),
    selection: null,
    parents: {},
    expansions: {},
    layoutRun: 0,
    restoreRun: 0,
    centerRequest: null,
    busy: null,
    started: false,

    start(startView, selection) {
      set({
        started: true,
        history: createHistory({ view: startView, positions: null, label: 'Start' }),
        selection,
        parents: {},
        expansions: {},
        layoutRun: get().layoutRun + 1,
      });
    },
    select(selection) {
      set({ selection });
    },
    focus(id) {
      if (!view().nodeIds.includes(id) || view().hiddenIds.includes(id)) {
        commit(addNodes(view(), [id]), `Show ${nameOf(id)}`);
      }
      set({ selection: { kind: 'entity', id }, centerRequest: { id, n: (get().centerRequest?.n ?? 0) + 1 } });
    },
    async reveal(entity) {
      const known = cache().entities[entity.id] !== undefined;
      if (!known) useDataStore.getState().merge({ nodes: [entity], edges: [], truncated: false });
      get().focus(entity.id);
      if (known) return;
      try {
        useDataStore.getState().merge(await fetchNeighborhood(entity.id, []));
      } catch {
        // Shown without its relations; its details offer Expand, which says what went wrong.
      }
    },
    async expand(id, relationTypes = [], cap = 10) {
      const degree = cache().entities[id]?.degree ?? 0;
      if (degree > GROUP_THRESHOLD && relationTypes.length === 0) return get().expandGroups(id);
      set({ busy: `Expanding ${nameOf(id)}…` });
      try {
        useDataStore.getState().merge(await fetchNeighborhood(id, relationTypes));
      } catch (error) {
        set({ busy: null });
        announce(`Could not expand ${nameOf(id)}: ${describeError(error).title}.`);
        return;
      }
      const result = expandView(view(), cache(), id, { relationTypes, cap });
      const expansions = { ...get().expansions, [id]: { remaining: result.remaining, relationTypes } };
      if (result.added.length === 0) {
        set({ busy: null, expansions });
        announce(`Every neighbour of ${nameOf(id)} is already on the canvas.`);
        return;
      }
      const parents = { ...get().parents };
      for (const child of result.added) parents[child] = id;
      const more = result.remaining ? `, ${result.remaining} more available` : '';
      commit(result.view, `Expand ${nameOf(id)}: ${result.added.length} added${more}`, {
        busy: null,
        parents,
        expansions,
      });
    },
    ...largeViewActions({ get, set, commit, view }),
    collapse(id) {
      const collapsed = collapseView(view(), cache(), id);
      const grouped = view().grouped ?? [];
      const next = grouped.includes(id)
        ? { ...collapsed, grouped: grouped.filter((x) => x !== id) }
        : collapsed;
      const removed = view().nodeIds.length - next.nodeIds.length;
      if (removed === 0 && next === collapsed) return announce(`Nothing hangs only on ${nameOf(id)}.`);
      const expansions = { ...get().expansions };
      delete expansions[id];
      commit(next, `Collapse ${nameOf(id)}: ${removed} removed`, { expansions });
    },
    hide(ids) {
      const sel = get().selection;
      const selection = sel && sel.kind === 'entity' && ids.includes(sel.id) ? null : sel;
      commit(
        hideNodes(view(), ids),
        ids.length === 1 ? `Hide ${nameOf(ids[0] ?? '')}` : `Hide ${ids.length}`,
        {
          selection,
        },
      );
    },
    showHidden() {
      commit(showHidden(view()), 'Show hidden entities');
    },
    isolate(id) {
      commit(isolate(view(), id), `Start from ${nameOf(id)}`, {
        selection: { kind: 'entity', id },
        expansions: {},
        layoutRun: get().layoutRun + 1,
      });
    },
    replace(next, label) {
      commit(next, label, { selection: null, expansions: {}, layoutRun: get().layoutRun + 1 });
    },
    showAll() {
      const data = useDataStore.getState();
      if (data.truncated && data.totals) return void get().showTop(data.totals.entities);
      const all = data.allIds;
      // Leaving a guided view also leaves its layout and the filters it set.
      const guided = view().layout === 'tradeoff';
      const base = guided ? { ...view(), layout: 'fcose' as const, filters: noFilters() } : view();
      commit({ ...base, nodeIds: [...all], hiddenIds: [] }, 'Show the whole graph', {
        layoutRun: get().layoutRun + 1,
      });
    },
    setFilters(filters) {
      commit(withFilters(view(), filters), filterChangeLabel(view().filters, filters));
    },
    setLayout(layout) {
      commit({ ...view(), layout }, layoutChangeLabel(layout), { layoutRun: get().layoutRun + 1 });
    },
    relayout() {
      commit(view(), 'Re-run layout', { layoutRun: get().layoutRun + 1 });
    },
    addForPath(ids) {
      const missing = ids.filter((id) => !view().nodeIds.includes(id) || view().hiddenIds.includes(id));
      if (missing.length) commit(addNodes(view(), ids), `Show path (${missing.length} added)`);
    },
    undo() {
      const h = get().history;
      if (h.past.length === 0) return;
      const label = h.present.label;
      set({
        history: undo(replacePresent(h, { ...h.present, positions: positionsProvider() })),
        restoreRun: get().restoreRun + 1,
      });
      announce(`Undone: ${label}`);
    },
    redo() {
      const h = get().history;
      if (h.future.length === 0) return;
      const next = redo(replacePresent(h, { ...h.present, positions: positionsProvider() }));
      set({ history: next, restoreRun: get().restoreRun + 1 });
      announce(`Redone: ${next.present.label}`);
    },
  };
});

/** The present view (a selector for components). */
export const selectView = (s: { history: History<Snapshot> }): ViewState => s.history.present.view;
