import type http from 'node:http';
import type { ErrorCode } from '@trade-truce/vocabulary';
import type { FastAnswer } from '../fast-lane';
import { createGraphQL, type YogaOptions } from '../yoga';
import { AnswerMemo } from './answer-memo';
import { readBody } from './body';
import { compressAnswer } from './compress';
import { checkSearchParams, parseJsonBody } from './graphql-params';
import { sendGraphQLError } from './respond';
import { START_VIEW_QUERY } from './start-view-query';
import type { Target } from './target';

type Yoga = ReturnType<typeof createGraphQL>['yoga'];

const JSON_TYPE = /^application\/(?:graphql-response\+)?json\s*(?:;|$)/i;
const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(?:;|$)/i;
const GRAPHQL_TYPE = /^application\/graphql\s*(?:;|$)/i;

/** Codes for the error statuses yoga may answer with an empty body. */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  403: 'CSRF_HEADER_REQUIRED',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** What the /graphql route needs besides yoga's own options. */
export interface GraphQLRouteOptions extends YogaOptions {
  maxBodyBytes: number;
}

/** Copies Node's raw header pairs into a Fetch Headers; undefined if one is not a valid header. */
function toHeaders(yoga: Yoga, req: http.IncomingMessage): Headers | undefined {
  try {
    const headers = new yoga.fetchAPI.Headers();
    const raw = req.rawHeaders;
    for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
    return headers;
  } catch {
    return undefined;
  }
}

/**
 * /graphql as a plain adapter around yoga's fetch handler: the body is read here under
 * MAX_BODY_BYTES, malformed parameters are refused with 400 BAD_REQUEST before yoga runs, the
 * Request is built from a fixed origin (the Host header never reaches a URL parser), and the
 * deadline starts now, so time spent reading and queueing counts against QUERY_TIMEOUT_MS.
 */
