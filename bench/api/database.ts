/**
 * The bench's own embedded Neo4j for one size: started on a free port over the size's kept data
 * folder (a page cache of 1 GiB for the synthetic sizes, so a million relations are read from
 * memory). A synthetic size not yet loaded is bulk-imported there first, before this Neo4j
 * starts (seed owns the folder meanwhile); the article is seeded by Cypher once it runs.
 */
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/db/embedded';
import { loadConfig } from '../../server/src/env';
import { freePort } from '../../tests/support/free-port';
import { seedGraph, type BenchGraph } from './prepare';

export async function startBenchDatabase(graph: BenchGraph): Promise<EmbeddedNeo4j> {
  const config = loadConfig();
  const synthetic = graph.size !== 'article';
  const pageCache = synthetic
    ? loadConfig({ NEO4J_EMBEDDED_PAGECACHE: '1g' }).embedded.pageCache
    : config.embedded.pageCache;
  if (synthetic && !graph.loaded) {
    seedGraph(graph, { embedded: { port: await freePort(), pageCache: '1g' } });
  }
  const instance = await startEmbeddedNeo4j({
    port: await freePort(),
    dir: graph.dataDir,
    heap: config.embedded.heap,
    pageCache,
    log: () => undefined,
  });
  try {
    if (!synthetic) seedGraph(graph, { uri: instance.uri, password: instance.password });
    return instance;
  } catch (error) {
    await instance.stop();
    throw error;
  }
}
