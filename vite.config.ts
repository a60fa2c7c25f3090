/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, defineConfig, type Plugin } from 'vite';
import type { prerenderBoth as Prerender } from './src/app/prerender.tsx';
import { CORE_URL, DETAILS_URL, splitData } from './src/core/splitData.ts';
import { loadSeeds } from './src/extract/load.ts';

type PrerenderModule = { prerenderBoth: typeof Prerender };

const DATA_FILE = resolve(import.meta.dirname, 'data/metrics.json');
const SEEDS = resolve(import.meta.dirname, 'seeds');

/** The articles as decoded text (UTF-8), so the reader view can show a quote in place: offsets match. */
function articleTexts(): Map<string, string> {
  const loaded = loadSeeds(SEEDS, { list: (d) => readdirSync(d), read: (d, n) => readFileSync(join(d, n)) });
  return new Map(loaded.articles.map((a) => [`${a.id}.txt`, a.original]));
}

/**
 * Serves data/metrics.json at /data/metrics.json in dev and emits it into the build, so the app
 * fetches the extract step's output at run time (and can show an error when it is missing or bad).
 */
function metricsData(): Plugin {
  return {
    name: 'metrics-data',
    configureServer(server) {
      server.middlewares.use('/articles/', (req, res, next) => {
        const body = articleTexts().get(decodeURIComponent((req.url ?? '').replace(/^\//, '')));
        if (body === undefined) return next();
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(body);
      });
      // The complete file, and the two parts the app fetches (see src/core/splitData.ts).
      for (const [url, body] of [
        ['/data/metrics.json', (d: ServedData) => d.whole],
        [CORE_URL, (d: ServedData) => d.core],
        [DETAILS_URL, (d: ServedData) => d.details],
      ] as const) {
        server.middlewares.use(url, (_req, res) => {
          const data = servedData();
          if (data === null) {
            res.statusCode = 404;
            res.end('data/metrics.json not found: run npm run extract');
            return;
          }
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(body(data));
        });
      }
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (ctx.server) return html; // the dev server's React refresh preamble is an inline script
        const first = await firstScreen();
        // The one inline script is allowed by its hash, not by 'unsafe-inline'.
        const hash = createHash('sha256').update(BOOT_SCRIPT).digest('base64');
        const csp =
          `default-src 'self'; script-src 'self' 'sha256-${hash}'; worker-src 'self'; img-src 'self' data: blob:; ` +
          "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'";
        return html
          .replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />` +
              `\n    <script>${BOOT_SCRIPT}</script>\n    <style>${PRERENDER_CSS}</style>`,
          )
          .replace('<div id="root"></div>', `<div id="root">${first}</div>`)
          .replace(/<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g, (tag, file: string) => {
            // The app's stylesheet (a few KB) inlined: the first screen paints without waiting for another request.
            const css = ctx.bundle?.[file];
            return css?.type === 'asset' && typeof css.source === 'string' ? `<style>${css.source}</style>` : tag;
          });
      },
    },
    generateBundle() {
      const data = servedData();
      if (data !== null) {
        this.emitFile({ type: 'asset', fileName: 'data/metrics.json', source: data.whole });
        this.emitFile({ type: 'asset', fileName: CORE_URL.slice(1), source: data.core });
        this.emitFile({ type: 'asset', fileName: DETAILS_URL.slice(1), source: data.details });
      }
      for (const [name, text] of articleTexts()) this.emitFile({ type: 'asset', fileName: `articles/${name}`, source: text });
      // A static host answers unknown paths with the app; crawlers asking for robots.txt get a real one.
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: 'User-agent: *\nAllow: /\n' });
    },
  };
}

interface ServedData {
  whole: string | Buffer;
  core: string | Buffer;
  details: string | Buffer;
}

/**
 * The data file as the app is served it: without the indentation the committed file keeps for readable diffs
 * (a quarter of its bytes at 5,000 articles), whole and split into the core the first screen needs and the
 * details (all facts, unread tokens) the lists load when opened. Not JSON (a broken file): each part is served
 * as it is, so the app names the error. Null when there is no file.
 */
function servedData(): ServedData | null {
  let raw: Buffer;
  try {
    raw = readFileSync(DATA_FILE);
  } catch {
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    return { whole: raw, core: raw, details: raw };
  }
  const parts = splitData(json);
  return {
    whole: JSON.stringify(json),
    core: parts ? JSON.stringify(parts.core) : raw,
    details: parts ? JSON.stringify(parts.details) : raw,
  };
}

/**
 * Before anything paints: the reader's language (the URL's, else the browser's, as the app decides it),
 * the theme (the one the reader picked, kept in local storage, else the system's; see src/store/themeStore.ts)
 * and whether the URL asks for a view other than the default one the first screen was rendered for.
 */
const BOOT_SCRIPT =
  "(function(){var d=document.documentElement,q=new URLSearchParams(location.search),l=q.get('lang');" +
  "if(l!=='zh'&&l!=='en'){var n=(navigator.languages&&navigator.languages[0])||navigator.language||'zh';" +
  "l=n.toLowerCase().indexOf('zh')===0?'zh':'en'}d.setAttribute('data-lang',l);d.lang=l==='zh'?'zh-CN':'en';" +
  "var t;try{t=localStorage.getItem('theme')}catch(e){}if(t!=='light'&&t!=='dark')" +
  "t=window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';d.setAttribute('data-theme',t);" +
  "if(q.has('from')||q.has('to')||q.has('district')||q.has('fact'))d.setAttribute('data-view','other')})();";
const PRERENDER_CSS =
  'html[data-lang=en] .prerender[data-lang=zh],html:not([data-lang=en]) .prerender[data-lang=en],' +
  'html[data-view=other] .prerender{display:none}';

/**
 * The dashboard's first screen in both languages, rendered from the data file (src/app/prerender.tsx), so it
 * paints before any JavaScript runs. Empty when the data file is missing or invalid: the app then shows the error.
 */
async function firstScreen(): Promise<string> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(DATA_FILE, 'utf8'));
  } catch {
    return '';
  }
  // Loaded through Vite's SSR module loader: the app's dependencies are browser packages (echarts-for-react's
  // ESM build has extensionless imports that Node alone cannot load).
  const server = await createServer({
    configFile: false,
    root: import.meta.dirname,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    ssr: { noExternal: ['echarts-for-react'] },
    plugins: [react()],
  });
  let pages: { zh: string; en: string } | null;
  try {
    const { prerenderBoth } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as PrerenderModule;
    pages = prerenderBoth(json, new Date().getFullYear());
  } finally {
    await server.close();
  }
  if (pages === null) return '';
  const { zh, en } = pages;
  return `<div class="prerender" data-lang="zh" lang="zh-CN">${zh}</div><div class="prerender" data-lang="en" lang="en">${en}</div>`;
}

export default defineConfig({
  plugins: [react(), metricsData()],
  publicDir: false,
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 700,
    // No <link rel="modulepreload"> in the page: the first screen is already in the HTML, and preloading the entry's
    // shared chunks competes with its first paint (Lighthouse mobile: FCP and LCP 1.3 s without, 1.5–1.8 s with).
    // Lazy chunks still preload what they import when they are loaded.
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? [] : deps) },
  },
  // The data worker (src/app/dataWorker.ts) is an ES module, as it is started.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/**/*.e2e.test.ts', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Whole-set extraction and the robustness inputs take seconds on a busy machine; a test checks what comes out,
    // speed is measured by `npm run bench`.
    testTimeout: 30_000,
  },
});
