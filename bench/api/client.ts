/** A minimal GraphQL-over-HTTP client for the bench: the whole body is read, errors throw. */

/** Thrown for an answer with `errors`; the message starts with the first error's code. */
export class GraphQLAnswerError extends Error {}

export async function post<T = Record<string, unknown>>(url: string, query: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  let body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new GraphQLAnswerError(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  }
  const first = body.errors?.[0];
  if (first) throw new GraphQLAnswerError(`${first.extensions?.code ?? 'ERROR'}: ${first.message}`);
  if (res.status !== 200 || !body.data)
    throw new GraphQLAnswerError(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  return body.data;
}

/** GET of a JSON page such as /health; throws unless it answers 200. */
export async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  const body = (await res.json()) as unknown;
  if (res.status !== 200)
    throw new GraphQLAnswerError(`HTTP ${res.status}: ${JSON.stringify(body).slice(0, 200)}`);
  return body;
}

/** The size of our server's answer to a case (a GraphQL query, or a GET path), errors included. */
export async function answerBytes(base: string, ours: string): Promise<number> {
  const res = ours.startsWith('/')
    ? await fetch(`${base}${ours}`)
    : await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: ours }),
      });
  return Buffer.byteLength(await res.text());
}
