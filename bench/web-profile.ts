/**
 * `npm run bench:web-profile -- --size 5000`: where the main thread spends the longest task of
 * "Show all" on a synthetic graph of N entities / 4N relations (the graph `npm run bench:web`
 * measures). Builds the client unminified (so Cytoscape's function names survive) into a
 * temporary folder, starts its own embedded Neo4j and app server, clicks "Show all N" under the
 * DevTools CPU profiler, and prints, for the longest stretch of uninterrupted script (the long
 * task), the functions that took the most time: self time, and total time (with callees). The
 * raw profile is written to --out (open it in DevTools' Performance panel).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateGraph } from '../scripts/synth/generate';
import { seedFromFolder } from '../server/src/fixtures/load';
import { REPO_ROOT } from '../server/src/paths';
import { launchChromium } from '../tests/support/web-browser';
import { DATABASE, startWebBenchApp } from './web-app';
import { firstRender, prepare, showAll } from './web-measure';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A function's name and where it is (file:line), as the table prints it. */
function frameName(n: ProfileNode): string {
  const f = n.callFrame;
  const file = f.url ? path.basename(f.url.split('?')[0] ?? '') : '';
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
}

/**
 * Per function, its self and total milliseconds in the samples between the page times `from`
 * and `to` (a long task). `zero`: the page time of the profile's start.
 */
function breakdown(profile: Profile, zero: number, from: number, to: number, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t += profile.timeDeltas[i] ?? 0;
    const at = zero + (t - profile.startTime) / 1000;
    if (at < from || at > to) continue;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let id: number | undefined = profile.samples[i];
    const leaf = byId.get(id ?? -1);
    if (leaf) self.set(frameName(leaf), (self.get(frameName(leaf)) ?? 0) + dt);
    const seen = new Set<string>();
    while (id !== undefined) {
      const n = byId.get(id);
      if (!n) break;
      const name = frameName(n);
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + dt);
      seen.add(name);
      id = parent.get(id);
    }
  }
  const list = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${name}`)
      .join('\n');
  return `Self time:\n${list(self)}\n\nTotal time (with callees):\n${list(total)}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '5000' },
      out: { type: 'string', default: path.join(os.tmpdir(), 'show-all.cpuprofile') },
      top: { type: 'string', default: '40' },
    },
  });
  const n = Number(values.size);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'truce-web-profile-'));
  const dist = path.join(root, 'dist');
  const build = spawnSync('npx', ['vite', 'build', '--minify', 'false', '--outDir', dist], {
    cwd: path.join(REPO_ROOT, 'web'),
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}\n${build.stderr}`);
  const synth = path.join(root, 'synth');
  fs.mkdirSync(synth);
  generateGraph({ entities: n, relations: 4 * n, out: synth, seed: 7 });
  const app = await startWebBenchApp(root, dist);
  const { driver, base } = app;
  const browser = await launchChromium();
  try {
    await seedFromFolder(driver, DATABASE, synth, () => undefined);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await prepare(context);
    const page = await context.newPage();
    await firstRender(page, `${base}/?debug`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const zero = await page.evaluate(() => performance.now());
    const all = await showAll(page, n);
    // The frames after the layout settles (the renderer finishing its pictures) count too.
    await page.waitForTimeout(4000);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    fs.writeFileSync(values.out, JSON.stringify(profile));
    console.log(
      `Show all ${n}: drawn ${all.drawn.toFixed(0)} ms, laid out ${all.settled.toFixed(0)} ms, longest task ${all.longest.toFixed(0)} ms; profile in ${values.out}\n`,
    );
    const reveals = await page.evaluate(() =>
      performance.getEntriesByName('reveal').map((e) => [e.startTime, e.duration] as const),
    );
    console.log(
      `Reveals (ms from the click): ${reveals.map(([t, d]) => `${(t - zero).toFixed(0)}+${d.toFixed(0)}`).join(', ')}`,
    );
    const tasks = await page.evaluate(
      (from) =>
        ((window as unknown as { __longTasks?: Array<[number, number]> }).__longTasks ?? []).filter(
          ([t]) => t >= from,
        ),
      zero,
    );
    // The longest tasks, and the longest while a reveal (reveal.ts) painted the view.
    const byLength = [...tasks].sort((a, b) => b[1] - a[1]);
    const revealing = byLength.filter(([t]) => reveals.some(([s, d]) => t >= s && t <= s + d));
    const longest = [...new Set([...byLength.slice(0, 3), ...revealing.slice(0, 2)])];
    console.log(
      `Click at page ms ${zero.toFixed(0)}; long tasks after it (ms from the click): ${tasks.map(([t, d]) => `${(t - zero).toFixed(0)}+${d.toFixed(0)}`).join(', ')}\n`,
    );
    for (const [t, d] of longest) {
      console.log(`--- task at ${(t - zero).toFixed(0)} ms, ${d.toFixed(0)} ms ---`);
      console.log(breakdown(profile, zero, t, t + d, Number(values.top)));
    }
  } finally {
    await browser.close();
    await app.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
