import type http from 'node:http';

/**
 * The Content-Security-Policy of every response. Scripts, workers, fonts and fetches come from
 * this origin only (the explorer and GraphiQL are bundled, nothing loads from a CDN); styles may
 * be inline because React, Cytoscape and GraphiQL's editor set element styles at run time; images
 * may be data:/blob: URLs (the favicon, PNG/SVG exports). No framing by anyone, no plugins, no
 * <base> rewrites, forms post only here.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries: pages, JSON, files, errors, 404s and 413s alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  // frame-ancestors for browsers that predate it.
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Sets the security headers on a response before anything else writes to it. */
export function setSecurityHeaders(res: http.ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/** The same headers as raw lines, for the few answers written straight to a socket. */
export function rawSecurityHeaders(): string {
  return Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
}
