/**
 * GraphiQL served by the app itself, and the Content-Security-Policy, in Debian's Chromium with
 * every request to anything but 127.0.0.1 aborted (the network "unplugged"): GraphiQL must load,
 * show its docs, autocomplete and run queries from the bundle alone, and neither page may trip
 * the CSP.
 */
import type { Page } from 'playwright-core';
import { screenshot, startExplorer, type Explorer } from '../support/web-browser';

let explorer: Explorer;
let page: Page;
/** Requests that tried to leave 127.0.0.1 (all aborted). */
const external: string[] = [];
/** CSP violations reported by the page and by the console. */
const violations: string[] = [];

beforeAll(async () => {
  explorer = await startExplorer();
  page = explorer.page;
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (
      /^(?:https?|wss?):\/\/127\.0\.0\.1[:/]/.test(url) ||
      url.startsWith('data:') ||
      url.startsWith('blob:')
    ) {
      return route.continue();
    }
    external.push(url);
    return route.abort('internetdisconnected');
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (?:load|execute|apply|create|connect)/i.test(message.text())) {
      violations.push(message.text());
    }
  });
}, 180_000);
afterAll(() => explorer?.close());

async function pageViolations(p: Page): Promise<string[]> {
  return p.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

const QUERY = 'query Mss($id: ID!) { entity(id: $id) { name aliases } }';
const VARIABLES = '{"id": "mss"}';

test('the explorer runs under the CSP with nothing loaded from outside', async () => {
  const response = await page.goto(explorer.server.url);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await page.getByRole('application', { name: /^Graph of \d+ entities/ }).waitFor();
  expect(await pageViolations(page)).toEqual([]);
  expect(violations).toEqual([]);
  expect(external).toEqual([]);
});

test('GraphiQL opens offline, prefilled from ?query= and ?variables=, and runs the query', async () => {
  const url = `${explorer.server.url}/graphql?query=${encodeURIComponent(QUERY)}&variables=${encodeURIComponent(VARIABLES)}`;
  await page.goto(url);
  const editor = page.locator('.graphiql-query-editor');
  await editor.getByText('entity(id: $id)').waitFor();
  await page.locator('.graphiql-editor-tool').getByText('"mss"').waitFor();
  await page.getByRole('button', { name: /Execute query/ }).click();
  await page.locator('.graphiql-response').getByText('"Ministry of State Security"').waitFor();
  await screenshot(page, 'graphiql-prefilled');
});

test('GraphiQL shows the schema docs', async () => {
  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.getByText('Root Types').waitFor();
  await docs.getByRole('link', { name: 'Query' }).click();
  await docs.getByText('neighborhood', { exact: true }).first().waitFor();
});

test('GraphiQL autocompletes fields from the schema', async () => {
  await page.locator('.graphiql-query-editor .monaco-editor').first().click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('{ shortest');
  await page.keyboard.press('Control+Space');
  await page.locator('.suggest-widget').getByText('shortestPath').first().waitFor();
  await screenshot(page, 'graphiql-autocomplete');
});

test('GraphiQL links the current query to the canvas, and trips no CSP', async () => {
  await page.goto(
    `${explorer.server.url}/graphql?query=${encodeURIComponent(QUERY)}&variables=${encodeURIComponent(VARIABLES)}`,
  );
  const link = page.getByRole('link', { name: 'Open on canvas' });
  await link.waitFor();
  const href = new URL((await link.getAttribute('href')) ?? '', explorer.server.url);
  expect(href.pathname).toBe('/');
  expect(href.searchParams.get('query')).toBe(QUERY);
  expect(JSON.parse(href.searchParams.get('variables') ?? '')).toEqual({ id: 'mss' });
  expect(await pageViolations(page)).toEqual([]);
  expect(violations).toEqual([]);
  expect(external).toEqual([]);
});
