/**
 * The explorer end to end: the real server over the run's seeded Neo4j, the built client, and
 * Debian's Chromium. Each test opens the explorer afresh and sets up its own state, so any one
 * of them can run alone (`-t`) or in any order.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
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

const { entities: fixtureEntities, relations: fixtureRelations } = readFixtures(PATHS.fixtures).graph;
const ALL = fixtureEntities.length;
const COUNTRIES = fixtureEntities.filter((e) => e.type === 'Country').length;
const degree = (id: string) => fixtureRelations.filter((r) => r.from === id || r.to === id).length;
const neighbours = (id: string) =>
  new Set(fixtureRelations.flatMap((r) => (r.from === id ? [r.to] : r.to === id ? [r.from] : []))).size;

/** A fresh explorer on the whole graph (or the view a query string describes). */
async function open(p: Page = page, query = ''): Promise<void> {
  await p.goto(`${server.url}/${query}`);
  await canvas(p, query ? /^Graph of \d+ entities/ : ALL).waitFor();
}

async function pick(p: Page, box: string, text: string, option: RegExp): Promise<void> {
  const input = p.getByTestId(box);
  await input.fill(text);
  await p.getByRole('option', { name: option }).first().click();
}

/** Finds the path from Salt Typhoon to Donald Trump through the path finder. */
async function findPath(p: Page): Promise<string[]> {
  await pick(p, 'path-from', 'salt typhoon', /^Salt Typhoon/);
  await pick(p, 'path-to', 'donald trump', /^Donald Trump/);
  await p.getByRole('button', { name: 'Find path' }).click();
  const result = p.getByTestId('path-result');
  await result.getByText(/\d+ steps?, highlighted on the canvas/).waitFor();
  return result.getByRole('listitem').allTextContents();
}

/** Clicks an export menu item and returns the downloaded file's path. */
async function exportAs(p: Page, item: string): Promise<{ file: string; download: Download }> {
  await p.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([
    p.waitForEvent('download'),
    p.getByRole('button', { name: new RegExp(`^${item}`) }).click(),
  ]);
  const file = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'truce-export-')),
    download.suggestedFilename(),
  );
  await download.saveAs(file);
  return { file, download };
}

// Each test opens the explorer afresh (first render and layout included); on a busy machine
// that alone can take tens of seconds, so the budget per test and per wait is generous.
jest.setTimeout(150_000);

let explorer: Explorer | undefined;
beforeAll(async () => {
  explorer = await startExplorer();
  ({ server, browser, page } = explorer);
  page.setDefaultTimeout(60_000);
}, 180_000);
afterAll(() => explorer?.close());

test('opens on the whole article graph with a legend', async () => {
  await open();
  const legend = page.getByRole('region', { name: 'Entity types' });
  for (const type of ['Person', 'Agency', 'Country', 'Threat actor', 'Policy']) {
    await legend.getByRole('button', { name: new RegExp(type) }).waitFor();
  }
  await page.getByRole('region', { name: 'Relation status' }).getByText('Dotted: claim').waitFor();
  await screenshot(page, '01-whole-graph');
});

test('the legend filters entity types, in words people use, and undo brings them back', async () => {
  await open();
  const countries = page
    .getByRole('region', { name: 'Entity types' })
    .getByRole('button', { name: /Country/ });
  await countries.click();
  await canvas(page, ALL - COUNTRIES).waitFor();
  expect(await countries.getAttribute('aria-pressed')).toBe('false');
  expect(page.url()).toContain('noTypes=Country');
  await page.getByRole('button', { name: 'Undo: Hide Country entities' }).waitFor();
  await page.keyboard.press('Control+z');
  await canvas(page, ALL).waitFor();
  await page.getByRole('button', { name: 'Redo: Hide Country entities' }).waitFor();
});

test('choosing a layout is announced by its name, not its engine', async () => {
  await open();
  await page.getByRole('combobox', { name: 'Layout', exact: true }).selectOption({ label: 'Hierarchy' });
  await page.getByTestId('announcer').getByText('Switch to the Hierarchy layout').waitFor();
  expect(await page.getByTestId('announcer').textContent()).not.toContain('breadthfirst');
});

