/**
 * `npm run neo4j`: runs only the embedded Neo4j (supervised: restarted if the JVM dies) until
 * Ctrl-C, SIGTERM or SIGHUP. It owns the data folder like `npm start` does, so `npm run seed`
 * uses it, and cypher-shell or Neo4j Browser can connect with the password it prints the path of.
 */
import { loadConfig } from '../env';
import { stopOnSignals } from '../lifecycle';
import { describeError, log } from '../redact';
import { openDatabase, type Database } from './connect';
import { passwordFile } from './embedded-password';

let db: Database | undefined;

async function main(): Promise<void> {
  const config = loadConfig();
  stopOnSignals(async () => db?.close());
  db = await openDatabase(config, { owner: 'refuse', command: 'npm run neo4j', log: log.info });
  await db.start();
  const neo4j = db.embedded?.instance;
  if (!neo4j) throw new Error('NEO4J_URI is set: there is no embedded Neo4j to run.');
  log.info(
    `Embedded Neo4j ${neo4j.version} at ${neo4j.uri} (data in ${neo4j.dir}).\n` +
      `  user neo4j, password in ${passwordFile(neo4j.dir)}\n` +
      `  cypher-shell -a ${neo4j.uri} -u neo4j -p "$(cat ${passwordFile(neo4j.dir)})"\n` +
      'Ctrl-C stops it.',
  );
}

main().catch(async (error: unknown) => {
  log.error(describeError(error));
  await db?.close().catch(() => undefined);
  process.exit(1);
});
