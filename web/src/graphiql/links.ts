/**
 * The two addresses between GraphiQL and the explorer (team contract 4): `/graphql?query=&variables=`
 * opens GraphiQL prefilled, `/?query=&variables=` opens a GraphQL result on the canvas.
 */

/** What GraphiQL opens with, read from its own address. */
export interface Prefill {
  query: string | undefined;
  variables: string | undefined;
}

/** Reads `query` and `variables` from a query string (absent or empty means not given). */
export function readPrefill(search: string): Prefill {
  const params = new URLSearchParams(search);
  return { query: params.get('query') || undefined, variables: params.get('variables') || undefined };
}

/** The query string carrying a document and its variables; variables only when there are some. */
export function prefillSearch(query: string, variables: string): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('query', query);
  if (variables.trim() && variables.trim() !== '{}') params.set('variables', variables);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The explorer's address that opens this query's result on the canvas. */
export function canvasHref(query: string, variables: string): string {
  return `/${prefillSearch(query, variables)}`;
}
