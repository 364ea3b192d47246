/**
 * A view too large to draw in full (1,200 entities: LARGE_VIEW is 1,000), on a synthetic graph
 * (npm run synth) loaded into the run's Neo4j for this file, the article's graph restored
 * afterwards. At a glance its relations are plain lines; zoomed in, those in sight show their
 * direction again, as do the relations of the selected entity.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { relationLabel } from '../../server/src/schema/enums';
import { readFixtures } from '../../server/src/fixtures/validate';
import { LISTED_FIRST, LISTED_MORE, TABLE_ROWS } from '../../web/src/features/lists/listing';
import { PNG_MAX_PIXELS, PNG_MAX_SIDE } from '../../web/src/models/pngSize';
import { NODE_LABEL } from '../../web/src/models/stylesheet';
import { synthFolder } from '../support/graph-files';
import { useSyntheticExplorer } from '../support/synthetic-explorer';
import { canvasStill, screenshot } from '../support/web-browser';

const ENTITIES = 1200;
const RELATIONS = 4800;
const synth = synthFolder(ENTITIES, RELATIONS, 5);

const synthetic = useSyntheticExplorer(synth);
let page: Page;

beforeAll(() => {
  page = synthetic.explorer.page;
});

/**
 * How the relations are drawn: how many in full (straight, with an arrowhead at the target) and
 * how many as plain lines; and, of those touching an entity in sight, how many are plain.
 */
const drawing = (p: Page) =>
  p.evaluate(() => {
    const cy = (window as unknown as { __cy: any }).__cy;
    const e = cy.extent();
    const inSight = (n: any) => {
      const q = n.position();
      return q.x > e.x1 && q.x < e.x2 && q.y > e.y1 && q.y < e.y2;
    };
    const full = (edge: any) =>
      edge.style('curve-style') === 'straight' && edge.style('target-arrow-shape') === 'triangle';
    const edges = cy.edges().toArray();
    const near = edges.filter((edge: any) => inSight(edge.source()) || inSight(edge.target()));
    return {
      full: edges.filter(full).length,
      plain: edges.filter((edge: any) => edge.style('curve-style') === 'haystack').length,
      near: near.length,
      nearPlain: near.filter((edge: any) => !full(edge)).length,
      zoom: cy.zoom() as number,
    };
  });

/** The drawing once `done` holds of it (polled: the canvas restyles after a gesture ends). */
async function settledDrawing(
  p: Page,
  done: (d: Awaited<ReturnType<typeof drawing>>) => boolean,
): Promise<Awaited<ReturnType<typeof drawing>>> {
  for (let i = 0; ; i++) {
    const d = await drawing(p);
    if (done(d) || i >= 100) return d;
    await p.waitForTimeout(100);
  }
}

