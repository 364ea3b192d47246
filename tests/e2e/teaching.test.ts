/**
 * Teaching end to end, in Debian's Chromium over the real server and the run's seeded Neo4j:
 * the time bar, a whole lesson (steps, keys, links, leaving with undo intact), a what-if,
 * "Open in GraphiQL" and back through /?query=, and the phone-width layout. Expected values
 * come from the fixture and lesson files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { readFixtures } from '../../server/src/fixtures/validate';
import { PATHS } from '../../server/src/paths';
import { screenshot, startExplorer, type Explorer } from '../support/web-browser';

let ex: Explorer;
let page: Page;
const { relations, entities } = readFixtures(PATHS.fixtures).graph;
const lesson = JSON.parse(
  fs.readFileSync(path.join(PATHS.fixtures, 'lessons', 'what-did-the-us-trade-away.json'), 'utf8'),
);

beforeAll(async () => {
  ex = await startExplorer();
  page = ex.page;
}, 180_000);
afterAll(() => ex.close());

const canvasCounts = async (p: Page) => {
  const label = await p.getByRole('application').getAttribute('aria-label');
  const m = /Graph of (\d+) entities and (\d+) relations/.exec(label ?? '');
  return { nodes: Number(m?.[1]), edges: Number(m?.[2]) };
};
const waitCanvas = (p: Page, nodes: number, edges?: number) =>
  p
    .getByRole('application', {
      name: new RegExp(`^Graph of ${nodes} entities${edges === undefined ? '' : ` and ${edges} relations`}`),
    })
    .waitFor();

describe('timeline', () => {
  it('as of a month hides later dated facts, keeps undated ones, and carries the range in the link', async () => {
    await page.goto(`${ex.server.url}/`);
    await waitCanvas(page, entities.length, relations.length);
    const undated = relations.filter((r) => !r.date && !r.start).length;
    await expect(page.getByTestId('undated-count').textContent()).resolves.toContain(`${undated} undated`);
    await page.getByRole('button', { name: /^As of Sep 2025/ }).click();
    const kept = relations.filter((r) => !(r.date ?? r.start) || (r.date ?? r.start ?? '') <= '2025-09-30');
    await waitCanvas(page, entities.length, kept.length);
    expect(new URL(page.url()).searchParams.get('to')).toBe('2025-09');
    await page.reload();
    await waitCanvas(page, entities.length, kept.length);
    await expect(page.getByTestId('time-status').textContent()).resolves.toBe('as of Sep 2025');
    await page.getByRole('button', { name: 'All time' }).click();
    await waitCanvas(page, entities.length, relations.length);
  });

  it('From and To months choose a range: facts dated before it leave, and the link keeps it', async () => {
    await page.goto(`${ex.server.url}/`);
    await waitCanvas(page, entities.length, relations.length);
    await page.getByRole('combobox', { name: 'From month' }).selectOption({ label: 'Oct 2025' });
    // A fact dated to a month or a day before October 2025 cannot fall in the range; one dated
    // by its year ("2025") and an open period ("since 2019") may, and stay.
    const kept = relations.filter((r) => !(r.date && r.date.length >= 7 && r.date.slice(0, 7) < '2025-10'));
    expect(kept.length).toBeLessThan(relations.length);
    await waitCanvas(page, entities.length, kept.length);
    await expect(page.getByTestId('time-status').textContent()).resolves.toBe('from Oct 2025');
    // With a start chosen, the second month is where the range ends.
    await page.getByRole('combobox', { name: 'To month' }).selectOption({ label: 'Oct 2025' });
    await page.getByTestId('time-status').filter({ hasText: 'Oct 2025 – Oct 2025' }).waitFor();
    await waitCanvas(page, entities.length, kept.length);
    const link = new URL(page.url()).searchParams;
    expect([link.get('from'), link.get('to')]).toEqual(['2025-10', '2025-10']);
    await page.getByRole('button', { name: 'All time' }).click();
    await waitCanvas(page, entities.length, relations.length);
  });

  it('Play walks the story and highlights each step', async () => {
    await page.getByRole('button', { name: 'Play the story' }).click();
    await page.getByTestId('time-status').filter({ hasText: '1/5: January 2025' }).waitFor();
    await page.getByTestId('time-status').filter({ hasText: /^2\/5/ }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Stop playing' }).click();
    await page.getByRole('button', { name: 'All time' }).click();
  });
});

describe('a whole lesson', () => {
  it('presents every step with its link, keys and buttons, then returns to exploration with undo intact', async () => {
    await page.goto(`${ex.server.url}/`);
    await waitCanvas(page, entities.length);
    // One exploration step to undo later.
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('button', { name: 'Graph' }).click();
    await page
      .getByRole('button', { name: /The trade-off/ })
      .first()
      .click();
    await page.getByRole('button', { name: /^Undo: The trade-off/ }).waitFor();
    const tradeoffCounts = await canvasCounts(page);
    expect(tradeoffCounts.nodes).toBeLessThan(entities.length);
    await page.getByRole('button', { name: 'Present' }).first().click();
    const card = page.getByTestId('lesson-card');
    for (let i = 0; i < lesson.steps.length; i++) {
      const step = lesson.steps[i];
      await card.getByRole('heading', { name: step.title }).waitFor();
      await expect(card.getByTestId('lesson-step').textContent()).resolves.toBe(
        `Step ${i + 1} of ${lesson.steps.length}`,
      );
      expect(new URL(page.url()).searchParams.get('step')).toBe(String(i + 1));
      if (step.view.entities) await waitCanvas(page, step.view.entities.length);
      // Every highlighted fact is listed with its source.
      for (const id of step.view.highlights.relations) {
        const r = relations.find((x) => x.id === id);
        await card.getByRole('button', { name: r?.summary ?? id }).waitFor();
      }
      if (i === 4) await screenshot(page, 'lesson-presenter-1440');
      if (i % 2 === 0) await page.keyboard.press('ArrowRight');
      else if (i < lesson.steps.length - 1) await card.getByRole('button', { name: 'Next →' }).click();
    }
    // A step's own link opens it.
    const link = new URL(page.url());
    expect(link.searchParams.get('lesson')).toBe(lesson.id);
    await page.keyboard.press('ArrowLeft');
    await card.getByRole('heading', { name: lesson.steps[lesson.steps.length - 2].title }).waitFor();
    await card.getByRole('button', { name: 'Leave lesson' }).click();
    await card.waitFor({ state: 'detached' });
    const back = await canvasCounts(page);
    expect(back).toEqual(tradeoffCounts);
    await page.getByRole('button', { name: /^Undo: The trade-off/ }).click();
    await waitCanvas(page, entities.length);
  });

  it('steps through a lesson on a 1280x720 laptop with the card in the side panel, clear of the canvas', async () => {
    const laptop = await ex.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await laptop.goto(ex.server.url);
    await laptop.getByRole('button', { name: 'Step through' }).first().click();
    const card = laptop.getByTestId('lesson-card');
    await card.getByRole('heading', { name: lesson.steps[0].title }).waitFor();
    await card.getByRole('button', { name: 'Next →' }).click();
    await card.getByRole('heading', { name: lesson.steps[1].title }).waitFor();
    const cardBox = await card.boundingBox();
    const canvasBox = await laptop.getByRole('application').boundingBox();
    expect(cardBox && canvasBox && cardBox.x + cardBox.width <= canvasBox.x).toBe(true);
    const next = await card.getByRole('button', { name: 'Next →' }).boundingBox();
    expect((next?.y ?? Infinity) + (next?.height ?? 0)).toBeLessThanOrEqual(720);
    await card.getByRole('button', { name: 'Leave lesson' }).click();
    await laptop.getByRole('button', { name: 'Step through' }).first().waitFor();
    await laptop.close();
  });

  it('opens a step from its link in presenter mode with labels readable at 1280x720', async () => {
    const small = await ex.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await small.goto(`${ex.server.url}/?lesson=${lesson.id}&step=5&debug`);
    await small.getByTestId('lesson-card').getByRole('heading', { name: lesson.steps[4].title }).waitFor();
    await waitCanvas(small, lesson.steps[4].view.entities.length);
    const minLabel = await small.evaluate(() => {
      const cy = (window as any).__cy;
      return Math.min(...cy.nodes().map((n: any) => parseFloat(n.style('font-size')) * cy.zoom()));
    });
    expect(minLabel).toBeGreaterThanOrEqual(14);
    await expect(small.locator('.app-header').isVisible()).resolves.toBe(false);
    await screenshot(small, 'lesson-presenter-1280x720');
    await small.close();
  });
});

describe('what-if', () => {
  it('reversing the MSS freeze lists what the article puts at risk, with reasons, sources and the caveat', async () => {
    await page.goto(`${ex.server.url}/?whatif=us-freezes-mss-sanctions`);
    const card = page.getByTestId('what-if');
    await card.waitFor();
    for (const name of ['US-China trade truce', 'Rare earth elements', 'Electric vehicles']) {
      await card.getByRole('button', { name }).waitFor();
    }
    await expect(card.textContent()).resolves.toMatch(/not a forecast/);
    await expect(card.textContent()).resolves.toMatch(/Source: Rare Earth Exchanges/);
    await page.getByRole('button', { name: 'With vs without what-if' }).click();
    await expect(page.getByTestId('diff-card').textContent()).resolves.toMatch(/Changed \(\d+\)/);
    await screenshot(page, 'what-if-1440');
  });
});

describe('the query behind the view', () => {
  it('links the view to GraphiQL with query and variables, and a GraphQL result opens on the canvas', async () => {
    await page.goto(`${ex.server.url}/?nodes=mss,salt-typhoon,china`);
    await waitCanvas(page, 3);
    const href = await page.getByTestId('open-in-graphiql').last().getAttribute('href');
    const url = new URL(href ?? '', ex.server.url);
    expect(url.pathname).toBe('/graphql');
    expect(url.searchParams.get('query')).toMatch(/subgraph\(ids: \$ids/);
    expect(JSON.parse(url.searchParams.get('variables') ?? '{}').ids.sort()).toEqual([
      'china',
      'mss',
      'salt-typhoon',
    ]);
    // Back: the same query opens on the canvas.
    const back = `/?query=${encodeURIComponent(url.searchParams.get('query') ?? '')}&variables=${encodeURIComponent(url.searchParams.get('variables') ?? '')}`;
    await page.goto(`${ex.server.url}${back}`);
    const among = relations.filter(
      (r) =>
        ['china', 'mss', 'salt-typhoon'].includes(r.from) && ['china', 'mss', 'salt-typhoon'].includes(r.to),
    );
    await waitCanvas(page, 3, among.length);
  });

  it('shows a bad query its coded error and refuses what is not a query', async () => {
    await page.goto(`${ex.server.url}/?query=${encodeURIComponent('{ graph { nope } }')}`);
    await expect(page.getByTestId('query-error').textContent()).resolves.toMatch(
      /GRAPHQL_VALIDATION_FAILED: .*nope/,
    );
    await page.goto(`${ex.server.url}/?query=${encodeURIComponent('mutation { x }')}`);
    await expect(page.getByTestId('query-error').textContent()).resolves.toMatch(/Only read-only queries/);
  });
});

describe('phone width', () => {
  it('at 390x844 the header fits, the canvas keeps the screen and the panels are drawers', async () => {
    const phone = await ex.browser.newPage({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await phone.goto(`${ex.server.url}/`);
    await waitCanvas(phone, entities.length);
    const sizes = await phone.evaluate(() => ({
      header: document.querySelector('.app-header')?.scrollWidth ?? 0,
      canvas: document.querySelector('.cy')?.getBoundingClientRect().width ?? 0,
      panel: document.querySelector('.side-panel')?.getBoundingClientRect().right ?? 0,
    }));
    expect(sizes.header).toBeLessThanOrEqual(390);
    expect(sizes.canvas).toBeGreaterThanOrEqual(380);
    expect(sizes.panel).toBeLessThanOrEqual(0);
    await screenshot(phone, 'phone-390x844');
    await phone.getByRole('button', { name: '☰ Tools' }).click();
    await phone.getByRole('heading', { name: 'Lessons' }).waitFor();
    await phone.waitForFunction(
      () => (document.querySelector('.side-panel')?.getBoundingClientRect().left ?? -1) >= 0,
    );
    await phone.getByRole('button', { name: 'Present' }).first().click();
    await phone.getByTestId('lesson-card').waitFor();
    await screenshot(phone, 'phone-lesson-390x844');
    await phone.close();
  });
});
