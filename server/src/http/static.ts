import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { lookup } from 'mrmime';
import { preferredEncodings, type Encoding } from './encoding';
import { interpretRange } from './range';
import { sendError } from './respond';

/** Vite names everything under /assets/ by content hash: such a file never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and unhashed files: always revalidate, so a new build shows up at once. */
const REVALIDATE = 'no-cache';

interface Found {
  file: string;
  stat: fs.Stats;
}

async function statFile(file: string): Promise<fs.Stats | undefined> {
  try {
    const stat = await fs.promises.stat(file);
    return stat.isFile() ? stat : undefined;
  } catch {
    return undefined;
  }
}

function contentType(file: string): string {
  const type = lookup(file) ?? 'application/octet-stream';
  return /^text\/|javascript|json|svg/.test(type) ? `${type}; charset=utf-8` : type;
}

/** The file a decoded, normalised path names inside `root`, or why not. */
function resolveInside(root: string, pathname: string): string | 'bad' | 'hidden' {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 'bad';
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return 'bad';
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return 'hidden';
  return path.join(root, ...segments);
}

/**
 * Serves the built web client (web/dist): hashed assets cached for a year, pages revalidated,
 * the build's .br/.gz twins sent to clients that accept them (with Vary: Accept-Encoding), one
 * byte range per request on uncompressed answers, ETags and 304s. Paths without an extension
 * that name no file get index.html (the explorer keeps its view in the query string); a missing
 * file gets a coded 404. Nothing here can throw on request input.
 */
export function createStatic(root: string) {
  async function find(pathname: string): Promise<Found | 'bad' | undefined> {
    const resolved = resolveInside(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (resolved === 'bad') return 'bad';
    if (resolved !== 'hidden') {
      const stat = await statFile(resolved);
      if (stat) return { file: resolved, stat };
    }
    if (path.posix.extname(pathname) !== '') return undefined;
    const index = path.join(root, 'index.html');
    const stat = await statFile(index);
    return stat ? { file: index, stat } : undefined;
  }

  async function send(req: http.IncomingMessage, res: http.ServerResponse, found: Found): Promise<void> {
    const immutable = path.relative(root, found.file).startsWith(`assets${path.sep}`);
    let encoding: Encoding | undefined;
    let file = found.file;
    let stat = found.stat;
    for (const candidate of preferredEncodings(req.headers['accept-encoding'])) {
      const twin = await statFile(found.file + candidate.suffix);
      if (!twin) continue;
      [encoding, file, stat] = [candidate, found.file + candidate.suffix, twin];
      break;
    }
    // The build compresses every compressible file, so a .gz twin means the answer varies.
    const variants = encoding !== undefined || (await statFile(`${found.file}.gz`)) !== undefined;
    const etag = `W/"${found.stat.size.toString(16)}-${Math.floor(found.stat.mtimeMs).toString(16)}${encoding ? `-${encoding.name}` : ''}"`;
    res.setHeader('content-type', contentType(found.file));
    res.setHeader('cache-control', immutable ? IMMUTABLE : REVALIDATE);
    res.setHeader('etag', etag);
    res.setHeader('last-modified', found.stat.mtime.toUTCString());
    if (variants) res.setHeader('vary', 'Accept-Encoding');
    if (encoding) res.setHeader('content-encoding', encoding.name);
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304).end();
      return;
    }
    const range = encoding ? { kind: 'whole' as const } : interpretRange(req.headers.range, stat.size);
    res.setHeader('accept-ranges', encoding ? 'none' : 'bytes');
    if (range.kind === 'unsatisfiable') {
      sendError(res, 416, 'RANGE_NOT_SATISFIABLE', `The Range is outside the file (${stat.size} bytes).`, {
        'content-range': `bytes */${stat.size}`,
      });
      return;
    }
    const [start, end] = range.kind === 'part' ? [range.start, range.end] : [0, stat.size - 1];
    if (range.kind === 'part') res.setHeader('content-range', `bytes ${start}-${end}/${stat.size}`);
    res.writeHead(range.kind === 'part' ? 206 : 200, { 'content-length': Math.max(0, end - start + 1) });
    if (req.method === 'HEAD' || stat.size === 0) {
      res.end();
      return;
    }
    const stream = fs.createReadStream(file, { start, end });
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  /** Answers GET/HEAD for a path under the web build. */
  return async function serveStatic(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    pathname: string,
  ): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here; use GET.`, {
        allow: 'GET, HEAD',
      });
      return;
    }
    const found = await find(pathname);
    if (found === 'bad') {
      sendError(res, 400, 'BAD_REQUEST', 'The path is not valid percent-encoded UTF-8.');
      return;
    }
    if (!found) {
      sendError(res, 404, 'NOT_FOUND', `Nothing is served at ${pathname.slice(0, 200)}.`);
      return;
    }
    await send(req, res, found);
  };
}

/** True when the build holds `file` (say graphiql.html). */
export function hasBuiltFile(root: string, file: string): boolean {
  return fs.existsSync(path.join(root, file));
}
