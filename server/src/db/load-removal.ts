import type { Driver } from 'neo4j-driver';
import { typeOfDefinition } from '../fixtures/locations';
import type { FixtureScan } from '../fixtures/scan';
import { RELATION_TYPES, type RelationType } from '@trade-truce/vocabulary';
import type { BatchWriter } from './batch-writer';
import { cypher, cypherForType } from './cypher';

/** What the database holds and the fixtures do not: removed by `seed --replace`. */
export interface Stale {
  sources: string[];
  entities: string[];
  relations: Map<RelationType, string[]>;
}

/**
 * Streams every id the database holds and keeps those the fixtures lack; a relation whose id
 * the fixtures give another type counts as stale under its old type. Reads only, so it runs
 * before the first batch and the load knows its full number of batches from the start.
 */
export async function findStale(driver: Driver, database: string, scan: FixtureScan): Promise<Stale> {
  const stale: Stale = { sources: [], entities: [], relations: new Map() };
  const session = driver.session({ database });
  try {
    await new Promise<void>((resolve, reject) => {
      session.run(cypher('load-existing-ids')).subscribe({
        onNext(record) {
          const kind = record.get('kind') as string;
          const id = record.get('id') as string | null;
          if (id === null) return;
          if (kind === 'source') {
            if (!scan.sourceIds.has(id)) stale.sources.push(id);
          } else if (kind === 'entity') {
            if (!scan.entityIds.has(id)) stale.entities.push(id);
          } else {
            const type = record.get('type') as RelationType;
            const wanted = scan.relationIds.get(id);
            if (wanted === undefined || RELATION_TYPES[typeOfDefinition(wanted)] !== type) {
              const ids = stale.relations.get(type);
              if (ids) ids.push(id);
              else stale.relations.set(type, [id]);
            }
          }
        },
        onCompleted: () => resolve(),
        onError: reject,
      });
    });
  } finally {
    await session.close();
  }
  return stale;
}

/** How many batches removing `stale` takes. */
export function removalBatches(stale: Stale, size: number): number {
  const lists = [stale.sources, stale.entities, ...stale.relations.values()];
  return lists.reduce((sum, ids) => sum + Math.ceil(ids.length / size), 0);
}

/** Deletes stale relations, then entities (with any relation left), then sources, in batches. */
export async function removeStale(
  writer: BatchWriter,
  stale: Stale,
  size: number,
): Promise<{ sources: number; entities: number; relations: number }> {
  const inBatches = async (ids: string[], query: string) => {
    for (let i = 0; i < ids.length; i += size) {
      const batch = ids.slice(i, i + size);
      await writer.write('removing', [{ query, params: { ids: batch } }], 0);
    }
  };
  let relations = 0;
  for (const [type, ids] of stale.relations) {
    await inBatches(ids, cypherForType('load-delete-relations', type));
    relations += ids.length;
  }
  await inBatches(stale.entities, cypher('load-delete-entities'));
  await inBatches(stale.sources, cypher('load-delete-sources'));
  return { sources: stale.sources.length, entities: stale.entities.length, relations };
}
