import type { Driver } from 'neo4j-driver';
import { readNamed } from './driver';

/** Sizes of the graph. */
export interface SeedCounts {
  sources: number;
  entities: number;
  relations: number;
}

/** Counts of what the database holds. */
export async function countGraph(driver: Driver, database: string): Promise<SeedCounts> {
  const { records } = await readNamed(driver, 'graph-counts', {}, { database });
  const record = records[0];
  return {
    entities: Number(record?.get('entities') ?? 0),
    relations: Number(record?.get('relations') ?? 0),
    sources: Number(record?.get('sources') ?? 0),
  };
}
