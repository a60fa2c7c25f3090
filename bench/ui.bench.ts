/**
 * npm run bench:ui — the dashboard's budgets, measured on the built app in headless Chromium:
 * initial JavaScript (gzipped), time from navigation to the first chart drawn, and time for a
 * filter change to update everything (median of several runs).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOADS = 7;
const CHANGES = 21;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;

await build({ root: ROOT, logLevel: 'warn' });
const html = readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const initialGz = initial.reduce((n, f) => n + gzipSync(readFileSync(join(ROOT, 'dist', f))).length, 0);
const lazyGz = readdirSync(join(ROOT, 'dist', 'assets'))
  .filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`))
  .reduce((n, f) => n + gzipSync(readFileSync(join(ROOT, 'dist', 'assets', f))).length, 0);

const server = await preview({ root: ROOT, logLevel: 'warn', preview: { port: 0, strictPort: false, host: '127.0.0.1' } });
const url = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const firstChart: number[] = [];
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  // Time of the first frame after a chart's canvas appears, in ms since navigation started.
  await page.addInitScript(() => {
    new MutationObserver((_m, obs) => {
      if (document.querySelector('.chart canvas')) {
        obs.disconnect();
        requestAnimationFrame(() => {
          (window as unknown as { __firstChart: number }).__firstChart = performance.now();
        });
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstChart?: number }).__firstChart !== undefined);
  firstChart.push(await page.evaluate(() => (window as unknown as { __firstChart: number }).__firstChart));
  await context.close();
}

const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
await page.goto(url);
await page.locator('.chart canvas').first().waitFor();
const changes: number[] = [];
for (let i = 0; i < CHANGES; i++) {
  const district = i % 2 === 0 ? 'xuhui' : 'shanghai';
  // From the change event to the second frame after it: React has rendered and ECharts has painted.
  changes.push(
    await page.evaluate(async (value) => {
      const select = document.querySelector<HTMLSelectElement>('.filters select')!;
      const t0 = performance.now();
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t0;
    }, district),
  );
}
await browser.close();
await server.close();

console.log(`ui bench: Chromium headless, 1280×900, ${LOADS} loads, ${CHANGES} filter changes`);
console.log(
  `initial JS (gzip)   ${(initialGz / 1024).toFixed(1)} KB  [budget 300 KB] ${initialGz <= 300 * 1024 ? 'MEETS' : 'OVER'}   (charts chunk, loaded after: ${(lazyGz / 1024).toFixed(1)} KB)`,
);
console.log(
  `first chart drawn   median ${fmt(median(firstChart))}  min ${fmt(Math.min(...firstChart))}  max ${fmt(Math.max(...firstChart))}  [budget 1500 ms] ${median(firstChart) <= 1500 ? 'MEETS' : 'OVER'}`,
);
console.log(
  `filter change       median ${fmt(median(changes))}  min ${fmt(Math.min(...changes))}  max ${fmt(Math.max(...changes))}  [budget 100 ms] ${median(changes) <= 100 ? 'MEETS' : 'OVER'}`,
);
