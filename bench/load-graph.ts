/**
 * `npm run bench:load-graph [-- --sizes 10k,100k] [--paths import,cypher] [--batch-size N]
 * [--page-cache 1g]`: for each size, generates a synthetic graph (npm run synth) and times
 * `npm run seed` into an empty database, a re-run (forced through the Cypher loader), a re-run of
 * the unchanged folder without options (nothing to write) and a --replace, each as its own process so the
 * loader's peak RSS is its own (seed prints it). Two paths: `import`, where seed owns a fresh
 * embedded Neo4j and bulk-imports (then starts it for the re-run and --replace), and `cypher`,
 * where the bench starts the embedded Neo4j and seed reaches it by NEO4J_URI (the Cypher loader).
 * Heap from NEO4J_EMBEDDED_HEAP; page cache 1 GiB unless given (a million relations do not fit
 * the app's 64 MiB default). Sizes: 10k (10,000 entities / 100,000 relations) and 100k
 * (100,000 / 1,000,000).
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

interface Run {
  seconds: number;
  loadSeconds: number;
  peakMb: number | undefined;
  mode: string;
}

const MODES: Record<string, string> = { created: 'CREATE', upserted: 'MERGE', 'bulk-imported': 'IMPORT' };

/** Runs the seed CLI as its own process (against `env`'s Neo4j); it prints its own peak RSS. */
function seed(env: NodeJS.ProcessEnv, dir: string, extra: string[]): Run {
  const started = Date.now();
  const run = spawnSync(process.execPath, [TSX, 'server/src/seed.ts', ...extra, dir], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, JAVA_HOME: process.env.JAVA_HOME, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (Date.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`seed failed:\n${run.stdout}\n${run.stderr}`);
  const load = /in ([\d.]+) s \((created|upserted|bulk-imported)/.exec(run.stdout);
  const peak = /Peak memory of this process: (\d+) MB/.exec(run.stdout);
  const steps = /Bulk import: (.*)\./.exec(run.stdout);
  if (steps) console.log(`  ${steps[0]}`);
  // The same folder again, without options: seed sees it is already loaded and writes nothing.
  const unchanged = run.stdout.includes('already holds this folder');
  return {
    seconds,
    loadSeconds: unchanged ? seconds : Number(load?.[1] ?? NaN),
    mode: unchanged ? 'nothing to write' : (MODES[load?.[2] ?? ''] ?? '?'),
    peakMb: peak ? Number(peak[1]) : undefined,
  };
}

const RUNS = (batch: string[]): Array<[string, string[]]> => [
  ['first load', batch],
  ['re-run', batch],
  ['re-run, no options', []],
  ['--replace', ['--replace', ...batch]],
];

function row(size: string, path: string, name: string, relations: number, r: Run): string {
  return (
    `| ${size} | ${path} | ${name} (${r.mode}) | ${r.seconds.toFixed(1)} | ${r.loadSeconds.toFixed(1)} | ` +
    `${Math.round(relations / r.loadSeconds).toLocaleString('en-US')} | ${r.peakMb ?? '?'} |`
  );
}

/** The Cypher loader: the bench starts Neo4j; seed reaches it by NEO4J_URI. */
async function cypherPath(size: string, work: string, relations: number, batch: string[], pageCache: number) {
  const config = loadConfig();
  const neo4j = await startEmbeddedNeo4j({
    port: await freePort(),
    dir: path.join(work, 'neo4j-cypher'),
    heap: config.embedded.heap,
    pageCache,
    log: () => undefined,
  });
  const env = { NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password };
  const rows: string[] = [];
  try {
    for (const [name, args] of RUNS(batch)) {
      rows.push(row(size, 'cypher', name, relations, seed(env, path.join(work, 'graph'), args)));
      console.log(rows[rows.length - 1]);
    }
  } finally {
    await neo4j.stop();
  }
  return rows;
}

/** The bulk importer: seed owns a fresh embedded Neo4j (and starts it again for each later run). */
async function importPath(size: string, work: string, relations: number, batch: string[], pageCache: number) {
  const env = {
    NEO4J_EMBEDDED_DIR: path.join(work, 'neo4j-import'),
    NEO4J_EMBEDDED_PORT: String(await freePort()),
    NEO4J_EMBEDDED_PAGECACHE: `${Math.round(pageCache / 1024 ** 2)}m`,
    ...(process.env.NEO4J_EMBEDDED_HEAP ? { NEO4J_EMBEDDED_HEAP: process.env.NEO4J_EMBEDDED_HEAP } : {}),
  };
  const rows: string[] = [];
  for (const [name, args] of RUNS(batch)) {
    // --batch-size is the Cypher loader's: the first load goes without it, to be a bulk import.
    const first = name === 'first load' ? args.filter((a) => a !== '--batch-size' && a !== batch[1]) : args;
    rows.push(row(size, 'import', name, relations, seed(env, path.join(work, 'graph'), first)));
    console.log(rows[rows.length - 1]);
  }
  return rows;
}

async function bench(size: string, paths: string[], batch: string[], pageCache: number): Promise<string[]> {
  const { entities, relations } = SIZES[size] ?? SIZES['10k']!;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `bench-load-${size}-`));
  try {
    const t = Date.now();
    generateGraph({ entities, relations, out: path.join(work, 'graph'), seed: 1 });
    const rows = [`| ${size} | | synth | ${((Date.now() - t) / 1000).toFixed(1)} | | | |`];
    console.log(rows[0]);
    if (paths.includes('import')) rows.push(...(await importPath(size, work, relations, batch, pageCache)));
    if (paths.includes('cypher')) rows.push(...(await cypherPath(size, work, relations, batch, pageCache)));
    return rows;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10k,100k' },
      paths: { type: 'string', default: 'import,cypher' },
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
    '| size | path | run | wall s | load s | relations/s | loader peak RSS MB |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const size of values.sizes.split(',')) {
    if (!SIZES[size]) throw new Error(`Unknown size ${size}; use ${Object.keys(SIZES).join(', ')}`);
    lines.push(...(await bench(size, values.paths.split(','), batch, pageCache)));
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
