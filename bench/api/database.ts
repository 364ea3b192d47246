/**
 * The bench's own embedded Neo4j for one size: started on a free port over the size's kept data
 * folder (a page cache of 1 GiB for the synthetic sizes, so a million relations are read from
 * memory), loaded with `npm run seed` unless an earlier run finished loading it.
 */
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/db/embedded';
import { loadConfig } from '../../server/src/env';
import { freePort } from '../../tests/support/free-port';
import { seedGraph, type BenchGraph } from './prepare';

export async function startBenchDatabase(graph: BenchGraph): Promise<EmbeddedNeo4j> {
  const config = loadConfig();
  const pageCache =
    graph.size === 'article'
      ? config.embedded.pageCache
      : loadConfig({ NEO4J_EMBEDDED_PAGECACHE: '1g' }).embedded.pageCache;
  const instance = await startEmbeddedNeo4j({
    port: await freePort(),
    dir: graph.dataDir,
    heap: config.embedded.heap,
    pageCache,
    log: () => undefined,
  });
  try {
    if (!graph.loaded) seedGraph(graph, instance.uri, instance.password);
    return instance;
  } catch (error) {
    await instance.stop();
    throw error;
  }
}
