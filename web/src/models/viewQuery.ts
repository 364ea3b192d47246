import { Kind, parse } from '@0no-co/graphql.web';

/**
 * The GraphQL behind a view, and the way back: every view of the explorer can be written as one
 * read-only query with variables (to open in GraphiQL, contract 4), and the ids in a GraphQL
 * result can be opened on the canvas.
 */

/** A query and its variables, as GraphiQL's address carries them. */
export interface ViewQuery {
  query: string;
  variables: Record<string, unknown>;
}

const SUBGRAPH_FIELDS = `nodes { id name type }
    edges { id label status date start end from { id } to { id } summary sources { publisher } }
    truncated`;

/** The entities on the canvas (and the relations among them) as of a date, if one is set. */
export function subgraphQuery(ids: readonly string[], asOf: string | null): ViewQuery {
  return {
    query: `query CanvasView($ids: [ID!]!, $asOf: Date) {
  subgraph(ids: $ids, asOf: $asOf) {
    ${SUBGRAPH_FIELDS}
  }
}`,
    variables: asOf ? { ids: [...ids], asOf } : { ids: [...ids] },
  };
}

/** An entity's neighbourhood, as an expansion fetches it. */
export function neighborhoodQuery(id: string, asOf: string | null): ViewQuery {
  return {
    query: `query Neighbourhood($id: ID!, $asOf: Date) {
  neighborhood(id: $id, depth: 1, asOf: $asOf) {
    ${SUBGRAPH_FIELDS}
  }
}`,
    variables: asOf ? { id, asOf } : { id },
  };
}

/** The path finder's question. */
export function pathQuery(from: string, to: string, excludeTypes: string[], excludeIds: string[]): ViewQuery {
  return {
    query: `query Path($from: ID!, $to: ID!, $excludeTypes: [EntityType!], $excludeIds: [ID!]) {
  shortestPath(from: $from, to: $to, excludeTypes: $excludeTypes, excludeIds: $excludeIds) {
    length
    nodes { id name type }
    edges { id label from { id } to { id } summary }
  }
}`,
    variables: { from, to, excludeTypes, excludeIds },
  };
}

/** What the search box asks. */
export function searchQuery(text: string): ViewQuery {
  return {
    query: `query Search($text: String!) {
  search(text: $text, first: 8) {
    score
    entity { id name type aliases }
  }
}`,
    variables: { text },
  };
}

/** GraphiQL's address with the query and variables filled in (contract 4). */
export function graphiqlHref(q: ViewQuery): string {
  const params = new URLSearchParams({ query: q.query, variables: JSON.stringify(q.variables) });
  return `/graphql?${params.toString()}`;
}

/** The explorer's address that opens a query's result on the canvas (contract 4). */
export function canvasHref(q: ViewQuery): string {
  const params = new URLSearchParams({ query: q.query, variables: JSON.stringify(q.variables) });
  return `/?${params.toString()}`;
}

/** Why a query may not run from a link, or null when it may: only read-only queries run. */
export function readOnlyProblem(query: string): string | null {
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return `The query does not parse: ${(error as Error).message}`;
  }
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION && def.operation !== 'query') {
      return `Only read-only queries open on the canvas; this is a ${def.operation}.`;
    }
  }
  return null;
}

/** Reads the variables parameter: a JSON object, or a clear error. */
export function parseVariables(text: string | null): Record<string, unknown> {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('The variables are not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('The variables must be a JSON object.');
  }
  return value as Record<string, unknown>;
}

/**
 * Every `id` in a GraphQL result (entities, relations, a path's nodes and edges, search hits),
 * in the order met. The server's `subgraph(ids)` then turns them into a picture: entities by id,
 * relations by their two ends. Whether the result was a path says whether to highlight it.
 */
export function idsInResult(data: unknown): { ids: string[]; path: boolean } {
  const ids: string[] = [];
  let path = false;
  const walk = (value: unknown, key: string) => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') {
      if (key === 'shortestPath' || key === 'paths') path = true;
      for (const [k, v] of Object.entries(value)) {
        if (k === 'id' && typeof v === 'string') ids.push(v);
        else walk(v, k);
      }
    }
  };
  walk(data, '');
  return { ids: [...new Set(ids)], path };
}
