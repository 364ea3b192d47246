/**
 * The graphs `npm run bench` measures, made once and kept: `.data/bench-<size>/graph` holds the
 * synthetic fixtures (npm run synth), `synth.json` what the generator knows about them (hubs,
 * rare names), `neo4j/` the embedded database they were loaded into, and `loaded.json` says the
 * load finished. A re-run reuses all of it; only a missing or unfinished piece is redone.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateGraph, type SynthSummary } from '../../scripts/synth/generate';
import { REPO_ROOT, PATHS } from '../../server/src/paths';

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
  const loaded = fs.existsSync(path.join(home, 'loaded.json'));
  return { size, fixtures, dataDir: path.join(home, 'neo4j'), summary, loaded, dispose: () => undefined };
}

/**
 * Loads the fixtures with `npm run seed` as its own process (its progress bar shows), into the
 * Neo4j at `uri`; a re-run after an interrupted load completes it. Marks the size as loaded.
 */
export function seedGraph(graph: BenchGraph, uri: string, password: string): void {
  const tsx = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const started = Date.now();
  const run = spawnSync(process.execPath, [tsx, 'server/src/seed.ts', graph.fixtures], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password },
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error(`npm run seed -- ${graph.fixtures} failed (exit ${run.status})`);
  const seconds = (Date.now() - started) / 1000;
  if (graph.size !== 'article') {
    const marker = path.join(path.dirname(graph.dataDir), 'loaded.json');
    fs.writeFileSync(marker, JSON.stringify({ seconds, at: new Date().toISOString() }));
  }
  console.log(`Loaded ${graph.fixtures} in ${seconds.toFixed(1)} s`);
}