test('search "ministry" finds MSS; its details list its relations and sources', async () => {
  await open();
  await pick(page, 'search', 'ministry', /Ministry of State Security/);
  await details(page).getByRole('heading', { name: 'Ministry of State Security' }).waitFor();
  const sources = details(page).getByRole('list', { name: 'Sources' });
  await sources.getByText('Rare Earth Exchanges').first().waitFor();
  // The whole graph is loaded, so every relation of the MSS is listed.
  await details(page)
    .getByRole('heading', { name: `Relations (${degree('mss')})`, exact: true })
    .waitFor();
  expect(page.url()).toContain('focus=mss');
  await screenshot(page, '02-mss-details');
});

test('Enter takes the first suggestion, even when the list opens under the mouse', async () => {
  await open();
  const input = page.getByTestId('path-from');
  const list = page.getByRole('listbox', { name: 'Path from: suggestions' });
  // Bring the path finder up so its list opens on screen.
  await input.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  // Where the third suggestion appears: look once, then close the list.
  await input.fill('china');
  const third = await list.getByRole('option').nth(2).boundingBox();
  if (!third) throw new Error('fewer than three suggestions for "china"');
  await input.fill('');
  await page.keyboard.press('Escape');
  await list.waitFor({ state: 'hidden' });
  // Rest the mouse there and type again: the list opens under the resting pointer.
  const rest = { x: third.x + third.width / 2, y: third.y + third.height / 2 };
  await page.mouse.move(rest.x, rest.y);
  await input.focus();
  await page.keyboard.type('china');
  await list.getByRole('option').first().getByText('China', { exact: true }).waitFor();
  // Browsers then re-check what lies under the pointer with a mouse event that has not moved
  // (Chromium does after layout); this sends that event.
  await page.mouse.move(rest.x, rest.y);
  const under = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('[role=option]')?.textContent ?? null,
    rest,
  );
  expect(under).not.toBeNull();
  expect(under).not.toMatch(/^China/);
  await page.keyboard.press('Enter');
  expect(await input.inputValue()).toBe('China');
});

test('an entity built on unnamed sources says so, in the article’s words', async () => {
  await open(page, '?focus=us-freezes-mss-sanctions');
  await details(page).getByRole('heading', { name: 'US freezes sanctions on the MSS' }).waitFor();
  await details(page)
    .getByTestId('anonymous-source')
    .getByText(/“sources familiar with the matter”, as reported by Financial Times/)
    .waitFor();
  await details(page)
    .getByRole('button', { name: /^United States conceded US freezes sanctions on the MSS/ })
    .click();
  await details(page).getByText('Relation', { exact: true }).waitFor();
  await details(page)
    .getByTestId('anonymous-source')
    .getByText(/This rests on/)
    .waitFor();
  await screenshot(page, '11-unnamed-sources');
});

test('a relation shows its status, the attributed quote and its sources', async () => {
  await open();
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
  await open();
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
  expect(count).toBe(Math.min(10, neighbours('mss')) + 1);
  await screenshot(page, '04-mss-expanded');

  await page.keyboard.press('Control+z');
  await canvas(page, 1).waitFor();
  await page.keyboard.press('Control+Shift+z');
  await canvas(page, count).waitFor();
});

test('finds the path from Salt Typhoon to Donald Trump', async () => {
  await open();
  const steps = await findPath(page);
  expect(steps.length).toBeGreaterThan(0);
  expect(steps[0]).toContain('Salt Typhoon');
  expect(steps[steps.length - 1]).toContain('Donald Trump');
  expect(page.url()).toContain('path=salt-typhoon,donald-trump');
  await screenshot(page, '05-path');
});

