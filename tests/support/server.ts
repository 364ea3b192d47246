import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { createApp, type AppOptions } from '../../server/src/http/app';

/** A real HTTP server of the app on a free port. */
export interface RunningServer {
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

/** Starts the app over `driver` on 127.0.0.1 with a free port. */
export async function startServer(
  driver: Driver,
  uri: string,
  overrides: Partial<AppOptions> = {},
): Promise<RunningServer> {
  const server = createApp({
    driver,
    database: 'neo4j',
    uri,
    // The first use of a query plans it: the 26-branch unions over relation types take seconds
    // on a busy machine (the run's global setup plans the common ones ahead).
    queryTimeoutMs: 30_000,
    maxBodyBytes: 100_000,
    ...overrides,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** POSTs a GraphQL operation and returns the parsed body and status. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{
  status: number;
  body: {
    data?: T;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    extensions?: { cypherQueries?: number };
  };
}> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-cypher-stats': '1' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as never };
}
