import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:4170';
const shots: Array<[string, number, number, string, (p: any) => Promise<void>]> = [
  ['phone', 390, 844, '/', async () => {}],
  ['desktop-1280', 1280, 720, '/', async () => {}],
  ['lesson-1280', 1280, 720, '/?lesson=what-did-the-us-trade-away&step=5', async () => {}],
  ['lesson-1920', 1920, 1080, '/?lesson=what-did-the-us-trade-away&step=8', async () => {}],
  ['lesson-phone', 390, 844, '/?lesson=what-did-the-us-trade-away&step=2', async () => {}],
  ['whatif-1280', 1280, 720, '/?layout=tradeoff&whatif=us-freezes-mss-sanctions&to=2025-10', async () => {}],
];
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  for (const [name, w, h, url, act] of shots) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    page.on('pageerror', (e: any) => console.log(name, 'pageerror', e.message));
    await page.goto(base + url + (url.includes('?') ? '&debug' : '?debug'));
    await page.waitForTimeout(7000);
    await act(page);
    const info = await page.evaluate(() => {
      const cy = (window as any).__cy;
      const sizes = cy ? cy.nodes().map((n: any) => parseFloat(n.style('font-size')) * cy.zoom()) : [];
      return { min: Math.min(...sizes), nodes: cy?.nodes().length, header: document.querySelector('.app-header')?.scrollWidth, cw: document.querySelector('.cy')?.clientWidth, url: location.search.slice(0, 200) };
    });
    console.log(name, JSON.stringify(info));
    await page.screenshot({ path: `/tmp/shot-${name}.png` });
    await page.close();
  }
  await browser.close();
})();
