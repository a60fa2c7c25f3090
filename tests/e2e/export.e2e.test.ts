/**
 * Real downloads in Chromium: a chart's and the map's PNG decode, have the expected size and are not
 * blank; the CSV parses back to exactly the rows the filter selects, BOM included; a quote that begins
 * with = comes out escaped.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MetricsFile } from '../../src/schema/metricsFile';
import { allNumbers, appRendered, firstChart, drawnMap, serveData, sessionForFile, watchedPage } from './browser';

const s = sessionForFile();

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

/** Width, height and how many distinct colours a PNG has, decoded by the browser (on a blank page, no CSP). */
async function inspectPng(bytes: Buffer): Promise<{ width: number; height: number; colours: number; corner: number[] }> {
  const page = await s.browser.newPage();
  const result = await page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bmp = await createImageBitmap(blob);
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const { data } = ctx.getImageData(0, 0, bmp.width, bmp.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return { width: bmp.width, height: bmp.height, colours: colours.size, corner: [data[0]!, data[1]!, data[2]!, data[3]!] };
  }, bytes.toString('base64'));
  await page.close();
  return result;
}

const parseCsv = (text: string) =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe('exports in Chromium', () => {
  it('every chart and the map has PNG and SVG buttons; a chart’s PNG is 2400×1350 from a phone and from a desktop', async () => {
    const sizes: Array<[number, number]> = [];
    for (const width of [390, 1440]) {
      // The phone is in dark mode: exports stay light whatever the page's theme.
      const { page, problems } = await watchedPage(s, {
        width,
        height: width < 800 ? 844 : 900,
        colorScheme: width < 800 ? 'dark' : 'light',
      });
      await page.goto(`${s.url}?district=xuhui&from=2023`);
      await appRendered(page);
      await drawnMap(page);
      await firstChart(page).waitFor();
      const charts = await page.locator('figure.chart').count();
      // Each chart, the map and the overview.
      expect(await page.getByRole('button', { name: /PNG/ }).count()).toBe(charts + 2);
      expect(await page.getByRole('button', { name: /SVG/ }).count()).toBe(charts + 2);
      const png = await download(page, () => page.locator('figure.chart').first().getByRole('button', { name: /PNG/ }).click());
      expect(png.name).toMatch(/^shanghai-ai_[a-z_]+_xuhui_2023-2025\.png$/);
      expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      const img = await inspectPng(png.bytes);
      sizes.push([img.width, img.height]);
      expect(img.corner).toEqual([255, 255, 255, 255]); // opaque background
      expect(img.colours).toBeGreaterThan(20); // not blank: text, axes, series
      expect(problems).toEqual([]);
      await page.close();
    }
    expect(sizes).toEqual([
      [2400, 1350],
      [2400, 1350],
    ]);
  });

  it('a chart’s SVG parses and carries its title, unit, filters, legend and sources', async () => {
    const { page } = await watchedPage(s, { width: 1440, height: 900, locale: 'en-US' });
    await page.goto(`${s.url}?lang=en`);
    await appRendered(page);
    await firstChart(page).waitFor();
    const chart = page.locator('figure.chart').first();
    const title = (await chart.locator('h3').textContent())!;
    const svg = await download(page, () => chart.getByRole('button', { name: /SVG/ }).click());
    expect(svg.name).toMatch(/^shanghai-ai_[a-z_]+_shanghai_2018-2025\.svg$/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        texts: [...root.querySelectorAll(':scope > text')].map((t) => t.textContent ?? ''),
        chartShapes: root.querySelectorAll('svg svg path').length,
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect([parsed.width, parsed.height]).toEqual(['1200', '675']);
    expect(parsed.texts[0]).toBe('Shanghai AI industry in numbers');
    expect(parsed.texts.join(' ')).toContain(title);
    expect(parsed.texts.some((t) => /\((yuan|people|count|%|FLOPS)\)$/.test(t) || t.includes(`${title} (`))).toBe(true);
    expect(parsed.texts).toContain('Years 2018–2025 · Shanghai · Whole city');
    expect(parsed.texts.some((t) => t.startsWith('●\u00a0'))).toBe(true);
    // Every source (a long title wraps onto more lines) names its outlet and date.
    const sources = parsed.texts.filter((t) => t.startsWith('Source: ')).length;
    expect(sources).toBeGreaterThan(0);
    expect(parsed.texts.join('').match(/, \d{4}(?:-\d{2}){0,2}\)/g)).toHaveLength(sources);
    expect(parsed.chartShapes).toBeGreaterThan(5); // the chart itself, drawn as vector shapes
  });

  it('the whole overview exports at the same fixed size: its numbers, the map and the headline trends, with their sources', async () => {
    const { page, problems } = await watchedPage(s, { width: 390, height: 844 });
    await page.goto(`${s.url}?district=xuhui`);
    await appRendered(page);
    const png = await download(page, () => page.getByRole('button', { name: /PNG.*概览图/ }).click());
    expect(png.name).toBe('shanghai-ai_overview_xuhui_2018-2025.png');
    const img = await inspectPng(png.bytes);
    expect([img.width, img.height]).toEqual([2400, 1350]);
    expect(img.corner).toEqual([255, 255, 255, 255]);
    expect(img.colours).toBeGreaterThan(40);
    const svg = await download(page, () => page.getByRole('button', { name: /SVG.*概览图/ }).click());
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        size: [root.getAttribute('width'), root.getAttribute('height')],
        texts: [...root.querySelectorAll(':scope > text')].map((t) => t.textContent ?? ''),
        charts: root.querySelectorAll(':scope > svg').length,
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.size).toEqual(['1200', '675']);
    expect(parsed.texts.slice(0, 3)).toEqual(['上海人工智能产业数据', '上海人工智能产业概览', '年份 2018–2025 · 区域 徐汇区']);
    // The headline numbers as on the page's cards (徐汇: 255 large-model firms), the map, the trends with their titles.
    const cards = await page.locator('.kpi .kpi-value').allTextContents();
    for (const value of cards) expect(parsed.texts).toContain(value);
    expect(parsed.charts).toBeGreaterThanOrEqual(2);
    expect(parsed.texts.filter((t) => t.startsWith('出处')).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('the map’s PNG is the same fixed size and carries the map', async () => {
    const { page } = await watchedPage(s);
    await page.goto(s.url);
    await appRendered(page);
    await drawnMap(page);
    const png = await download(page, () => page.getByRole('button', { name: /PNG.*(地图|Map)/ }).click());
    expect(png.name).toBe('shanghai-ai_map-facts_shanghai_2018-2025.png');
    const img = await inspectPng(png.bytes);
    expect([img.width, img.height]).toEqual([2400, 1350]);
    expect(img.colours).toBeGreaterThan(20);
  });

  it('CSV: exactly the rows the filter selects, BOM first, tidy columns', async () => {
    const { page } = await watchedPage(s);
    await page.goto(`${s.url}?district=xuhui&from=2024&to=2025`);
    await appRendered(page);
    const csv = await download(page, () => page.getByRole('button', { name: /CSV/ }).first().click());
    expect(csv.name).toBe('shanghai-ai_series_xuhui_2024-2025.csv');
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text);
    // Independently: every dated point of every Xuhui series from 2024 to 2025.
    const data = JSON.parse(readFileSync('data/metrics.json', 'utf8')) as MetricsFile;
    const expected = data.series
      .filter((x) => x.geo === 'xuhui')
      .flatMap((x) =>
        x.points
          .filter((p) => p.period !== null && Number(p.period.slice(0, 4)) >= 2024 && Number(p.period.slice(0, 4)) <= 2025)
          .map((p) => `${x.metric}|${p.period}|${p.value}`),
      );
    expect(rows.map((r) => `${r['metric']}|${r['period']}|${r['value']}`).sort()).toEqual(expected.sort());
    expect(Object.keys(rows[0]!).slice(0, 7)).toEqual(['metric', 'geo', 'period', 'value', 'unit', 'qualifier', 'status']);
    expect(rows.every((r) => r['district_name'] === '徐汇区' && r['quote'] !== '')).toBe(true);
    expect(Object.keys(rows[0]!).slice(-6)).toEqual([
      'period_basis',
      'period_note',
      'added_in_browser',
      'place',
      'place_name',
      'not_charted_reason',
    ]);
    expect(rows.every((r) => r['added_in_browser'] === '')).toBe(true);
    // A park's figure names its park (Xuhui's 模速空间), so it does not read as a second value of the district's own.
    const parks = rows.filter((r) => r['place'] !== '');
    expect(parks.length).toBeGreaterThan(0);
    expect(parks.every((r) => r['place_name'] !== '' && r['place_name'] !== r['place'])).toBe(true);
    expect(rows.some((r) => r['place'] === '' && r['place_name'] === '')).toBe(true);
    // Where each period came from, in words, with the article's own date for a figure the text leaves undated.
    const facts = new Map(data.facts.map((f) => [f.id, f]));
    const published = new Map(data.documents.map((d) => [d.id, d.published]));
    const expectedNotes = data.series
      .filter((x) => x.geo === 'xuhui')
      .flatMap((x) =>
        x.points
          .filter((p) => p.period !== null && Number(p.period.slice(0, 4)) >= 2024)
          .map(
            (p) =>
              `${x.metric}|${p.period}|${p.value}|${p.periodBasis}|${
                p.periodBasis === 'publication'
                  ? `按文章发布日期（${published.get(facts.get(p.fact)!.doc)}）计；原文未写明时间`
                  : p.periodBasis === 'context'
                    ? '时间取自上下文（同句、标题或前文的截至日期）'
                    : ''
              }`,
          ),
      );
    expect(rows.map((r) => `${r['metric']}|${r['period']}|${r['value']}|${r['period_basis']}|${r['period_note']}`).sort()).toEqual(
      expectedNotes.sort(),
    );
    expect(rows.some((r) => r['period_basis'] === 'publication')).toBe(true);
  });

  it('the facts table exports its rows; a quote that begins with = is escaped, numbers stay numbers', async () => {
    const { page } = await watchedPage(s);
    const data = JSON.parse(readFileSync('data/metrics.json', 'utf8')) as MetricsFile;
    const evil = data.facts[0]!;
    evil.source.quote = `=HYPERLINK("http://example.invalid","x")${evil.source.quote}`;
    for (const x of data.series) for (const p of x.points) if (p.fact === evil.id) p.source = evil.source;
    await serveData(page, data);
    await page.goto(s.url);
    await appRendered(page);
    const region = await allNumbers(page);
    await region.getByRole('searchbox').fill('HYPERLINK');
    await expect.poll(() => region.locator('tbody tr').count()).toBe(1);
    const csv = await download(page, () => region.getByRole('button', { name: /CSV/ }).click());
    const text = csv.bytes.toString('utf8');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(1);
    expect(rows[0]!['quote']!.startsWith("'=HYPERLINK")).toBe(true);
    expect(rows[0]!['value']).toBe(String(evil.value));
    expect(text).toContain(`,${evil.value},`);
  });
});
