/**
 * Adding an article in the browser, in Chromium, as a reader would: paste a real article that is not in seeds/,
 * say its date, check the numbers read, accept, and see its figure on the chart with its quote; reload and still
 * see it; export the seeds file set and have the build step read the same points from it; remove it. Then every
 * bad input, each with its message and the site's data untouched; and the bundled worker against the build step.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MetricsFile } from '../../src/schema/metricsFile';
import { appRendered, sessionForFile, watchedPage } from './browser';

const s = sessionForFile();

const ARTICLE = readFileSync(join(__dirname, 'fixtures', 'added-article.md'), 'utf8');
/** The article as a reader copies it from the page: its text, no front matter. */
const BODY = ARTICLE.slice(ARTICLE.indexOf('\n---', 3) + 5);
const seeds = (): MetricsFile => JSON.parse(readFileSync('data/metrics.json', 'utf8')) as MetricsFile;

async function openDialog(page: Page): Promise<void> {
  await appRendered(page);
  await page.getByRole('button', { name: '添加文章' }).click();
  await page.getByRole('dialog').waitFor();
}

const dialog = (page: Page) => page.getByRole('dialog');
const readButton = (page: Page) => dialog(page).getByRole('button', { name: '读取数字' });
const alertText = async (page: Page): Promise<string> => (await dialog(page).getByRole('alert').textContent()) ?? '';

/** The chart of a metric, drawn, and the facts at its points (the chart writes where it drew each point). */
async function chartFacts(page: Page, name: string): Promise<string[]> {
  const figure = page.locator('figure.chart', { has: page.getByRole('heading', { name, exact: true }) });
  // A section coming near the screen catches up with the page and renders its charts again: scroll until it holds.
  await expect
    .poll(
      () =>
        figure.scrollIntoViewIfNeeded().then(
          () => true,
          () => false,
        ),
      { timeout: 20_000 },
    )
    .toBe(true);
  const holder = figure.locator('.chart-canvas[data-point-px]');
  await holder.waitFor({ timeout: 20_000 });
  return Object.keys(JSON.parse((await holder.getAttribute('data-point-px')) ?? '{}') as Record<string, unknown>);
}

async function pasteAndRead(page: Page, text: string, date: string | null): Promise<void> {
  await dialog(page).getByLabel('文章文字').fill(text);
  if (date !== null)
    await dialog(page)
      .getByLabel(/发布日期/)
      .fill(date);
  await readButton(page).click();
}

/** Waits for the list of figures to check that reading an article shows. */
async function reviewShown(page: Page): Promise<void> {
  await dialog(page).getByRole('heading', { name: '核对读到的数字' }).waitFor({ timeout: 20_000 });
}

/** A titled article pasted and read, up to its figures to check. */
async function readTitled(page: Page, title: string, text: string, date: string): Promise<void> {
  await dialog(page).getByLabel('标题').fill(title);
  await pasteAndRead(page, text, date);
  await reviewShown(page);
}

