/**
 * The first screen is in the HTML the build emits (src/app/prerender.tsx): the header, the KPI values and the
 * chart titles paint before any JavaScript runs, in the reader's language, and the app renders over them.
 */
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstChart, sessionForFile, watchedPage } from './browser';

const s = sessionForFile();

const KPI_SCALE = 'article[aria-label="人工智能产业规模"] .kpi-value';
const KPI_SCALE_EN = 'article[aria-label="AI industry scale"] .kpi-value';

describe('first screen rendered at build time', () => {
  it('with JavaScript off, the header, the KPI values and the chart titles are on the page (in Chinese, the default)', async () => {
    const context = await s.browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(s.url);
    await expect.poll(() => page.locator('h1:visible').textContent()).toBe('上海人工智能产业数据');
    expect(await page.locator(`${KPI_SCALE}:visible`).textContent()).toBe('超3,800亿元');
    expect(await page.locator('figure.chart h3:visible').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('h1:visible').count()).toBe(1);
    await context.close();
  });

  it('before the data arrives, an English reader sees the English first screen; then the app renders over it', async () => {
    const { page, problems } = await watchedPage(s, { locale: 'en-US' });
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/data/core.json', async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.goto(s.url);
    expect(await page.locator('h1:visible').textContent()).toBe('Shanghai AI industry in numbers');
    expect(await page.locator(`${KPI_SCALE_EN}:visible`).textContent()).toBe('over 380 billion yuan');
    expect(await page.locator('canvas').count()).toBe(0);
    release();
    await firstChart(page).waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('.prerender').count()).toBe(0);
    expect(await page.locator(`${KPI_SCALE_EN}`).textContent()).toBe('over 380 billion yuan');
    expect(problems).toEqual([]);
  });

  it('a link to another view (a district) does not show the default view first', async () => {
    const { page } = await watchedPage(s);
    await page.route('**/data/core.json', () => new Promise(() => {}));
    await page.goto(`${s.url}?district=xuhui`);
    expect(await page.locator('h1:visible').count()).toBe(0);
  });
});
