/**
 * The HTTP floor of a case: the statements our server ran for it (recorded), replayed through the
 * raw driver behind a bare node:http endpoint that answers their records as JSON, with none of
 * ours (no GraphQL, no checks, no security headers). ours/raw counts a loopback HTTP round trip
 * (a request and an answer written, parsed and read, client and server in this process) on top
 * of the Cypher; ours/floor is what our server adds beyond any HTTP endpoint.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { replay, type Statement } from './recording-driver';

export interface HttpFloor {
  /** POST `{"query": key}` here to replay the statements registered under `key`. */
  url: string;
  /** The statements a key replays (a case's `ours`, the text the bench posts). */
  register(key: string, statements: Statement[]): void;
  close(): Promise<void>;
}

export async function startHttpFloor(
  driver: Driver,
  database: string,
  timeoutMs: number,
): Promise<HttpFloor> {
  const byKey = new Map<string, Statement[]>();
  const answer = (res: http.ServerResponse, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { query } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string };
      const statements = byKey.get(query);
      if (!statements)
        return answer(res, { errors: [{ message: 'no statements registered for this case' }] });
      replay(driver, database, statements, timeoutMs).then(
        (rows) => answer(res, { data: rows.map((records) => records.map((r) => r.toObject())) }),
        (error: unknown) => answer(res, { errors: [{ message: (error as Error).message }] }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    register: (key, statements) => void byKey.set(key, statements),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
