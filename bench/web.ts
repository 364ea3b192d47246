/**
 * `npm run bench:web`: the explorer in Chromium at three sizes: the article's graph (66
 * entities), and synthetic graphs of 2,000 / 8,000 and 5,000 / 20,000 (npm run synth). Starts
 * its own embedded Neo4j (free port, temporary folder) and app server, loads each graph in turn,
 * and measures: the start view's first drawn nodes and settled layout (five loads: the table
 * gives their median and range); "Show all" (time to draw and lay out every entity); frames per
 * second while a drag pans and the wheel zooms the whole
 * graph (with the renderer the app picks, and the other one for comparison); the longest
 * main-thread task of the start view and of "Show all" (Long Tasks API: the longest time the page
 * could answer no click); expanding the biggest hub and opening its
 * largest group; selecting the hub in the whole graph and clearing the selection (to the next
 * frame: the highlight restyles every element); and a path found through the path finder.
 * Prints a table.
 * `-- --sizes 2000,5000` picks the synthetic sizes (4 relations per entity).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { generateGraph, type SynthSummary } from '../scripts/synth/generate';
import { seedFromFolder } from '../server/src/fixtures/load';
import { readFixtures } from '../server/src/fixtures/validate';
import { warmServer } from '../server/src/http/warm-start';
import { PATHS } from '../server/src/paths';
import { WEB_DIST, ensureWebBuilt, launchChromium } from '../tests/support/web-browser';
import { measureWithoutSourceMaps } from './api/source-maps';
import { DATABASE, startWebBenchApp } from './web-app';
import { expand, findPath, firstRender, fps, prepare, selectAndClear, settled, showAll } from './web-measure';

const quiet = () => undefined;

interface Graph {
  name: string;
  dir: string;
  entities: number;
  hub: string;
  pathEnds: [string, string];
}

/** The article's graph: its biggest hub and two entities to link. */
function articleGraph(): Graph {
  const { entities, relations } = readFixtures(PATHS.fixtures).graph;
  const degree = new Map<string, number>();
  for (const r of relations) for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const hub = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const name = (id: string) => entities.find((e) => e.id === id)?.name ?? id;
  return {
    name: `article (${entities.length})`,
    dir: PATHS.fixtures,
    entities: entities.length,
    hub,
    pathEnds: [name('zack-cooper'), name('rare-earths')],
  };
}

/** A synthetic graph of `n` entities and 4n relations in a temporary folder. */
function syntheticGraph(n: number, root: string): Graph {
  const out = path.join(root, `synth-${n}`);
  fs.mkdirSync(out, { recursive: true });
  const summary: SynthSummary = generateGraph({ entities: n, relations: 4 * n, out, seed: 7 });
  const [a, b] = summary.rareNames;
  return {
    name: `synthetic ${n.toLocaleString('en-US')} / ${(4 * n).toLocaleString('en-US')}`,
    dir: out,
    entities: n,
    hub: summary.hubs[0]?.id ?? '',
    pathEnds: [a?.name ?? '', b?.name ?? ''],
  };
}

type Row = Record<string, string>;
const ms = (x: number | null) =>
  x === null || Number.isNaN(x) ? '–' : `${Math.round(x).toLocaleString('en-US')}`;
const f1 = (x: number) => x.toFixed(1);

/**
 * Loads of each start view: one load on a two-core machine varied by a third from the next
 * (the server, Neo4j and Chromium share the cores), so the table gives their median and range.
 */
const START_LOADS = 5;

