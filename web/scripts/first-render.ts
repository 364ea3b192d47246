/**
 * Measures the explorer in headless Chromium: time from navigation to the whole graph drawn,
 * and the gzip size of what the first page load fetches. A measurement, not a test:
 *
 *   npx tsx web/scripts/first-render.ts http://127.0.0.1:4000 [runs]
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:4000';
const runs = Number(process.argv[3] ?? 5);
const dist = path.resolve(__dirname, '..', 'dist');

function gzipSizes(): Record<string, number> {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  const all = fs.readdirSync(path.join(dist, 'assets')).map((f) => `assets/${f}`);
  const size = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, f))).length;
  const sum = (files: string[]) => files.reduce((s, f) => s + size(f), 0);
  return { initialHtmlJsCss: sum(initial) + size('index.html'), allAssets: sum(all) + size('index.html') };
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const times: number[] = [];
  const marks: Array<Record<string, number>> = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-testid="graph-canvas"]');
      return (
        /^Graph of [1-9]\d* entities/.test(el?.getAttribute('aria-label') ?? '') &&
        el?.querySelector('canvas')
      );
    });
    // One more frame: the layout has run and Cytoscape has painted.
    times.push(
      await page.evaluate(
        () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))),
      ),
    );
    marks.push(
      await page.evaluate(() => {
        const out: Record<string, number> = {};
        for (const e of performance.getEntriesByType('measure')) out[e.name] = Math.round(e.duration);
        for (const e of performance.getEntriesByType('mark')) out[`${e.name}At`] = Math.round(e.startTime);
        for (const e of performance.getEntriesByType('resource')) {
          if (e.name.endsWith('/graphql'))
            out.graphqlResponseEnd = Math.round((e as PerformanceResourceTiming).responseEnd);
        }
        return out;
      }),
    );
    await page.close();
  }
  await browser.close();
  times.sort((a, b) => a - b);
  const sizes = gzipSizes();
  console.log(
    JSON.stringify(
      {
        firstRenderMs: {
          median: Math.round(times[Math.floor(times.length / 2)] ?? 0),
          runs: times.map(Math.round),
        },
        phasesOfLastRun: marks[marks.length - 1],
        gzipBytes: sizes,
      },
      null,
      2,
    ),
  );
}

void main();
