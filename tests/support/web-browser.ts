import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { newest, webBuildInputs } from '../../scripts/newest.cjs';
import { testDriver, testNeo4jUri } from './neo4j';
import { startServer, type RunningServer } from './server';

const ROOT = path.resolve(__dirname, '..', '..');
/** The built web client the end-to-end tests serve. */
export const WEB_DIST = path.join(ROOT, 'web', 'dist');
/** Where end-to-end tests leave screenshots of the main states (gitignored). */
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

/** Builds web/dist with Vite when it is missing or older than the client's sources. */
export function ensureWebBuilt(): void {
  const built = newest(path.join(WEB_DIST, 'index.html'));
  const sources = Math.max(...webBuildInputs(ROOT).map(newest));
  if (built >= sources) return;
  // jest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const build = spawnSync('npm', ['run', 'build', '-w', 'web'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}\n${build.stderr}`);
}

/** Debian's Chromium, headless, with nothing that reaches the internet. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Saves a full-window screenshot under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The real app over the run's seeded Neo4j, serving the built client, and a Chromium page. */
export interface Explorer {
  server: RunningServer;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** Builds the client if stale, starts the app and opens a 1440x900 page (call in beforeAll). */
export async function startExplorer(): Promise<Explorer> {
  ensureWebBuilt();
  const driver = testDriver();
  const server = await startServer(driver, testNeo4jUri(), { webDist: WEB_DIST });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  return {
    server,
    browser,
    page,
    async close() {
      await browser.close();
      await server.close();
      await driver.close();
    },
  };
}

/**
 * Waits until the explorer's canvas (through the `?debug` hook) has entities, no layout or
 * drawing runs (no progress bar, no busy note) and nothing animates.
 */
export async function canvasStill(page: Page, timeout = 180_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const cy = (window as unknown as { __cy?: any }).__cy;
      return (
        cy &&
        cy.nodes().length > 0 &&
        !document.querySelector('[data-testid=layout-progress]') &&
        !document.querySelector('[data-testid=busy]') &&
        !cy.animated() &&
        !cy.nodes().some((n: any) => n.animated())
      );
    },
    null,
    { timeout },
  );
}
