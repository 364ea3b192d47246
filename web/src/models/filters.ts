import { inRange, type TimeRange } from './timeline';
import type { ViewState } from './view';
import type { EntityData, EntityType, GraphCache, RelationData, RelationStatus } from './types';

/** The elements the canvas and the table draw. */
export interface VisibleGraph {
  nodes: EntityData[];
  edges: RelationData[];
}

/**
 * Graphs already derived, by cache, view and time range. The canvas, the table, the banner, the
 * legend and others each ask for the same view's graph when it changes: at 5,000 entities and
 * 20,000 relations each asking took tens of milliseconds, together a few hundred in the click
 * that shows them. Both are immutable (a change makes a new object), so their identity is the key.
 */
const derived = new WeakMap<GraphCache, WeakMap<ViewState, Map<string, VisibleGraph>>>();

/**
 * Applies a view to the cache: loaded entities minus hidden ones and filtered types, and every
 * cached relation between two of them whose type and status pass the filters. Relations are
 * derived, never listed, so a link restores them from the entity ids alone. A time range, when
 * given, hides dated relations outside it; undated ones stay. Callers share the result: read it,
 * never change it.
 */
export function visibleGraph(cache: GraphCache, view: ViewState, time?: TimeRange): VisibleGraph {
  const key = time && (time.from || time.to) ? `${time.from ?? ''}..${time.to ?? ''}` : '';
  let byView = derived.get(cache);
  if (!byView) derived.set(cache, (byView = new WeakMap()));
  let byTime = byView.get(view);
  if (!byTime) byView.set(view, (byTime = new Map()));
  const known = byTime.get(key);
  if (known) return known;
  const graph = deriveGraph(cache, view, key ? time : undefined);
  byTime.set(key, graph);
  return graph;
}

function deriveGraph(cache: GraphCache, view: ViewState, time?: TimeRange): VisibleGraph {
  const hidden = new Set(view.hiddenIds);
  const hiddenTypes = new Set(view.filters.hiddenEntityTypes);
  const nodes = view.nodeIds
    .map((id) => cache.entities[id])
    .filter((e): e is EntityData => e !== undefined && !hidden.has(e.id) && !hiddenTypes.has(e.type));
  const ids = new Set(nodes.map((n) => n.id));
  const hiddenRelations = new Set(view.filters.hiddenRelationTypes);
  const hiddenStatuses = new Set(view.filters.hiddenStatuses);
  const edges = Object.values(cache.relations).filter(
    (r) =>
      ids.has(r.from) &&
      ids.has(r.to) &&
      !hiddenRelations.has(r.type) &&
      !hiddenStatuses.has(r.status) &&
      (!time || inRange(r, time)),
  );
  return { nodes, edges };
}

/** How many loaded entities the current filters and hiding keep off the canvas. */
export function filteredOutCount(cache: GraphCache, view: ViewState): number {
  return view.nodeIds.length - visibleGraph(cache, view).nodes.length;
}

/** Whether any filter is switched on. */
export function hasActiveFilters(view: ViewState): boolean {
  const f = view.filters;
  return f.hiddenEntityTypes.length + f.hiddenRelationTypes.length + f.hiddenStatuses.length > 0;
}

/** What the legend counts beside each entity type and each status. */
export interface LegendCounts {
  byType: Map<EntityType, number>;
  byStatus: Map<RelationStatus, number>;
}

/**
 * Counts of what the canvas shows. Each count ignores its own filter, so a switched-off type
 * or status still says how many it keeps off the canvas: entities on the canvas by type (hidden
 * ones left out), and relations drawn between the entities on the canvas by status.
 */
export function legendCounts(cache: GraphCache, view: ViewState): LegendCounts {
  const byType = new Map<EntityType, number>();
  const hidden = new Set(view.hiddenIds);
  for (const id of view.nodeIds) {
    const e = cache.entities[id];
    if (e && !hidden.has(id)) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  }
  const everyStatus = { ...view, filters: { ...view.filters, hiddenStatuses: [] } };
  const byStatus = new Map<RelationStatus, number>();
  for (const r of visibleGraph(cache, everyStatus).edges)
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
  return { byType, byStatus };
}
