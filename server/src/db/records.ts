import neo4j from 'neo4j-driver';
import type { EntityType, RelationStatus, RelationType, SourceKind } from '@trade-truce/vocabulary';

/** An entity as the API serves it. */
export interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  /**
   * Absent when there are none in a bulk-imported graph (neo4j-admin import stores no empty
   * list; the Cypher loader stores []): the API serves both as [] (schema/entity.ts).
   */
  aliases?: string[] | null;
  description: string;
  sourceIds: string[];
  degree: number;
}

/** A relation as the API serves it; `fromId`/`toId` keep the stored direction. */
export interface RelationRow {
  id: string;
  type: RelationType;
  fromId: string;
  toId: string;
  status: RelationStatus;
  date?: string;
  start?: string;
  end?: string;
  summary: string;
  sourceIds: string[];
  citedVia?: string;
  quote?: string;
  quoteSpeakerId?: string;
  /** How the cited outlet describes the unnamed people the fact rests on, in the article's words. */
  anonymousSource?: string;
  /**
   * The endpoints as read with the relation (relation listings return them): a reload between
   * this read and a later one of the same request cannot leave the relation without its ends.
   */
  from?: EntityRow | null;
  to?: EntityRow | null;
}

/** A source as the API serves it. */
export interface SourceRow {
  id: string;
  title: string;
  publisher: string;
  published?: string;
  kind: SourceKind;
  url?: string;
}

/**
 * Nodes and edges of a subgraph; `truncated` says a limit cut it. `total` is how many entities
 * matched in all when the query counted them (null when the limit stopped it early), and
 * `totalAtLeast` a lower bound that is always known.
 */
export interface SubgraphRows {
  nodes: EntityRow[];
  edges: RelationRow[];
  truncated: boolean;
  total: number | null;
  totalAtLeast: number;
  /** Relations among `nodes` that a cap on the answer's size left out of `edges` (0 if absent). */
  hiddenEdges?: number;
}

const TEMPORAL = [
  neo4j.isDate,
  neo4j.isDateTime,
  neo4j.isLocalDateTime,
  neo4j.isTime,
  neo4j.isLocalTime,
  neo4j.isDuration,
] as const;

/** A map the driver built for a Cypher map (its own prototype marks a driver value instead). */
function isPlainMap(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Converts driver values into plain JSON: Integers to numbers, temporal values to ISO strings,
 * nested lists and maps recursively. No `{low, high}` ever reaches a response.
 *
 * Copy on write: a list or map is copied only when something inside it changes. The driver
 * already hands out plain numbers (disableLosslessIntegers) and we store dates as text, so an
 * answer of thousands of maps usually comes back as it came in, without a copy of each map to
 * build and collect (profiled under `npm run bench`: the copies cost more than the conversions).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      const plain = toPlain(item);
      if (plain !== item) (copy ??= value.slice())[i] = plain;
    }
    return copy ?? value;
  }
  if (isPlainMap(value)) {
    let copy: Record<string, unknown> | undefined;
    // for-in: no array of keys per map; a map the driver built has no inherited keys.
    for (const key in value) {
      const item = value[key];
      const plain = toPlain(item);
      if (plain !== item) (copy ??= { ...value })[key] = plain;
    }
    return copy ?? value;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (TEMPORAL.some((isTemporal) => isTemporal(value))) return String(value);
  // Another driver object (a node, say): its own fields as a plain map.
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
}

/**
 * Drops rows deleted while the query read them (a reload): Neo4j reads committed data, so such a
 * node or relationship can come back without its properties. It is gone, so it is not listed.
 */
export function whole<T extends { id: string }>(items: T[]): T[] {
  return items.filter((item) => typeof item.id === 'string');
}

/**
 * Keeps the first item of each id, in order (paths and levels can meet the same node twice),
 * and drops items deleted as they were read (see `whole`).
 */
export function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return whole(items).filter((item) => !seen.has(item.id) && Boolean(seen.add(item.id)));
}

/** Reads a subgraph record (`nodes`, `edges`, `truncated`) into rows, de-duplicated by id. */
export function toSubgraph(record: Record<string, unknown> | undefined): SubgraphRows {
  if (!record) return { nodes: [], edges: [], truncated: false, total: 0, totalAtLeast: 0 };
  const nodes = uniqueById((record.nodes as EntityRow[] | null) ?? []);
  const truncated = Boolean(record.truncated);
  // Queries that do not count report what they hold: exact unless the limit cut it.
  const total = 'total' in record ? (record.total as number | null) : truncated ? null : nodes.length;
  return {
    nodes,
    edges: uniqueById((record.edges as RelationRow[] | null) ?? []),
    truncated,
    total,
    totalAtLeast: Number(record.totalAtLeast ?? (truncated ? nodes.length + 1 : nodes.length)),
  };
}
