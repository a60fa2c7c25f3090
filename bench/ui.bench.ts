/**
 * npm run bench (second part), npm run bench:ui — the dashboard measured in headless Chromium at 5, 500 and
 * 5,000 articles (BENCH_UI_SIZES="5,500" to choose), each figure the median of several page loads:
 *  - the data file the extract step writes for that many articles: raw and gzip size, and the time the
 *    bundled CLI takes to write it (`node scripts/extract.mjs --seeds DIR --out DIR`, one run);
 *  - first chart drawn: from navigation to the frame after the first `.chart canvas` appears (the charts
 *    come after the KPIs and the map: the page goes to them as soon as the app has rendered them);
 *  - app rendered: when the app has replaced the first screen the build pre-rendered (`.prerender` gone);
 *  - DOM elements once the page is quiet (top of the page), and once scrolled through (last load only);
 *  - long tasks (PerformanceObserver 'longtask') starting in the first 5 s: their total, and the total
 *    blocking time (TBT: the part of each beyond 50 ms); and TBT until the page is quiet (no long task for 1 s);
 *  - filter changes on the last load's page, at the top of the page: the district <select> and the "from"
 *    year field, each from the input event to the second animation frame after it (React has rendered,
 *    ECharts has drawn), median and worst;
 *  - adding an article in the browser: an article of about 1 MB read by the extractor's worker as the "Add
 *    article" dialog runs it (7 runs on one worker: the first with its start-up, then the median of the rest).
 * The 5-article row is the seeds themselves (the data the build's first screen was rendered from); 500 and
 * 5,000 are generated corpora (bench/corpus.ts). The app is built once; the preview server answers the
 * app's data requests (the core file, then the details; src/core/splitData.ts) with the data of the size
 * being measured (gzip, as a static host would send it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CORE_URL, DETAILS_URL, splitData } from '../src/core/splitData';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type Plugin } from 'vite';
import { selectYearBounds } from '../src/core/select';
import type { MetricsFile } from '../src/schema/metricsFile';
import { bodyOffset } from '../src/extract/normalize';
import { loadSeedArticles, writeCorpus } from './corpus';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
/** The machine's 1-minute load average before this bench starts (the extract bench just before it included). */
const loadBefore = loadavg()[0]!;

/** Page loads and filter changes (of each kind) per size: fewer where one load takes many seconds. */
const RUNS: Record<number, { loads: number; changes: number }> = {
  5: { loads: 7, changes: 21 },
  500: { loads: 5, changes: 15 },
  5000: { loads: 3, changes: 7 },
};
const runsFor = (n: number) => RUNS[n] ?? (n <= 500 ? { loads: 5, changes: 15 } : { loads: 3, changes: 7 });
const SIZES = (process.env['BENCH_UI_SIZES'] ?? '5,500,5000').split(',').map(Number);
/** Long tasks are summed over the first WINDOW ms after navigation. */
const WINDOW = 5000;
/** The page is quiet once no long task has run for this long. */
const QUIET = 1000;
/** Longest wait for a page to draw its first chart, or to go quiet. */
const TIMEOUT = 120_000;
/** When a figure stalls the page (the issue's thresholds). */
const LIMITS = { domNodes: 6000, firstChart: 2500, districtMedian: 50, tbt: 1000 };