describe('adding an article in the browser', () => {
  it('pasted, dated, checked and accepted: its figure is on the chart with its quote, after a reload too; exported, the build step reads the same points; removed, it is gone', async () => {
    const { page, problems, hosts } = await watchedPage(s);
    await page.goto(s.url);
    const before = await chartFacts(page, '人工智能产业规模');
    await openDialog(page);
    // No date in the pasted text: the dialog asks for it.
    await pasteAndRead(page, BODY, null);
    expect(await alertText(page)).toContain('请填写发布日期');
    // The title came from the text's first line.
    expect(await dialog(page).getByLabel('标题').inputValue()).toBe('上海经济“半年报”出炉:大城的活力与韧性');
    await dialog(page)
      .getByLabel(/发布日期/)
      .fill('2025-07-27');
    await readButton(page).click();
    await reviewShown(page);
    // Every quantity is marked in the text; the industry's scale is among those to be charted.
    const charted = dialog(page).locator('.review-text .qty-charted');
    expect(await charted.count()).toBeGreaterThan(0);
    expect(await dialog(page).locator('.review-text .qty-unread').count()).toBeGreaterThan(0);
    await dialog(page)
      .getByRole('button', { name: /超1,180亿元/ })
      .first()
      .click();
    const detail = dialog(page).locator('.review-detail');
    await expect.poll(() => detail.textContent()).toContain('人工智能产业规模');
    expect(await detail.textContent()).toContain('2025年一季度');
    await dialog(page).getByRole('button', { name: '添加到看板' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    // Focus is back on the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('添加文章');

    // On the chart of the industry's scale: one more point, from the added article, with its quote in the data table.
    await expect.poll(async () => (await chartFacts(page, '人工智能产业规模')).length, { timeout: 20_000 }).toBe(before.length + 1);
    const added = (await chartFacts(page, '人工智能产业规模')).filter((id) => !before.includes(id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^local-/);
    const figure = page.locator('figure.chart', { has: page.getByRole('heading', { name: '人工智能产业规模', exact: true }) });
    await figure.locator('summary').click();
    const row = figure.locator('tr', { has: page.locator('.tag.local') });
    // The table is drawn once the summary opens it (and again as the section catches up): wait for the row, then count.
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    expect(await row.locator('td').nth(2).textContent()).toBe('超1,180亿元');
    expect(await row.locator('q').textContent()).toContain('产业营收超过1180亿元');
    expect(await row.locator('.tag.local').textContent()).toBe('本地添加');
    // Listed among the reader's articles, which say what was just added.
    const mine = page.getByRole('region', { name: '你添加的文章' });
    // The list is drawn as it comes near the screen, like the other lists below the charts: bring it there, then count.
    await mine.scrollIntoViewIfNeeded();
    await expect.poll(() => mine.getByRole('row').count(), { timeout: 20_000 }).toBe(2);
    await expect
      .poll(() => mine.getByRole('status').textContent())
      .toBe('已添加“上海经济“半年报”出炉:大城的活力与韧性”：4 个数字画入图表。');

    // A reload: still there (kept in IndexedDB, read again).
    await page.reload();
    await appRendered(page);
    await expect.poll(async () => (await chartFacts(page, '人工智能产业规模')).length, { timeout: 20_000 }).toBe(before.length + 1);

    // Exported as seeds/ files, the build step reads the same points from them.
    const download = page.waitForEvent('download');
    await mine.getByRole('button', { name: /导出为 seeds 文件/ }).click();
    const zipPath = await (await download).path();
    const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const dir = mkdtempSync(join(tmpdir(), 'exported-seeds-'));
    mkdirSync(join(dir, 'seeds'));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    expect(readdirSync(join(dir, 'seeds'))).toHaveLength(1);
    const out = join(dir, 'out');
    const run = spawnSync(process.execPath, ['scripts/extract.mjs', '--seeds', join(dir, 'seeds'), '--out', out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const rebuilt = JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8')) as MetricsFile;
    const scale = rebuilt.series.find((x) => x.metric === 'ai_industry_scale' && x.geo === 'shanghai' && x.place === undefined);
    expect(scale?.points.map((p) => [p.fact, p.period, p.value, p.qualifier])).toEqual([[added[0], '2025-Q1', 1.18e11, '>']]);

    // Removed: gone from the chart and the list, with an offer to put it back (focused, the button pressed being gone).
    await mine.getByRole('button', { name: /^移除：/ }).click();
    await expect.poll(async () => (await chartFacts(page, '人工智能产业规模')).length, { timeout: 20_000 }).toBe(before.length);
    await expect.poll(() => mine.getByRole('row').count(), { timeout: 20_000 }).toBe(0);
    expect(await mine.getByRole('status').textContent()).toBe('已移除“上海经济“半年报”出炉:大城的活力与韧性”。 撤销');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('撤销');
    // Undone: back in the list and on the chart; removed again, and gone after a reload.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await chartFacts(page, '人工智能产业规模')).length, { timeout: 20_000 }).toBe(before.length + 1);
    await expect.poll(() => mine.getByRole('row').count(), { timeout: 20_000 }).toBe(2);
    await mine.getByRole('button', { name: /^移除：/ }).click();
    await expect.poll(async () => (await chartFacts(page, '人工智能产业规模')).length, { timeout: 20_000 }).toBe(before.length);
    await page.reload();
    await appRendered(page);
    expect((await chartFacts(page, '人工智能产业规模')).sort()).toEqual([...before].sort());
    expect(problems).toEqual([]);
    expect([...hosts]).toEqual([new URL(s.url).host]);
  });

  it('a taken-off figure is not charted; a chosen .html file is read as text, its meta tags fill the fields, nothing in it runs', async () => {
    const { page, problems } = await watchedPage(s);
    await page.goto(s.url);
    await openDialog(page);
    const html = `<!doctype html><html><head><title>上海人工智能产业观察</title>
      <meta property="article:published_time" content="2025-03-02T08:00:00+08:00">
      <link rel="canonical" href="https://example.com/ai"><script>window.__ran = 1</script></head>
      <body><nav>首页 | 新闻</nav><article><h1>上海人工智能产业观察</h1><p>2024年，上海人工智能企业超过2000家。</p>
      <p><img src="x" onerror="window.__ran = 2">2024年，上海人工智能产业规模超过4500亿元。&lt;b&gt;原样&lt;/b&gt;</p></article></body></html>`;
    await dialog(page)
      .locator('input[type=file]')
      .setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await expect.poll(() => dialog(page).getByLabel('标题').inputValue()).toBe('上海人工智能产业观察');
    expect(
      await dialog(page)
        .getByLabel(/发布日期/)
        .inputValue(),
    ).toBe('2025-03-02');
    expect(
      await dialog(page)
        .getByLabel(/原文网址/)
        .inputValue(),
    ).toBe('https://example.com/ai');
    // The page's markup is gone; what it showed as text (&lt;b&gt;) is text.
    const boxed = await dialog(page).getByLabel('文章文字').inputValue();
    expect([boxed.includes('<img'), boxed.includes('<p>'), boxed.includes('<b>原样</b>')]).toEqual([false, false, true]);
    await readButton(page).click();
    await reviewShown(page);
    // Markup the page showed as text is text in the review too, as written.
    expect(await dialog(page).locator('.review-text').textContent()).toContain('<b>原样</b>');
    // Take the industry's scale off the charts before accepting.
    await dialog(page)
      .locator('.review-text')
      .getByRole('button', { name: /4500亿元/ })
      .click();
    await dialog(page).getByRole('checkbox', { name: '画入图表', exact: true }).uncheck();
    // The list of figures to be charted, above the text, shows it taken off; its box puts it back and takes it off again.
    const listed = dialog(page).getByRole('checkbox', { name: /^画入图表：.*4500亿元/ });
    expect(await listed.isChecked()).toBe(false);
    await listed.focus();
    await page.keyboard.press('Space');
    expect(await dialog(page).getByRole('checkbox', { name: '画入图表', exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('Space');
    expect(await listed.isChecked()).toBe(false);
    await dialog(page).getByRole('button', { name: '添加到看板' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    const mine = page.getByRole('region', { name: '你添加的文章' });
    await expect.poll(() => mine.textContent(), { timeout: 20_000 }).toContain('1 个图表数字');
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    // Exported, the file says which figure was taken off, and the build step leaves it off too.
    const download = page.waitForEvent('download');
    await mine.getByRole('button', { name: /导出为 seeds 文件/ }).click();
    const [file] = Object.values(unzipSync(new Uint8Array(readFileSync(await (await download).path()))));
    const dir = mkdtempSync(join(tmpdir(), 'exported-html-'));
    writeFileSync(join(dir, 'page.md'), file!);
    expect(readFileSync(join(dir, 'page.md'), 'utf8')).toContain('not_charted:');
    const out = join(dir, 'out');
    const run = spawnSync(process.execPath, ['scripts/extract.mjs', '--seeds', dir, '--out', out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const rebuilt = JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8')) as MetricsFile;
    expect(rebuilt.series.map((x) => [x.metric, x.points.map((p) => p.value)])).toEqual([['ai_enterprises', [2000]]]);
    // Remove all asks first.
    await mine.getByRole('button', { name: '全部移除' }).click();
    await mine.getByRole('button', { name: '不移除' }).click();
    expect(await mine.getByRole('row').count()).toBe(2);
    await mine.getByRole('button', { name: '全部移除' }).click();
    await mine.getByRole('button', { name: '确认移除全部 1 篇' }).click();
    await expect.poll(() => mine.getByRole('row').count()).toBe(0);
    expect(await mine.getByRole('status').textContent()).toBe('已移除全部 1 篇。 撤销');
    expect(problems).toEqual([]);
  });
  it('a figure that disagrees with the site’s is marked as a conflict, also where a metric is listed rather than charted', async () => {
    const { page, problems } = await watchedPage(s);
    await page.goto(s.url);
    await openDialog(page);
    await readTitled(page, '规上人工智能企业数量（测试）', '2023年，上海人工智能规上企业达到500家。', '2024-01-10');
    await dialog(page).getByRole('button', { name: '添加到看板' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    // The seeds say 348 for 2023; both figures are listed, each marked.
    const stat = page.locator('li.stat', { has: page.getByRole('heading', { name: '规上人工智能企业', exact: true }) });
    await stat.scrollIntoViewIfNeeded();
    for (const value of ['500家', '348家']) {
      const item = stat.locator('li', { has: page.getByRole('button', { name: value }) });
      await expect.poll(() => item.locator('.tag.conflict').count(), { timeout: 20_000 }).toBe(1);
    }
    expect(await stat.locator('.tag.conflict').first().textContent()).toBe('不同来源数值不一致');
    expect(problems).toEqual([]);
  });

  it('the figures to check say which are forecasts or targets before they are added', async () => {
    const { page, problems } = await watchedPage(s);
    await page.goto(s.url);
    await openDialog(page);
    await readTitled(page, '智能算力展望（测试）', '目前，上海智能算力规模达到80EFLOPS，预计到2027年将超过200EFLOPS。', '2025-07-01');
    const item = (value: string) => dialog(page).locator('li', { has: page.getByRole('button', { name: value }) });
    expect(await item('超200 EFLOPS').textContent()).toContain('(预测)');
    expect(await item('80 EFLOPS').textContent()).not.toContain('(');
    expect(problems).toEqual([]);
  });

  it('closing the dialog keeps what was pasted and typed for the next opening; Clear empties it', async () => {
    const { page, problems } = await watchedPage(s);
    await page.goto(s.url);
    await openDialog(page);
    await dialog(page).getByLabel('文章文字').fill(BODY);
    await dialog(page)
      .getByLabel(/发布日期/)
      .fill('2025-03-04');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    // Focus goes back to the button that opened the dialog, not to the page's body.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('添加文章');
    await page.getByRole('button', { name: '添加文章' }).click();
    expect(await dialog(page).getByLabel('文章文字').inputValue()).toBe(BODY);
    expect(
      await dialog(page)
        .getByLabel(/发布日期/)
        .inputValue(),
    ).toBe('2025-03-04');
    await dialog(page).getByText('上次关闭时未添加的文字已保留。').waitFor();
    await dialog(page).getByRole('button', { name: '清空' }).click();
    expect(await dialog(page).getByLabel('文章文字').inputValue()).toBe('');
    expect(
      await dialog(page)
        .getByLabel(/发布日期/)
        .inputValue(),
    ).toBe('');
    await dialog(page).getByRole('button', { name: '取消' }).click();
    await page.getByRole('button', { name: '添加文章' }).click();
    expect(await dialog(page).getByLabel('文章文字').inputValue()).toBe('');
    expect(problems).toEqual([]);
  });
});

describe('bad input when adding an article', () => {
  /** Opens the dialog, gives the input, and returns the message; the site's charts are as they were. */
  async function refused(give: (page: Page) => Promise<void>): Promise<{ message: string }> {
    const { page, problems } = await watchedPage(s);
    await page.goto(s.url);
    const before = await chartFacts(page, '人工智能产业规模');
    await openDialog(page);
    await give(page);
    await dialog(page).getByRole('alert').waitFor({ timeout: 20_000 });
    const message = await alertText(page);
    await dialog(page).getByRole('button', { name: '取消' }).click();
    expect(await chartFacts(page, '人工智能产业规模')).toEqual(before);
    await expect.poll(() => page.getByRole('region', { name: '你添加的文章' }).count(), { timeout: 20_000 }).toBe(0);
    expect(problems).toEqual([]);
    return { message };
  }

  it('an empty paste', async () => {
    expect((await refused((page) => pasteAndRead(page, '   \n ', '2025-01-01'))).message).toBe('没有可读的文字：内容为空');
  });

  it('a binary file', async () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x01]);
    const { message } = await refused((page) =>
      dialog(page).locator('input[type=file]').setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: bytes }),
    );
    expect(message).toContain('无法读取 report.txt：不是文本文件');
  });

  it('a file of another kind', async () => {
    const { message } = await refused((page) =>
      dialog(page)
        .locator('input[type=file]')
        .setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') }),
    );
    expect(message).toBe('无法读取 report.pdf：只接受 .txt、.md、.html、.htm 文件');
  });

  it('a 50 MB file, refused with its size and the limit', async () => {
    const huge = join(mkdtempSync(join(tmpdir(), 'huge-')), 'huge.txt');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x41));
    const { message } = await refused((page) => dialog(page).locator('input[type=file]').setInputFiles(huge));
    expect(message).toBe('文件太大：50.0 MB，上限为 5.0 MB');
  });

  it('a text with no date asks for one', async () => {
    expect((await refused((page) => pasteAndRead(page, '2024年，上海人工智能企业超过2000家。', null))).message).toBe(
      '请填写发布日期：原文没有给出',
    );
  });

  it('front matter the build would refuse is refused with its line, not read as the article', async () => {
    const { message } = await refused((page) =>
      pasteAndRead(page, '---\ntitle: "Broken\ndate: 2025-10-20\n---\n2024年，上海人工智能企业超过2000家。', '2025-10-20'),
    );
    expect(message).toMatch(/^第 \d+ 行：前置信息（front matter）的 YAML 无法解析/);
  });

  it('a wrong date', async () => {
    expect((await refused((page) => pasteAndRead(page, '2024年，上海人工智能企业超过2000家。', '2025-13-40'))).message).toContain(
      '发布日期有误',
    );
  });

  it('a publication date after today', async () => {
    expect((await refused((page) => pasteAndRead(page, '2024年，上海人工智能企业超过2000家。', '2099-01-01'))).message).toBe(
      '发布日期 2099-01-01 晚于今天，请检查',
    );
  });

  it('a text with no numbers says so', async () => {
    expect((await refused((page) => pasteAndRead(page, '上海正在建设人工智能高地。', '2025-01-01'))).message).toBe(
      '这篇文章里没有找到任何数字，没有可添加的内容。',
    );
  });

  it('an article already in the dashboard', async () => {
    const doc = seeds().documents[0]!;
    const { message } = await refused(async (page) => {
      await dialog(page).getByLabel('标题').fill(doc.title);
      await pasteAndRead(page, '2024年，上海人工智能企业超过2000家。', doc.published);
    });
    expect(message).toBe(`这篇文章已在看板中：${doc.title}`);
  });

  it('storage disabled: says the article will not be kept, and the session still shows it', async () => {
    const { page, problems } = await watchedPage(s);
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    await page.goto(s.url);
    const before = await chartFacts(page, '人工智能产业规模');
    await openDialog(page);
    await pasteAndRead(page, BODY, '2025-07-27');
    await dialog(page).getByRole('button', { name: '添加到看板' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    const mine = page.getByRole('region', { name: '你添加的文章' });
    expect(await mine.getByRole('alert').textContent()).toContain('无法保存在本浏览器中');
    await expect.poll(async () => (await chartFacts(page, '人工智能产业规模')).length, { timeout: 20_000 }).toBe(before.length + 1);
    expect(problems).toEqual([]);
  });
});

describe('the extractor bundled for the browser', () => {
  it('gives, in Chromium, the build step’s facts for every seed article', async () => {
    const { page, problems } = await watchedPage(s);
    await page.goto(s.url);
    await appRendered(page);
    const worker = readdirSync(join('dist', 'assets')).find((n) => /^localWorker-.*\.js$/.test(n));
    expect(worker).toBeDefined();
    const manifest = readFileSync(join('seeds', 'sources.yaml'), 'utf8');
    const build = seeds();
    for (const d of build.documents) {
      const original = readFileSync(join('seeds', d.file), 'utf8');
      const result = await page.evaluate(
        async ({ url, ask }) =>
          new Promise<unknown>((resolve) => {
            const w = new Worker(url, { type: 'module' });
            w.onmessage = (e: MessageEvent<{ result: unknown }>) => {
              resolve(e.data.result);
              w.terminate();
            };
            w.postMessage(ask);
          }),
        { url: `/assets/${worker}`, ask: { id: 0, articles: [{ id: d.id, file: d.file, original }], manifest } },
      );
      const r = result as { ok: boolean; data: MetricsFile };
      expect(r.ok).toBe(true);
      expect(r.data.facts).toEqual(build.facts.filter((f) => f.doc === d.id));
      expect(r.data.unread).toEqual(build.unread.filter((u) => u.doc === d.id));
    }
    expect(problems).toEqual([]);
  });
});
