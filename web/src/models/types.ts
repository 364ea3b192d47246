/**
 * The explorer's own shapes for the graph, independent of GraphQL and Cytoscape, so every rule
 * about what is shown can be tested as plain data.
 */

// The closed vocabularies come from the workspace package the server uses too (plain constants),
// so the legend, filters and URL parsing can never drift from what the API accepts.
export {
  ENTITY_TYPES,
  RELATION_TYPES,
  RELATION_STATUSES,
  type EntityType,
  type RelationType,
  type RelationStatus,
} from '@trade-truce/vocabulary';
import type { EntityType, RelationStatus, RelationType } from '@trade-truce/vocabulary';

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
  /** How the cited outlet describes the unnamed people the fact rests on ("sources familiar with the matter"). */
  anonymousSource: string | null;
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
