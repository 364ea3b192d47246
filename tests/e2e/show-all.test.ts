/**
 * "Show all" on a graph past LARGE_VIEW (1,100 entities / 4,400 relations, npm run synth, loaded
 * into the run's Neo4j for this file, the article's graph restored afterwards). The whole graph is
 * drawn a step at a time after its layout, with a progress bar that moves and a Cancel button:
 * Cancel goes back to the overview with nothing of the abandoned view left on the canvas, and a
 * drawing left to finish puts every entity and relation on it.
 */
import type { Page } from 'playwright-core';
import { readFixtures } from '../../server/src/fixtures/validate';
import { synthFolder } from '../support/graph-files';
import { useSyntheticExplorer } from '../support/synthetic-explorer';
import { canvasStill, screenshot } from '../support/web-browser';

const ENTITIES = 1100;
const RELATIONS = 4400;
/** What the start view of a graph this size shows (OVERVIEW_SIZE in the client). */
const START = 150;

const synth = synthFolder(ENTITIES, RELATIONS, 13);
const graph = readFixtures(synth.dir).graph;
const synthetic = useSyntheticExplorer(synth);
let page: Page;

beforeAll(() => {
  page = synthetic.explorer.page;
});

const progress = (p: Page) => p.getByTestId('layout-progress');
const showAll = (p: Page) =>
  p
    .getByTestId('overview-banner')
    .getByRole('button', { name: `Show all ${ENTITIES.toLocaleString('en-US')}` });

/**
 * What the canvas holds (through the `?debug` hook): entity ids, relation ids, and the relations
 * whose ends are not both on it (a half-drawn view would leave some).
 */
const canvasContent = (p: Page) =>
  p.evaluate(() => {
    const cy = (window as unknown as { __cy: any }).__cy;
    const entities = cy.nodes(':not(.group)').map((n: any) => n.id()) as string[];
    const relations = cy.edges(':not(.group-edge)').map((e: any) => e.id()) as string[];
    const dangling = cy
      .edges()
      .filter((e: any) => e.source().removed() || e.target().removed())
      .map((e: any) => e.id()) as string[];
    return { entities, relations, dangling };
  });

/** The percentage the progress bar shows. */
const percent = async (p: Page) => Number(await progress(p).getByRole('progressbar').getAttribute('value'));

test('while "Show all" is drawn the progress bar moves, and Cancel goes back to the overview cleanly', async () => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // Steps of drawing 300 ms apart (a debug setting): long enough to watch, and to cancel.
  await page.goto(`${synthetic.explorer.server.url}/?debug&drawPace=300`);
  await page.getByRole('application', { name: new RegExp(`^Graph of ${START} entities`) }).waitFor();
  await canvasStill(page);
  const before = await canvasContent(page);
  expect(before.entities).toHaveLength(START);

  await showAll(page).click();
  // After the layout, the entities not drawn yet are drawn a step at a time.
  await progress(page)
    .getByText(/^Drawing [\d,]+ entities/)
    .waitFor({ timeout: 120_000 });
  const first = await percent(page);
  // The page keeps painting and answering meanwhile: the bar moves on.
  await page.waitForFunction(
    (was) =>
      Number(document.querySelector('[data-testid=layout-progress] progress')?.getAttribute('value')) > was,
    first,
  );
  await screenshot(page, 'show-all-01-drawing-1280x720');
  // The canvas does not show the entities until they are all in: no name is written over it.
  expect(await page.getByTestId('landmarks').locator('.landmark').count()).toBe(0);

  await progress(page).getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByTestId('announcer')
    .getByText(/Stopped drawing [\d,]+ entities; back to the previous view/)
    .waitFor();
  await page.getByRole('application', { name: new RegExp(`^Graph of ${START} entities`) }).waitFor();
  await canvasStill(page);
  // Exactly the overview again: nothing of the abandoned view stays, and no relation hangs loose.
  const after = await canvasContent(page);
  expect(new Set(after.entities)).toEqual(new Set(before.entities));
  expect(new Set(after.relations)).toEqual(new Set(before.relations));
  expect(after.dangling).toEqual([]);
  await showAll(page).waitFor();
  await screenshot(page, 'show-all-02-cancelled-1280x720');
}, 300_000);

test('"Show all" left to finish draws every entity and relation, and the page answered meanwhile', async () => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${synthetic.explorer.server.url}/?debug&drawPace=200`);
  await page.getByRole('application', { name: new RegExp(`^Graph of ${START} entities`) }).waitFor();
  await canvasStill(page);
  await showAll(page).click();
  await progress(page)
    .getByText(/^Drawing [\d,]+ entities/)
    .waitFor({ timeout: 120_000 });
  // A search typed while the drawing runs is answered (the page is not frozen).
  const name = synth.summary.rareNames[0]?.name ?? '';
  await page.getByTestId('search').fill(name);
  await page
    .getByRole('option', { name: new RegExp(`^${name}`) })
    .first()
    .waitFor();
  await page.getByTestId('search').fill('');

  await page.getByRole('application', { name: new RegExp(`^Graph of ${ENTITIES} entities`) }).waitFor();
  await canvasStill(page);
  const drawn = await canvasContent(page);
  expect(new Set(drawn.entities)).toEqual(new Set(graph.entities.map((e) => e.id)));
  expect(drawn.relations).toHaveLength(new Set(drawn.relations).size);
  expect(new Set(drawn.relations)).toEqual(new Set(graph.relations.map((r) => r.id)));
  expect(drawn.dangling).toEqual([]);
  // Every entity stands in sight, in a place of its own.
  const placed = await page.evaluate(() => {
    const cy = (window as unknown as { __cy: any }).__cy;
    const e = cy.extent();
    const points = cy.nodes().map((n: any) => n.position());
    return {
      outside: points.filter((q: any) => q.x < e.x1 || q.x > e.x2 || q.y < e.y1 || q.y > e.y2).length,
      distinct: new Set(points.map((q: any) => `${Math.round(q.x)},${Math.round(q.y)}`)).size,
    };
  });
  expect(placed.outside).toBe(0);
  expect(placed.distinct).toBe(ENTITIES);
}, 300_000);