/** The median of `xs`, then their range: "1,637 (1,354–2,365)". */
function spread(xs: number[]): string {
  const sorted = [...xs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  return `${ms(median)} (${ms(sorted[0] ?? NaN)}–${ms(sorted[sorted.length - 1] ?? NaN)})`;
}

/** Every measurement of one graph, each in a fresh page. */
async function measure(browser: Browser, base: string, graph: Graph): Promise<Row> {
  const page = async (renderer?: string) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await prepare(context);
    const p = await context.newPage();
    return {
      p,
      url: `${base}/?debug${renderer ? `&renderer=${renderer}` : ''}`,
      close: () => context.close(),
    };
  };
  const row: Row = { graph: graph.name };

  // The start view is loaded START_LOADS times, each in a fresh page; the last one stays open.
  const loads = [];
  let start = await page();
  for (;;) {
    loads.push(await firstRender(start.p, start.url));
    if (loads.length === START_LOADS) break;
    await start.close();
    start = await page();
  }
  row['start view: first nodes ms'] = spread(loads.map((l) => l.first));
  row['start view: laid out ms'] = spread(loads.map((l) => l.settled));
  row['start view: longest main-thread task ms'] = spread(loads.map((l) => l.longest));
  const overview = await fps(start.p, 2000);
  row['start view fps pan/zoom'] = `${f1(overview.pan)} / ${f1(overview.zoom)}`;
  row['path ms'] = ms(await findPath(start.p, ...graph.pathEnds));
  await start.close();

  const whole = await page();
  await firstRender(whole.p, whole.url);
  if (graph.entities > 150) {
    const all = await showAll(whole.p, graph.entities);
    row['show all: drawn ms'] = ms(all.drawn);
    row['show all: laid out ms'] = ms(all.settled);
    row['show all: longest main-thread task ms'] = ms(all.longest);
  } else {
    row['show all: drawn ms'] = '(whole at start)';
    row['show all: laid out ms'] = '';
    row['show all: longest main-thread task ms'] = '';
  }
  const renderer = await whole.p.evaluate(() => document.querySelector('.cy')?.getAttribute('data-renderer'));
  const all = await fps(whole.p);
  row['whole graph fps pan/zoom'] = `${f1(all.pan)} / ${f1(all.zoom)} (${renderer})`;
  const picked = await selectAndClear(whole.p, graph.hub);
  row['whole graph: select hub ms'] = `${ms(picked.select)} (longest task ${ms(picked.selectLongest)})`;
  row['whole graph: clear selection ms'] = `${ms(picked.clear)} (longest task ${ms(picked.clearLongest)})`;
  await whole.close();

  if (graph.entities >= 1000) {
    // The other renderer on the same view, for comparison (the app picks one; see renderMode.ts).
    const other = renderer === 'webgl' ? 'canvas' : 'webgl';
    const compared = await page(other);
    await firstRender(compared.p, compared.url);
    await showAll(compared.p, graph.entities);
    const c = await fps(compared.p);
    row['whole graph fps, other renderer'] = `${f1(c.pan)} / ${f1(c.zoom)} (${other})`;
    await compared.close();
  } else row['whole graph fps, other renderer'] = '';

  const hub = await page();
  const e = await expand(hub.p, base, graph.hub);
  row['expand hub ms'] = `${ms(e.expand)} (settled ${ms(e.expandSettled)})`;
  row['open group ms'] =
    e.group === null ? '(not grouped)' : `${ms(e.group)} (settled ${ms(e.groupSettled)})`;
  await settled(hub.p);
  await hub.close();
  return row;
}

/** One column per graph, one line per measure. */
function table(rows: Row[]): string {
  const measures = Object.keys(rows[0] ?? {}).filter((k) => k !== 'graph');
  const cells = [
    ['measure', ...rows.map((r) => r.graph ?? '')],
    ...measures.map((m) => [m, ...rows.map((r) => r[m] ?? '')]),
  ];
  const widths = (cells[0] ?? []).map((_, i) => Math.max(...cells.map((c) => c[i]?.length ?? 0)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const [head = [], ...body] = cells;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Empties the database in batches (auto-commit, as CALL IN TRANSACTIONS needs). */
async function clear(driver: Driver): Promise<void> {
  const session = driver.session({ database: DATABASE });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  measureWithoutSourceMaps();
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '2000,5000' } } });
  const sizes = values.sizes
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 2);
  const wall = Date.now();
  ensureWebBuilt();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-bench-web-'));
  const app = await startWebBenchApp(root, WEB_DIST);
  const { driver, base } = app;
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    console.log(
      `Neo4j ${app.neo4jVersion}; app at ${base}; Chromium ${browser.version()}; viewport 1440x900\n`,
    );
    const rows: Row[] = [];
    for (const graph of [articleGraph(), ...sizes.map((n) => syntheticGraph(n, root))]) {
      await clear(driver);
      const loaded = Date.now();
      await seedFromFolder(driver, DATABASE, graph.dir, quiet);
      const loadSeconds = (Date.now() - loaded) / 1000;
      // What a server started on this graph does in its first minute (main.ts, in the
      // background): the start view, every costly query's plan (the new graph's statistics make
      // Neo4j plan again), then the view "Show all" loads.
      const warmed = Date.now();
      await warmServer(base, driver, DATABASE, graph.entities);
      console.log(
        `${graph.name}: loaded in ${loadSeconds.toFixed(1)} s, warmed in ${((Date.now() - warmed) / 1000).toFixed(1)} s; measuring...`,
      );
      rows.push(await measure(browser, base, graph));
    }
    console.log(`\n${table(rows)}`);
    console.log(
      '\nTimes in ms from the action (page load for the start view); fps = frames Cytoscape drew per second while a drag pans and the wheel zooms.',
    );
  } finally {
    await browser?.close();
    await app.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
  console.log(`Total wall time: ${((Date.now() - wall) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
