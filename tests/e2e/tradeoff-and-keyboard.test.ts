/**
 * The educators' trade-off view and keyboard use of the canvas, end to end: the real server
 * over the run's seeded Neo4j, the built client and Debian's Chromium. The expected picture is
 * derived from the fixture files, not from the client's code. Each test opens the view it needs.
 */
import type { Browser, Page } from 'playwright-core';
import { readFixtures } from '../../server/src/fixtures/validate';
import { PATHS } from '../../server/src/paths';
import type { RunningServer } from '../support/server';
import { screenshot, startExplorer, type Explorer } from '../support/web-browser';

let server: RunningServer;
let browser: Browser;
let page: Page;

const TRUCE = 'us-china-trade-truce';
const STORY_TYPES = ['CONCEDED', 'PART_OF', 'TRADED_FOR', 'CONDITIONAL_ON'];
const { relations, entities } = readFixtures(PATHS.fixtures).graph;
const ALL = entities.length;

/** The story by the article's data: the truce, its concessions, who conceded them, what they bought. */
function expectedStory() {
  const concessions = new Set(
    relations.filter((r) => r.type === 'PART_OF' && r.to === TRUCE).map((r) => r.from),
  );
  const conceded = relations.filter((r) => r.type === 'CONCEDED' && concessions.has(r.to));
  const concessionsOf = (side: string) => conceded.filter((r) => r.from === side).map((r) => r.to);
  const bought = relations.filter((r) => r.type === 'TRADED_FOR' && concessions.has(r.from)).map((r) => r.to);
  const ids = new Set([TRUCE, ...conceded.map((r) => r.from), ...concessions, ...bought]);
  const edges = relations.filter((r) => STORY_TYPES.includes(r.type) && ids.has(r.from) && ids.has(r.to));
  return {
    ids: [...ids].sort(),
    edges: edges.length,
    us: concessionsOf('united-states'),
    china: concessionsOf('china'),
  };
}

interface DrawnNode {
  id: string;
  x: number;
  y: number;
  box: { x1: number; x2: number; y1: number; y2: number };
}

/** Nodes as drawn, once every animation has ended (through the `?debug` hook). */
async function drawnNodes(p: Page): Promise<DrawnNode[]> {
  await p.waitForFunction(() => {
    const cy = (window as unknown as { __cy?: any }).__cy;
    return cy && !cy.animated() && !cy.nodes().some((n: any) => n.animated());
  });
  return p.evaluate(() => {
    const cy = (window as unknown as { __cy: any }).__cy;
    return cy.nodes().map((n: any) => ({
      id: n.id(),
      ...n.position(),
      box: n.boundingBox({ includeLabels: true, includeOverlays: false }),
    }));
  });
}

const canvas = (p: Page, entities: number, relationCount?: number) =>
  p.getByRole('application', {
    name: new RegExp(
      `^Graph of ${entities} entities${relationCount === undefined ? '' : ` and ${relationCount} relations`}`,
    ),
  });
const heading = (p: Page) => p.getByTestId('details').locator('#details-title');

/** No two entities (shape and label) cover each other. */
function expectNoOverlaps(nodes: DrawnNode[]) {
  for (const a of nodes)
    for (const b of nodes)
      if (a.id < b.id) {
        const apart =
          a.box.x2 <= b.box.x1 || b.box.x2 <= a.box.x1 || a.box.y2 <= b.box.y1 || b.box.y2 <= a.box.y1;
        expect(apart ? 'apart' : `${a.id} overlaps ${b.id}`).toBe('apart');
      }
}

function expectTradeoffPicture(nodes: DrawnNode[]) {
  const story = expectedStory();
  expect(nodes.map((n) => n.id).sort()).toEqual(story.ids);
  const at = new Map(nodes.map((n) => [n.id, n]));
  const x = (id: string) => at.get(id)?.x ?? NaN;
  const maxUs = Math.max(...story.us.map(x));
  const minChina = Math.min(...story.china.map(x));
  expect(maxUs).toBeLessThan(minChina);
  expect(x('united-states')).toBeLessThan(
    Math.min(...nodes.filter((n) => n.id !== 'united-states').map((n) => n.x)),
  );
  expect(x('china')).toBeGreaterThan(Math.max(...nodes.filter((n) => n.id !== 'china').map((n) => n.x)));
  expectNoOverlaps(nodes);
}

/** Opens the whole graph, then the guided trade-off view, in `p`. */
async function openTradeoff(p: Page): Promise<void> {
  const story = expectedStory();
  await p.goto(`${server.url}/?debug`);
  await canvas(p, ALL).waitFor();
  await p
    .getByRole('region', { name: 'Guided views' })
    .getByRole('button', { name: 'The trade-off' })
    .click();
  await canvas(p, story.ids.length, story.edges).waitFor();
}

