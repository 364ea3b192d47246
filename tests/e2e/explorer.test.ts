/**
 * The explorer end to end: the real server over the run's seeded Neo4j, the built client, and
 * Debian's Chromium. Each step depends on the previous one, as a researcher's session does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readFixtures } from '../../server/src/fixtures/validate';
import { PATHS } from '../../server/src/paths';
import type { RunningServer } from '../support/server';
import { screenshot, startExplorer, type Explorer } from '../support/web-browser';

let server: RunningServer;
let browser: Browser;
let page: Page;

const canvas = (p: Page, entities: number | RegExp) =>
  p.getByRole('application', {
    name: typeof entities === 'number' ? new RegExp(`^Graph of ${entities} entities`) : entities,
  });
const details = (p: Page) => p.getByTestId('details');

const { entities: fixtureEntities } = readFixtures(PATHS.fixtures).graph;
const ALL = fixtureEntities.length;
const COUNTRIES = fixtureEntities.filter((e) => e.type === 'Country').length;

async function pick(p: Page, box: string, text: string, option: RegExp): Promise<void> {
  const input = p.getByTestId(box);
  await input.fill(text);
  await p.getByRole('option', { name: option }).first().click();
}

let explorer: Explorer | undefined;
beforeAll(async () => {
  explorer = await startExplorer();
  ({ server, browser, page } = explorer);
}, 180_000);
afterAll(() => explorer?.close());

test('opens on the whole article graph with a legend', async () => {
  await page.goto(server.url);
  await canvas(page, ALL).waitFor();
  const legend = page.getByRole('region', { name: 'Entity types' });
  for (const type of ['Person', 'Agency', 'Country', 'Threat actor', 'Policy']) {
    await legend.getByRole('button', { name: new RegExp(type) }).waitFor();
  }
  await page.getByRole('region', { name: 'Relation status' }).getByText('Dotted: claim').waitFor();
  await screenshot(page, '01-whole-graph');
});

test('the legend filters entity types, and undo brings them back', async () => {
  const countries = page
    .getByRole('region', { name: 'Entity types' })
    .getByRole('button', { name: /Country/ });
  await countries.click();
  await canvas(page, ALL - COUNTRIES).waitFor();
  expect(await countries.getAttribute('aria-pressed')).toBe('false');
  expect(page.url()).toContain('noTypes=Country');
  await page.keyboard.press('Control+z');
  await canvas(page, ALL).waitFor();
});

test('search "ministry" finds MSS; its details show sources', async () => {
  await pick(page, 'search', 'ministry', /Ministry of State Security/);
  await details(page).getByRole('heading', { name: 'Ministry of State Security' }).waitFor();
  const sources = details(page).getByRole('list', { name: 'Sources' });
  await sources.getByText('Rare Earth Exchanges').first().waitFor();
  expect(
    await details(page)
      .getByRole('heading', { name: /Relations \(\d+\)/ })
      .textContent(),
  ).toMatch(/\d+/);
  expect(page.url()).toContain('focus=mss');
  await screenshot(page, '02-mss-details');
});

test('a relation shows its status, the attributed quote and its sources', async () => {
  await pick(page, 'search', 'zack cooper', /^Zack Cooper/);
  await details(page).getByRole('heading', { name: 'Zack Cooper' }).waitFor();
  await details(page).getByRole('button', { name: /^on / }).first().click();
  const panel = details(page);
  await panel.getByText('Relation', { exact: true }).waitFor();
  expect(await panel.locator('blockquote').first().textContent()).toMatch(/“.+”\s*— Zack Cooper/);
  await panel.getByRole('list', { name: 'Sources' }).getByRole('listitem').first().waitFor();
  await screenshot(page, '03-relation-with-quote');
});

test('expands MSS from a clean canvas, then undo and redo', async () => {
  await pick(page, 'search', 'ministry', /Ministry of State Security/);
  await details(page).getByRole('button', { name: 'Start here' }).click();
  await canvas(page, 1).waitFor();
  await details(page).getByRole('button', { name: 'Expand', exact: true }).click();
  await page
    .getByTestId('announcer')
    .getByText(/Expand Ministry of State Security: \d+ added/)
    .waitFor();
  const label = await page.getByTestId('graph-canvas').getAttribute('aria-label');
  const count = Number(/Graph of (\d+) entities/.exec(label ?? '')?.[1]);
  expect(count).toBeGreaterThan(1);
  await screenshot(page, '04-mss-expanded');

  await page.keyboard.press('Control+z');
  await canvas(page, 1).waitFor();
  await page.keyboard.press('Control+Shift+z');
  await canvas(page, count).waitFor();
});

test('finds the path from Salt Typhoon to Donald Trump', async () => {
  await pick(page, 'path-from', 'salt typhoon', /^Salt Typhoon/);
  await pick(page, 'path-to', 'donald trump', /^Donald Trump/);
  await page.getByRole('button', { name: 'Find path' }).click();
  const result = page.getByTestId('path-result');
  await result.getByText(/\d+ steps?, highlighted on the canvas/).waitFor();
  const steps = await result.getByRole('listitem').allTextContents();
  expect(steps.length).toBeGreaterThan(0);
  expect(steps[0]).toContain('Salt Typhoon');
  expect(steps[steps.length - 1]).toContain('Donald Trump');
  expect(page.url()).toContain('path=salt-typhoon,donald-trump');
  await screenshot(page, '05-path');
});

test('a reload from the link restores the same view', async () => {
  const label = await page.getByTestId('graph-canvas').getAttribute('aria-label');
  const steps = await page.getByTestId('path-result').getByRole('listitem').allTextContents();
  const again = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await again.goto(page.url());
    await canvas(again, new RegExp(`^${label}$`)).waitFor();
    await again
      .getByTestId('path-result')
      .getByText(/highlighted on the canvas/)
      .waitFor();
    expect(await again.getByTestId('path-result').getByRole('listitem').allTextContents()).toEqual(steps);
    await screenshot(again, '06-restored-from-link');
  } finally {
    await again.close();
  }
});

test('exports the view as PNG', async () => {
  await page.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'PNG image' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'truce-png-')), download.suggestedFilename());
  await download.saveAs(file);
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(5_000);
});

test('the table view lists the same graph and sorts it', async () => {
  await page.getByRole('button', { name: `Show the whole graph (${ALL})` }).click();
  await canvas(page, ALL).waitFor();
  await page.getByRole('region', { name: 'Find a path' }).getByRole('button', { name: 'Clear' }).click();
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const entities = page.getByTestId('entities-table');
  await entities.getByText(`Entities on the canvas (${ALL})`).waitFor();
  await entities.getByRole('button', { name: 'Relations' }).click();
  await entities.getByRole('button', { name: 'Relations' }).click();
  expect(await entities.locator('th[aria-sort="descending"]').textContent()).toContain('Relations');
  const first = await entities.locator('tbody tr').first().locator('td').first().textContent();
  expect(['China', 'United States']).toContain(first);
  await screenshot(page, '07-table-view');
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
});
