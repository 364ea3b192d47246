/**
 * The request line's target and the Host header, parsed without trusting either. Node hands the
 * raw target over as `req.url`; `new URL()` on it throws for `//[` or `http://[`, so every parse
 * here returns a result instead of throwing, and nothing downstream builds a URL from raw input.
 */

/** A target that passed: its path (still percent-encoded) and its query. */
export interface Target {
  pathname: string;
  /** The query string without '?', '' when there is none. */
  search: string;
  params: URLSearchParams;
}

/** Why a target or host was refused, in words for the 400 body. */
export type TargetResult = { ok: true; target: Target } | { ok: false; reason: string };

const BASE = 'http://localhost';
// Visible ASCII only: browsers leave some reserved characters ({ } | [ ]) raw in queries, so
// this is looser than RFC 3986, but spaces, controls and raw non-ASCII bytes are refused.
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

/** Parses an origin-form (`/path?q`) or absolute-form (`http://host/path?q`) target. */
export function parseTarget(raw: string | undefined): TargetResult {
  if (!raw) return { ok: false, reason: 'the request target is empty' };
  let pathAndQuery = raw;
  if (!raw.startsWith('/')) {
    // RFC 9112 3.2.2: servers must accept the absolute form; only its path and query matter.
    if (!/^https?:\/\//i.test(raw)) return { ok: false, reason: 'the request target must start with "/"' };
    const absolute = safeUrl(raw);
    if (!absolute) return { ok: false, reason: 'the request target is not a valid URL' };
    pathAndQuery = absolute.pathname + absolute.search;
  } else if (raw.startsWith('//')) {
    return { ok: false, reason: 'the request target must not start with "//"' };
  }
  if (!VISIBLE_ASCII.test(pathAndQuery)) {
    return { ok: false, reason: 'the request target holds characters that must be percent-encoded' };
  }
  const url = safeUrl(BASE + pathAndQuery);
  if (!url) return { ok: false, reason: 'the request target is not a valid path' };
  return {
    ok: true,
    target: { pathname: url.pathname, search: url.search.slice(1), params: url.searchParams },
  };
}

// reg-name, IPv4 or a bracketed IPv6 literal, then an optional port (RFC 9110 7.2, RFC 3986 3.2.2).
const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9\-._~!$&'()*+,;=%]+)(?::\d{1,5})?$/;

/** True for a syntactically valid Host header value (the value itself is never trusted further). */
export function isValidHost(host: string | undefined): boolean {
  if (!host || !HOST.test(host)) return false;
  return safeUrl(`http://${host}/`) !== undefined;
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
