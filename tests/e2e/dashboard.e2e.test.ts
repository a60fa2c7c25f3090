/**
 * The built app in real headless Chromium: it loads cleanly, the filters change what is drawn, the
 * view survives a reload, the language switch works, and axe-core finds no violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { MetricsFile } from '../../src/schema/metricsFile';
import { selectFacts, selectYearBounds } from '../../src/core/select';
import { allNumbers, appRendered, firstChart, scrollThroughSections, sessionForFile, watchedPage } from './browser';

const s = sessionForFile();
const KPI_SCALE_CARD = 'article.kpi[aria-label="人工智能产业规模"]';

const kpi = (name: string) => `article[aria-label="${name}"] .kpi-value`;

describe('dashboard in Chromium', () => {
  it('loads with charts, no console errors, no failed requests, no other host; the data is checked in a worker', async () => {
    const { page, problems, hosts } = await watchedPage(s);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    await page.goto(s.url);
    await appRendered(page);
    await firstChart(page).waitFor();
    expect(await page.locator('.chart').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.stats .stat').count()).toBeGreaterThan(5);
    expect(await page.locator(kpi('人工智能产业规模')).textContent()).toBe('超3,800亿元');
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    expect([...hosts]).toEqual([new URL(s.url).host]);
    expect(workers).toEqual([expect.stringMatching(/^\/assets\/dataWorker-[\w-]+\.js$/)]);
  });

  it('a chart is set up only when it comes near the screen', async () => {
    const { page, problems } = await watchedPage(s);
    await page.goto(s.url);
    await appRendered(page);
    // The headline trends beside the map are on the first screen and set up at once; the themed sections'
    // charts below are not near the screen at first, and none of them is set up.
    await page.locator('.headline-trends figure.chart canvas').first().waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('.trends figure.chart').count()).toBeGreaterThan(0);
    expect(await page.locator('.trends figure.chart canvas').count()).toBe(0);
    await firstChart(page).waitFor();
    const last = page.locator('figure.chart').last();
    await last.scrollIntoViewIfNeeded();
    await last.locator('canvas').first().waitFor();
    expect(problems).toEqual([]);
  });

  it('overview first: at 1440 px the map starts within the first 1.2 screens, and no chart has fewer than 3 points', async () => {
    const { page, problems } = await watchedPage(s, { width: 1440 });
    await page.goto(s.url);
    await appRendered(page);
    const top = await page.locator('.map-holder').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(1.2 * 900);
    // The first screen holds the KPI row, the map's drawing and the headline trends beside it.
    const edges = (selector: string) =>
      page.locator(selector).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, left: r.left };
      });
    expect((await edges('.kpis')).bottom).toBeLessThan(900);
    const map = await edges('.map-canvas');
    expect(map.top).toBeLessThan(0.6 * 900);
    expect(map.bottom).toBeLessThan(1.1 * 900);
    const headline = page.locator('.headline-trends figure.chart');
    expect(await headline.count()).toBe(2);
    for (const i of [0, 1]) {
      const chart = await edges(`.headline-trends figure.chart >> nth=${i}`);
      expect(chart.top).toBeLessThan(900);
      expect(chart.left).toBeGreaterThan(map.left + 400);
    }
    const charts = page.locator('figure.chart');
    const n = await charts.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const chart = charts.nth(i);
      await chart.scrollIntoViewIfNeeded();
      const holder = chart.locator('.chart-canvas[data-point-px]');
      await holder.waitFor();
      const points = Object.keys(JSON.parse((await holder.getAttribute('data-point-px')) ?? '{}') as object).length;
      expect(points, (await chart.locator('h3').textContent()) ?? '').toBeGreaterThanOrEqual(3);
    }
    // The metrics with one or two points are listed as figures, each value a button that opens its sentence.
    expect(await page.locator('.stats .stat').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('on a phone (390×844) the KPI row, the map and the first headline trend are within the first two screens', async () => {
    const { page, problems } = await watchedPage(s, { width: 390, height: 844 });
    await page.goto(s.url);
    await appRendered(page);
    const bottom = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    expect(await bottom('.kpis')).toBeLessThan(844);
    expect(await bottom('.map-canvas')).toBeLessThan(2 * 844);
    expect(await bottom('.headline-trends figure.chart >> nth=0')).toBeLessThan(2 * 844);
    expect(problems).toEqual([]);
  });

  it('a district with no report says so in one line on each headline card, and the row keeps its height', async () => {
    const { page, problems } = await watchedPage(s, { locale: 'en-US' });
    await page.goto(`${s.url}?lang=en`);
    await appRendered(page);
    expect(await page.locator('.kpi-none').count()).toBe(0);
    // A year-end stock is said as articles say it.
    expect(await page.locator('article[aria-label="Large-model enterprises"]').textContent()).toContain('Latest: end of 2024');
    const rowHeight = () => page.locator('.kpis').evaluate((el) => el.getBoundingClientRect().height);
    const full = await rowHeight();
    await page.getByRole('combobox', { name: 'District', exact: true }).selectOption('jinshan');
    await expect.poll(() => page.locator('article.kpi .kpi-value').count()).toBe(0);
    expect(await page.locator('article.kpi').count()).toBe(4);
    expect(await page.locator('article.kpi .kpi-none').allTextContents()).toEqual(Array(4).fill('No figure for these filters'));
    // The cards say so in one line each, and the row does not get shorter (what is below it does not move up).
    expect(await rowHeight()).toBe(full);
    expect(problems).toEqual([]);
  });

  it('"copy link" copies the whole view with its language, even when the address leaves the language out', async () => {
    const { page, problems } = await watchedPage(s, { locale: 'en-US' });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${s.url}?district=xuhui&lang=en`);
    await appRendered(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.searchParams.get('district')).toBe('xuhui');
    expect(copied.searchParams.get('lang')).toBe('en');
    expect(problems).toEqual([]);
  });

  it('removing a filter chip from the keyboard keeps the focus in the filters', async () => {
    const { page, problems } = await watchedPage(s, { locale: 'en-US' });
    await page.goto(`${s.url}?district=xuhui&from=2020&lang=en`);
    await appRendered(page);
    const chips = page.locator('.chips button');
    expect(await chips.count()).toBe(2);
    await chips.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => chips.count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('chip');
    await page.keyboard.press('Enter');
    await expect.poll(() => chips.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reset');
    expect(problems).toEqual([]);
  });

  it('serves a real robots.txt, not the app', async () => {
    const res = await fetch(new URL('/robots.txt', s.url));
    expect(await res.text()).toMatch(/^User-agent: \*/);
  });

  it("a chart's data table is built only when opened, then lists the chart's points", async () => {
    const { page, problems } = await watchedPage(s);
    await page.goto(s.url);
    await appRendered(page);
    await firstChart(page).waitFor();
    const chart = page.locator('.chart').first();
    expect(await chart.locator('table').count()).toBe(0);
    await chart.locator('summary').click();
    await expect.poll(() => chart.locator('table tbody tr').count()).toBeGreaterThan(0);
    // Named by its title alone (not by its export buttons' names too), and its image named once, not again by ECharts.
    const title = await chart.locator('h3').innerText();
    expect(await page.getByRole('figure', { name: title, exact: true }).count()).toBe(1);
    expect(await chart.getByRole('img').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('changing the year range changes the KPIs and which metrics are charted', async () => {
    const { page, problems } = await watchedPage(s);
    await page.goto(s.url);
    await appRendered(page);
    // The headline trend of the industry's scale, beside the map (its axis spans the years its points cover inside the
    // filter: tests/charts/trendOption.test.ts).
    const chart = page.locator('.headline-trends figure.chart', { hasText: '人工智能产业规模' });
    await chart.locator('canvas').waitFor();
    const kpi = await page.locator(KPI_SCALE_CARD).textContent();
    // From 2019 on, the 2018 figure leaves: the KPI's change has no 2018 to start from.
    await page.getByRole('spinbutton', { name: '起始年' }).fill('2019');
    await expect.poll(() => page.locator(KPI_SCALE_CARD).textContent()).not.toBe(kpi);
    // From 2024 on, the industry scale has one point left in Shanghai (2025-Q1): it is listed as a figure, not charted.
    await page.getByRole('spinbutton', { name: '起始年' }).fill('2024');
    // Sections off the screen catch up as they come near.
    await scrollThroughSections(page);
    await expect.poll(() => page.locator('figure.chart', { hasText: '人工智能产业规模' }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2024');
    expect(problems).toEqual([]);
  });

  it('choosing 徐汇 changes the charts and the table (each as it comes near the screen); reloading restores the view', async () => {
    const { page, problems } = await watchedPage(s);
    await page.goto(s.url);
    await appRendered(page);
    await firstChart(page).waitFor();
    await scrollThroughSections(page);
    const charts = await page.locator('.chart').count();
    const table = await allNumbers(page);
    const rows = await table.locator('tbody tr').count();
    const pages = await table.locator('h2').textContent();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('combobox', { name: '区域', exact: true }).selectOption('xuhui');
    // The list of all numbers was off the screen: it catches up as the reader comes to it.
    await table.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => [await table.locator('tbody tr').count(), await table.locator('h2').textContent()])
      .not.toEqual([rows, pages]);
    for (const cell of await table.locator('tbody tr td:nth-child(3)').allTextContents()) expect(cell).toContain('徐汇区');
    await scrollThroughSections(page);
    await expect.poll(() => page.locator('.chart').count()).toBeLessThan(charts);
    expect(page.url()).toContain('district=xuhui');
    await page.reload();
    await firstChart(page).waitFor();
    expect(await page.getByRole('combobox', { name: '区域', exact: true }).inputValue()).toBe('xuhui');
    expect(await page.locator(kpi('备案大模型（累计）')).textContent()).toBe('34个');
    await page.goBack();
    expect(problems).toEqual([]);
  });

  it('the language switch changes the text, and ?lang=en opens in English', async () => {
    const { page } = await watchedPage(s);
    await page.goto(s.url);
    await appRendered(page);
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Shanghai AI industry in numbers');
    expect(await page.locator(kpi('AI industry scale')).textContent()).toBe('over 380 billion yuan');
    const fresh = await watchedPage(s);
    await fresh.page.goto(`${s.url}?lang=en&district=pudong`);
    await appRendered(fresh.page);
    expect(await fresh.page.locator('h1').textContent()).toBe('Shanghai AI industry in numbers');
    expect(await fresh.page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('"Show in table" brings the selected figure\'s row into view at the first click, even before every fact is loaded', async () => {
    const data = JSON.parse(readFileSync('data/metrics.json', 'utf8')) as MetricsFile;
    // A charted figure that sorts late in the list of every number (by period): it moves when the list fills in.
    const cited = new Set(data.series.flatMap((x) => x.points.map((p) => p.fact)));
    const late = [...data.facts].filter((f) => cited.has(f.id) && f.period !== null).sort((a, b) => (a.period! < b.period! ? 1 : -1))[0]!;
    const { page, problems } = await watchedPage(s, { width: 1440, height: 900 });
    await page.goto(`${s.url}?lang=en&fact=${encodeURIComponent(late.id)}`);
    await appRendered(page);
    await page.getByRole('button', { name: 'Show in table' }).click();
    // Where the page comes to rest (the smooth scroll done, the list filled in), not where it passes by.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((done) => {
          const y = window.scrollY;
          setTimeout(() => done(window.scrollY === y && y > 0), 700);
        }),
      null,
      { timeout: 15_000, polling: 100 },
    );
    const box = await page.locator('tr[aria-selected="true"]').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    expect(problems).toEqual([]);
  });

  it('clicking a chart point selects its fact: the panel shows its sentence and the table row is highlighted', async () => {
    const { page, problems } = await watchedPage(s);
    await page.goto(s.url);
    await firstChart(page).waitFor();
    const holder = page.locator('.chart-canvas[data-point-px]').first();
    await holder.waitFor();
    const px = JSON.parse((await holder.getAttribute('data-point-px'))!) as Record<string, [number, number]>;
    const [fact, [x, y]] = Object.entries(px)[0]!;
    await holder.click({ position: { x, y } });
    const panel = page.getByRole('complementary', { name: '选中的数字' });
    await panel.waitFor();
    expect(new URL(page.url()).searchParams.get('fact')).toBe(fact);
    expect(await page.locator('.facts tr[aria-selected="true"]').count()).toBe(1);
    const quote = await page.locator('.facts tr[aria-selected="true"] q').textContent();
    expect(await panel.locator('q').textContent()).toBe(quote);
    expect(problems).toEqual([]);
  });

  it('a figure dated by the article is drawn hollow, a stated one filled, and the tooltip says whose date it is', async () => {
    // Independently of the app: which drawn points are dated by the article, which are filled.
    const data = JSON.parse(readFileSync('data/metrics.json', 'utf8')) as MetricsFile;
    const docs = new Map(data.documents.map((d) => [d.id, d]));
    const kinds = new Map(data.metrics.map((m) => [m.id, m.kind]));
    const points = new Map(data.series.flatMap((x) => x.points.map((p) => [p.fact, { ...p, metric: x.metric }] as const)));
    const facts = new Map(data.facts.map((f) => [f.id, f]));
    const isPublication = (id: string) => points.get(id)?.periodBasis === 'publication' && points.get(id)?.status === 'actual';
    const isFilled = (id: string) => {
      const p = points.get(id);
      return !!p && p.periodBasis !== 'publication' && p.status === 'actual' && (kinds.get(p.metric) === 'stock' || p.period?.length === 4);
    };
    for (const [query, expected] of [
      ['', (published: string) => `按文章发布日期（${published}）计；原文未写明时间`],
      ['?lang=en', (published: string) => `as of the article's date (${published}); the text states no date`],
    ] as const) {
      const { page, problems } = await watchedPage(s, { width: 1440 });
      await page.goto(`${s.url}${query}`);
      await appRendered(page);
      await firstChart(page).waitFor();
      await page.waitForTimeout(300);
      const cards = page.locator('figure.chart');
      let checked = false;
      for (let i = 0; i < (await cards.count()) && !checked; i++) {
        // Each chart is set up as it comes near the screen (they are spread over the themed sections).
        await cards.nth(i).scrollIntoViewIfNeeded();
        const holder = cards.nth(i).locator('.chart-canvas[data-point-px]');
        await holder.waitFor({ timeout: 20_000 });
        const px = JSON.parse((await holder.getAttribute('data-point-px'))!) as Record<string, [number, number]>;
        const pub = Object.keys(px).find(isPublication);
        const filled = Object.keys(px).find(isFilled);
        if (!pub || !filled) continue;
        await holder.scrollIntoViewIfNeeded();
        // The darkest channel around each point's centre, from one read of the canvas (255: white).
        const [hollow, solid] = await holder
          .locator('canvas')
          .first()
          .evaluate(
            (c: HTMLCanvasElement, at) => {
              const r = c.width / c.getBoundingClientRect().width;
              const img = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
              return at.map(([x, y]) => {
                let min = 255;
                for (let dy = -1; dy <= 1; dy++)
                  for (let dx = -1; dx <= 1; dx++) {
                    const k = ((Math.round(y * r) + dy) * img.width + Math.round(x * r) + dx) * 4;
                    min = Math.min(min, img.data[k]!, img.data[k + 1]!, img.data[k + 2]!);
                  }
                return min;
              });
            },
            [px[pub]!, px[filled]!],
          );
        expect(hollow).toBeGreaterThan(240); // white fill inside the coloured border
        expect(solid).toBeLessThan(200); // the series colour
        const box = (await holder.boundingBox())!;
        await page.mouse.move(box.x + px[pub]![0], box.y + px[pub]![1]);
        const tip = holder.locator('.trend-tooltip');
        await expect.poll(() => tip.textContent()).toContain(expected(docs.get(facts.get(pub)!.doc)!.published));
        checked = true;
      }
      expect(checked).toBe(true);
      expect(problems).toEqual([]);
    }
  });

  it('the facts table shows why a number is not charted, and finds it by that reason', async () => {
    const data = JSON.parse(readFileSync('data/metrics.json', 'utf8')) as MetricsFile;
    const reason = data.facts.find((f) => f.reason !== null)!.reason!.zh;
    const { page, problems } = await watchedPage(s);
    await page.goto(s.url);
    await appRendered(page);
    const region = await allNumbers(page);
    // Every reason is shown, page by page.
    let reasons = await region.locator('.reason').count();
    const next = region.getByRole('button', { name: '下一页' });
    while ((await next.count()) > 0 && (await next.isEnabled())) {
      await next.click();
      reasons += await region.locator('.reason').count();
    }
    // A figure tied to no measure says so too, though the data gives it no reason of its own.
    expect(reasons).toBe(data.facts.filter((f) => f.reason !== null || f.metric === null).length);
    await region.getByRole('searchbox').fill(reason);
    await expect.poll(() => region.locator('tbody tr').count()).toBe(data.facts.filter((f) => f.reason?.zh === reason).length);
    for (const row of await region.locator('tbody tr').allTextContents()) expect(row).toContain(`未绘入图表：${reason}`);
    expect(problems).toEqual([]);
  });

  it('the first screen loads the core data only; the list of all numbers fetches the rest when it comes near', async () => {
    const { page, problems } = await watchedPage(s);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/data/')) asked.push(new URL(r.url()).pathname);
    });
    await page.goto(s.url);
    await appRendered(page);
    await page.waitForLoadState('networkidle');
    expect(asked).toEqual(['/data/core.json']);
    const data = JSON.parse(readFileSync('data/metrics.json', 'utf8')) as MetricsFile;
    const region = page.getByRole('region', { name: /全部数字/ });
    // The heading's first number is the count of rows (then how many of them have no date).
    const count = async () => Number((await region.locator('h2').textContent())!.match(/\d[\d,]*/)![0].replace(/,/g, ''));
    // Before: the charted facts only, and a line saying the rest are loading.
    expect(await region.locator('.pending').textContent()).toContain('正在载入全部数字');
    await region.scrollIntoViewIfNeeded();
    // Every fact inside the view (the seeds' years), charted or not, once the details are in; the line goes away.
    const view = selectYearBounds(data, new Date().getFullYear());
    await expect.poll(count).toBe(selectFacts(data, { from: view.min, to: view.max, district: 'shanghai' }).length);
    expect(await count()).toBeGreaterThan(new Set(data.series.flatMap((x) => x.points.map((p) => p.fact))).size);
    expect(asked).toEqual(['/data/core.json', '/data/details.json']);
    expect(await region.locator('.pending').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('details that cannot be read are named in the list, and the charts stay', async () => {
    const { page } = await watchedPage(s);
    await page.route('**/data/details.json', (r) => r.fulfill({ status: 500, body: 'oops' }));
    await page.goto(s.url);
    await appRendered(page);
    const region = page.getByRole('region', { name: /全部数字/ });
    await region.scrollIntoViewIfNeeded();
    await expect.poll(() => region.locator('.pending').textContent()).toContain('/data/details.json');
    expect(await region.locator('.pending').textContent()).toContain('500');
    await firstChart(page).waitFor();
  });

  it('a missing data file shows a clear error, not a blank page', async () => {
    const { page } = await watchedPage(s);
    await page.route('**/data/core.json', (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion":1,"documents":[]}' }),
    );
    await page.goto(s.url);
    await appRendered(page);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('/data/core.json');
  });

  it('the reader view opens the article with the quote highlighted', async () => {
    const { page, problems } = await watchedPage(s);
    await page.goto(s.url);
    await appRendered(page);
    await firstChart(page).waitFor();
    await page.locator('.facts tbody tr').first().getByRole('button', { name: '查看原文' }).click();
    const mark = page.locator('dialog mark');
    await mark.waitFor();
    const quote = await page.locator('.facts tbody tr').first().locator('q').textContent();
    // The mark is the original text (with its layout breaks and Markdown marks); the quote leaves those out.
    expect((await mark.textContent())?.replace(/[\s*#]+/g, '')).toBe(quote?.replace(/\s+/g, ''));
    expect(await page.locator('dialog mark strong').textContent()).toBeTruthy();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('查看原文');
    expect(problems).toEqual([]);
  });

  it('axe-core reports no violations, in both languages, both themes and on a phone', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const [query, width, colorScheme] of [
      ['', 1280, 'light'],
      ['?lang=en', 375, 'light'],
      ['', 375, 'dark'],
      ['?lang=en', 1280, 'dark'],
    ] as const) {
      const { page } = await watchedPage(s, { bypassCSP: true, width, colorScheme });
      await page.goto(`${s.url}${query}`);
      await appRendered(page);
      // On a phone the charts start below the first screen; each is set up as it comes near.
      await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
      await firstChart(page).waitFor();
      await page.evaluate(axe);
      const violations = await page.evaluate(async () => {
        const r = await (
          window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }
        ).axe.run();
        return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
      });
      expect(violations).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(colorScheme);
    }
  });

  it('follows the system theme before the first paint, and the toggle is remembered across a reload', async () => {
    const { page, problems } = await watchedPage(s, { colorScheme: 'dark' });
    // The theme is on <html> before the app's code runs: the pre-rendered first screen paints dark.
    await page.route('**/assets/index-*.js', async (r) => {
      await new Promise((done) => setTimeout(done, 800));
      await r.continue();
    });
    await page.goto(s.url);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await background()).toBe('rgb(18, 20, 23)');
    await appRendered(page);
    await firstChart(page).waitFor();
    await page.getByRole('button', { name: '深色模式' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.reload();
    await appRendered(page);
    expect(await page.evaluate(() => [document.documentElement.dataset['theme'], localStorage.getItem('theme')])).toEqual([
      'light',
      'light',
    ]);
    await page.getByRole('button', { name: '深色模式' }).click();
    expect(await background()).toBe('rgb(18, 20, 23)');
    expect(problems).toEqual([]);
  });
});
