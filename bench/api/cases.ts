/**
 * The cases: one or more per root field, as issue 8 lists them, with the fields the explorer and
 * an analyst would ask for. `ours` is sent to our server (a GraphQL query, or a GET path);
 * `neo4jGraphql`, where a generic layer has a close equivalent, to @neo4j/graphql.
 */
import { neighborhoodQuery } from './neo4j-graphql';
import type { Targets } from './targets';

export interface Case {
  name: string;
  /** A GraphQL query, or a path starting with "/" fetched with GET. */
  ours: string;
  neo4jGraphql?: string;
  /** Issue 8's target for the p50 through our server, in ms. */
  targetMs?: number;
}

const ENTITY = 'id name type aliases description degree';
const RELATION = 'id type status date start end summary from { id } to { id }';
const SUBGRAPH = `truncated nodes { ${ENTITY} } edges { ${RELATION} }`;
const EVENT = `when precision period end relation { ${RELATION} }`;
const TIMELINE = `pageInfo { endCursor hasNextPage } events { ${EVENT} }`;
const PATH = `length nodes { id name type } edges { id type status from { id } to { id } }`;
const q = (s: string) => JSON.stringify(s);

export function cases(t: Targets): Case[] {
  const hood = (who: 'normal' | 'hub', depth: 1 | 2): Case => {
    const { id, degree } = t[who];
    return {
      name: `neighborhood depth ${depth}, limit 100, ${who === 'hub' ? 'hub' : 'entity'} of degree ${degree}`,
      ours: `{ neighborhood(id: ${q(id)}, depth: ${depth}, limit: 100) { ${SUBGRAPH} } }`,
      // A generic layer's depth 2 at a hub asks for up to 26 x 100 x 26 x 100 rows: left out.
      ...(who === 'hub' && depth === 2 ? {} : { neo4jGraphql: neighborhoodQuery(id, depth, 100) }),
      targetMs: 50,
    };
  };
  const exclusions = 'excludeTypes: [Country]';
  return [
    hood('normal', 1),
    hood('normal', 2),
    hood('hub', 1),
    hood('hub', 2),
    {
      name: 'overview (start view, 150)',
      ours: `{ overview { entities relations truncated nodes { ${ENTITY} } edges { ${RELATION} } } }`,
      targetMs: 100,
    },
    { name: 'graph(limit: 500)', ours: `{ graph { ${SUBGRAPH} } }`, targetMs: 100 },
    // As graph(limit: 500), served from the view cache after its first request: the raw column
    // (the server's statements replayed) is what computing it costs.
    { name: 'graph(asOf: "2020-06")', ours: `{ graph(asOf: "2020-06") { ${SUBGRAPH} } }`, targetMs: 100 },
    { name: 'timeline(first: 100)', ours: `{ timeline(first: 100) { ${TIMELINE} } }`, targetMs: 100 },
    {
      name: 'timeline(first: 100, after: middle)',
      ours: `{ timeline(first: 100, after: ${q(t.timelineCursor)}) { ${TIMELINE} } }`,
      targetMs: 100,
    },
    {
      name: 'timeline(from 2010 to 2012, first: 100)',
      ours: `{ timeline(from: "2010", to: "2012-06", first: 100) { ${TIMELINE} } }`,
      targetMs: 100,
    },
    {
      name: 'timeline(HACKED, SANCTIONED, first: 100)',
      ours: `{ timeline(relationTypes: [HACKED, SANCTIONED], first: 100) { ${TIMELINE} } }`,
      targetMs: 100,
    },
    {
      name: `search exact rare name "${t.rareName}"`,
      ours: `{ search(text: ${q(t.rareName)}) { score entity { ${ENTITY} } } }`,
      targetMs: 30,
    },
    {
      name: 'shortestPath entity to entity, no Country',
      ours: `{ shortestPath(from: ${q(t.normal.id)}, to: ${q(t.other.id)}, ${exclusions}) { ${PATH} } }`,
      targetMs: 200,
    },
    {
      name: 'shortestPath entity to hub',
      ours: `{ shortestPath(from: ${q(t.normal.id)}, to: ${q(t.hub.id)}) { ${PATH} } }`,
      targetMs: 200,
    },
    {
      name: 'paths k 3, no Country, maxDegree 1000',
      ours: `{ paths(from: ${q(t.normal.id)}, to: ${q(t.other.id)}, k: 3, ${exclusions}, maxDegree: 1000) { ${PATH} } }`,
      targetMs: 200,
    },
    {
      name: 'relation(id)',
      ours: `{ relation(id: ${q(t.relationId)}) { ${RELATION} sources { id publisher } } }`,
      targetMs: 50,
    },
    {
      name: 'relations(first: 20)',
      ours: `{ relations(first: 20) { pageInfo { endCursor hasNextPage } nodes { ${RELATION} } } }`,
      targetMs: 50,
    },
    {
      name: 'entity(hub).relations(first: 20)',
      ours: `{ entity(id: ${q(t.hub.id)}) { relations(first: 20) { nodes { ${RELATION} } } } }`,
      targetMs: 50,
    },
    {
      name: 'source(id).relations(first: 20)',
      ours: `{ source(id: ${q(t.sourceId)}) { relations(first: 20) { nodes { ${RELATION} } } } }`,
      targetMs: 50,
    },
    {
      name: 'stats',
      ours: `{ stats { entities relations sources entityTypes { type count } relationTypes { type count } mostConnected { id name degree } } }`,
      targetMs: 50,
    },
    { name: 'GET /health', ours: '/health', targetMs: 50 },
  ];
}
