import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text-like files worth compressing; images and fonts in binary formats are already compressed. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map|wasm|ttf|xml)$/;
/** Below this, headers cost more than compression saves. */
const MIN_BYTES = 1024;
/**
 * Brotli's best quality (11) is ~10x slower than 9 for ~10% smaller files: worth it for the
 * explorer's chunks, not for GraphiQL's multi-megabyte editor (19 s at 11, 1.5 s at 9).
 */
const BEST_QUALITY_UP_TO = 600 * 1024;

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (COMPRESSIBLE.test(entry.name)) yield full;
  }
}

/** Writes `file.br` and `file.gz` next to `file` when they are smaller; returns bytes saved by br. */
async function compress(file: string): Promise<number> {
  const data = fs.readFileSync(file);
  if (data.length < MIN_BYTES) return 0;
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: data.length <= BEST_QUALITY_UP_TO ? 11 : 9,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzip(data, { level: 9 }),
  ]);
  if (gz.length >= data.length) return 0;
  fs.writeFileSync(`${file}.gz`, gz);
  if (br.length < gz.length) fs.writeFileSync(`${file}.br`, br);
  return data.length - Math.min(br.length, gz.length);
}

/**
 * After the build, writes brotli and gzip twins of every compressible file (node:zlib, no
 * plugin to keep in step with Vite's releases). The server sends them with Content-Encoding and
 * Vary: Accept-Encoding, so nothing is compressed per request.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'truce-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      let saved = 0;
      for (const file of files(outDir)) saved += await compress(file);
      this.info?.(`precompressed ${outDir}: ${(saved / 1024).toFixed(0)} KiB saved`);
    },
  };
}
