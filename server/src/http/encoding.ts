/** A precompressed variant the web build writes next to each asset. */
export interface Encoding {
  /** Content-Encoding value. */
  name: 'br' | 'gzip';
  /** File name suffix written by the build (web/build/precompress.ts). */
  suffix: '.br' | '.gz';
}

const BROTLI: Encoding = { name: 'br', suffix: '.br' };
const GZIP: Encoding = { name: 'gzip', suffix: '.gz' };

/** Codings the client accepts with a non-zero quality (RFC 9110 12.5.3); `*` counts for both. */
function accepted(header: string): Set<string> {
  const result = new Set<string>();
  for (const part of header.toLowerCase().split(',')) {
    const [coding = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q !== undefined && !(Number(q.slice(2)) > 0)) continue;
    if (coding === '*') {
      result.add('br');
      result.add('gzip');
    } else if (coding) result.add(coding);
  }
  return result;
}

/** The encodings to try for a request, best first: brotli, then gzip. */
export function preferredEncodings(acceptEncoding: string | undefined): Encoding[] {
  if (!acceptEncoding) return [];
  const codings = accepted(acceptEncoding);
  return [BROTLI, GZIP].filter((e) => codings.has(e.name));
}
