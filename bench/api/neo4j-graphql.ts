/**
 * The comparison issue 8 asks for: @neo4j/graphql (a bench-only dev dependency) serving the
 * same database through its own small typeDefs, run in-process with graphql-yoga on a port of its
 * own. Entities are `Entity` nodes; each relation type is a field that follows it both ways
 * (queryDirection UNDIRECTED, like our neighborhood) with the relation's id, status and summary
 * as properties. Entity types are second labels that a generic layer cannot return as a field.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
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

export async function startNeo4jGraphQL(driver: Driver, database: string): Promise<Neo4jGraphQLServer> {
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
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