/** Opens the explorer at 1280x720 and shows the whole synthetic graph. */
async function showAll(): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${synthetic.explorer.server.url}/?debug`);
  await page.getByRole('application', { name: /^Graph of 150 entities/ }).waitFor();
  await canvasStill(page);
  await page.getByRole('button', { name: `Show all ${ENTITIES.toLocaleString('en-US')}` }).click();
  await page.getByRole('application', { name: new RegExp(`^Graph of ${ENTITIES} entities`) }).waitFor();
  await canvasStill(page);
}

test('a large view draws plain lines at a glance, and relations with their direction once zoomed in', async () => {
  await showAll();
  await page.getByTestId('graph-canvas').and(page.locator('[data-large=true]')).waitFor();
  await canvasStill(page);

  // The whole graph at a glance: every relation a plain line, none with an arrowhead.
  const glance = await drawing(page);
  expect(glance.plain).toBe(RELATIONS);
  expect(glance.full).toBe(0);
  await screenshot(page, 'large-view-01-whole-1280x720');

  // "Zoom in" until relations can be told apart.
  for (let i = 0; i < 30 && (await drawing(page)).zoom < 0.8; i++) {
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await canvasStill(page);
  }
  await canvasStill(page);
  // The canvas restyles what is in sight once the gesture has ended.
  const zoomed = await settledDrawing(page, (d) => d.nearPlain === 0);
  expect(zoomed.zoom).toBeGreaterThanOrEqual(0.8);
  // Every relation touching an entity in sight shows its direction; those far away do not.
  expect(zoomed.near).toBeGreaterThan(0);
  expect(zoomed.nearPlain).toBe(0);
  expect(zoomed.plain).toBeGreaterThan(0);
  await screenshot(page, 'large-view-02-zoomed-1280x720');

  // Back to the whole graph: plain lines again.
  await page.getByRole('button', { name: 'Fit the graph to the screen' }).click();
  await page.waitForFunction(() => (window as unknown as { __cy: any }).__cy.edges('.detailed').length === 0);
  expect((await drawing(page)).full).toBe(0);

  // The selected entity's relations show their direction at any zoom.
  const hub = synth.summary.hubs[0]!;
  await page.getByTestId('search').fill(hub.name);
  await page
    .getByRole('option', { name: new RegExp(`^${hub.name}`) })
    .first()
    .click();
  await page.getByTestId('details').getByRole('heading', { name: hub.name }).waitFor();
  await canvasStill(page);
  const incident = await page.evaluate((id) => {
    const edges = (window as unknown as { __cy: any }).__cy.getElementById(id).connectedEdges().toArray();
    return edges.map((e: any) => `${e.style('curve-style')} ${e.style('target-arrow-shape')}`);
  }, hub.id);
  expect(incident.length).toBeGreaterThan(0);
  expect(new Set(incident)).toEqual(new Set(['straight triangle']));

  // The details list a few relations of each kind, and more on demand: the hub's hundreds are
  // all on the canvas, and were all listed.
  const kinds = new Map<string, number>();
  for (const r of readFixtures(synth.dir).graph.relations) {
    if (r.from === hub.id || r.to === hub.id) kinds.set(r.type, (kinds.get(r.type) ?? 0) + 1);
  }
  const [type, count] = [...kinds].sort((a, b) => b[1] - a[1])[0]!;
  expect(count).toBeGreaterThan(LISTED_FIRST);
  const group = page.getByTestId('details').getByRole('region', { name: relationLabel(type), exact: true });
  expect(await group.getByRole('listitem').count()).toBe(LISTED_FIRST);
  const hidden = count - LISTED_FIRST;
  const more = group.getByRole('button', { name: /^Show \d+ more relations? \(/ });
  expect(await more.textContent()).toBe(
    `Show ${Math.min(hidden, LISTED_MORE)} more relation${Math.min(hidden, LISTED_MORE) === 1 ? '' : 's'} (${hidden} not listed)`,
  );
  await more.scrollIntoViewIfNeeded();
  await screenshot(page, 'large-view-03-hub-details-1280x720');
  await more.click();
  expect(await group.getByRole('listitem').count()).toBe(Math.min(count, LISTED_FIRST + LISTED_MORE));
}, 240_000);

test('a large view exports as a PNG a browser can draw, and says how small its names are', async () => {
  await showAll();
  // At twice its size, as a smaller graph is exported, the image would pass the cap.
  const box = await page.evaluate(() => (window as unknown as { __cy: any }).__cy.elements().boundingBox());
  expect(Math.max(box.w, box.h) * 2).toBeGreaterThan(PNG_MAX_SIDE);

  await page.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^PNG image/ }).click(),
  ]);
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  expect(Math.max(width, height)).toBeLessThanOrEqual(PNG_MAX_SIDE);
  expect(width * height).toBeLessThanOrEqual(PNG_MAX_PIXELS);
  // The whole graph, in its proportions.
  expect(width / height).toBeCloseTo(box.w / box.h, 1);
  const status = await page
    .getByTestId('announcer')
    .getByText(`PNG exported: ${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} px`)
    .textContent();
  // Names are drawn at the image's scale: small, but the user is told, and where to go instead.
  const namePx = NODE_LABEL.fontSize * (width / Math.ceil(box.w));
  expect(status).toContain(namePx >= 7 ? 'px.' : `names ${Math.round(namePx)} px high`);
});

test('the table view of a large view lists a page of rows, sorted over all of them, and more on demand', async () => {
  await showAll();
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const entities = page.getByTestId('entities-table');
  await entities.getByText(`Entities on the canvas (${ENTITIES.toLocaleString('en-US')})`).waitFor();
  expect(await entities.locator('tbody tr').count()).toBe(TABLE_ROWS);
  const more = page.getByRole('button', {
    name: `Show ${TABLE_ROWS} more entities (${(ENTITIES - TABLE_ROWS).toLocaleString('en-US')} not listed)`,
  });
  await more.waitFor();
  // Sorting sorts every row, not the page: the most connected entity comes first.
  await entities.getByRole('button', { name: 'Relations' }).click();
  await entities.getByRole('button', { name: 'Relations' }).click();
  const hub = synth.summary.hubs[0]!;
  expect(await entities.locator('tbody tr').first().locator('td').first().textContent()).toBe(hub.name);
  await more.click();
  expect(await entities.locator('tbody tr').count()).toBe(2 * TABLE_ROWS);
  const relations = page.getByTestId('relations-table');
  await relations.getByText(`Relations between them (${RELATIONS.toLocaleString('en-US')})`).waitFor();
  expect(await relations.locator('tbody tr').count()).toBe(TABLE_ROWS);
  // The time bar's years (drawn under the month buttons that carry them) stay under the table.
  const covered = await page.evaluate(() => {
    const table = document.querySelector('[data-testid=table-view]')!;
    const ticks = [...document.querySelectorAll('.histogram .month[data-tick]')];
    return {
      ticks: ticks.length,
      shown: ticks.filter((m) => {
        const r = m.getBoundingClientRect();
        return !table.contains(document.elementFromPoint(r.left + r.width / 2, r.bottom - 6));
      }).length,
    };
  });
  expect(covered.ticks).toBeGreaterThan(0);
  expect(covered.shown).toBe(0);
  await screenshot(page, 'large-view-04-table-1280x720');
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
});
