import net from 'node:net';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../env';
import { createDriver } from './driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded';

/** A connected database: the one driver of this process and, if we started it, the embedded Neo4j. */
export interface Database {
  driver: Driver;
  database: string;
  uri: string;
  embedded: EmbeddedNeo4j | undefined;
  /** Closes the driver and stops the embedded Neo4j if this process started it. */
  close(): Promise<void>;
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1_000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

/** Retries until Neo4j answers: a docker compose Neo4j may still be starting. */
async function waitForBolt(driver: Driver, uri: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.getServerInfo();
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(`Cannot reach Neo4j at ${uri}: ${(error as Error).message}`, { cause: error });
      }
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
}

/**
 * Connects to NEO4J_URI, or without it to the embedded Neo4j: reused if one already listens on
 * NEO4J_EMBEDDED_PORT (say from `npm run neo4j`), started otherwise.
 */
export async function connect(config: Config, log: (line: string) => void = console.log): Promise<Database> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    if (await isListening(config.embedded.port)) {
      uri = `bolt://127.0.0.1:${config.embedded.port}`;
      log(`Using the Neo4j already listening at ${uri}`);
    } else {
      const started = Date.now();
      embedded = await startEmbeddedNeo4j({ ...config.embedded, log });
      uri = embedded.uri;
      log(
        `Embedded Neo4j ${embedded.version} ready at ${uri} in ${Date.now() - started} ms (data in ${embedded.dir})`,
      );
    }
  }
  const driver = createDriver({ ...config.neo4j, uri });
  try {
    await waitForBolt(driver, uri, config.neo4j.uri ? 60_000 : 10_000);
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw error;
  }
  return {
    driver,
    database: config.neo4j.database,
    uri,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
