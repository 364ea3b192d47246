/**
 * The @neo4j/graphql server of the bench, in a process of its own (started by startNeo4jGraphQL
 * in neo4j-graphql.ts): connects with the driver settings our server uses, prints
 * `listening <port>` once it answers, and stops on SIGTERM, SIGINT or when the bench is gone.
 */
import type { AddressInfo } from 'node:net';
import { createDriver } from '../../server/src/db/driver';
import { serveNeo4jGraphQL } from './neo4j-graphql';
import { measureWithoutSourceMaps } from './source-maps';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: this process is started by startNeo4jGraphQL.`);
  return value;
}

async function main(): Promise<void> {
  measureWithoutSourceMaps();
  const database = required('BENCH_NEO4J_DATABASE');
  const driver = createDriver({
    uri: required('BENCH_NEO4J_URI'),
    user: required('BENCH_NEO4J_USER'),
    password: required('BENCH_NEO4J_PASSWORD'),
    database,
  });
  const server = await serveNeo4jGraphQL(driver, database);
  const stop = () => {
    server.closeAllConnections();
    server.close(() => void driver.close().finally(() => process.exit(0)));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // The bench ended without stopping it (a crash, a kill): its IPC channel closes.
  process.once('disconnect', stop);
  process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
