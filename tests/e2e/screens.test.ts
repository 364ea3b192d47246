/**
 * Every screen, in Debian's Chromium over the real server and the run's seeded Neo4j:
 * presenter mode on a projector's 1280x720 and 1920x1080 (every step of the shipped lesson shown
 * whole, with labels of 14 px or more), and a phone at 390x844 driven by touch (tap, one-finger
 * pan, pinch zoom) through the DevTools protocol's touch events. Sizes are measured on the
 * rendered canvas (`?debug` exposes the Cytoscape instance to the test).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { readFixtures } from '../../server/src/fixtures/validate';
import { PATHS } from '../../server/src/paths';
import { screenshot, startExplorer, type Explorer } from '../support/web-browser';

let ex: Explorer;
const { entities } = readFixtures(PATHS.fixtures).graph;
const lesson = JSON.parse(
  fs.readFileSync(path.join(PATHS.fixtures, 'lessons', 'what-did-the-us-trade-away.json'), 'utf8'),
) as { id: string; steps: Array<{ title: string }> };

beforeAll(async () => {
  ex = await startExplorer();
}, 180_000);
afterAll(() => ex.close());

/** What a viewer sees of the canvas: label sizes on screen and whether anything is cut off. */
interface Framing {
  nodes: number;
  /** Smallest node label and smallest shown relation label, in screen pixels. */
  nodeLabelPx: number;
  edgeLabelPx: number;
  /** Screen pixels of the drawing (labels included) outside the canvas or under notes over it. */
  cutOff: number;
  /** Whether every node stands still (no layout or fit still moving). */
  still: boolean;
}

const framing = (page: Page): Promise<Framing> =>
  page.evaluate(() => {
    const cy = (window as any).__cy;
    const z: number = cy.zoom();
    const labelled = (els: any[]) => els.filter((el) => el.style('label') && el.visible());
    const size = (els: any[]) => Math.min(...els.map((el) => parseFloat(el.style('font-size')) * z));
    const bb = cy.elements().renderedBoundingBox();
    const container: HTMLElement = cy.container();
    const box = container.getBoundingClientRect();
    // Notes laid over the canvas (on the page, not hidden) that the drawing must stay clear of.
    let top = 0;
    for (const el of document.querySelectorAll<HTMLElement>('[data-canvas-inset="top"]')) {
      const r = el.getBoundingClientRect();
      if (r.height > 0) top = Math.max(top, r.bottom - box.top);
    }
    const cutOff =
      Math.max(0, -bb.x1) +
      Math.max(0, bb.x2 - box.width) +
      Math.max(0, top - bb.y1) +
      Math.max(0, bb.y2 - box.height);
    return {
      nodes: cy.nodes().length,
      nodeLabelPx: size(labelled(cy.nodes().toArray())),
      edgeLabelPx: size(labelled(cy.edges().toArray())),
      cutOff,
      still:
        !cy
          .nodes()
          .toArray()
          .some((n: any) => n.animated()) && !cy.animated(),
    };
  });

/**
 * Waits until the canvas shows `nodes` entities in presenter mode and stands still: nothing
 * animating, and the same viewport and positions over five looks in a row.
 */
async function settled(page: Page, nodes: number): Promise<Framing> {
  await page.evaluate(() => void ((window as any).__still = { at: '', count: 0 }));
  await page.waitForFunction(
    (n) => {
      const w = window as any;
      const cy = w.__cy;
      if (cy?.nodes().length !== n || document.querySelector('.app.presenting') === null) return false;
      if (
        cy.animated() ||
        cy
          .nodes()
          .toArray()
          .some((x: any) => x.animated())
      )
        return false;
      const p = cy.pan();
      const at = [cy.zoom(), p.x, p.y, ...cy.nodes().map((x: any) => x.position('x') + x.position('y'))]
        .map((v: number) => v.toFixed(2))
        .join(',');
      w.__still = at === w.__still.at ? { at, count: w.__still.count + 1 } : { at, count: 0 };
      return w.__still.count >= 5;
    },
    nodes,
    { polling: 100 },
  );
  return framing(page);
}

