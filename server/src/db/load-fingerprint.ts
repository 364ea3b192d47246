import type { Driver } from 'neo4j-driver';
import { readNamed, writeWork } from './driver';
import { cypher } from './cypher';
import { countGraph, type SeedCounts } from './seed';

/**
 * Whether the database already holds exactly the load of a folder with this fingerprint: the
 * last load completed, recorded the same fingerprint, and the counts still match the folder's
 * (a cheap guard against writes made since by other means).
 */
export async function holdsLoad(
  driver: Driver,
  database: string,
  fingerprint: string,
  counts: SeedCounts,
): Promise<boolean> {
  const { records } = await readNamed(driver, 'load-fingerprint-read', {}, { database, timeoutMs: 60_000 });
  if (records[0]?.get('fingerprint') !== fingerprint) return false;
  const now = await countGraph(driver, database);
  return (
    now.entities === counts.entities && now.relations === counts.relations && now.sources === counts.sources
  );
}

/** Records the fingerprint of the folder a load just completed (nothing if it did not). */
export async function recordLoad(driver: Driver, database: string, fingerprint: string): Promise<void> {
  await writeWork(driver, (tx) => tx.run(cypher('load-fingerprint'), { fingerprint }), { database });
}
