import { orderColumns } from './columnOrder';
import { removeOverlaps, type NodeBox } from './compact';
import { RELATION_TYPES, type Point, type RelationType } from './types';
import { noFilters, type ViewState } from './view';

/** The truce whose bargain the trade-off view tells. */
export const TRADEOFF_EVENT_ID = 'us-china-trade-truce';

/** The relations that tell who gave what for what; the view hides every other type. */
export const TRADEOFF_RELATION_TYPES: RelationType[] = [
  'CONCEDED',
  'PART_OF',
  'TRADED_FOR',
  'CONDITIONAL_ON',
];

/** The little the trade-off needs to know of a relation. */
export interface Link {
  from: string;
  to: string;
  type: RelationType;
}

/** Who is who in a bargain: the two sides, what each conceded, the event, what was bought. */
export interface TradeoffRoles {
  /** The side drawn on the left (whose concessions were traded for the other's) and the right. */
  left: string | null;
  right: string | null;
  leftColumn: string[];
  rightColumn: string[];
  event: string | null;
  /** Everything else on the canvas, drawn in rows below. */
  others: string[];
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ids of the trade-off story in a neighbourhood of the truce: the truce, the concessions that
 * are part of it, the sides that conceded them and whatever a concession was traded for. The
 * neighbourhood also reaches what the truce itself is part of (the summit, the trade war),
 * which is not part of the bargain and is left out.
 */
export function tradeoffStory(links: readonly Link[], eventId: string = TRADEOFF_EVENT_ID): string[] {
  const conceded = links.filter((l) => l.type === 'CONCEDED');
  const inTruce = new Set(links.filter((l) => l.type === 'PART_OF' && l.to === eventId).map((l) => l.from));
  const concessions = new Set(conceded.map((l) => l.to).filter((id) => inTruce.has(id)));
  const sides = conceded.filter((l) => concessions.has(l.to)).map((l) => l.from);
  const bought = links.filter((l) => l.type === 'TRADED_FOR' && concessions.has(l.from)).map((l) => l.to);
  return [...new Set([eventId, ...sides, ...concessions, ...bought])].sort(byId);
}

/** The view of the story: those entities, only the bargain's relation types, the trade-off layout. */
export function tradeoffView(ids: readonly string[]): ViewState {
  return {
    nodeIds: [...ids],
    hiddenIds: [],
    filters: {
      ...noFilters(),
      hiddenRelationTypes: RELATION_TYPES.filter((t) => !TRADEOFF_RELATION_TYPES.includes(t)),
    },
    layout: 'tradeoff',
  };
}

/** Orders `ids` by the mean rank of their partners in `other` (the barycentre heuristic). */
function byBarycentre(ids: string[], other: string[], partners: Map<string, string[]>): string[] {
  const rank = new Map(other.map((id, i) => [id, i]));
  const score = (id: string, i: number) => {
    const ranks = (partners.get(id) ?? []).map((p) => rank.get(p)).filter((r) => r !== undefined);
    return ranks.length ? ranks.reduce((s, r) => s + r, 0) / ranks.length : i;
  };
  return ids
    .map((id, i) => ({ id, s: score(id, i) }))
    .sort((a, b) => a.s - b.s || byId(a.id, b.id))
    .map((x) => x.id);
}

/**
 * Finds the roles in the entities on the canvas. The sides are the sources of CONCEDED; the
 * one whose concessions were traded for the other's goes left, so "traded for" reads left to
 * right. What a concession bought that no side conceded joins the column it was bought from
 * the other side. Columns are ordered so that the arrows between them cross as little as
 * possible, ties by id: the same canvas always gets the same picture.
 */
export function tradeoffRoles(ids: readonly string[], links: readonly Link[]): TradeoffRoles {
  const present = new Set(ids);
  const inside = links.filter((l) => present.has(l.from) && present.has(l.to)).slice();
  inside.sort((a, b) => byId(`${a.type}:${a.from}:${a.to}`, `${b.type}:${b.from}:${b.to}`));
  const sideOf = new Map<string, string>();
  for (const l of inside) if (l.type === 'CONCEDED' && !sideOf.has(l.to)) sideOf.set(l.to, l.from);
  const traded = inside.filter((l) => l.type === 'TRADED_FOR');
  const score = new Map<string, number>();
  for (const l of traded) {
    const from = sideOf.get(l.from);
    const to = sideOf.get(l.to);
    if (from) score.set(from, (score.get(from) ?? 0) + 1);
    if (to) score.set(to, (score.get(to) ?? 0) - 1);
  }
  const sides = [...new Set(sideOf.values())].sort(
    (a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || byId(a, b),
  );
  const [left = null, right = null] = sides;
  const column = (side: string | null) =>
    [...sideOf.entries()]
      .filter(([, s]) => s === side)
      .map(([c]) => c)
      .sort(byId);
  let leftColumn = column(left);
  let rightColumn = column(right);
  const placed = new Set<string>([
    ...leftColumn,
    ...rightColumn,
    ...(left ? [left] : []),
    ...(right ? [right] : []),
  ]);
  const partOf = new Map<string, number>();
  for (const l of inside)
    if (l.type === 'PART_OF' && sideOf.has(l.from) && !placed.has(l.to))
      partOf.set(l.to, (partOf.get(l.to) ?? 0) + 1);
  const event = [...partOf.entries()].sort((a, b) => b[1] - a[1] || byId(a[0], b[0]))[0]?.[0] ?? null;
  if (event) placed.add(event);
  for (const l of traded) {
    if (placed.has(l.to)) continue;
    if (leftColumn.includes(l.from)) rightColumn = [...rightColumn, l.to];
    else if (rightColumn.includes(l.from)) leftColumn = [...leftColumn, l.to];
    else continue;
    placed.add(l.to);
  }
  const partners = new Map<string, string[]>();
  for (const l of inside) {
    if (l.type !== 'TRADED_FOR' && l.type !== 'CONDITIONAL_ON') continue;
    partners.set(l.from, [...(partners.get(l.from) ?? []), l.to]);
    partners.set(l.to, [...(partners.get(l.to) ?? []), l.from]);
  }
  for (let round = 0; round < 4; round++) {
    rightColumn = byBarycentre(rightColumn, leftColumn, partners);
    leftColumn = byBarycentre(leftColumn, rightColumn, partners);
  }
  ({ left: leftColumn, right: rightColumn } = orderColumns(leftColumn, rightColumn, inside));
  const others = ids.filter((id) => !placed.has(id)).sort(byId);
  return { left, right, leftColumn, rightColumn, event, others };
}

/**
 * The entities outside the bargain as one block below it, keeping the arrangement a force layout
 * gave them (related entities together), with label overlaps removed, centred under the picture
 * and starting at `top`. Rows in id order would scatter the relations among them across the page.
 */
function blockBelow(
  ids: readonly string[],
  box: ReadonlyMap<string, NodeBox>,
  at: Readonly<Record<string, Point>>,
  top: number,
): Record<string, Point> {
  const placed = removeOverlaps(
    ids.map((id) => {
      const b = box.get(id) ?? { id, x: 0, y: 0, left: 0, right: 0, top: 0, bottom: 0 };
      return { ...b, x: at[id]?.x ?? b.x, y: at[id]?.y ?? b.y };
    }),
    { gap: 10 },
  );
  const minY = Math.min(...placed.map((b) => b.y + b.top));
  const minX = Math.min(...placed.map((b) => b.x + b.left));
  const maxX = Math.max(...placed.map((b) => b.x + b.right));
  const dx = -(minX + maxX) / 2;
  const dy = top - minY;
  return Object.fromEntries(placed.map((b) => [b.id, { x: b.x + dx, y: b.y + dy }]));
}

/** Spacing of the trade-off picture, in canvas pixels at zoom 1. */
export interface TradeoffSpacing {
  /** Clear space between the two columns, where the "traded for" arrows run. */
  middle: number;
  /** Clear space between a side and its column. */
  side: number;
  /** Vertical space between two entities of a column. */
  row: number;
}

const SPACING: TradeoffSpacing = { middle: 300, side: 150, row: 34 };

/**
 * Positions for the trade-off: the left side at the far left, its concessions in a column to
 * its right, the other side's concessions in a column beyond a wide middle for the arrows
 * between them, that side at the far right, and the event centred below. Boxes give each
 * entity's extent with its label, so columns stack without overlap.
 */
export function tradeoffLayout(
  boxes: readonly NodeBox[],
  links: readonly Link[],
  spacing: TradeoffSpacing = SPACING,
  othersAt?: Readonly<Record<string, Point>>,
): Record<string, Point> {
  const box = new Map(boxes.map((b) => [b.id, b]));
  const roles = tradeoffRoles(
    boxes.map((b) => b.id),
    links,
  );
  const width = (ids: string[]) =>
    Math.max(0, ...ids.map((id) => (box.get(id)?.right ?? 0) - (box.get(id)?.left ?? 0)));
  const height = (id: string) => (box.get(id)?.bottom ?? 0) - (box.get(id)?.top ?? 0);
  const out: Record<string, Point> = {};
  const stack = (ids: string[], x: number) => {
    const total = ids.reduce((s, id) => s + height(id), 0) + spacing.row * Math.max(0, ids.length - 1);
    let top = -total / 2;
    for (const id of ids) {
      out[id] = { x, y: top - (box.get(id)?.top ?? 0) };
      top += height(id) + spacing.row;
    }
    return total / 2;
  };
  const columnX = (spacing.middle + Math.max(width(roles.leftColumn), width(roles.rightColumn))) / 2;
  const sideX = columnX + Math.max(width(roles.leftColumn), width(roles.rightColumn)) / 2 + spacing.side;
  const half = Math.max(stack(roles.leftColumn, -columnX), stack(roles.rightColumn, columnX));
  if (roles.left) out[roles.left] = { x: -sideX, y: 0 };
  if (roles.right) out[roles.right] = { x: sideX, y: 0 };
  let bottom = half;
  if (roles.event) {
    const e = box.get(roles.event);
    out[roles.event] = { x: 0, y: half + spacing.row * 2.5 - (e?.top ?? 0) };
    bottom = half + spacing.row * 2.5 + height(roles.event);
  }
  if (othersAt && roles.others.length > 1) {
    Object.assign(out, blockBelow(roles.others, box, othersAt, bottom + spacing.row * 3));
    return out;
  }
  // Anything else: rows under the picture, as wide as it.
  const rowWidth = 2 * sideX;
  let x = -sideX;
  let y = bottom + spacing.row * 2;
  let rowHeight = 0;
  for (const id of roles.others) {
    const w = width([id]) + spacing.row;
    if (x + w > sideX && x > -sideX) {
      x = -sideX;
      y += rowHeight + spacing.row;
      rowHeight = 0;
    }
    out[id] = {
      x: x + w / 2 - ((box.get(id)?.left ?? 0) + (box.get(id)?.right ?? 0)) / 2,
      y: y - (box.get(id)?.top ?? 0),
    };
    x += Math.min(w, rowWidth);
    rowHeight = Math.max(rowHeight, height(id));
  }
  return out;
}
