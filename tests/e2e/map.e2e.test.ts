/** The map in Chromium: 16 districts and the cluster points drawn; clicking 徐汇区 filters the dashboard. */
import { describe, expect, it } from 'vitest';
import { appRendered, drawnMap, scrollToMap, sessionForFile, watchedPage } from './browser';

const s = sessionForFile();

describe('map in Chromium', () => {
  it('draws every district and the clusters, and clicking 徐汇区 filters the rest of the dashboard (again clears it)', async () => {
    const { page, problems } = await watchedPage(s);
    await page.goto(s.url);
    await appRendered(page);
    const holder = await drawnMap(page);
    const px = JSON.parse((await holder.getAttribute('data-district-px'))!) as Record<string, [number, number]>;
    expect(Object.keys(px)).toHaveLength(16);
    const box = (await holder.boundingBox())!;
    for (const [x, y] of Object.values(px)) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(box.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(box.height);
    }
    // Cluster points are drawn in their colour on the canvas (not only listed): sample the canvas.
    const orange = await holder
      .locator('canvas')
      .first()
      .evaluate((c: HTMLCanvasElement) => {
        const ctx = c.getContext('2d')!;
        const { data } = ctx.getImageData(0, 0, c.width, c.height);
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! > 190 && data[i + 1]! > 70 && data[i + 1]! < 120 && data[i + 2]! < 40) n++;
        return n;
      });
    expect(orange).toBeGreaterThan(100);

    const rows = await page.locator('.facts tbody tr').count();
    // Xuhui's centroid, nudged south, away from the 模速空间 / 西岸 points drawn over its north-east.
    const [x, y0] = px['xuhui']!;
    const y = y0 + 8;
    await holder.click({ position: { x, y } });
    await expect.poll(() => page.getByRole('combobox', { name: '区域', exact: true }).inputValue()).toBe('xuhui');
    // The map stayed where it was on the screen (the page scrolled by what changed above it): the same spot is Xuhui.
    const clickedAt = (await holder.boundingBox())!;
    expect(Math.abs(clickedAt.y - box.y)).toBeLessThan(2);
    // The list is off the screen: it catches up as the reader comes to it.
    await page.locator('.facts').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.facts tbody tr').count()).toBeLessThan(rows);
    expect(page.url()).toContain('district=xuhui');
    // The list of district buttons (folded under the map) says which is chosen.
    await page.locator('.district-list summary').click();
    expect(await page.getByRole('button', { name: /^徐汇区/ }).getAttribute('aria-pressed')).toBe('true');
    await holder.screenshot({ path: 'tests/e2e/.out/map-xuhui.png' }).catch(() => undefined);
    // Back where it was clicked (the list was scrolled to in between), the same spot clears the filter.
    await holder.scrollIntoViewIfNeeded();
    await page.evaluate((dy) => window.scrollBy(0, dy), (await holder.boundingBox())!.y - clickedAt.y);
    await holder.click({ position: { x, y } });
    await expect.poll(() => page.getByRole('combobox', { name: '区域', exact: true }).inputValue()).toBe('shanghai');
    expect(problems).toEqual([]);
  });

  it('the wheel over the map scrolls the page until "zoom and pan" is on; a cluster point filters to its district', async () => {
    const { page, problems } = await watchedPage(s);
    await page.goto(s.url);
    await appRendered(page);
    const holder = await drawnMap(page);
    const box = (await holder.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const scrollY = () => page.evaluate(() => window.scrollY);
    const before = await scrollY();
    await page.mouse.wheel(0, 300);
    await expect.poll(scrollY).toBeGreaterThan(before + 100);
    // With zoom on, the same wheel zooms the map and the page stays where it is.
    const zoom = page.getByRole('button', { name: '缩放与平移' });
    await zoom.click();
    expect(await zoom.getAttribute('aria-pressed')).toBe('true');
    await holder.scrollIntoViewIfNeeded();
    const box2 = (await holder.boundingBox())!;
    await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
    const still = await scrollY();
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(300);
    expect(await scrollY()).toBe(still);
    await zoom.click();
    // 模速空间's point, where it is drawn, filters to Xuhui.
    await holder.waitFor();
    const px = JSON.parse((await holder.getAttribute('data-cluster-px'))!) as Record<string, [number, number]>;
    const [x, y] = px['mosu_space']!;
    await holder.click({ position: { x, y } });
    await expect.poll(() => page.getByRole('combobox', { name: '区域', exact: true }).inputValue()).toBe('xuhui');
    expect(problems).toEqual([]);
  });

  it('keyboard users can choose a district from the buttons under the map', async () => {
    const { page } = await watchedPage(s);
    await page.goto(s.url);
    await appRendered(page);
    await scrollToMap(page);
    // The buttons are folded under the map: the keyboard opens the list first.
    const list = page.locator('.district-list summary');
    await list.focus();
    await page.keyboard.press('Enter');
    const pudong = page.getByRole('button', { name: /^浦东新区/ });
    await pudong.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('combobox', { name: '区域', exact: true }).inputValue()).toBe('pudong');
  });

  it('the map loads in its own chunk, only when it comes near the screen', async () => {
    const { page } = await watchedPage(s, { width: 390, height: 500 });
    const order: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) order.push(r.url());
    });
    await page.goto(s.url);
    await appRendered(page);
    // On a small phone screen the map starts below the KPIs, well below the screen: its chunk is not asked for yet.
    await page.waitForTimeout(500);
    expect(await page.locator('.map-holder').evaluate((el) => el.getBoundingClientRect().top - window.innerHeight)).toBeGreaterThan(200);
    expect(order.some((u) => /ClusterMap/.test(u))).toBe(false);
    await drawnMap(page);
    const initial = await page.evaluate(() => [...document.querySelectorAll('script[src]')].map((e) => (e as HTMLScriptElement).src));
    const mapChunk = order.find((u) => /ClusterMap/.test(u));
    expect(mapChunk).toBeDefined();
    expect(initial).not.toContain(mapChunk);
  });
});
