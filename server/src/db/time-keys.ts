import type { Driver } from 'neo4j-driver';
import { readNamed } from './driver';

/**
 * True when the graph predates stored timeline keys (cypher/time-keys-missing.cypher): its
 * timeline reads those keys, so it would show no event until the folder is loaded again.
 */
export async function timeKeysMissing(driver: Driver, database: string): Promise<boolean> {
  const { records } = await readNamed(
    driver,
    'time-keys-missing',
    {},
    { database, timeoutMs: 30_000, retry: false },
  );
  return records[0]?.get('missing') === true;
}

/** The one line a server prints for such a graph. */
export const TIME_KEYS_MISSING =
  'The timeline shows no events: this graph was loaded before relations stored their timeline key. Run `npm run seed` once (it rewrites the graph with the keys).';
