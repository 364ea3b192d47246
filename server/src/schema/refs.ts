import { builder } from '../builder';
import type { EntityRow, RelationRow, SourceRow } from '../db/records';

/**
 * The object types that refer to each other (an entity's relations, a relation's endpoints and
 * sources), declared once here and implemented in their own files.
 */
export const EntityRef = builder.objectRef<EntityRow>('Entity');
export const RelationRef = builder.objectRef<RelationRow>('Relation');
export const SourceRef = builder.objectRef<SourceRow>('Source');

/** Keeps the sources a loader found (a missing id or a failed load is dropped). */
export function isSource(value: SourceRow | Error | null): value is SourceRow {
  return value !== null && !(value instanceof Error);
}
