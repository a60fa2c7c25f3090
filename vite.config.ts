/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { loadSeeds } from './src/extract/load.ts';

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
      server.middlewares.use('/data/metrics.json', (_req, res) => {
        try {
          const body = readFileSync(DATA_FILE);
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(body);
        } catch {
          res.statusCode = 404;
          res.end('data/metrics.json not found: run npm run extract');
        }
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.server) return html; // the dev server's React refresh preamble is an inline script
        const csp = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'";
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
        );
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/metrics.json', source: readFileSync(DATA_FILE) });
      for (const [name, text] of articleTexts()) this.emitFile({ type: 'asset', fileName: `articles/${name}`, source: text });
      // A static host answers unknown paths with the app; crawlers asking for robots.txt get a real one.
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: 'User-agent: *\nAllow: /\n' });
    },
  };
}

export default defineConfig({
  plugins: [react(), metricsData()],
  publicDir: false,
  build: { target: 'es2022', chunkSizeWarningLimit: 700 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/**/*.e2e.test.ts', 'node_modules/**'],
    environment: 'node',
  },
});
