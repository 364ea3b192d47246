import { relationsAt } from './adjacency';
import { TYPE_STYLES } from './palette';
import type { EntityType, GraphCache, RelationType } from './types';

/** Above this many relations, expanding an entity shows its neighbours as groups. */
export const GROUP_THRESHOLD = 40;
/** Most group nodes drawn around one hub; smaller groups are summed up in one more node. */
export const MAX_GROUP_NODES = 7;
/** Neighbours a group adds to the canvas at a time. */
export const GROUP_PAGE = 50;
/** The API's largest page of a group. */
export const MAX_GROUP_PAGE = 200;

/** Neighbours of a hub sharing a relation type, a direction and an entity type. */
export interface NeighborGroup {
  hubId: string;
  relationType: RelationType;
  /** OUTGOING: the hub is the relations' `from`. */
  direction: 'OUTGOING' | 'INCOMING';
  entityType: EntityType;
  count: number;
}

/** A stable key for a group (also the id of its node on the canvas). */
export function groupKey(g: Omit<NeighborGroup, 'count'>): string {
  return `group:${g.hubId}:${g.direction}:${g.relationType}:${g.entityType}`;
}

const words = (type: RelationType) => type.toLowerCase().replace(/_/g, ' ');

/** The group as a sentence, e.g. "812 Person → member of → Acme" or "Acme → leads → 3 Person". */
export function groupSentence(g: NeighborGroup, hubName: string, count = g.count): string {
  const them = `${count.toLocaleString('en-US')} ${TYPE_STYLES[g.entityType].label}`;
  return g.direction === 'INCOMING'
    ? `${them} → ${words(g.relationType)} → ${hubName}`
    : `${hubName} → ${words(g.relationType)} → ${them}`;
}

/** The short label of a group node: "+812 Person" over "via member of". */
export function groupLabel(g: NeighborGroup, remaining: number): string {
  return `+${remaining.toLocaleString('en-US')} ${TYPE_STYLES[g.entityType].label}\nvia ${words(g.relationType)}`;
}

/** Whether a cached relation at the hub belongs to the group, and the neighbour it reaches. */
function memberOf(g: NeighborGroup, cache: GraphCache, r: { from: string; to: string; type: RelationType }) {
  if (r.type !== g.relationType) return null;
  const outgoing = r.from === g.hubId;
  if (outgoing !== (g.direction === 'OUTGOING')) return null;
  const other = outgoing ? r.to : r.from;
  if (other === g.hubId) return null;
  return cache.entities[other]?.type === g.entityType ? other : null;
}

/** The group's neighbours that are on the canvas (visible), by the cached relations. */
export function shownMembers(g: NeighborGroup, cache: GraphCache, visible: ReadonlySet<string>): Set<string> {
  const shown = new Set<string>();
  for (const r of relationsAt(cache, g.hubId)) {
    const other = memberOf(g, cache, r);
    if (other && visible.has(other)) shown.add(other);
  }
  return shown;
}

/** How many of the group's neighbours are not on the canvas. */
export function remainingOf(g: NeighborGroup, cache: GraphCache, visible: ReadonlySet<string>): number {
  return Math.max(0, g.count - shownMembers(g, cache, visible).size);
}

/** A node on the canvas standing for neighbours not shown: one group, or the sum of the rest. */
export interface GroupSummary {
  id: string;
  hubId: string;
  /** The group it opens; null for the node summing up the smaller groups. */
  group: NeighborGroup | null;
  remaining: number;
  label: string;
}

/**
 * The group nodes to draw around each grouped hub on the canvas: its largest groups that still
 * have neighbours off the canvas, and one node summing up the rest, so a hub with hundreds of
 * groups still adds at most MAX_GROUP_NODES + 1 nodes.
 */
export function groupSummaries(
  hubs: readonly string[],
  groupsByHub: Readonly<Record<string, readonly NeighborGroup[]>>,
  cache: GraphCache,
  visible: ReadonlySet<string>,
  max = MAX_GROUP_NODES,
): GroupSummary[] {
  const out: GroupSummary[] = [];
  for (const hubId of hubs) {
    if (!visible.has(hubId)) continue;
    const open = (groupsByHub[hubId] ?? [])
      .map((group) => ({ group, remaining: remainingOf(group, cache, visible) }))
      .filter((g) => g.remaining > 0)
      .sort((a, b) => b.remaining - a.remaining || groupKey(a.group).localeCompare(groupKey(b.group)));
    for (const { group, remaining } of open.slice(0, max)) {
      out.push({ id: groupKey(group), hubId, group, remaining, label: groupLabel(group, remaining) });
    }
    const rest = open.slice(max);
    if (rest.length > 0) {
      const remaining = rest.reduce((sum, g) => sum + g.remaining, 0);
      out.push({
        id: `group:${hubId}:rest`,
        hubId,
        group: null,
        remaining,
        label: `+${remaining.toLocaleString('en-US')} more\nin ${rest.length} smaller groups`,
      });
    }
  }
  return out;
}

/** The next `n` neighbours to show from a group's fetched members (in the group's order). */
export function nextMembers(fetched: readonly string[], visible: ReadonlySet<string>, n: number): string[] {
  return fetched.filter((id) => !visible.has(id)).slice(0, n);
}
