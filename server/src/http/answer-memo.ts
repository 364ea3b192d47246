import type { ViewCache } from '../db/view-cache';
import { compressAnswer } from './compress';
import { preferredEncodings } from './encoding';

/** Answers kept (distinct variables and Accept headers); the least recently kept goes first. */
const MAX_ANSWERS = 4;

/** An answer as sent: its body compressed for one Accept-Encoding, and that encoding. */
export interface EncodedAnswer {
  body: string | Buffer;
  encoding?: 'br' | 'gzip';
}

interface Kept {
  version: string;
  /** The kept views it was made from, by key: it is current while they are. */
  views: ReadonlyMap<string, Promise<unknown>>;
  body: string;
  contentType: string;
  /** The body as sent, by the encoding a request gets ('' for none). */
  encoded: Map<string, Promise<EncodedAnswer>>;
}

/** A kept answer, ready to send. */
export interface KeptAnswer {
  contentType: string;
  /** The body for a client sending this Accept-Encoding (compressed once per encoding). */
  encoded(acceptEncoding: string | undefined): Promise<EncodedAnswer>;
}

/**
 * The whole answers to the explorer's start view and "Show all" (a few documents, named at
 * construction), kept as long as the views they were made of (view-cache.ts). The view cache
 * spares Neo4j the walk; each request still executed GraphQL over the view's rows, read the
 * sources, serialised and compressed the JSON: 50-170 ms for a 150-entity start view on an idle
 * two-core machine, 0.4-1.2 s while the page that asked was loading beside it, and about a second
 * for the 5,000-entity view (8.8 MB of JSON). A kept answer costs a request one small read (the
 * graph's version) and a write. It is served only at the version it was made at, and while the
 * view cache would still give a request the very views it was made from: when those are computed
 * again (past VIEW_TTL_MS, started by this read as by any) and differ, the next request makes the
 * answer again, so an answer is never staler than a view. Only answers without errors are kept.
 */
export class AnswerMemo {
  private readonly answers = new Map<string, Kept>();

  constructor(
    private readonly documents: ReadonlySet<string>,
    private readonly views: ViewCache,
  ) {}

  /** The key of a request whose answer may be kept (undefined for any other document). */
  keyOf(
    params: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
    accept: string,
  ): string | undefined {
    if (!this.documents.has(params.query)) return undefined;
    return [params.operationName ?? '', accept, JSON.stringify(params.variables ?? {}), params.query].join(
      '\u0000',
    );
  }

  /** The answer kept under `key` at `version`, while the views it was made from are current. */
  read(key: string, version: string): KeptAnswer | undefined {
    const kept = this.answers.get(key);
    if (!kept || kept.version !== version) return undefined;
    for (const [view, value] of kept.views) if (this.views.current(view, version) !== value) return undefined;
    return sendable(kept);
  }

  /**
   * Keeps an answer made at `version` (one without errors) from `views` (ViewCache.viewsRead), and
   * returns it to send; an answer made from no kept view is not kept.
   */
  keep(
    key: string,
    version: string,
    views: ReadonlyMap<string, Promise<unknown>>,
    answer: { body: string; contentType: string },
  ): KeptAnswer | undefined {
    if (views.size === 0) return undefined;
    this.answers.delete(key);
    const kept: Kept = { version, views: new Map(views), ...answer, encoded: new Map() };
    this.answers.set(key, kept);
    // Browsers all take brotli: compressed now (a large answer, on zlib's threads), the first
    // visitor's request does not wait for it (the warm-up asks without Accept-Encoding).
    void encodedAs(kept, 'br');
    while (this.answers.size > MAX_ANSWERS) this.answers.delete(this.answers.keys().next().value as string);
    return sendable(kept);
  }
}

/** A kept answer as the route sends it. */
function sendable(kept: Kept): KeptAnswer {
  return {
    contentType: kept.contentType,
    encoded: (acceptEncoding) => encodedAs(kept, preferredEncodings(acceptEncoding)[0]?.name ?? ''),
  };
}

/** The kept body as sent with `encoding`, compressed at the first ask and kept. */
function encodedAs(kept: Kept, encoding: string): Promise<EncodedAnswer> {
  let body = kept.encoded.get(encoding);
  if (!body) {
    body = compressAnswer(kept.body, encoding || undefined);
    kept.encoded.set(encoding, body);
    body.catch(() => kept.encoded.delete(encoding));
  }
  return body;
}
