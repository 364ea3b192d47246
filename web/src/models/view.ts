import { relationsAt } from './adjacency';
import { neighbourEntities, otherEnd } from './graph';
import type { LayoutName } from './layouts';
import type { EntityType, GraphCache, RelationStatus, RelationType } from './types';

/** Types and statuses the user has switched off. Empty lists mean everything is shown. */
export interface Filters {
  hiddenEntityTypes: EntityType[];
  hiddenRelationTypes: RelationType[];
  hiddenStatuses: RelationStatus[];
}

/**
 * What the canvas shows, apart from positions: the entities loaded onto it, those hidden by
 * hand, the filters and the layout. One exploration step turns one ViewState into the next,
 * which is what undo walks back and what the URL carries.
 */
export interface ViewState {
  nodeIds: string[];
  hiddenIds: string[];
  filters: Filters;
  layout: LayoutName;
  /** Hubs whose neighbours are shown as groups around them (absent: none). */
  grouped?: string[];
}

/** Filters that show everything. */
export function noFilters(): Filters {
  return { hiddenEntityTypes: [], hiddenRelationTypes: [], hiddenStatuses: [] };
}

/** A view of the given entities with nothing hidden. */
export function initialView(nodeIds: string[], layout: LayoutName = 'fcose'): ViewState {
  return { nodeIds: [...nodeIds], hiddenIds: [], filters: noFilters(), layout };
}

/** Adds entities to the view (and un-hides them), keeping the order of those already there. */
export function addNodes(view: ViewState, ids: readonly string[]): ViewState {
  const present = new Set(view.nodeIds);
  const fresh = ids.filter((id) => !present.has(id));
  const unhide = new Set(ids);
  return {
    ...view,
    nodeIds: [...view.nodeIds, ...new Set(fresh)],
    hiddenIds: view.hiddenIds.filter((id) => !unhide.has(id)),
  };
}

/** Options of one expansion: which relation types to follow and how many neighbours at most. */
export interface ExpandOptions {
  relationTypes: RelationType[];
  cap: number;
}

/** What an expansion did: the new view, the entities it added and how many are left. */
export interface Expansion {
  view: ViewState;
  added: string[];
  remaining: number;
}

/**
 * Adds at most `cap` neighbours of `parentId` that are not visible yet, most connected first,
 * so a hub never floods the canvas; `remaining` says how many a "show more" would add next.
 */
export function expandView(
  view: ViewState,
  cache: GraphCache,
  parentId: string,
  options: ExpandOptions,
): Expansion {
  const visible = new Set(view.nodeIds.filter((id) => !view.hiddenIds.includes(id)));
  const hiddenTypes = new Set(view.filters.hiddenEntityTypes);
  const candidates = neighbourEntities(cache, parentId, options.relationTypes)
    .filter((e) => !visible.has(e.id) && !hiddenTypes.has(e.type))
    .map((e) => e.id);
  const added = candidates.slice(0, Math.max(0, options.cap));
  const withParent = addNodes(view, [parentId]);
  return { view: addNodes(withParent, added), added, remaining: candidates.length - added.length };
}

/**
 * Removes the neighbours of `parentId` that hang only on it (no other relation to an entity in
 * the view), the inverse of an expansion that leaves the rest of the picture alone.
 */
export function collapseView(view: ViewState, cache: GraphCache, parentId: string): ViewState {
  const inView = new Set(view.nodeIds);
  const leaves = new Set<string>();
  for (const neighbour of neighbourEntities(cache, parentId)) {
    if (!inView.has(neighbour.id)) continue;
    const anchored = relationsAt(cache, neighbour.id).some((r) => {
      const other = otherEnd(r, neighbour.id);
      return other !== parentId && other !== neighbour.id && inView.has(other);
    });
    if (!anchored) leaves.add(neighbour.id);
  }
  return removeNodes(view, [...leaves]);
}

/** Takes entities off the view entirely (they are no longer loaded). */
export function removeNodes(view: ViewState, ids: readonly string[]): ViewState {
  const gone = new Set(ids);
  return {
    ...view,
    nodeIds: view.nodeIds.filter((id) => !gone.has(id)),
    hiddenIds: view.hiddenIds.filter((id) => !gone.has(id)),
    ...(view.grouped ? { grouped: view.grouped.filter((id) => !gone.has(id)) } : {}),
  };
}

/** Hides loaded entities; they stay loaded so "show hidden" brings them back in place. */
export function hideNodes(view: ViewState, ids: readonly string[]): ViewState {
  const loaded = new Set(view.nodeIds);
  const hidden = new Set(view.hiddenIds);
  for (const id of ids) if (loaded.has(id)) hidden.add(id);
  return { ...view, hiddenIds: view.nodeIds.filter((id) => hidden.has(id)) };
}

/** Shows every hidden entity again. */
export function showHidden(view: ViewState): ViewState {
  return { ...view, hiddenIds: [] };
}

/** Clears the canvas down to one entity, to explore outward from it. */
export function isolate(view: ViewState, id: string): ViewState {
  return { ...view, nodeIds: [id], hiddenIds: [], grouped: [] };
}

/** Replaces the filters. */
export function withFilters(view: ViewState, filters: Filters): ViewState {
  return { ...view, filters };
}

/** Adds `item` to the list when absent, removes it when present. */
export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Two views show the same thing (order of ids aside). */
export function sameView(a: ViewState, b: ViewState): boolean {
  const norm = (v: ViewState) =>
    JSON.stringify({
      n: [...v.nodeIds].sort(),
      h: [...v.hiddenIds].sort(),
      t: [...v.filters.hiddenEntityTypes].sort(),
      r: [...v.filters.hiddenRelationTypes].sort(),
      s: [...v.filters.hiddenStatuses].sort(),
      l: v.layout,
      g: [...(v.grouped ?? [])].sort(),
    });
  return norm(a) === norm(b);
}
