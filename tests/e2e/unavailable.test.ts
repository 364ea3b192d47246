/**
 * When Neo4j is down the explorer says so and offers a retry, instead of a blank page.
 */
import type { Browser } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../server/src/db/driver';
import { freePort } from '../support/free-port';
import { startServer, type RunningServer } from '../support/server';
import { WEB_DIST, ensureWebBuilt, launchChromium, screenshot } from '../support/web-browser';

let driver: Driver;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  const uri = `bolt://127.0.0.1:${await freePort()}`;
  driver = createDriver({ uri, user: 'neo4j', password: '', database: 'neo4j' });
  server = await startServer(driver, uri, { webDist: WEB_DIST });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await driver?.close();
});

test('shows that the database is unavailable, with a retry', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  const alert = page.getByTestId('load-error');
  await alert.getByRole('heading', { name: 'The graph database is unavailable' }).waitFor();
  await screenshot(page, '08-database-unavailable');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.getByTestId('load-error').getByRole('button', { name: 'Retry' }).waitFor();
  // The rest of the page is still there.
  await page.getByRole('combobox', { name: 'Search entities' }).waitFor();
  await page.close();
});
