/**
 * The explorer's own shapes for the graph, independent of GraphQL and Cytoscape, so every rule
 * about what is shown can be tested as plain data.
 */

export const ENTITY_TYPES = [
  'Person',
  'Agency',
  'Country',
  'Organization',
  'Group',
  'MediaOutlet',
  'ThreatActor',
  'Resource',
  'Sector',
  'Infrastructure',
  'Policy',
  'Event',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'SANCTIONED',
  'HACKED',
  'EAVESDROPPED_ON',
  'TARGETED',
  'EXPLOITED',
  'ATTRIBUTED_TO',
  'SUPPORTED',
  'DIRECTS',
  'LEADS',
  'MEMBER_OF',
  'PARTICIPATED_IN',
  'MET_WITH',
  'CONCEDED',
  'TRADED_FOR',
  'PART_OF',
  'CONDITIONAL_ON',
  'PRODUCES',
  'DEPENDS_ON',
  'RESTRICTED',
  'LEVERAGED',
  'PRESSURED',
  'CRITICIZED',
  'WARNED_ABOUT',
  'DEFENDED',
  'INSTRUCTED',
  'REPORTED_ON',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const RELATION_STATUSES = [
  'active',
  'occurred',
  'planned',
  'cancelled',
  'frozen',
  'postponed',
  'pledged',
  'alleged',
  'unverified',
] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

/** Where a fact comes from: the article or an outlet it cites. */
export interface SourceData {
  id: string;
  title: string;
  publisher: string;
  published: string | null;
  kind: string;
  url: string | null;
}

/** A node of the graph. `sourceIds` point into the cache's sources. */
export interface EntityData {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  description: string;
  /** Number of relations in the whole graph, not only those on screen. */
  degree: number;
  sourceIds: string[];
}

/** A short attributed quote backing a relation. */
export interface QuoteData {
  text: string;
  speakerId: string;
  speakerName: string;
}

/** A directed, typed edge with its status, dates and sources. */
export interface RelationData {
  id: string;
  type: RelationType;
  /** Readable words for the type, e.g. "traded for". */
  label: string;
  from: string;
  to: string;
  status: RelationStatus;
  date: string | null;
  start: string | null;
  end: string | null;
  summary: string;
  quote: QuoteData | null;
  sourceIds: string[];
  citedViaId: string | null;
}

/** What the API answers for `graph`, `neighborhood` and `shortestPath`. */
export interface Subgraph {
  nodes: EntityData[];
  edges: RelationData[];
  sources?: SourceData[];
  truncated: boolean;
}

/** Everything fetched so far, by id: the view picks from it. */
export interface GraphCache {
  entities: Record<string, EntityData>;
  relations: Record<string, RelationData>;
  sources: Record<string, SourceData>;
}

/** What the details panel shows. */
export type Selection = { kind: 'entity'; id: string } | { kind: 'relation'; id: string } | null;

/** A node position on the canvas. */
export interface Point {
  x: number;
  y: number;
}
