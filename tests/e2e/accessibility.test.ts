/**
 * Accessibility of the main views, checked by axe-core (the engine behind Lighthouse's and
 * Deque's audits) in Debian's Chromium against the real app: no serious or critical violation.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import type { RunningServer } from '../support/server';
import { startExplorer, type Explorer } from '../support/web-browser';

let server: RunningServer;
let page: Page;
let explorer: Explorer | undefined;

beforeAll(async () => {
  explorer = await startExplorer();
  ({ server, page } = explorer);
}, 180_000);
afterAll(() => explorer?.close());

/** Runs axe over the page and returns its serious and critical violations, one line each. */
async function seriousViolations(p: Page): Promise<string[]> {
  // Let fades and slides end first: a colour mid-transition is not what people read.
  await p.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly blocks an
  // injected <script> tag, and the audit must not need the policy loosened.
  await p.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const results = await p.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run(),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    );
}

async function openAt(query: string): Promise<void> {
  await page.goto(`${server.url}/${query}`);
  await page.getByRole('application', { name: /^Graph of \d+ entities/ }).waitFor();
}

test('the graph view with an entity’s details has no serious or critical violation', async () => {
  await openAt('?focus=mss');
  await page.getByTestId('details').getByRole('heading', { name: 'Ministry of State Security' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a relation’s details, with a quote and its sources, have none', async () => {
  await openAt('?focus=zack-cooper');
  await page.getByTestId('details').getByRole('button', { name: /^on / }).first().click();
  await page.getByTestId('details').getByText('Relation', { exact: true }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a found path and the filters in use have none', async () => {
  await openAt('?path=salt-typhoon,donald-trump&noTypes=Country');
  await page
    .getByTestId('path-result')
    .getByText(/highlighted on the canvas/)
    .waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the table view has none', async () => {
  await openAt('');
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await page.getByTestId('relations-table').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});
