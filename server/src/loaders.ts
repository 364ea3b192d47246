import DataLoader from 'dataloader';
import type { EntityRow, RelationRow, SourceRow } from './db/records';
import {
  countRelationsOfEntities,
  countRelationsOfSources,
  relationsByIds,
  relationsOfEntities,
  relationsOfSources,
  type EntityRelationsFilter,
} from './db/relations';
import { entitiesByIds, sourcesByIds } from './db/repository';
import type { RequestDb } from './db/request';

/** Arguments of Entity.relations; entities asked with the same arguments share one query. */
export interface RelationsOfArgs extends EntityRelationsFilter {
  after: string;
  limit: number;
}

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): Array<T | null> {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

/** One DataLoader per distinct set of arguments, so a page's parents share each query. */
function perArgs<A, V>(batch: (ids: readonly string[], args: A) => Promise<Map<string, V>>, missing: V) {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (args: A): DataLoader<string, V> => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await batch(ids, args);
        return ids.map((id) => found.get(id) ?? missing);
      });
      loaders.set(key, loader);
    }
    return loader;
  };
}

/**
 * Per-request DataLoaders: nested fields of a whole page (every entity's sources, every
 * relation's endpoints, every entity's relations and their counts) become one UNWIND query per
 * kind instead of one per parent.
 */
export function createLoaders(db: RequestDb) {
  return {
    entity: new DataLoader<string, EntityRow | null>(async (ids) => byId(await entitiesByIds(db, ids), ids)),
    source: new DataLoader<string, SourceRow | null>(async (ids) => byId(await sourcesByIds(db, ids), ids)),
    relation: new DataLoader<string, RelationRow | null>(async (ids) =>
      byId(await relationsByIds(db, ids), ids),
    ),
    relationsOf: perArgs<RelationsOfArgs, RelationRow[]>(
      (ids, args) => relationsOfEntities(db, ids, args),
      [],
    ),
    countRelationsOf: perArgs<EntityRelationsFilter, number>(
      (ids, args) => countRelationsOfEntities(db, ids, args),
      0,
    ),
    relationsOfSource: perArgs<{ after: string; limit: number }, RelationRow[]>(
      (ids, args) => relationsOfSources(db, ids, args.after, args.limit),
      [],
    ),
    countRelationsOfSource: new DataLoader<string, number>(async (ids) => {
      const found = await countRelationsOfSources(db, ids);
      return ids.map((id) => found.get(id) ?? 0);
    }),
    /** Remembers entities a query already returned, so their nested fields cost no query. */
    primeEntities(rows: EntityRow[]) {
      for (const row of rows) this.entity.prime(row.id, row);
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
