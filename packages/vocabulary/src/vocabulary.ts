/**
 * The closed vocabularies of the graph. Everything that becomes a label, a relationship type or
 * a status comes from here, so no user text is ever spliced into Cypher as a type name.
 */

/** Entity types; each entity carries `:Entity` plus exactly one of these labels. */
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

/** Relationship types; the sentence reads "from TYPE to". */
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

/**
 * Where a relation stands. `active` holds now, `occurred` happened once; the rest keep the
 * article's own hedges and the state of each measure.
 */
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

/** What kind of publication a source is. */
export const SOURCE_KINDS = [
  'article',
  'news-report',
  'government',
  'advisory',
  'expert-commentary',
  'web-page',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
