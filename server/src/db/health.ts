import type { Driver } from 'neo4j-driver';
import { readNamed } from './driver';

/** What /health reports about Neo4j. */
export interface DatabaseHealth {
  connected: boolean;
  version?: string;
  edition?: string;
  error?: string;
  graph?: { entities: number; relations: number; sources: number };
}

/** Pings Neo4j with one query; never throws, so /health answers even when Neo4j is down. */
export async function checkDatabase(driver: Driver, database: string): Promise<DatabaseHealth> {
  try {
    const { records } = await readNamed(driver, 'health', {}, { database, timeoutMs: 5_000 });
    const r = records[0];
    if (!r) return { connected: false, error: 'no answer' };
    return {
      connected: true,
      version: String(r.get('version')),
      edition: String(r.get('edition')),
      graph: {
        entities: Number(r.get('entities')),
        relations: Number(r.get('relations')),
        sources: Number(r.get('sources')),
      },
    };
  } catch (error) {
    return { connected: false, error: (error as Error).message.split('\n')[0] };
  }
}