describe('presenter mode on a projector', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`at ${width}x${height} shows every step of the lesson whole, with labels of 14 px or more`, async () => {
      const page = await ex.browser.newPage({ viewport: { width, height } });
      await page.goto(`${ex.server.url}/?lesson=${lesson.id}&step=1&debug`);
      const card = page.getByTestId('lesson-card');
      for (let i = 0; i < lesson.steps.length; i++) {
        await card.getByRole('heading', { name: lesson.steps[i]?.title }).waitFor();
        await expect(card.getByTestId('lesson-step').textContent()).resolves.toBe(
          `Step ${i + 1} of ${lesson.steps.length}`,
        );
        // The step is shown once it is announced; the canvas then names its number of entities.
        await page
          .getByTestId('announcer')
          .filter({ hasText: `Step ${i + 1} of` })
          .waitFor({ state: 'attached' });
        const label = await page.getByRole('application').getAttribute('aria-label');
        const f = await settled(page, Number(/Graph of (\d+) entities/.exec(label ?? '')?.[1]));
        expect({ step: i + 1, nodeLabel: f.nodeLabelPx >= 14, edgeLabel: f.edgeLabelPx >= 14 }).toEqual({
          step: i + 1,
          nodeLabel: true,
          edgeLabel: true,
        });
        expect({ step: i + 1, cutOff: Math.round(f.cutOff) }).toEqual({ step: i + 1, cutOff: 0 });
        // The way on stays on screen however long the step's text is.
        const next = await card.getByRole('button', { name: 'Next →' }).boundingBox();
        expect((next?.y ?? Infinity) + (next?.height ?? 0)).toBeLessThanOrEqual(height);
        if (i === 4) await screenshot(page, `presenter-${width}x${height}-step5`);
        if (i < lesson.steps.length - 1) await page.keyboard.press('ArrowRight');
      }
      await page.close();
    });
  }
});

/** One finger (or two) on the touch screen, through the DevTools protocol. */
const touch = (
  cdp: CDPSession,
  type: 'touchStart' | 'touchMove' | 'touchEnd',
  points: Array<[number, number]>,
) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y]) => ({ x, y })) });

/** Moves fingers from `from` to `to` in small steps, as a hand would. */
async function gesture(cdp: CDPSession, from: Array<[number, number]>, to: Array<[number, number]>) {
  await touch(cdp, 'touchStart', from);
  for (let s = 1; s <= 10; s++) {
    await touch(
      cdp,
      'touchMove',
      from.map(([x, y], i) => [
        x + ((to[i]?.[0] ?? x) - x) * (s / 10),
        y + ((to[i]?.[1] ?? y) - y) * (s / 10),
      ]),
    );
  }
  await touch(cdp, 'touchEnd', []);
}

