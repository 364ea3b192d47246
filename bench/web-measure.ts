/// <reference lib="dom" />
/**
 * Measurements of the explorer in a Chromium page, through the `?debug` hook (window.__cy) and
 * the page's own clock (performance.now(), milliseconds since the navigation began).
 */
import type { Core } from 'cytoscape';
import type { BrowserContext, Page } from 'playwright-core';

/** The page's Cytoscape instance, exposed by `?debug`. */
type Debug = { __cy?: Core };

/**
 * tsx (esbuild) wraps named functions in `__name(...)`, which functions sent to the page then
 * call: the page gets a no-op of that name. Call once per browser context.
 */
export async function prepare(context: BrowserContext): Promise<void> {
  await context.addInitScript('window.__name = (f) => f;');
  // Every main-thread task over 50 ms (the Long Tasks API), from the page's first script on.
  await context.addInitScript(`
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  `);
}

/**
 * The longest main-thread task (ms) that ran between the page times `from` and `to`: while it
 * ran, the page answered no click, drew no frame and moved no progress bar. 0 when none took
 * over 50 ms (the Long Tasks API reports only those).
 */
export async function longestTask(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ([a, b]) => {
      const tasks = (window as unknown as { __longTasks?: Array<[number, number]> }).__longTasks ?? [];
      return Math.max(0, ...tasks.filter(([t, d]) => t + d > a && t < b).map(([, d]) => d));
    },
    [from, to] as const,
  );
}

/** The canvas has nodes, no layout or fetch is running and nothing animates. */
export async function settled(page: Page, timeout = 300_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const cy = (window as unknown as Debug).__cy;
      const quiet =
        cy &&
        cy.nodes().length > 0 &&
        !document.querySelector('[data-testid=layout-progress]') &&
        !document.querySelector('[data-testid=busy]') &&
        !cy.animated() &&
        cy.nodes(':animated').empty();
      return quiet ? performance.now() : 0;
    },
    null,
    { timeout, polling: 50 },
  );
  return Number(await handle.jsonValue());
}

/**
 * Waits until the page draws frames on time again: three animation frames in a row within 50 ms
 * of each other. Software WebGL (the renderer comparison) leaves the GPU process seconds of
 * drawing after its page is closed, and the next page's first frame waits for it: a timing that
 * started then would measure that page's leftovers (4 s added to "expand hub" at 5,000).
 */
