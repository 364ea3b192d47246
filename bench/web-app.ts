/**
 * The app the browser benches measure (bench/web.ts, bench/web-profile.ts): an embedded Neo4j in
 * a folder of the bench's own, the real HTTP server on a free loopback port serving `webDist`,
 * the schema applied. The benches load their graphs into it themselves.
 */
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../server/src/db/driver';
import { startEmbeddedNeo4j } from '../server/src/db/embedded';
import { applySchema } from '../server/src/db/schema';
import { createApp } from '../server/src/http/app';
import { freePort } from '../tests/support/free-port';

export const DATABASE = 'neo4j';

export interface WebBenchApp {
  driver: Driver;
  /** The app's address, e.g. http://127.0.0.1:41047. */
  base: string;
  neo4jVersion: string;
  /** Closes the server and the driver and stops Neo4j. */
  stop(): Promise<void>;
}

export async function startWebBenchApp(root: string, webDist: string): Promise<WebBenchApp> {
  const instance = await startEmbeddedNeo4j({
    port: await freePort(),
    dir: path.join(root, 'neo4j'),
    heap: '2g',
    log: () => undefined,
  });
  const driver = createDriver({
    uri: instance.uri,
    user: 'neo4j',
    password: instance.password,
    database: DATABASE,
  });
  const server = createApp({
    driver,
    database: DATABASE,
    uri: instance.uri,
    queryTimeoutMs: 30_000,
    maxBodyBytes: 1_000_000,
    webDist,
  });
  const stop = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await driver.close();
    await instance.stop();
  };
  try {
    await applySchema(driver, DATABASE);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  } catch (error) {
    await stop();
    throw error;
  }
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { driver, base, neo4jVersion: instance.version, stop };
}
