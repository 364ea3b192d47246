import { chromium } from 'playwright-core';
const [url, out, w, h, click] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) } });
await p.goto(url);
await p.waitForTimeout(4000);
if (click) { await p.getByRole('button', { name: click, exact: true }).click(); await p.waitForTimeout(4000); }
await p.screenshot({ path: out });
await b.close();
