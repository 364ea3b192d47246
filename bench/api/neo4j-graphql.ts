/**
 * The comparison issue 8 asks for: @neo4j/graphql (a bench-only dev dependency) serving the
 * same database through its own small typeDefs, with graphql-yoga, in a process of its own
 * (neo4j-graphql-server.ts), as each server would be deployed. In the bench's process its
 * allocations and compiled code shared the heap, the garbage collector and the CPU caches with
 * the two it is compared with, and were paid for inside their measured requests. Entities are
 * `Entity` nodes; each relation type is a field that follows it both ways
 * (queryDirection UNDIRECTED, like our neighborhood) with the relation's id, status and summary
 * as properties. Entity types are second labels that a generic layer cannot return as a field.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import type { Connection } from '../../server/src/db/driver';
import { RELATION_TYPES } from '@trade-truce/vocabulary';

const typeDefs = `
type Rel @relationshipProperties {
  id: ID!
  status: String!
  summary: String
}

type Entity @node {
  id: ID!
  name: String!
  aliases: [String!]
  description: String
  degree: Int
${RELATION_TYPES.map((t) => `  ${t}: [Entity!]! @relationship(type: "${t}", direction: OUT, queryDirection: UNDIRECTED, properties: "Rel")`).join('\n')}
}
`;

const ENTITY = 'id name aliases description degree';

/**
 * The closest query to our `neighborhood(id, depth 1 or 2, limit)`: every relation type's
 * connection from the entity (both directions), `limit` each, with the relation's properties and
 * the neighbour; depth 2 nests the same under each neighbour. @neo4j/graphql has no "any type"
 * traversal and no overall limit, so each type gets the whole limit: at most as much work as ours
 * when the entity is small, more rows than ours at a hub.
 */
export function neighborhoodQuery(id: string, depth: 1 | 2, limit: number): string {
  const level = (inner: string) =>
    RELATION_TYPES.map(
      (t) =>
        `${t}Connection(first: ${limit}) { edges { properties { id status summary } node { ${ENTITY} ${inner} } } }`,
    ).join(' ');
  return `{ entities(where: { id: { eq: ${JSON.stringify(id)} } }, limit: 1) { ${ENTITY} ${level(depth === 2 ? level('') : '')} } }`;
}

/** A running @neo4j/graphql server; `close` stops it. */
export interface Neo4jGraphQLServer {
  url: string;
  close: () => Promise<void>;
}

/** @neo4j/graphql over `driver`, listening on a free loopback port (in the calling process). */
export async function serveNeo4jGraphQL(driver: Driver, database: string): Promise<http.Server> {
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: false,
    landingPage: false,
    logging: false,
    context: () => ({ sessionConfig: { database } }),
  });
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- yoga's node handler
  const server = http.createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const SERVER_ENTRY = path.join(__dirname, 'neo4j-graphql-server.ts');
const START_TIMEOUT_MS = 60_000;

/**
 * Starts neo4j-graphql-server.ts in a child process (Node with tsx, as the bench runs) and
 * resolves once it has said where it listens. The password goes through the environment, not
 * the command line (which `ps` shows).
 */
export async function startNeo4jGraphQL(connection: Connection): Promise<Neo4jGraphQLServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY], {
    env: {
      ...process.env,
      BENCH_NEO4J_URI: connection.uri,
      BENCH_NEO4J_USER: connection.user,
      BENCH_NEO4J_PASSWORD: connection.password,
      BENCH_NEO4J_DATABASE: connection.database,
    },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(
        () => reject(new Error(`@neo4j/graphql did not start within ${START_TIMEOUT_MS / 1000} s`)),
        START_TIMEOUT_MS,
      );
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const listening = /^listening (\d+)$/m.exec(out);
        if (listening) {
          clearTimeout(timer);
          resolve(Number(listening[1]));
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`@neo4j/graphql's process ended before listening (${signal ?? `exit ${code}`})`));
      });
    });
    return { url: `http://127.0.0.1:${port}/graphql`, close };
  } catch (error) {
    await close();
    throw error;
  }
}
