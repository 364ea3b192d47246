import type { Driver } from 'neo4j-driver';
import { describeError, redact } from '../redact';
import type { DatabaseState } from './connect';
import { readNamed } from './driver';
import type { EmbeddedSupervisor } from './supervisor';

/** The states /health reports: `loading`/`interrupted` come from the loader's `:Load` marker. */
export type HealthStatus = 'starting' | 'ready' | 'restarting' | 'loading' | 'interrupted' | 'down';

/** The loader's state (contract 5: `readLoadState` in load-state.ts has this shape). */
export type LoadStateReader = (
  driver: Driver,
  database: string,
) => Promise<{ status: 'none' | 'loading' | 'complete' | 'interrupted' }>;

/** What /health needs to know about the process's Neo4j. */
export interface HealthSource {
  driver: Driver;
  database: string;
  uri: string;
  /**
   * Absent (tests, a bare createApp): the state follows from whether Neo4j answers. 'loading'
   * while main.ts seeds an empty database on start.
   */
  state?: () => DatabaseState | 'loading';
  embedded?: Pick<EmbeddedSupervisor, 'state' | 'restarts' | 'instance' | 'checkDisk'>;
  /** The seam for contract 5: main.ts passes load-state.ts's readLoadState here. */
  readLoadState?: LoadStateReader;
}

/** The graph's sizes, all from the count store. */
export interface GraphCounts {
  entities: number;
  relations: number;
  sources: number;
}

/**
 * Indexes still populating (or failed) and how far along: a bulk import answers before the
 * full-text index of relation sources and the ends indexes are built (BACKGROUND_INDEXES), and
 * `Source.relations` and a hub's relations are slower until then. Reported, not an error: the
 * graph reads correctly meanwhile.
 */
export interface IndexReport {
  allOnline: boolean;
  notOnline: Array<{ name: string; state: string; populationPercent: number }>;
}

/** The /health answer: its HTTP status and JSON body. */
export interface HealthReport {
  httpStatus: number;
  body: {
    status: HealthStatus;
    neo4j: Record<string, unknown>;
    graph: GraphCounts | null;
    indexes?: IndexReport;
    disk?: { full: boolean; message?: string };
  };
}

/** One round trip: Neo4j's version and the graph's counts, cheap at any size. */
export async function readCounts(driver: Driver, database: string) {
  const { records } = await readNamed(driver, 'health', {}, { database, timeoutMs: 5_000, retry: false });
  const r = records[0];
  if (!r) throw new Error('Neo4j returned no row for the health query');
  const graph: GraphCounts = {
    entities: Number(r.get('entities')),
    relations: Number(r.get('relations')),
    sources: Number(r.get('sources')),
  };
  return { version: String(r.get('version')), edition: String(r.get('edition')), graph };
}

/** The indexes that are not online (health-indexes.cypher), one small read of the schema. */
export async function readIndexes(driver: Driver, database: string): Promise<IndexReport> {
  const { records } = await readNamed(
    driver,
    'health-indexes',
    {},
    { database, timeoutMs: 5_000, retry: false },
  );
  const notOnline = records.map((r) => ({
    name: String(r.get('name')),
    state: String(r.get('state')),
    populationPercent: Math.round(Number(r.get('populationPercent')) * 10) / 10,
  }));
  return { allOnline: notOnline.length === 0, notOnline };
}

/**
 * What /health answers; never throws. 200 while the graph can be read (ready, loading,
 * interrupted), 503 while Neo4j is starting, restarting or down.
 */
export async function checkHealth(source: HealthSource): Promise<HealthReport> {
  const known = source.state?.();
  const embedded = source.embedded
    ? { state: source.embedded.state, restarts: source.embedded.restarts, pid: source.embedded.instance?.pid }
    : undefined;
  const diskFull = source.embedded?.checkDisk();
  const disk = source.embedded
    ? { full: Boolean(diskFull), ...(diskFull ? { message: diskFull } : {}) }
    : undefined;
  const neo4j = { uri: redact(source.uri), database: source.database, ...(embedded ? { embedded } : {}) };
  if (known === 'starting' || known === 'restarting' || known === 'stopped') {
    const status = known === 'stopped' ? 'down' : known;
    return { httpStatus: 503, body: { status, neo4j: { connected: false, ...neo4j }, graph: null, disk } };
  }
  try {
    const [{ version, edition, graph }, indexes] = await Promise.all([
      readCounts(source.driver, source.database),
      readIndexes(source.driver, source.database),
    ]);
    const load = source.readLoadState
      ? (await source.readLoadState(source.driver, source.database)).status
      : 'none';
    const status: HealthStatus =
      known === 'loading' ? 'loading' : load === 'loading' || load === 'interrupted' ? load : 'ready';
    return {
      httpStatus: 200,
      body: { status, neo4j: { connected: true, ...neo4j, version, edition }, graph, indexes, disk },
    };
  } catch (error) {
    const message = diskFull ?? describeError(error);
    return {
      httpStatus: 503,
      body: { status: 'down', neo4j: { connected: false, ...neo4j, error: message }, graph: null, disk },
    };
  }
}
