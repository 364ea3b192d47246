/**
 * A minimal GraphQL-over-HTTP client for the bench: the whole body is read, errors throw.
 * node:http with a keep-alive agent rather than fetch: undici's fetch cost the bench process
 * about 0.5 ms of CPU more per request (measured sequentially against our server on loopback),
 * which is the client's cost, not the server's under test; every server gets this same client.
 */
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true });

/** One request over the shared keep-alive agent; resolves with the status and the whole body. */
function send(url: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = body
      ? {
          'content-type': 'application/json',
          accept: 'application/json',
          'content-length': Buffer.byteLength(body),
        }
      : {};
    const req = http.request(url, { method: body ? 'POST' : 'GET', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Thrown for an answer with `errors`; the message starts with the first error's code. */
export class GraphQLAnswerError extends Error {}

export async function post<T = Record<string, unknown>>(url: string, query: string): Promise<T> {
  const res = await send(url, JSON.stringify({ query }));
  const text = res.text;
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
  const res = await send(url);
  const body = JSON.parse(res.text) as unknown;
  if (res.status !== 200)
    throw new GraphQLAnswerError(`HTTP ${res.status}: ${JSON.stringify(body).slice(0, 200)}`);
  return body;
}

/** The size of our server's answer to a case (a GraphQL query, or a GET path), errors included. */
export async function answerBytes(base: string, ours: string): Promise<number> {
  const res = ours.startsWith('/')
    ? await send(`${base}${ours}`)
    : await send(`${base}/graphql`, JSON.stringify({ query: ours }));
  return Buffer.byteLength(res.text);
}