let explorer: Explorer | undefined;
beforeAll(async () => {
  explorer = await startExplorer();
  ({ server, browser, page } = explorer);
}, 180_000);
afterAll(() => explorer?.close());

test('"The trade-off" shows exactly the bargain, US left and China right, with a caption', async () => {
  await openTradeoff(page);
  expectTradeoffPicture(await drawnNodes(page));
  const caption = page.getByTestId('tradeoff-caption');
  await caption.getByText(/What the US gave up \(left\) and what China gave \(right\)/).waitFor();
  await caption
    .getByText(/traded for/)
    .first()
    .waitFor();
  expect(page.url()).toContain('layout=tradeoff');
  await screenshot(page, '09-trade-off');
});

test('the link reopens the trade-off view', async () => {
  const story = expectedStory();
  await openTradeoff(page);
  const again = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await again.goto(`${page.url()}&debug`);
    await canvas(again, story.ids.length, story.edges).waitFor();
    expectTradeoffPicture(await drawnNodes(again));
    await again.getByTestId('tradeoff-caption').waitFor();
  } finally {
    await again.close();
  }
});

test('undo returns to the previous view, redo to the trade-off', async () => {
  const story = expectedStory();
  await openTradeoff(page);
  await page.keyboard.press('Control+z');
  await canvas(page, ALL).waitFor();
  expect(page.url()).not.toContain('layout=tradeoff');
  await page.keyboard.press('Control+Shift+z');
  await canvas(page, story.ids.length, story.edges).waitFor();
  expectTradeoffPicture(await drawnNodes(page));
});

test('Tab reaches the canvas; arrow keys move the selection, Enter keeps it, Escape clears it', async () => {
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  await openTradeoff(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 80 && (await focused()) !== 'graph-canvas'; i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe('graph-canvas');

  await page.keyboard.press('ArrowRight');
  await heading(page).waitFor();
  const first = await heading(page).textContent();
  const nodes = await drawnNodes(page);
  const names = await page.evaluate(() =>
    Object.fromEntries(
      (window as unknown as { __cy: any }).__cy.nodes().map((n: any) => [n.data('label'), n.id()]),
    ),
  );
  const xOf = (name: string | null) => nodes.find((n) => n.id === names[name ?? ''])?.x ?? NaN;

  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(
    (before) => document.querySelector('#details-title')?.textContent !== before,
    first,
  );
  const second = await heading(page).textContent();
  expect(xOf(second)).toBeGreaterThan(xOf(first));
  expect(page.url()).toContain(`focus=${names[second ?? '']}`);

  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(
    (before) => document.querySelector('#details-title')?.textContent !== before,
    second,
  );
  expect(xOf(await heading(page).textContent())).toBeLessThan(xOf(second));

  await page.keyboard.press('Enter');
  await heading(page).waitFor();
  expect(await focused()).toBe('graph-canvas');
  await screenshot(page, '10-keyboard');

  await page.keyboard.press('Escape');
  await heading(page).waitFor({ state: 'detached' });
  await page.getByTestId('tradeoff-caption').waitFor();
  expect(await focused()).toBe('graph-canvas');
});

test('the trade-off layout over the whole graph keeps the rest readable, below the bargain', async () => {
  await page.goto(`${server.url}/?debug`);
  await canvas(page, ALL).waitFor();
  await page.getByRole('combobox', { name: 'Layout', exact: true }).selectOption({ label: 'Trade-off' });
  await page.getByTestId('announcer').getByText('Switch to the Trade-off layout').waitFor();
  const nodes = await drawnNodes(page);
  expect(nodes).toHaveLength(ALL);
  expectNoOverlaps(nodes);
  const story = new Set(expectedStory().ids);
  const bargainBottom = Math.max(...nodes.filter((n) => story.has(n.id)).map((n) => n.box.y2));
  const rest = nodes.filter((n) => !story.has(n.id));
  for (const n of rest) expect(n.box.y1).toBeGreaterThan(bargainBottom);
  // Laid out by force, the rest keeps related entities near each other: their relations are
  // clearly shorter than between entities picked at random (about 0.63 of it with the seeded
  // d3-force layout; a layout that ignored the relations would score about 1).
  const at = new Map(rest.map((n) => [n.id, n]));
  const inside = relations.filter((r) => at.has(r.from) && at.has(r.to));
  const length = (a?: DrawnNode, b?: DrawnNode) =>
    Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0));
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const linked = mean(inside.map((r) => length(at.get(r.from), at.get(r.to))));
  const any = mean(rest.flatMap((a, i) => rest.slice(i + 1).map((b) => length(a, b))));
  expect(linked).toBeLessThan(any * 0.7);
  await screenshot(page, '13-trade-off-layout-whole-graph');
});