export function createGraphQLRoute(options: GraphQLRouteOptions) {
  const { yoga, fastLane, newContext, views } = createGraphQL(options);
  // The explorer's start view and "Show all" ask this document: its answers are kept with their views.
  const memo = new AnswerMemo(new Set([START_VIEW_QUERY]), views);

  /** Writes a GraphQL answer's body, already encoded: JSON, never cached. */
  function write(res: http.ServerResponse, status: number, body: Buffer | string, encoding?: string): void {
    res.setHeader('cache-control', 'no-store');
    res.appendHeader('vary', 'Accept-Encoding');
    if (encoding) res.setHeader('content-encoding', encoding);
    const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
    res.writeHead(status, { 'content-length': length });
    res.end(body);
  }

  /** Sends a GraphQL answer, compressed when large and the client takes it. */
  async function send(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    status: number,
    payload: Buffer | string,
  ): Promise<void> {
    const { body, encoding } = await compressAnswer(payload, req.headers['accept-encoding']);
    write(res, status, body, encoding);
  }

  /**
   * The fast lane's answer for a proven query (fast-lane.ts), or the one kept for the graph's
   * version (answer-memo.ts); false if yoga must answer.
   */
  async function answerFast(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    params: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
    deadline: number,
  ): Promise<boolean> {
    const accept = req.headers.accept ?? '';
    if (req.headers['x-cypher-stats'] !== undefined) return false;
    if (!fastLane.accepts(params.query, params.operationName, accept)) return false;
    const context = newContext(deadline);
    const key = memo.keyOf(params, accept);
    let answer: FastAnswer | undefined;
    let sent: { contentType: string; body: Buffer | string; encoding?: string } | undefined;
    try {
      const version = key === undefined ? undefined : await views.version(context.db);
      let kept = key !== undefined && version !== undefined ? memo.read(key, version) : undefined;
      if (!kept) {
        answer = await fastLane.answer(params, accept, context);
        if (answer && key !== undefined && version !== undefined)
          kept = memo.keep(key, version, views.viewsRead(context.db), answer);
      }
      // A kept answer goes out in the form the memo keeps, compressed once for every client.
      if (kept)
        sent = { contentType: kept.contentType, ...(await kept.encoded(req.headers['accept-encoding'])) };
    } catch {
      answer = undefined; // yoga runs it again and answers the error by its contract
    } finally {
      void context.db.close();
    }
    if (sent) {
      res.setHeader('content-type', sent.contentType);
      write(res, 200, sent.body, sent.encoding);
      return true;
    }
    if (!answer) return false;
    res.setHeader('content-type', answer.contentType);
    await send(req, res, 200, answer.body);
    return true;
  }

  return async function serveGraphQL(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    target: Target,
  ): Promise<void> {
    const deadline = Date.now() + options.queryTimeoutMs;
    const method = req.method ?? '';
    if (method !== 'GET' && method !== 'POST') {
      req.resume();
      sendGraphQLError(
        res,
        405,
        'METHOD_NOT_ALLOWED',
        `${method} is not allowed on /graphql; use GET or POST.`,
        {
          allow: 'GET, POST',
        },
      );
      return;
    }
    let body: Buffer | undefined;
    if (method === 'POST') {
      const read = await readBody(req, options.maxBodyBytes);
      if (!read.ok) {
        if (read.reason === 'aborted') return void res.destroy();
        sendGraphQLError(
          res,
          413,
          'PAYLOAD_TOO_LARGE',
          `The request body exceeds the limit of ${read.limit} bytes.`,
          { connection: 'close' },
        );
        return;
      }
      body = read.body;
    }
    const contentType = req.headers['content-type'] ?? '';
    if (method === 'POST' && !JSON_TYPE.test(contentType) && !FORM_TYPE.test(contentType)) {
      // Without a CSRF header yoga's CSRF prevention answers 403; with one, only GraphQL text may pass.
      if (req.headers['x-graphql-yoga-csrf'] !== undefined && !GRAPHQL_TYPE.test(contentType)) {
        sendGraphQLError(
          res,
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'Send the request as content-type: application/json.',
        );
        return;
      }
    }
    const json = method === 'POST' && JSON_TYPE.test(contentType);
    const checked = json
      ? parseJsonBody(body ?? Buffer.alloc(0))
      : method === 'GET'
        ? checkSearchParams(target.params)
        : FORM_TYPE.test(contentType)
          ? checkSearchParams(new URLSearchParams(body?.toString('utf8') ?? ''))
          : undefined;
    if (checked && 'status' in checked) {
      sendGraphQLError(res, checked.status, checked.code, checked.message);
      return;
    }
    const params = checked && 'params' in checked ? checked.params : undefined;
    const query = params?.query;
    if (query !== undefined && (await answerFast(req, res, { ...params, query }, deadline))) return;
    const headers = toHeaders(yoga, req);
    if (!headers) {
      sendGraphQLError(res, 400, 'BAD_REQUEST', 'A request header has an invalid value.');
      return;
    }
    const url = `http://localhost/graphql${target.search ? `?${target.search}` : ''}`;
    // A JSON body was parsed above and goes to yoga as parameters (yoga.ts), not as a stream.
    const request = new yoga.fetchAPI.Request(url, {
      method,
      headers,
      body: body && !params ? new Uint8Array(body) : undefined,
    });
    const response = await yoga.handleRequest(request, { deadline, params });
    const payload = Buffer.from(await response.arrayBuffer());
    if (response.status >= 400 && payload.length === 0) {
      const code = CODE_BY_STATUS[response.status] ?? 'BAD_REQUEST';
      sendGraphQLError(res, response.status, code, `The request was refused (HTTP ${response.status}).`);
      return;
    }
    response.headers.forEach((value, name) => {
      if (name !== 'content-length' && name !== 'transfer-encoding') res.setHeader(name, value);
    });
    const answered = response.headers.get('content-type');
    if (response.status === 200 && answered) fastLane.learnContentType(req.headers.accept ?? '', answered);
    await send(req, res, response.status, payload);
  };
}
