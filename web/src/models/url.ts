import { isLayoutName, type LayoutName } from './layouts';
import { noFilters, type Filters, type ViewState } from './view';
import {
  ENTITY_TYPES,
  RELATION_STATUSES,
  RELATION_TYPES,
  type EntityType,
  type RelationStatus,
  type RelationType,
  type Selection,
} from './types';

/** A path the user asked for, kept in the link. */
export interface PathRequest {
  from: string;
  to: string;
  avoidCountries: boolean;
  avoidHubs: boolean;
}

/** Everything a shared link restores. */
export interface UrlState {
  view: ViewState;
  selection: Selection;
  path: PathRequest | null;
}

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);
const known = <T extends string>(values: readonly T[], items: string[]): T[] =>
  items.filter((x): x is T => (values as readonly string[]).includes(x));

/**
 * Writes the view as query parameters. Loaded entities are written as a list (`nodes`), or, when
 * most of the graph is loaded, as what is missing from it (`without`), whichever is shorter;
 * nothing at all when the whole graph is shown. Relations are not listed: they follow from the
 * entities and the filters.
 */
export function encodeUrlState(
  state: UrlState,
  allIds: readonly string[],
  defaultLayout: LayoutName,
): string {
  const params = new URLSearchParams();
  const { view, selection, path } = state;
  const loaded = new Set(view.nodeIds);
  const missing = allIds.filter((id) => !loaded.has(id));
  const extra = view.nodeIds.filter((id) => !allIds.includes(id));
  if (missing.length > 0 || extra.length > 0) {
    const nodes = view.nodeIds.join(',');
    const without = missing.join(',');
    if (extra.length === 0 && without.length < nodes.length) params.set('without', without);
    else params.set('nodes', nodes);
  }
  if (view.hiddenIds.length) params.set('hidden', view.hiddenIds.join(','));
  if (view.grouped?.length) params.set('groups', view.grouped.join(','));
  const f = view.filters;
  if (f.hiddenEntityTypes.length) params.set('noTypes', f.hiddenEntityTypes.join(','));
  if (f.hiddenRelationTypes.length) params.set('noRelations', f.hiddenRelationTypes.join(','));
  if (f.hiddenStatuses.length) params.set('noStatuses', f.hiddenStatuses.join(','));
  if (view.layout !== defaultLayout) params.set('layout', view.layout);
  if (selection) params.set(selection.kind === 'entity' ? 'focus' : 'relation', selection.id);
  if (path) {
    params.set('path', `${path.from},${path.to}`);
    const avoid = [path.avoidCountries ? 'countries' : '', path.avoidHubs ? 'hubs' : ''].filter(Boolean);
    if (avoid.length) params.set('avoid', avoid.join(','));
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** Reads query parameters back; unknown types and layouts are dropped, not trusted. */
export function decodeUrlState(
  search: string,
  allIds: readonly string[],
  defaultLayout: LayoutName,
): UrlState {
  const params = new URLSearchParams(search);
  const without = new Set(list(params.get('without')));
  const nodeIds = params.has('nodes') ? list(params.get('nodes')) : allIds.filter((id) => !without.has(id));
  const loaded = new Set(nodeIds);
  const filters: Filters = {
    ...noFilters(),
    hiddenEntityTypes: known<EntityType>(ENTITY_TYPES, list(params.get('noTypes'))),
    hiddenRelationTypes: known<RelationType>(RELATION_TYPES, list(params.get('noRelations'))),
    hiddenStatuses: known<RelationStatus>(RELATION_STATUSES, list(params.get('noStatuses'))),
  };
  const layoutParam = params.get('layout') ?? '';
  const view: ViewState = {
    nodeIds,
    hiddenIds: list(params.get('hidden')).filter((id) => loaded.has(id)),
    filters,
    layout: isLayoutName(layoutParam) ? layoutParam : defaultLayout,
  };
  const grouped = list(params.get('groups')).filter((id) => loaded.has(id));
  if (grouped.length) view.grouped = grouped;
  const focus = params.get('focus');
  const relation = params.get('relation');
  const selection: Selection = focus
    ? { kind: 'entity', id: focus }
    : relation
      ? { kind: 'relation', id: relation }
      : null;
  const [from, to] = list(params.get('path'));
  const avoid = list(params.get('avoid'));
  const path =
    from && to
      ? { from, to, avoidCountries: avoid.includes('countries'), avoidHubs: avoid.includes('hubs') }
      : null;
  return { view, selection, path };
}

/**
 * The entities a link names (on the canvas, selected, or a path's ends), at most `max`: a large
 * graph's overview may not hold them, so they are fetched with it.
 */
export function idsNamedBy(search: string, max: number): string[] {
  const asked = decodeUrlState(search, [], 'fcose');
  const selected = asked.selection?.kind === 'entity' ? [asked.selection.id] : [];
  const ends = asked.path ? [asked.path.from, asked.path.to] : [];
  return [...new Set([...asked.view.nodeIds, ...selected, ...ends])].slice(0, max);
}
