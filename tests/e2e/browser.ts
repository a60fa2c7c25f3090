/** Serves the built app (dist/) and drives it in Debian's Chromium through playwright-core. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { CORE_URL, DETAILS_URL, splitData } from '../../src/core/splitData';

const ROOT = join(__dirname, '..', '..');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Session {
  browser: Browser;
  server: PreviewServer;
  url: string;
  close: () => Promise<void>;
}

/**
 * The session of one test file: started before its tests, closed after them. The object is filled in when the
 * session starts, so a file can hold it in a constant (`const s = sessionForFile();`) and read `s.url` in its tests.
 */
export function sessionForFile(): Session {
  const session = {} as Session;
  beforeAll(async () => {
    Object.assign(session, await startSession());
  }, 120_000);
  afterAll(async () => {
    await session.close?.();
  });
  return session;
}

export async function startSession(): Promise<Session> {
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) await build({ root: ROOT, logLevel: 'warn' });
  const server = await preview({ root: ROOT, logLevel: 'warn', preview: { port: 0, strictPort: false, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return {
    browser,
    server,
    url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface Watched {
  page: Page;
  problems: string[];
  /** Every host the page asked for. */
  hosts: Set<string>;
}

/** A page that records console errors, page errors, failed requests and every host contacted. */
export async function watchedPage(
  s: Session,
  options: { width?: number; height?: number; locale?: string; bypassCSP?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<Watched> {
  const context = await s.browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? 'zh-CN',
    bypassCSP: options.bypassCSP ?? false,
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const hosts = new Set<string>();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => hosts.add(new URL(r.url()).host));
  return { page, problems, hosts };
}

/**
 * The first trend chart, drawn: the charts come after the KPIs and the map, and each is set up only when it comes
 * near the screen, so this scrolls to it (once the app has rendered over the build's first screen) and waits for its canvas.
 */
export const firstChart = (page: Page) => ({
  waitFor: async (options?: { timeout?: number }): Promise<void> => {
    await appRendered(page);
    await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
    await page.locator('.chart canvas').first().waitFor(options);
  },
});

/** Waits until the app has rendered over the first screen the build put in the page (whose controls do nothing yet). */
export const appRendered = (page: Page, options?: { timeout?: number }) =>
  page.waitForFunction(() => document.querySelector('.prerender') === null && document.querySelector('#root > *') !== null, null, options);

/** Scrolls to where the map is, as a reader would: it is set up only when it comes near the screen. */
export const scrollToMap = (page: Page) => page.locator('.map-holder').scrollIntoViewIfNeeded();

/** Scrolls to the map, waits until it is drawn (its districts' positions are on the holder) and brings it all into view. */
export async function drawnMap(page: Page): Promise<Locator> {
  await scrollToMap(page);
  const holder = page.locator('.map-canvas[data-district-px]');
  await holder.waitFor({ timeout: 20_000 });
  await holder.scrollIntoViewIfNeeded();
  return holder;
}

/**
 * Brings every themed section near the screen in turn, as a reader scrolling down would: a section off the
 * screen keeps the filters it last showed and catches up as it comes near.
 */
export async function scrollThroughSections(page: Page): Promise<void> {
  for (const section of await page.locator('.theme-section').all()) await section.scrollIntoViewIfNeeded();
}

/**
 * Answers the app's two data requests with `data` split as the build splits it (the core file, then the
 * details when a list of every fact opens), so a test can serve a data file of its own.
 */
export async function serveData(page: Page, data: unknown): Promise<void> {
  const parts = splitData(data);
  if (!parts) throw new Error('serveData: not a data file');
  for (const [url, body] of [
    [CORE_URL, parts.core],
    [DETAILS_URL, parts.details],
  ] as const)
    await page.route(`**${url}`, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) }));
}

/**
 * The list of every number, with every fact in: it scrolls to it (the details file is fetched when the
 * list comes near the screen) and waits until its "loading" line is gone.
 */
export async function allNumbers(page: Page): Promise<Locator> {
  const region = page.getByRole('region', { name: /全部数字|All numbers/ });
  await region.scrollIntoViewIfNeeded();
  await region.locator('.pending').waitFor({ state: 'detached', timeout: 20_000 });
  return region;
}