async function framesFlowing(page: Page, timeout = 60_000): Promise<void> {
  await page.evaluate(
    (limit) =>
      new Promise<void>((resolve, reject) => {
        const started = performance.now();
        let last = started;
        let onTime = 0;
        const tick = (now: number) => {
          onTime = now - last < 50 ? onTime + 1 : 0;
          last = now;
          if (onTime >= 3) resolve();
          else if (now - started > limit) reject(new Error('the page drew no frames on time'));
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    timeout,
  );
}

/**
 * Waits until `test(arg)`, run in the page, returns a page time (it returns 0 until its
 * condition holds); returns that time.
 */
async function until<A extends number | null>(
  page: Page,
  test: (arg: A) => number,
  arg: A,
  timeout = 300_000,
): Promise<number> {
  const handle = await page.waitForFunction(test as (arg: unknown) => number, arg, {
    timeout,
    polling: 'raf',
  });
  return Number(await handle.jsonValue());
}

/** Opens `url` and times the first drawn nodes and the settled layout (ms since navigation). */
export async function firstRender(
  page: Page,
  url: string,
): Promise<{ first: number; settled: number; longest: number }> {
  await page.goto(url);
  const first = await until(
    page,
    () => (((window as unknown as Debug).__cy?.nodes().length ?? 0) > 0 ? performance.now() : 0),
    null,
  );
  const end = await settled(page);
  return { first, settled: end, longest: await longestTask(page, 0, end) };
}

/** Clicks a button found by its text in the page, returning the page time of the click. */
async function clickText(page: Page, text: string): Promise<number> {
  return page.evaluate((label) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    if (!button) throw new Error(`no button "${label}"`);
    const t = performance.now();
    button.click();
    return t;
  }, text);
}

/** Clicks "Show all N": time to draw all N entities, and to a settled layout. */
export async function showAll(
  page: Page,
  n: number,
): Promise<{ drawn: number; settled: number; longest: number }> {
  const label = `Show all ${n.toLocaleString('en-US')}`;
  const t0 = await clickText(page, label);
  // Drawn: every entity is in the instance and no progress bar (layout or drawing) is left.
  const drawn = await until(
    page,
    (want) =>
      ((window as unknown as Debug).__cy?.nodes().length ?? 0) >= want &&
      !document.querySelector('[data-testid=layout-progress]')
        ? performance.now()
        : 0,
    n,
  );
  const end = await settled(page);
  return { drawn: drawn - t0, settled: end - t0, longest: await longestTask(page, t0, end) };
}

/**
 * Frames Cytoscape draws per second while a user pans (drags the background in a circle) and
 * then zooms (the wheel, in and out), each for `ms`. The input is one mouse or wheel event per
 * animation frame, dispatched in the page as a 60 Hz mouse would send them: moving the viewport
 * from script (cy.panBy) is not a gesture, and the renderer draws gestures differently (a large
 * 2D-canvas view moves a snapshot; see web/src/graph/instance.ts). Events sent over the DevTools
 * protocol arrive at its round-trip rate, not the screen's.
 */
export async function fps(page: Page, ms = 3000): Promise<{ pan: number; zoom: number }> {
  return page.evaluate(async (duration) => {
    const cy = (window as unknown as Debug).__cy!;
    const container = cy.container()!;
    // Cytoscape listens on its top canvas for presses and the wheel, on the window for moves.
    const surface = container.querySelector('canvas:last-of-type') ?? container;
    const box = container.getBoundingClientRect();
    const [cx, cy0] = [box.left + box.width / 2, box.top + box.height / 2];
    // The drag starts in the canvas's corner, outside the fitted graph's padding, so it grabs the
    // background (a press on a node or an edge would not pan).
    const [px, py] = [box.left + 12, box.top + 12];
    const mouse = (type: string, k: number, on: EventTarget) =>
      on.dispatchEvent(
        new MouseEvent(type, {
          clientX: px + 120 * Math.sin(k * 2 * Math.PI),
          clientY: py + 120 * (1 - Math.cos(k * 2 * Math.PI)),
          bubbles: true,
          cancelable: true,
          button: 0,
          buttons: type === 'mouseup' ? 0 : 1,
        }),
      );
    const run = (begin: () => void, each: (k: number, i: number) => void, end: () => void) =>
      new Promise<number>((resolve) => {
        // Counted at the renderer's render(), which both renderers run once per frame drawn:
        // the WebGL one replaces it and never emits Cytoscape's 'render' event.
        let drawn = 0;
        const renderer = (
          cy as unknown as { renderer(): { render: (...a: unknown[]) => unknown } }
        ).renderer();
        const render = renderer.render;
        renderer.render = function (this: unknown, ...args: unknown[]) {
          drawn += 1;
          return render.apply(this, args);
        };
        begin();
        const start = performance.now();
        let i = 0;
        const step = (t: number) => {
          each((t - start) / duration, (i += 1));
          if (t - start < duration) requestAnimationFrame(step);
          else {
            end();
            renderer.render = render;
            resolve((1000 * drawn) / (performance.now() - start));
          }
        };
        requestAnimationFrame(step);
      });
    const before = { ...cy.pan() }; // cy.pan() is the live object
    let moved = 0;
    const pan = await run(
      () => mouse('mousedown', 0, surface),
      (k) => {
        mouse('mousemove', k, window);
        moved = Math.max(moved, Math.hypot(cy.pan().x - before.x, cy.pan().y - before.y));
      },
      () => mouse('mouseup', 1, window),
    );
    if (moved < 1) throw new Error('the drag did not pan the view (it grabbed an element?)');
    // Let the view redraw in full after the drag, as it would between two gestures.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const level = cy.zoom();
    let zoomed = 0;
    const zoom = await run(
      () => undefined,
      (_, i) => {
        surface.dispatchEvent(
          new WheelEvent('wheel', {
            clientX: cx,
            clientY: cy0,
            deltaY: Math.floor(i / 20) % 2 ? 30 : -30,
            bubbles: true,
            cancelable: true,
          }),
        );
        zoomed = Math.max(zoomed, Math.abs(Math.log(cy.zoom() / level)));
      },
      () => undefined,
    );
    if (zoomed === 0) throw new Error('the wheel did not zoom the view');
    return { pan, zoom };
  }, ms);
}

/**
 * Opens a canvas holding only `hubId` and double-taps it: time to the first new nodes (group
 * nodes for a hub, neighbours otherwise) and to a settled canvas; then, for a hub, taps its
 * largest group: time until that page of neighbours is drawn and settled.
 */
export async function expand(
  page: Page,
  base: string,
  hubId: string,
): Promise<{ expand: number; expandSettled: number; group: number | null; groupSettled: number | null }> {
  await page.goto(`${base}/?debug&nodes=${encodeURIComponent(hubId)}`);
  await settled(page);
  await framesFlowing(page);
  const t0 = await page.evaluate((id) => {
    const t = performance.now();
    (window as unknown as Debug).__cy!.getElementById(id).emit('dbltap');
    return t;
  }, hubId);
  const first = await until(
    page,
    () => (((window as unknown as Debug).__cy?.nodes().length ?? 0) > 1 ? performance.now() : 0),
    null,
  );
  const expandSettled = (await settled(page)) - t0;
  const grouped = await page.evaluate(() => (window as unknown as Debug).__cy!.nodes('.group').length > 0);
  if (!grouped) return { expand: first - t0, expandSettled, group: null, groupSettled: null };
  const before = await page.evaluate(() => (window as unknown as Debug).__cy!.nodes(':not(.group)').length);
  const t1 = await page.evaluate(() => {
    const t = performance.now();
    (window as unknown as Debug).__cy!.nodes('.group').first().emit('tap');
    return t;
  });
  const drawn = await until(
    page,
    (was) =>
      ((window as unknown as Debug).__cy?.nodes(':not(.group)').length ?? 0) > was ? performance.now() : 0,
    before,
  );
  return { expand: first - t0, expandSettled, group: drawn - t1, groupSettled: (await settled(page)) - t1 };
}

/** Finds a path through the path finder (avoiding hubs): time from the click to the listed steps. */
export async function findPath(page: Page, from: string, to: string): Promise<number> {
  const pick = async (box: string, name: string) => {
    await page.getByTestId(box).fill(name);
    await page
      .getByRole('option', { name: new RegExp(`^${name}`) })
      .first()
      .click();
  };
  await pick('path-from', from);
  await pick('path-to', to);
  await page.getByLabel(/Avoid hubs/).check();
  const t0 = await clickText(page, 'Find path');
  const done = await until(
    page,
    () => {
      const text = document.querySelector('[data-testid=path-result]')?.textContent ?? '';
      const drawn = (window as unknown as Debug).__cy?.nodes('.path').length ?? 0;
      return /No path/.test(text) || (/step/.test(text) && drawn > 0) ? performance.now() : 0;
    },
    null,
  );
  return done - t0;
}

/**
 * Selecting an entity on the canvas and clearing the selection again (Escape): ms from the
 * action to the first frame drawn after it (the highlight restyles every element: the
 * neighbourhood in front, the rest dimmed), and the longest main-thread task meanwhile. The tap
 * is Cytoscape's own event, the one a click on the node emits, so the hub need not be in sight.
 */
export async function selectAndClear(
  page: Page,
  id: string,
): Promise<{ select: number; selectLongest: number; clear: number; clearLongest: number }> {
  const step = async (act: () => Promise<void>, done: string) => {
    const t0 = await page.evaluate(() => performance.now());
    await act();
    const end = await page.evaluate(async (selector) => {
      while (!document.querySelector(selector)) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now();
    }, done);
    await page.waitForTimeout(1000);
    return { ms: end - t0, longest: await longestTask(page, t0, end + 1000) };
  };
  const selected = await step(
    () => page.evaluate((hub) => void (window as unknown as Debug).__cy?.getElementById(hub).emit('tap'), id),
    '[data-testid=details] #details-title',
  );
  const cleared = await step(async () => {
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('Escape');
  }, '[data-testid=details]:not(:has(#details-title))');
  return {
    select: selected.ms,
    selectLongest: selected.longest,
    clear: cleared.ms,
    clearLongest: cleared.longest,
  };
}
