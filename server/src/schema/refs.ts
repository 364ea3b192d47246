import { builder } from '../builder';
import type { Context } from '../context';
import type { EntityRow, RelationRow, SourceRow } from '../db/records';
import { relationsByIds } from '../db/relations';
import { entitiesByIds, sourcesByIds } from '../db/repository';

/**
 * The object types that refer to each other (an entity's relations, a relation's endpoints and
 * sources), declared once here and implemented in their own files. Each is loadable (the
 * dataloader plugin): within a request, every load by id of one type waits for the others of
 * the same tick and becomes one UNWIND query, and an id asked twice is read once. `sort` puts
 * rows in the order of their ids; an id that names nothing loads as null.
 */
export const EntityRef = builder.loadableObjectRef('Entity', {
  load: (ids: string[], ctx: Context) => entitiesByIds(ctx.db, ids),
  sort: (entity: EntityRow) => entity.id,
});
export const RelationRef = builder.loadableObjectRef('Relation', {
  load: (ids: string[], ctx: Context) => relationsByIds(ctx.db, ids),
  sort: (relation: RelationRow) => relation.id,
});
export const SourceRef = builder.loadableObjectRef('Source', {
  load: (ids: string[], ctx: Context) => sourcesByIds(ctx.db, ids),
  sort: (source: SourceRow) => source.id,
});

/** An entity by id, or null (through the request's entity loader). */
export async function loadEntity(ctx: Context, id: string): Promise<EntityRow | null> {
  // The loader's type says EntityRow; `sort` makes an id that names nothing load as null.
  return (await EntityRef.getDataloader(ctx).load(id)) ?? null;
}

/** Sources by id, in order, those that name nothing left out. */
export async function loadSources(ctx: Context, ids: readonly string[]): Promise<SourceRow[]> {
  const found = await SourceRef.getDataloader(ctx).loadMany(ids);
  return found.filter((s): s is SourceRow => s != null && !(s instanceof Error));
}

/**
 * Remembers entities a query already returned, so their nested fields (a relation's ends, a
 * quote's speaker) cost no query. Explicit rather than the plugin's `cacheResolved`, which
 * primes only once a field resolves and so can come after a sibling field already asked.
 */
export function primeEntities(ctx: Context, rows: readonly EntityRow[]): void {
  const loader = EntityRef.getDataloader(ctx);
  let known = primedRows.get(ctx);
  if (!known) primedRows.set(ctx, (known = new Map()));
  for (const row of rows) {
    loader.prime(row.id, row);
    known.set(row.id, row);
  }
}

/** The rows primeEntities remembered for a request, by id (a request's context is its key). */
const primedRows = new WeakMap<Context, Map<string, EntityRow>>();

/**
 * An entity this request already read, at once: a subgraph's hundreds of edges resolve their
 * ends from it without a loader promise and a tick each (the loader's cache answers only
 * through a promise).
 */
export function primedEntity(ctx: Context, id: string): EntityRow | undefined {
  return primedRows.get(ctx)?.get(id);
}