test('a reload from the link restores the same view', async () => {
  await open();
  const steps = await findPath(page);
  const label = await page.getByTestId('graph-canvas').getAttribute('aria-label');
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

test('exports the whole graph as PNG, whatever part of it the canvas shows', async () => {
  await open();
  const { file } = await exportAs(page, 'PNG image');
  expect(file).toMatch(/\.png$/);
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // The status line gives the image's size, as the file's header has it.
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  await page
    .getByTestId('announcer')
    .getByText(`PNG exported: ${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} px.`)
    .waitFor();
  // Zoomed out until the canvas hides the names, the export is the same image, names included.
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  for (let i = 0; i < 6; i++) await zoomOut.click();
  await page.waitForTimeout(400);
  const again = fs.readFileSync((await exportAs(page, 'PNG image')).file);
  expect(again.length).toBe(bytes.length);
  expect(again.equals(bytes)).toBe(true);
});

test('exports an SVG that draws the canvas: every entity, the path, a legend', async () => {
  await open();
  await findPath(page);
  const { file } = await exportAs(page, 'SVG drawing');
  const svg = fs.readFileSync(file, 'utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  for (const e of fixtureEntities.filter((x) => x.name.length < 12)) expect(svg).toContain(e.name);
  expect(svg).toContain('stroke-width="4.5"');
  expect(svg).toContain('the path found');
  expect(svg).toContain('Entity types');
  // Shown as a page of its own, it renders; the screenshot is for people to compare.
  const view = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
  try {
    await view.setContent(`<body style="margin:0">${svg}</body>`);
    const size = await view.locator('svg').boundingBox();
    expect(size?.width).toBeGreaterThan(300);
    await screenshot(view, '12-exported-svg');
  } finally {
    await view.close();
  }
});

test('exports GraphML, Cytoscape JSON and CSV files with their sources', async () => {
  await open();
  const graphml = fs.readFileSync((await exportAs(page, 'GraphML')).file, 'utf8');
  expect(graphml).toContain('<graphml');
  expect((graphml.match(/<node /g) ?? []).length).toBe(ALL);
  const cyjs = JSON.parse(fs.readFileSync((await exportAs(page, 'Cytoscape JSON')).file, 'utf8'));
  expect(cyjs.elements.nodes).toHaveLength(ALL);
  expect(cyjs.elements.edges).toHaveLength(fixtureRelations.length);
  const entities = fs.readFileSync((await exportAs(page, 'CSV of entities')).file, 'utf8');
  expect(entities.split('\r\n')[0]).toBe('\uFEFFId,Label,Type,Aliases,Description,Relations,Sources');
  const relations = fs.readFileSync((await exportAs(page, 'CSV of relations')).file, 'utf8');
  expect(relations).toContain('Rare Earth Exchanges');
});

test('the table view lists the same graph, sorts it, and dates sort as dates', async () => {
  await open();
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const entities = page.getByTestId('entities-table');
  await entities.getByText(`Entities on the canvas (${ALL})`).waitFor();
  await entities.getByRole('button', { name: 'Relations' }).click();
  await entities.getByRole('button', { name: 'Relations' }).click();
  expect(await entities.locator('th[aria-sort="descending"]').textContent()).toContain('Relations');
  const first = await entities.locator('tbody tr').first().locator('td').first().textContent();
  const top = [...fixtureEntities].sort((a, b) => degree(b.id) - degree(a.id))[0];
  expect(first).toBe(top?.name);

  const relations = page.getByTestId('relations-table');
  await relations.getByRole('button', { name: 'When' }).click();
  const when = await relations.locator('tbody tr td:nth-child(5)').allTextContents();
  const dated = fixtureRelations.filter((r) => r.date || r.start || r.end).length;
  expect(when.slice(0, dated).every((w) => w !== '')).toBe(true);
  expect(when.slice(dated).every((w) => w === '')).toBe(true);
  expect(when[0]).toBe('since 2019');
  const sources = await relations.locator('tbody tr td:nth-child(6)').allTextContents();
  expect(sources.every((s) => s.includes('Rare Earth Exchanges'))).toBe(true);
  await screenshot(page, '07-table-view');
});
