/**
 * `npm run bench:load-graph [-- --sizes 10k,100k] [--batch-size N] [--page-cache 1g]`: for each
 * size, generates a synthetic graph (npm run synth), starts a fresh embedded Neo4j (heap from
 * NEO4J_EMBEDDED_HEAP; page cache 1 GiB unless given: a million relations do not fit the app's
 * 64 MiB default), and times `npm run seed` into the empty database, a re-run,
 * and a --replace, each as its own process so the loader's peak RSS is its own. Sizes: 10k
 * (10,000 entities / 100,000 relations) and 100k (100,000 / 1,000,000).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateGraph } from '../scripts/synth/generate';
import { startEmbeddedNeo4j } from '../server/src/db/embedded';
import { loadConfig } from '../server/src/env';
import { REPO_ROOT } from '../server/src/paths';
import { freePort } from '../tests/support/free-port';

const SIZES: Record<string, { entities: number; relations: number }> = {
  '10k': { entities: 10_000, relations: 100_000 },
  '100k': { entities: 100_000, relations: 1_000_000 },
};
const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Run {
  seconds: number;
  loadSeconds: number;
  peakMb: number | undefined;
  mode: string;
}

/** Runs the seed CLI as its own process; GNU time reports its peak RSS. */
function seed(uri: string, dir: string, extra: string[]): Run {
  const args = [process.execPath, TSX, 'server/src/seed.ts', ...extra, dir];
  const started = Date.now();
  const run = spawnSync(TIME ?? args[0]!, TIME ? ['-f', 'PEAK_RSS_KB %M', ...args] : args.slice(1), {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, NEO4J_URI: uri },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (Date.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`seed failed:\n${run.stdout}\n${run.stderr}`);
  const load = /in ([\d.]+) s \((created|upserted)/.exec(run.stdout);
  const peak = /PEAK_RSS_KB (\d+)/.exec(run.stderr);
  return {
    seconds,
    loadSeconds: Number(load?.[1] ?? NaN),
    mode: load?.[2] === 'created' ? 'CREATE' : 'MERGE',
    peakMb: peak ? Math.round(Number(peak[1]) / 1024) : undefined,
  };
}

async function bench(size: string, batch: string[], pageCache: number): Promise<string[]> {
  const { entities, relations } = SIZES[size] ?? SIZES['10k']!;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `bench-load-${size}-`));
  try {
    const t = Date.now();
    generateGraph({ entities, relations, out: path.join(work, 'graph'), seed: 1 });
    const synthSeconds = (Date.now() - t) / 1000;
    const config = loadConfig();
    const neo4j = await startEmbeddedNeo4j({
      port: await freePort(),
      dir: path.join(work, 'neo4j'),
      heap: config.embedded.heap,
      pageCache,
      log: () => undefined,
    });
    try {
      const rows = [`| ${size} | synth | ${synthSeconds.toFixed(1)} | | | |`];
      const runs: Array<[string, string[]]> = [
        ['first load', batch],
        ['re-run', batch],
        ['--replace', ['--replace', ...batch]],
      ];
      for (const [name, args] of runs) {
        const r = seed(neo4j.uri, path.join(work, 'graph'), args);
        rows.push(
          `| ${size} | ${name} (${r.mode}) | ${r.seconds.toFixed(1)} | ${r.loadSeconds.toFixed(1)} | ` +
            `${Math.round(relations / r.loadSeconds).toLocaleString('en-US')} | ${r.peakMb ?? '?'} |`,
        );
        console.log(rows[rows.length - 1]);
      }
      return rows;
    } finally {
      await neo4j.stop();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10k,100k' },
      'batch-size': { type: 'string' },
      'page-cache': { type: 'string', default: '1g' },
    },
  });
  const batch = values['batch-size'] ? ['--batch-size', values['batch-size']] : [];
  const config = loadConfig();
  const pageCache = loadConfig({ NEO4J_EMBEDDED_PAGECACHE: values['page-cache'] }).embedded.pageCache;
  console.log(
    `Embedded Neo4j heap ${config.embedded.heap}, page cache ${Math.round(pageCache / 1024 ** 2)} MiB; ` +
      `${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(1)}${batch.length ? `; batch size ${batch[1]}` : ''}`,
  );
  const lines = [
    '| size | run | wall s | load s | relations/s | loader peak RSS MB |',
    '|---|---|---|---|---|---|',
  ];
  for (const size of values.sizes.split(',')) {
    if (!SIZES[size]) throw new Error(`Unknown size ${size}; use ${Object.keys(SIZES).join(', ')}`);
    lines.push(...(await bench(size, batch, pageCache)));
    console.log(lines.join('\n'));
  }
  console.log(
    `Load average at the end: ${os.loadavg()[0]?.toFixed(1)} (other work on the machine slows every figure).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
