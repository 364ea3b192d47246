import { TYPE_STYLES } from './palette';
import type { EntityData, EntityType } from './types';

/** Size of the start view of a large graph: readable at a glance, laid out in a blink. */
export const OVERVIEW_SIZE = 150;
/** The most entities the explorer loads onto the canvas at once (the API's overview limit). */
export const MAX_VIEW = 5000;

/** What the whole graph holds, as the overview reports it. */
export interface OverviewTotals {
  entities: number;
  relations: number;
  entityTypes: Array<{ type: EntityType; total: number }>;
  /**
   * Relations among the overview's own entities that the API left out to keep it small (it
   * returns about four per entity, each entity's links to the most connected first).
   */
  hiddenEdges?: number;
}

/** How much of the whole graph a view shows, overall and per entity type. */
export interface Coverage {
  partial: boolean;
  shown: number;
  total: number;
  relationsShown: number;
  relationsTotal: number;
  /** Per type, most left out first; only types with something left out. */
  missing: Array<{ type: EntityType; total: number; shown: number; missing: number }>;
}

/** Compares what the canvas shows with the whole graph's totals. */
export function coverage(
  totals: OverviewTotals,
  nodes: readonly EntityData[],
  relationsShown: number,
): Coverage {
  const shownByType = new Map<EntityType, number>();
  for (const n of nodes) shownByType.set(n.type, (shownByType.get(n.type) ?? 0) + 1);
  const missing = totals.entityTypes
    .map((t) => {
      const shown = Math.min(t.total, shownByType.get(t.type) ?? 0);
      return { type: t.type, total: t.total, shown, missing: t.total - shown };
    })
    .filter((t) => t.missing > 0)
    .sort((a, b) => b.missing - a.missing || a.type.localeCompare(b.type));
  const shown = Math.min(nodes.length, totals.entities);
  return {
    partial: shown < totals.entities,
    shown,
    total: totals.entities,
    relationsShown: Math.min(relationsShown, totals.relations),
    relationsTotal: totals.relations,
    missing,
  };
}

const n = (x: number) => x.toLocaleString('en-US');

/** "150 of 5,000 entities and 554 of 20,000 relations shown" (or the whole graph's size). */
export function coverageSentence(c: Coverage): string {
  if (!c.partial) return `The whole graph: ${n(c.total)} entities and ${n(c.relationsTotal)} relations.`;
  return `${n(c.shown)} of ${n(c.total)} entities and ${n(c.relationsShown)} of ${n(c.relationsTotal)} relations shown.`;
}

/** "1,234 relations among these entities are not drawn ..." when the overview left some out. */
export function hiddenEdgesSentence(totals: OverviewTotals): string {
  const hidden = totals.hiddenEdges ?? 0;
  if (hidden <= 0) return '';
  const which = hidden === 1 ? 'relation among these entities is' : 'relations among these entities are';
  return `${n(hidden)} more ${which} not drawn (each entity's links to the most connected are).`;
}

/** "2,000 Person, 1,300 Organization and 3 more types" for the types left out. */
export function missingByType(c: Coverage, max = 4): string {
  const parts = c.missing.slice(0, max).map((t) => `${n(t.missing)} ${TYPE_STYLES[t.type].label}`);
  const more = c.missing.length - max;
  if (more > 0) parts.push(`${more} more ${more === 1 ? 'type' : 'types'}`);
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
    : (parts[0] ?? '');
}

/**
 * Larger views to offer from a partial one: the next steps of the top-N ladder that add
 * something, ending with the whole graph when it fits on the canvas.
 */
export function widerViews(total: number, shown: number): number[] {
  const ladder = [500, 2000, MAX_VIEW].filter((size) => size > shown && size < total);
  if (total <= MAX_VIEW && total > shown) ladder.push(total);
  return ladder.slice(0, 3);
}

/**
 * The largest top-N of the ranking (most connected first) that a view holds whole, so a link can
 * say `top=N` and list only what differs from it instead of thousands of ids; 0 when none does.
 * Candidates are the sizes "show more" offers, and the whole graph when it fits.
 */
export function topReference(ranked: readonly string[], nodeIds: readonly string[], total: number): number {
  const shown = new Set(nodeIds);
  const sizes = [...new Set([...(total <= MAX_VIEW ? [total] : []), MAX_VIEW, 2000, 500])].sort(
    (a, b) => b - a,
  );
  for (const size of sizes) {
    if (size <= OVERVIEW_SIZE || size > ranked.length) continue;
    if (ranked.slice(0, size).every((id) => shown.has(id))) return size;
  }
  return 0;
}

/** The `top` a link asks for (see topReference), or 0. */
export function topParam(search: string): number {
  const value = Number(new URLSearchParams(search).get('top'));
  return Number.isInteger(value) && value > 0 && value <= MAX_VIEW ? value : 0;
}