describe('a phone driven by touch', () => {
  it('at 390x844 a tap opens the details, one finger pans and a pinch zooms', async () => {
    const page = await ex.browser.newPage({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${ex.server.url}/?nodes=mss,salt-typhoon,china&debug`);
    await page.getByRole('application', { name: /^Graph of 3 entities/ }).waitFor();
    await page.waitForFunction(() => {
      const cy = (window as any).__cy;
      return (
        cy?.nodes().length === 3 &&
        !cy.animated() &&
        !cy
          .nodes()
          .toArray()
          .some((n: any) => n.animated())
      );
    });
    const view = () =>
      page.evaluate(() => {
        const cy = (window as any).__cy;
        const box = cy.container().getBoundingClientRect();
        const mss = cy.getElementById('mss').renderedPosition();
        return { zoom: cy.zoom() as number, mss: { x: box.left + mss.x, y: box.top + mss.y }, box };
      });
    const before = await view();

    // A tap on an entity opens its details as a sheet over the lower part of the screen.
    await touch(cdp, 'touchStart', [[before.mss.x, before.mss.y]]);
    await touch(cdp, 'touchEnd', []);
    const mss = entities.find((e) => e.id === 'mss');
    const heading = page.getByRole('heading', { level: 2, name: mss?.name });
    await heading.waitFor();
    await page.waitForFunction(() => {
      const sheet = document.querySelector('.details-wrap')?.getBoundingClientRect();
      return sheet !== undefined && Math.abs(sheet.bottom - window.innerHeight) < 1;
    });
    const sheet = await page.locator('.details-wrap').boundingBox();
    expect(sheet?.y ?? 0).toBeGreaterThan(844 * 0.3);
    await expect(heading.isVisible()).resolves.toBe(true);
    await screenshot(page, 'phone-details-390x844');

    // Its close button puts it away and the canvas is whole again.
    await page.getByRole('button', { name: 'Close details' }).click();
    await page.waitForFunction(
      () => (document.querySelector('.details-wrap')?.getBoundingClientRect().top ?? 0) >= window.innerHeight,
    );

    const ready = await view();
    // A one-finger drag on empty canvas (no entity, no button over it) moves the picture with it.
    const start = await page.evaluate((): [number, number] => {
      const cy = (window as any).__cy;
      const box = cy.container().getBoundingClientRect();
      const boxes = cy.nodes().map((n: any) => n.renderedBoundingBox());
      for (let y = box.bottom - 60; y > box.top + 120; y -= 20) {
        for (let x = box.right - 60; x > box.left + 60; x -= 20) {
          const free = boxes.every(
            (b: any) =>
              x - box.left < b.x1 - 20 ||
              x - box.left > b.x2 + 20 ||
              y - box.top < b.y1 - 20 ||
              y - box.top > b.y2 + 20,
          );
          if (free && document.elementFromPoint(x, y)?.closest('.cy')) return [x, y];
        }
      }
      throw new Error('no free place on the canvas');
    });
    await gesture(cdp, [start], [[start[0] - 80, start[1] - 100]]);
    const panned = await view();
    expect(panned.zoom).toBeCloseTo(ready.zoom, 5);
    expect(panned.mss.x - ready.mss.x).toBeLessThan(-40);
    expect(panned.mss.y - ready.mss.y).toBeLessThan(-50);

    // Two fingers moving apart zoom in around them.
    const c: [number, number] = [
      ready.box.left + ready.box.width / 2,
      ready.box.top + ready.box.height * 0.7,
    ];
    await gesture(
      cdp,
      [
        [c[0] - 30, c[1]],
        [c[0] + 30, c[1]],
      ],
      [
        [c[0] - 120, c[1]],
        [c[0] + 120, c[1]],
      ],
    );
    const pinched = await view();
    expect(pinched.zoom).toBeGreaterThan(panned.zoom * 1.5);

    await page.close();
  });

  it('at 390x844 the tools drawer closes from its own button, a tap beside it, or Escape', async () => {
    const page = await ex.browser.newPage({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await page.goto(`${ex.server.url}/`);
    await page
      .getByRole('application', { name: new RegExp(`^Graph of ${entities.length} entities`) })
      .waitFor();
    const header = await page.locator('.app-header').boundingBox();
    // Title, buttons and search in two rows: the canvas keeps the rest of the screen.
    expect(header?.height ?? Infinity).toBeLessThanOrEqual(100);
    const panelLeft = () =>
      page.evaluate(() => document.querySelector('.side-panel')?.getBoundingClientRect().left);
    const drawerOpen = () =>
      page.waitForFunction(() => document.querySelector('.side-panel')?.getBoundingClientRect().left === 0);
    const drawerShut = () =>
      page.waitForFunction(
        () => (document.querySelector('.side-panel')?.getBoundingClientRect().right ?? 1) <= 0,
      );
    await page.getByRole('button', { name: '☰ Tools' }).tap();
    await drawerOpen();
    await screenshot(page, 'phone-tools-390x844');
    await page.getByRole('button', { name: 'Close tools' }).tap();
    await drawerShut();
    await page.getByRole('button', { name: '☰ Tools' }).tap();
    await drawerOpen();
    await page.touchscreen.tap(370, 500);
    await drawerShut();
    await page.getByRole('button', { name: '☰ Tools' }).tap();
    await drawerOpen();
    await page.keyboard.press('Escape');
    await drawerShut();
    expect(await panelLeft()).toBeLessThan(0);
    await page.close();
  });
});
