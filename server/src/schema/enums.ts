import { builder } from '../builder';
import { ENTITY_TYPES, RELATION_STATUSES, RELATION_TYPES, SOURCE_KINDS } from '@trade-truce/vocabulary';

/** Readable words for a relation type: TRADED_FOR -> "traded for". */
export function relationLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

export const EntityTypeEnum = builder.enumType('EntityType', {
  description: 'The kind of an entity; each entity has exactly one.',
  values: ENTITY_TYPES,
});

export const RelationTypeEnum = builder.enumType('RelationType', {
  description:
    'The kind of a relation; the sentence reads "from TYPE to" (e.g. Salt Typhoon HACKED US telecoms).',
  values: Object.fromEntries(
    RELATION_TYPES.map((type) => [type, { value: type, description: `"${relationLabel(type)}"` }]),
  ) as unknown as Record<(typeof RELATION_TYPES)[number], { value: (typeof RELATION_TYPES)[number] }>,
});

const STATUS_MEANING: Record<(typeof RELATION_STATUSES)[number], string> = {
  active: 'holds now',
  occurred: 'happened (a past event)',
  planned: 'planned, not (yet) done',
  cancelled: 'was planned or in force, then cancelled',
  frozen: 'put on hold',
  postponed: 'pushed to later',
  pledged: 'promised',
  alleged: 'reported or claimed, not established',
  unverified: 'reported, and the source itself could not verify it',
};

export const RelationStatusEnum = builder.enumType('RelationStatus', {
  description: "Where a relation stands, keeping the source's own hedges.",
  values: Object.fromEntries(
    RELATION_STATUSES.map((status) => [status, { value: status, description: STATUS_MEANING[status] }]),
  ) as unknown as Record<(typeof RELATION_STATUSES)[number], { value: (typeof RELATION_STATUSES)[number] }>,
});

export const SourceKindEnum = builder.enumType('SourceKind', {
  description: 'What kind of publication a source is.',
  values: Object.fromEntries(SOURCE_KINDS.map((kind) => [kind.replace(/-/g, '_'), { value: kind }])),
});

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which relations of an entity: those it starts, those it ends, or both.',
  values: ['OUTGOING', 'INCOMING', 'BOTH'] as const,
});
