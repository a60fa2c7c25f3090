/**
 * npm run extract [-- --seeds DIR --out DIR]
 * Reads the articles in DIR (default seeds/), writes OUT/metrics.json (default data/). On any error the
 * previous metrics.json is left as it was: the new file is written beside it, checked, then renamed.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, mkdirSync, statSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Notice } from '../schema/metricsFile';
import { parseCatalogue, parseGazetteer, type Catalogue, type CuratedResult, type Gazetteer } from './curated';
import type { ArticleFacts } from './facts';
import { loadSeeds, type LoadedArticle, type SeedIo } from './load';
import { extractOnThreads, serveIfWorker, threadsFor } from './parallel';
import { buildMetricsFile, inFileOrder, summarize, toJsonChunks, type Summary } from './pipeline';

/** The project folder: the nearest one above this module with a package.json (src/extract/ run as source, dist-extract/ bundled). */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '../..');
  }
}

const ROOT = projectRoot(dirname(fileURLToPath(import.meta.url)));
const CURATED = join(ROOT, 'data', 'curated');

const nodeIo: SeedIo = {
  list: (dir) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name),
  read: (dir, name) => readFileSync(join(dir, name)),
  sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
};

function readCurated<T>(name: string, parse: (json: unknown) => CuratedResult<T>): T {
  const path = join(CURATED, name);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${relative(process.cwd(), path)}: ${(e as Error).message}`, { cause: e });
  }
  const r = parse(json);
  if (!r.ok) throw new Error(`${relative(process.cwd(), path)}: ${r.reason}`);
  return r.value;
}

/** A path as the user would write it: relative inside the working folder, absolute outside it. */
const shown = (path: string): string =>
  path === process.cwd() || path.startsWith(process.cwd() + sep) ? relative(process.cwd(), path) || path : path;

/** `seeds/FILE:LINE` (or `seeds/FILE` when no line applies) for a notice about a file in `dir`. */
const where = (n: Notice, dir: string): string => {
  const file = n.file.startsWith('/') ? n.file : shown(join(dir, n.file));
  return n.line === null ? file : `${file}:${n.line}`;
};

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

const USAGE = 'usage: npm run extract [-- --seeds DIR --out DIR]';

/** Why a path cannot be the output folder (it is a file, or cannot be looked at), or null when it can. */
function outFolderProblem(path: string, stat: (p: string) => { isDirectory(): boolean } | undefined): string | null {
  let s: { isDirectory(): boolean } | undefined;
  try {
    s = stat(path);
  } catch (e) {
    return `cannot use ${path} as the output folder: ${(e as Error).message}`;
  }
  return s === undefined || s.isDirectory() ? null : `--out ${path} is a file; it must name a folder (metrics.json is written inside it)`;
}

async function main(): Promise<number> {
  let values: { seeds?: string | undefined; out?: string | undefined };
  try {
    ({ values } = parseArgs({ options: { seeds: { type: 'string' }, out: { type: 'string' } }, allowPositionals: false }));
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const seeds = resolve(values.seeds ?? join(ROOT, 'seeds'));
  const outDir = resolve(values.out ?? join(ROOT, 'data'));
  const target = join(outDir, 'metrics.json');
  const fail = (lines: string[]): number => {
    for (const l of lines) process.stderr.write(`${l}\n`);
    process.stderr.write(`extract: nothing written; ${shown(target)} left as it was\n`);
    return 1;
  };
  const outProblem = outFolderProblem(outDir, (p) => statSync(p, { throwIfNoEntry: false }));
  if (outProblem) {
    process.stderr.write(`error: ${outProblem}\nextract: nothing written\n`);
    return 1;
  }

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

  const input = { articles: loaded.articles, catalogue, gazetteer, warnings: loaded.warnings };
  const threaded = await readOnThreads(input.articles, catalogue, gazetteer);
  const result = buildMetricsFile(input, threaded?.facts);
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
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing was written there, or it cannot be removed: either way the target is untouched.
    }
    return fail([`error: cannot write ${shown(target)}: ${(e as Error).message}`]);
  }
  const on = threaded ? ` (articles read on ${threaded.threads} threads)` : '';
  process.stderr.write(`${formatSummary(summarize(result.data))}\nextract: wrote ${shown(target)}${on}\n`);
  return 0;
}

/**
 * Each article's facts read on several threads, in file order, when there are many articles and the CLI runs bundled
 * (`EXTRACT_THREADS=N` sets how many threads; 1 reads on this one). Undefined when they are to be read on this thread, or
 * when a thread failed (said on stderr): the pipeline then reads them itself, with the same result.
 */
async function readOnThreads(
  articles: ReadonlyArray<LoadedArticle>,
  catalogue: Catalogue,
  gazetteer: Gazetteer,
): Promise<{ facts: ArticleFacts[]; threads: number } | undefined> {
  const asked = process.env['EXTRACT_THREADS'] ? Number(process.env['EXTRACT_THREADS']) : undefined;
  const bundled = /\.m?js$/.test(fileURLToPath(import.meta.url));
  const threads = threadsFor(articles.length, undefined, Number.isInteger(asked) ? asked : undefined);
  if (threads <= 1 || !bundled) return undefined;
  try {
    return { facts: await extractOnThreads(inFileOrder(articles), catalogue, gazetteer, threads, new URL(import.meta.url)), threads };
  } catch (e) {
    process.stderr.write(`warning: reading on ${threads} threads failed (${(e as Error).message}); reading on one\n`);
    return undefined;
  }
}

/** The last guard: whatever goes wrong, the user reads one line, not a stack trace; the target is untouched. */
async function run(): Promise<number> {
  try {
    return await main();
  } catch (e) {
    process.stderr.write(`error: extract stopped unexpectedly: ${(e as Error).message ?? String(e)}\nextract: nothing written\n`);
    return 1;
  }
}

// A reading thread started by this same module reads its articles and sends them back; the CLI runs otherwise.
if (!serveIfWorker()) process.exitCode = await run();
