/**
 * npm run extract [-- --seeds DIR --out DIR]
 * Reads the articles in DIR (default seeds/), writes OUT/metrics.json (default data/). On any error the
 * previous metrics.json is left as it was: the new file is written beside it, checked, then renamed.
 */
import { closeSync, openSync, readdirSync, readFileSync, renameSync, rmSync, mkdirSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Notice } from '../schema/metricsFile';
import { parseCatalogue, parseGazetteer, type CuratedResult } from './curated';
import { loadSeeds, type SeedIo } from './load';
import { buildMetricsFile, summarize, toJsonChunks, type Summary } from './pipeline';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CURATED = join(ROOT, 'data', 'curated');

const nodeIo: SeedIo = {
  list: (dir) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name),
  read: (dir, name) => readFileSync(join(dir, name)),
};

const where = (n: Notice, dir: string): string => {
  const file = n.file.startsWith('/') ? n.file : join(relative(process.cwd(), dir) || '.', n.file);
  return n.line === null ? file : `${file}:${n.line}`;
};

function readCurated<T>(name: string, parse: (json: unknown) => CuratedResult<T>): T {
  const path = join(CURATED, name);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${relative(process.cwd(), path)}: ${(e as Error).message}`);
  }
  const r = parse(json);
  if (!r.ok) throw new Error(`${relative(process.cwd(), path)}: ${r.reason}`);
  return r.value;
}

/** A path as the user would write it: relative inside the working folder, absolute outside it. */
const shown = (path: string): string => (path.startsWith(process.cwd()) ? relative(process.cwd(), path) || path : path);

export function formatSummary(s: Summary): string {
  const mapped = s.perMetric.filter(([, n]) => n > 0).map(([id, n]) => `  ${id}: ${n}`);
  const languages = s.languages.map(([lang, n]) => `${n} ${lang}`).join(', ');
  return [
    `extract: ${s.articles} articles read (${languages}), ${s.quantities} quantities found, ${s.quantities - s.unmapped} mapped to a metric, ` +
      `${s.charted} points charted, ${s.undated} mapped but undated (not charted), ${s.unmapped} unmapped, ${s.conflicts} conflicts, ` +
      `${s.unread} number-like tokens not read as quantities, ${s.warnings} warnings`,
    'mapped per metric:',
    ...mapped,
    'not charted, by reason:',
    ...s.reasons.map(([reason, n]) => `  ${n} × ${reason}`),
  ].join('\n');
}

/** Writes the pieces in batches of about a megabyte: few system calls, no string past V8's limit. */
function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    let batch = '';
    for (const c of chunks) {
      batch += c;
      if (batch.length > 1 << 20) {
        writeSync(fd, batch);
        batch = '';
      }
    }
    writeSync(fd, batch);
  } finally {
    closeSync(fd);
  }
}

function main(): number {
  const { values } = parseArgs({
    options: { seeds: { type: 'string' }, out: { type: 'string' } },
    allowPositionals: false,
  });
  const seeds = resolve(values.seeds ?? join(ROOT, 'seeds'));
  const outDir = resolve(values.out ?? join(ROOT, 'data'));
  const target = join(outDir, 'metrics.json');
  const fail = (lines: string[]): number => {
    for (const l of lines) process.stderr.write(`${l}\n`);
    process.stderr.write(`extract: nothing written; ${relative(process.cwd(), target)} left as it was\n`);
    return 1;
  };

  let catalogue, gazetteer;
  try {
    catalogue = readCurated('metric-catalogue.json', parseCatalogue);
    gazetteer = readCurated('gazetteer.json', parseGazetteer);
  } catch (e) {
    return fail([`error: ${(e as Error).message}`]);
  }
  const loaded = loadSeeds(seeds, nodeIo);
  const warn = (notices: ReadonlyArray<Notice>): void => {
    for (const w of notices) process.stderr.write(`warning: ${where(w, seeds)}: ${w.message}\n`);
  };
  if (loaded.errors.length > 0) {
    warn(loaded.warnings);
    return fail(loaded.errors.map((e) => `error: ${where(e, seeds)}: ${e.message}`));
  }

  const result = buildMetricsFile({ articles: loaded.articles, catalogue, gazetteer, warnings: loaded.warnings });
  if (!result.ok) {
    warn(loaded.warnings);
    return fail([`error: the extracted data does not match the schema: ${result.reason}`]);
  }
  // The file's warnings: the loader's, then the pipeline's (values dropped as impossible).
  warn(result.data.warnings);


  const tmp = `${target}.tmp-${process.pid}`;
  try {
    mkdirSync(outDir, { recursive: true });
    writeChunks(tmp, toJsonChunks(result.data));
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    return fail([`error: cannot write ${target}: ${(e as Error).message}`]);
  }
  process.stderr.write(`${formatSummary(summarize(result.data))}\nextract: wrote ${shown(target)}\n`);
  return 0;
}

process.exitCode = main();
