/** `npm run neo4j`: runs only the embedded Neo4j, until Ctrl-C. */
import { loadConfig } from '../env';
import { startEmbeddedNeo4j } from './embedded';

async function main(): Promise<void> {
  const config = loadConfig();
  const neo4j = await startEmbeddedNeo4j(config.embedded);
  console.log(`Embedded Neo4j ${neo4j.version} at ${neo4j.uri} (data in ${neo4j.dir}). Ctrl-C stops it.`);
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
