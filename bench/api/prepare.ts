/**
 * The graphs `npm run bench` measures, made once and kept: `.data/bench-<size>/graph` holds the
 * synthetic fixtures (npm run synth), `synth.json` what the generator knows about them (hubs,
 * rare names), `neo4j/` the embedded database they were bulk-imported into, and `loaded.json`
 * says the load finished. A re-run reuses all of it; only a missing or unfinished piece is redone.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateGraph, type SynthSummary } from '../../scripts/synth/generate';
import { REPO_ROOT, PATHS } from '../../server/src/paths';
import { STORED_FORMAT } from '../../server/src/fixtures/fingerprint';

/** Sizes by name: entities and relations (10k means ten thousand relations). */
export const SIZES: Record<string, { entities: number; relations: number }> = {
  '10k': { entities: 1_000, relations: 10_000 },
  '100k': { entities: 10_000, relations: 100_000 },
  '1m': { entities: 100_000, relations: 1_000_000 },
};

/** Where one size lives; the article graph gets a fresh temporary folder each run. */
export interface BenchGraph {
  size: string;
  fixtures: string;
  dataDir: string;
  summary: SynthSummary | undefined;
  /** True once a seed of `fixtures` into `dataDir` completed. */
  loaded: boolean;
  /** Removes what is not kept (the article's temporary database). */
  dispose: () => void;
}

/** Generates the size's fixtures unless they are already there. */
export function prepareGraph(size: string): BenchGraph {
  if (size === 'article') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-bench-'));
    const dispose = () => fs.rmSync(dataDir, { recursive: true, force: true });
    return { size, fixtures: PATHS.fixtures, dataDir, summary: undefined, loaded: false, dispose };
  }
  const spec = SIZES[size];
  if (!spec) throw new Error(`Unknown --size ${size}; use article, ${Object.keys(SIZES).join(', ')}`);
  const home = path.join(REPO_ROOT, '.data', `bench-${size}`);
  const fixtures = path.join(home, 'graph');
  const summaryFile = path.join(home, 'synth.json');
  if (!fs.existsSync(summaryFile)) {
    fs.rmSync(home, { recursive: true, force: true });
    console.log(`Generating ${spec.entities} entities / ${spec.relations} relations into ${fixtures} ...`);
    const summary = generateGraph({ ...spec, out: fixtures, seed: 1 });
    fs.writeFileSync(summaryFile, JSON.stringify(summary));
  }
  const summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8')) as SynthSummary;
  // A store written in an older format (say, before relations stored their timeline key) is loaded again.
  const marker = path.join(home, 'loaded.json');
  const loaded =
    fs.existsSync(marker) &&
    (JSON.parse(fs.readFileSync(marker, 'utf8')) as { format?: string }).format === STORED_FORMAT;
  return { size, fixtures, dataDir: path.join(home, 'neo4j'), summary, loaded, dispose: () => undefined };
}

/**
 * Loads the fixtures with `npm run seed` as its own process (its progress shows). A synthetic
 * size is bulk-imported into its kept data folder before the bench's Neo4j starts (`seed
 * --replace` owning NEO4J_EMBEDDED_DIR: a fresh store whatever an earlier, unfinished run left,
 * a minute or two at a million relations instead of the Cypher loader's many); the article's
 * small graph goes by Cypher into the running Neo4j at `target.uri`. Marks the size as loaded.
 */
export function seedGraph(
  graph: BenchGraph,
  target: { embedded: { port: number; pageCache: string } } | { uri: string; password: string },
): void {
  const tsx = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const started = Date.now();
  const env =
    'embedded' in target
      ? {
          NEO4J_EMBEDDED_DIR: graph.dataDir,
          NEO4J_EMBEDDED_PORT: String(target.embedded.port),
          NEO4J_EMBEDDED_PAGECACHE: target.embedded.pageCache,
          ...(process.env.NEO4J_EMBEDDED_HEAP
            ? { NEO4J_EMBEDDED_HEAP: process.env.NEO4J_EMBEDDED_HEAP }
            : {}),
        }
      : { NEO4J_URI: target.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: target.password };
  const args = 'embedded' in target ? ['--replace', graph.fixtures] : [graph.fixtures];
  const run = spawnSync(process.execPath, [tsx, 'server/src/seed.ts', ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, JAVA_HOME: process.env.JAVA_HOME, ...env },
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error(`npm run seed -- ${args.join(' ')} failed (exit ${run.status})`);
  const seconds = (Date.now() - started) / 1000;
  if (graph.size !== 'article') {
    const marker = path.join(path.dirname(graph.dataDir), 'loaded.json');
    fs.writeFileSync(
      marker,
      JSON.stringify({ seconds, at: new Date().toISOString(), format: STORED_FORMAT }),
    );
  }
  console.log(`Loaded ${graph.fixtures} in ${seconds.toFixed(1)} s`);
}