const median = (xs: number[]): number => (xs.length === 0 ? Number.NaN : [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
const max = (xs: number[]): number => (xs.length === 0 ? Number.NaN : Math.max(...xs));
const ms = (x: number): string => (Number.isNaN(x) ? '—' : `${Math.round(x).toLocaleString('en-US')} ms`);
const size = (bytes: number): string =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : bytes >= 1e3 ? `${(bytes / 1e3).toFixed(1)} KB` : `${bytes} B`;
const count = (x: number): string => (Number.isNaN(x) ? '—' : Math.round(x).toLocaleString('en-US'));

// ---- the app, built once ----------------------------------------------------------------------------

await build({ root: ROOT, logLevel: 'warn' });
const html = readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8');
/** The page's scripts and every chunk they import statically (not `import()`): all the JavaScript the page runs at load. */
function staticClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(ROOT, 'dist', file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(`assets/${m[1]!}`);
  };
  for (const e of entries) visit(e);
  return [...seen];
}
const initial = staticClosure([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!));
const initialGz = initial.reduce((n, f) => n + gzipSync(readFileSync(join(ROOT, 'dist', f))).length, 0);
const lazyGz = readdirSync(join(ROOT, 'dist', 'assets'))
  .filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`))
  .reduce((n, f) => n + gzipSync(readFileSync(join(ROOT, 'dist', 'assets', f))).length, 0);

// ---- the data files, one per size, written by the bundled extract CLI ----------------------------------

interface Dataset {
  articles: number;
  inputBytes: number;
  extractMs: number;
  raw: Buffer;
  gz: Buffer;
  /** The two files the app fetches (src/core/splitData.ts), compact, each raw and gzip. */
  served: Map<string, { raw: Buffer; gz: Buffer }>;
  facts: number;
  series: number;
  /** A district with charted points, and two "from" years: the filter values the changes alternate between. */
  district: string;
  years: [number, number];
}

// The bundle as `npm run extract` would run it, rebuilt first if the sources changed, so no run below pays for it.
const bundled = spawnSync(process.execPath, [join(ROOT, 'scripts', 'extract-bundle.mjs')], { encoding: 'utf8' });
if (bundled.status !== 0) throw new Error(`bundling the extract step failed: ${bundled.stderr}`);

const seeds = loadSeedArticles(join(ROOT, 'seeds'));
const work = mkdtempSync(join(tmpdir(), 'ui-bench-'));

function dataset(articles: number): Dataset {
  // The seeds themselves for their own count; otherwise a generated corpus of distinct copies.
  const corpus = articles === seeds.length ? null : writeCorpus(seeds, articles);
  const dir = corpus?.dir ?? join(ROOT, 'seeds');
  const inputBytes = corpus?.bytes ?? seeds.reduce((n, a) => n + Buffer.byteLength(a.original, 'utf8'), 0);
  const out = join(work, `out-${articles}`);
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'extract.mjs'), '--seeds', dir, '--out', out], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const extractMs = performance.now() - t0;
    if (r.status !== 0) throw new Error(`extract over ${articles} articles exited ${r.status}: ${r.stderr}`);
    const raw = readFileSync(join(out, 'metrics.json'));
    const data = JSON.parse(raw.toString('utf8')) as MetricsFile;
    const points = new Map<string, number>();
    for (const s of data.series) if (s.geo !== 'shanghai') points.set(s.geo, (points.get(s.geo) ?? 0) + s.points.length);
    const district = [...points].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'pudong';
    const bounds = selectYearBounds(data, new Date().getFullYear());
    return {
      articles,
      inputBytes,
      extractMs,
      raw,
      gz: gzipSync(raw),
      served: servedParts(data),
      facts: data.facts.length,
      series: data.series.length,
      district,
      years: [bounds.min, Math.max(bounds.min, bounds.max - 1)],
    };
  } finally {
    corpus?.remove();
    rmSync(out, { recursive: true, force: true });
  }
}

// ---- the page -------------------------------------------------------------------------------------------

interface Load {
  firstChart: number;
  appRendered: number;
  domNodes: number;
  longTasks5s: number;
  longTaskTotal5s: number;
  tbt5s: number;
  tbtToQuiet: number;
  quietAt: number;
}

interface Result {
  data: Dataset;
  loads: Load[];
  district: number[];
  year: number[];
  domScrolled: number;
  /** Loads or changes that did not finish, with why; measured figures are kept. */
  failures: string[];
  /** Console errors and page errors seen on any of its pages. */
  problems: string[];
}

/** Set in the page before any of its scripts: long tasks, the first chart's frame, when the pre-rendered screen goes. */
function instrument(): void {
  const w = window as unknown as { __bench: { longTasks: [number, number][]; firstChart?: number; appRendered?: number } };
  const bench: (typeof w)['__bench'] = { longTasks: [] };
  w.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  let prerendered = false;
  new MutationObserver((_m, obs) => {
    if (bench.appRendered === undefined) {
      const pre = document.querySelector('.prerender') !== null;
      if (pre) prerendered = true;
      else if (prerendered) bench.appRendered = performance.now();
    }
    // The first charts are the headline trends beside the map, on the first screen: no scrolling to reach them.
    if (bench.firstChart === undefined && document.querySelector('.chart canvas')) {
      bench.firstChart = -1;
      requestAnimationFrame(() => {
        bench.firstChart = performance.now();
      });
    }
    if (bench.appRendered !== undefined && bench.firstChart !== undefined) obs.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

type PageState = { now: number; firstChart: number | null; appRendered: number | null; longTasks: [number, number][]; domNodes: number };

const pageState = (page: Page): Promise<PageState> =>
  page.evaluate(() => {
    const b = (window as unknown as { __bench: { longTasks: [number, number][]; firstChart?: number; appRendered?: number } }).__bench;
    return {
      now: performance.now(),
      firstChart: b.firstChart === undefined || b.firstChart < 0 ? null : b.firstChart,
      appRendered: b.appRendered ?? null,
      longTasks: b.longTasks,
      domNodes: document.getElementsByTagName('*').length,
    };
  });

/** Waits until the page has drawn a chart, replaced the pre-rendered screen, passed WINDOW and had no long task for QUIET ms. */
const waitQuiet = (page: Page): Promise<unknown> =>
  page.waitForFunction(
    ({ window: win, quiet }) => {
      const b = (window as unknown as { __bench: { longTasks: [number, number][]; firstChart?: number; appRendered?: number } }).__bench;
      const now = performance.now();
      const last = b.longTasks.reduce((end, [s, d]) => Math.max(end, s + d), 0);
      return b.firstChart !== undefined && b.firstChart > 0 && b.appRendered !== undefined && now >= win && now - last >= quiet;
    },
    { window: WINDOW, quiet: QUIET },
    { timeout: TIMEOUT, polling: 100 },
  );

function summarize(s: PageState): Load {
  const inWindow = s.longTasks.filter(([start]) => start < WINDOW);
  const blocking = (tasks: [number, number][]) => tasks.reduce((n, [, d]) => n + Math.max(0, d - 50), 0);
  return {
    firstChart: s.firstChart ?? Number.NaN,
    appRendered: s.appRendered ?? Number.NaN,
    domNodes: s.domNodes,
    longTasks5s: inWindow.length,
    longTaskTotal5s: inWindow.reduce((n, [, d]) => n + d, 0),
    tbt5s: blocking(inWindow),
    tbtToQuiet: blocking(s.longTasks),
    quietAt: s.now,
  };
}

/** One filter change, timed in the page: the input event, then two animation frames. Throws when the app ignored it. */
async function change(page: Page, kind: 'district' | 'year', value: string): Promise<number> {
  const r = await page.evaluate(
    async ({ kind, value }) => {
      const field =
        kind === 'district'
          ? document.querySelector<HTMLSelectElement>('.filters select')
          : document.querySelector<HTMLInputElement>('.filters input[type=number]');
      if (!field) return { ms: -1, applied: false };
      // The prototype's setter: React ignores an input event when the value was set through its own tracker.
      const t0 = performance.now();
      Reflect.set(Object.getPrototypeOf(field) as object, 'value', value, field);
      field.dispatchEvent(new Event(kind === 'district' ? 'change' : 'input', { bubbles: true }));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const elapsed = performance.now() - t0;
      // The store took it: the controlled select keeps the value, the "from" thumb of the year range follows the field.
      const applied =
        kind === 'district'
          ? field.value === value
          : document.querySelector('.filters [role=slider]')?.getAttribute('aria-valuenow') === value;
      return { ms: elapsed, applied };
    },
    { kind, value },
  );
  if (!r.applied) throw new Error(`the ${kind} change to ${value} was not applied`);
  return r.ms;
}

/** Scrolls down the page a screen at a time, as a reader would, so every chart and the map are set up. */
async function scrollThrough(page: Page): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await page.waitForTimeout(150);
    if (atEnd) break;
  }
}

async function measure(browser: Browser, url: string, data: Dataset): Promise<Result> {
  const { loads: LOADS, changes: CHANGES } = runsFor(data.articles);
  const result: Result = { data, loads: [], district: [], year: [], domScrolled: Number.NaN, failures: [], problems: [] };
  for (let i = 0; i < LOADS; i++) {
    const last = i === LOADS - 1;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') result.problems.push(`console error: ${m.text().slice(0, 200)}`);
      });
      page.on('pageerror', (e) => result.problems.push(`page error: ${e.message.slice(0, 200)}`));
      await page.addInitScript(instrument);
      await page.goto(url, { waitUntil: 'commit' });
      try {
        await waitQuiet(page);
      } catch (e) {
        result.failures.push(
          `load ${i + 1}: not quiet after ${TIMEOUT / 1000} s (${(e as Error).message.split('\n')[0]}); figures as measured then`,
        );
      }
      const state = await pageState(page);
      result.loads.push(summarize(state));
      if (!last || state.firstChart === null || state.appRendered === null) continue;

      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForSelector('.filters [role=slider]');
      // Filter changes at the top of the page, each alternating between two values from the default view (the
      // whole city, every year), and put back to it after (not timed): year changes are timed over the whole
      // city, and the page scrolled through below is the default view.
      try {
        for (let k = 0; k < CHANGES; k++) result.district.push(await change(page, 'district', k % 2 === 0 ? data.district : 'shanghai'));
        await change(page, 'district', 'shanghai');
        for (let k = 0; k < CHANGES; k++) result.year.push(await change(page, 'year', String(data.years[k % 2 === 0 ? 1 : 0])));
        await change(page, 'year', String(data.years[0]));
      } catch (e) {
        result.failures.push(`filter changes: ${(e as Error).message.split('\n')[0]}`);
      }
      await scrollThrough(page);
      await page.waitForTimeout(QUIET);
      result.domScrolled = (await pageState(page)).domNodes;
    } finally {
      await context.close();
    }
  }
  return result;
}

// ---- the run ---------------------------------------------------------------------------------------------

let current: Dataset | null = null;
/** The app's data requests (the core file, the details) answered with the size being measured: no rebuild per size. */
const servedData: Plugin = {
  name: 'bench-data',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      const file = current?.served.get((req.url ?? '').split('?')[0]!);
      if (!file) return next();
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      if (gzip) res.setHeader('Content-Encoding', 'gzip');
      res.end(gzip ? file.gz : file.raw);
    });
  },
};

/** BENCH_UI_WHOLE=1: the core file is the whole data file, as before the split, for a baseline on the same machine. */
const WHOLE = process.env['BENCH_UI_WHOLE'] === '1';

function servedParts(data: MetricsFile): Map<string, { raw: Buffer; gz: Buffer }> {
  const split = splitData(data)!;
  const parts = WHOLE ? { core: data, details: split.details } : split;
  const served = new Map<string, { raw: Buffer; gz: Buffer }>();
  for (const [url, part] of [
    [CORE_URL, parts.core],
    [DETAILS_URL, parts.details],
  ] as const) {
    const raw = Buffer.from(JSON.stringify(part));
    served.set(url, { raw, gz: gzipSync(raw) });
  }
  return served;
}

const results: Result[] = [];
const server = await preview({
  root: ROOT,
  logLevel: 'warn',
  preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  plugins: [servedData],
});
const url = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const chromiumVersion = browser.version();
let addArticle: { bytes: number; ms: number[] } | null;
try {
  addArticle = await readInBrowser(browser, url);
  for (const n of SIZES) {
    current = dataset(n);
    process.stderr.write(
      `ui bench: ${n} articles: ${size(current.raw.length)} data file, extracted in ${ms(current.extractMs)}; measuring...\n`,
    );
    results.push(await measure(browser, url, current));
    current = null;
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

/**
 * Adding an article in the browser: an article of about 1 MB (the seeds' text repeated, with front matter) read by the
 * extractor's worker as the dialog runs it, several times on one worker; the first run includes the worker's start-up.
 */
async function readInBrowser(b: Browser, at: string): Promise<{ bytes: number; ms: number[] }> {
  const worker = readdirSync(join(ROOT, 'dist', 'assets')).find((f) => /^localWorker-.*\.js$/.test(f));
  if (!worker) throw new Error('no localWorker chunk in dist/assets');
  let body = '';
  for (let i = 0; Buffer.byteLength(body) < 1_000_000; i++) {
    const seed = seeds[i % seeds.length]!.original;
    body += `${seed.slice(bodyOffset(seed))}\n`;
  }
  const original = `---\ntitle: one megabyte\ndate: "2025-07-01"\n---\n${body}`;
  const page = await b.newPage();
  try {
    await page.goto(at);
    // Passed as text: the bundler of this script would otherwise rewrite the function the page runs.
    const ms = await page.evaluate<number[]>(`(async ({ url, original }) => {
      const w = new Worker(url, { type: 'module' });
      const out = [];
      for (let i = 0; i < 7; i++)
        out.push(await new Promise((resolve) => {
          const t = performance.now();
          w.onmessage = () => resolve(Math.round(performance.now() - t));
          w.postMessage({ id: i, articles: [{ id: 'local-bench', original }] });
        }));
      w.terminate();
      return out;
    })(${JSON.stringify({ url: `/assets/${worker}`, original })})`);
    return { bytes: Buffer.byteLength(original), ms };
  } finally {
    await page.close();
  }
}

// ---- the table -------------------------------------------------------------------------------------------

const cpu = cpus();
const head = results.map((r) => `${r.data.articles.toLocaleString('en-US')} articles`);
const rows: [string, ...string[]][] = [
  [
    'runs (page loads / changes of each kind)',
    ...results.map((r) => `${runsFor(r.data.articles).loads} / ${runsFor(r.data.articles).changes}`),
  ],
  ['data file: facts / series', ...results.map((r) => `${count(r.data.facts)} / ${count(r.data.series)}`)],
  ['data file: raw / gzip', ...results.map((r) => `${size(r.data.raw.length)} / ${size(r.data.gz.length)}`)],
  [
    'served core file (first screen): raw / gzip',
    ...results.map((r) => {
      const core = r.data.served.get(CORE_URL)!;
      return `${size(core.raw.length)} / ${size(core.gz.length)}`;
    }),
  ],
  [
    'extract, bundled CLI (1 run): time, MB/s',
    ...results.map((r) => `${ms(r.data.extractMs)}, ${(r.data.inputBytes / 1e6 / (r.data.extractMs / 1000)).toFixed(1)} MB/s`),
  ],
  ['first chart drawn: median', ...results.map((r) => ms(median(r.loads.map((l) => l.firstChart))))],
  [
    '  min – max',
    ...results.map((r) => `${ms(Math.min(...r.loads.map((l) => l.firstChart)))} – ${ms(max(r.loads.map((l) => l.firstChart)))}`),
  ],
  ['app rendered over the first screen: median', ...results.map((r) => ms(median(r.loads.map((l) => l.appRendered))))],
  ['DOM nodes (elements), quiet, top of page: median', ...results.map((r) => count(median(r.loads.map((l) => l.domNodes))))],
  ['DOM nodes (elements), scrolled through (last load)', ...results.map((r) => count(r.domScrolled))],
  [`long tasks in first ${WINDOW / 1000} s: count, total: median`, ...results.map((r) => longTasks(r))],
  [`TBT, first ${WINDOW / 1000} s: median`, ...results.map((r) => ms(median(r.loads.map((l) => l.tbt5s))))],
  [
    'TBT until quiet: median (quiet at)',
    ...results.map((r) => `${ms(median(r.loads.map((l) => l.tbtToQuiet)))} (${ms(median(r.loads.map((l) => l.quietAt)))})`),
  ],
  ['district change: median / worst', ...results.map((r) => `${ms(median(r.district))} / ${ms(max(r.district))}`)],
  ['year-range change: median / worst', ...results.map((r) => `${ms(median(r.year))} / ${ms(max(r.year))}`)],
];

function longTasks(r: Result): string {
  return `${count(median(r.loads.map((l) => l.longTasks5s)))}, ${ms(median(r.loads.map((l) => l.longTaskTotal5s)))}`;
}

const widths = [Math.max(...rows.map((r) => r[0].length)), ...head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i + 1]!.length)))];
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[0]!) : c.padStart(widths[i]!))).join('  ');

const stalls: string[] = [];
for (const r of results) {
  const n = `${r.data.articles.toLocaleString('en-US')} articles`;
  const fc = median(r.loads.map((l) => l.firstChart));
  const dom = median(r.loads.map((l) => l.domNodes));
  const tbt = median(r.loads.map((l) => l.tbt5s));
  const dm = median(r.district);
  if (!(fc <= LIMITS.firstChart)) stalls.push(`${n}: first chart ${ms(fc)} (limit ${ms(LIMITS.firstChart)})`);
  if (!(dom <= LIMITS.domNodes) || r.domScrolled > LIMITS.domNodes)
    stalls.push(`${n}: DOM elements ${count(dom)} at the top, ${count(r.domScrolled)} scrolled through (limit ${count(LIMITS.domNodes)})`);
  if (!(tbt <= LIMITS.tbt)) stalls.push(`${n}: TBT in the first ${WINDOW / 1000} s ${ms(tbt)} (limit ${ms(LIMITS.tbt)})`);
  if (!(dm <= LIMITS.districtMedian)) stalls.push(`${n}: district change median ${ms(dm)} (limit ${ms(LIMITS.districtMedian)})`);
  for (const f of r.failures) stalls.push(`${n}: FAILED ${f}`);
  const problems = [...new Set(r.problems)];
  if (problems.length > 0) stalls.push(`${n}: ${problems.length} distinct console/page errors, first: ${problems[0]}`);
}

console.log(
  [
    `ui bench: ${new Date().toISOString()}, node ${process.version}, ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? '?'}), ` +
      `1-min load average ${loadBefore.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end (this bench's own work included)`,
    `Chromium ${chromiumVersion} headless, 1280×900, no CPU or network throttling; built app served by vite preview, ` +
      `/data/core.json and /data/details.json answered with each size's files (gzip)${WHOLE ? ', the core file holding every fact (BENCH_UI_WHOLE)' : ''}`,
    `initial JS (gzip)   ${(initialGz / 1024).toFixed(1)} KB  [budget 300 KB] ${initialGz <= 300 * 1024 ? 'MEETS' : 'OVER'}   (charts chunk, loaded after: ${(lazyGz / 1024).toFixed(1)} KB)`,
    `medians over the page loads; fewer runs at the larger sizes (a load there takes many seconds); filter changes on the last ` +
      `load's page, at the top; long tasks counted whole when they start in the first ${WINDOW / 1000} s; TBT = their time beyond 50 ms each`,
    '',
    line(['', ...head]),
    ...rows.map(line),
    '',
    ...results
      .filter((r) => r.data.articles === seeds.length)
      .map(
        (r) =>
          `budgets (the ${seeds.length} seed articles): first chart 1,500 ms ${median(r.loads.map((l) => l.firstChart)) <= 1500 ? 'MEETS' : 'OVER'}, ` +
          `filter change (district, median) 100 ms ${median(r.district) <= 100 ? 'MEETS' : 'OVER'}`,
      ),
    stalls.length === 0
      ? `no stall: first chart <= ${ms(LIMITS.firstChart)}, DOM <= ${count(LIMITS.domNodes)}, TBT <= ${ms(LIMITS.tbt)}, district change <= ${ms(LIMITS.districtMedian)} at every size`
      : `STALLS (limits: first chart ${ms(LIMITS.firstChart)}, DOM ${count(LIMITS.domNodes)} elements, TBT ${ms(LIMITS.tbt)}, district change median ${ms(LIMITS.districtMedian)}):\n` +
        stalls.map((s) => `  ${s}`).join('\n'),
    addArticle
      ? `adding an article in the browser: a ${size(addArticle.bytes)} article read in the worker: first ${ms(addArticle.ms[0]!)} ` +
        `(worker start-up included), then median ${ms(median(addArticle.ms.slice(1)))} (${addArticle.ms.slice(1).map(ms).join(', ')}) [aim 1,000 ms] ` +
        `${median(addArticle.ms.slice(1)) <= 1000 ? 'MEETS' : 'OVER'}`
      : '',
    `ui bench took ${((performance.now() - started) / 1000).toFixed(0)} s`,
  ].join('\n'),
);
