import DataLoader from 'dataloader';
import type { EntityRow, RelationRow, SourceRow } from './db/records';
import {
  entitiesByIds,
  relationsByIds,
  relationsOfEntities,
  relationsOfSources,
  sourcesByIds,
  type Direction,
  type RelationFilter,
} from './db/repository';
import type { RequestDb } from './db/request';

/** Arguments of Entity.relations; entities asked with the same arguments share one query. */
export interface RelationsOfArgs extends RelationFilter {
  direction: Direction;
  after: string;
  limit: number;
}

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): Array<T | null> {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

/**
 * Per-request DataLoaders: nested fields of a whole page (every entity's sources, every
 * relation's endpoints) become one UNWIND query per kind instead of one per parent.
 */
export function createLoaders(db: RequestDb) {
  const relationsOf = new Map<string, DataLoader<string, RelationRow[]>>();
  const relationsOfSource = new Map<string, DataLoader<string, RelationRow[]>>();
  return {
    entity: new DataLoader<string, EntityRow | null>(async (ids) => byId(await entitiesByIds(db, ids), ids)),
    source: new DataLoader<string, SourceRow | null>(async (ids) => byId(await sourcesByIds(db, ids), ids)),
    relation: new DataLoader<string, RelationRow | null>(async (ids) =>
      byId(await relationsByIds(db, ids), ids),
    ),
    relationsOf(args: RelationsOfArgs): DataLoader<string, RelationRow[]> {
      const key = JSON.stringify(args);
      let loader = relationsOf.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const found = await relationsOfEntities(db, ids, args);
          return ids.map((id) => found.get(id) ?? []);
        });
        relationsOf.set(key, loader);
      }
      return loader;
    },
    relationsOfSource(after: string, limit: number): DataLoader<string, RelationRow[]> {
      const key = `${after}\u0000${limit}`;
      let loader = relationsOfSource.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const found = await relationsOfSources(db, ids, after, limit);
          return ids.map((id) => found.get(id) ?? []);
        });
        relationsOfSource.set(key, loader);
      }
      return loader;
    },
    /** Remembers entities a query already returned, so their nested fields cost no query. */
    primeEntities(rows: EntityRow[]) {
      for (const row of rows) this.entity.prime(row.id, row);
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
