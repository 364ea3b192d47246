import type {
  EntityData,
  EntityType,
  RelationData,
  RelationStatus,
  RelationType,
} from '../../../web/src/models/types';

/** A small entity for model tests. */
export function entity(id: string, type: EntityType = 'Agency', degree = 1): EntityData {
  return { id, name: id.toUpperCase(), type, aliases: [], description: '', degree, sourceIds: ['article'] };
}

/** A relation `from` → `to` for model tests. */
export function relation(
  from: string,
  to: string,
  type: RelationType = 'DIRECTS',
  status: RelationStatus = 'active',
): RelationData {
  return {
    id: `${from}-${type}-${to}`,
    type,
    label: type.toLowerCase().replace(/_/g, ' '),
    from,
    to,
    status,
    date: null,
    start: null,
    end: null,
    summary: `${from} ${type} ${to}`,
    quote: null,
    sourceIds: ['article'],
    citedViaId: null,
    anonymousSource: null,
  };
}
