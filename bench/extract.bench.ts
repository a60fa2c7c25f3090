/**
 * npm run bench
 * Times the whole extraction pipeline (buildMetricsFile + JSON.stringify, as the CLI does) over the seed
 * articles replicated to >= 5 MB of UTF-8, against a bare regex number scan of the same text.
 * BENCH_MB overrides the corpus size (default 5).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalogue, parseGazetteer, type CuratedResult } from '../src/extract/curated';
import { loadSeeds, type LoadedArticle, type SeedIo } from '../src/extract/load';
import { buildMetricsFile } from '../src/extract/pipeline';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 7;
const TARGET_BYTES = Number(process.env['BENCH_MB'] ?? '5') * 1e6;
const AIM_MB_S = 20;

const nodeIo: SeedIo = {
  list: (dir) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name),
  read: (dir, name) => readFileSync(join(dir, name)),
};

function curated<T>(name: string, parse: (json: unknown) => CuratedResult<T>): T {
  const r = parse(JSON.parse(readFileSync(join(ROOT, 'data', 'curated', name), 'utf8')));
  if (!r.ok) throw new Error(`${name}: ${r.reason}`);
  return r.value;
}

const catalogue = curated('metric-catalogue.json', parseCatalogue);
const gazetteer = curated('gazetteer.json', parseGazetteer);
const loaded = loadSeeds(join(ROOT, 'seeds'), nodeIo);
if (loaded.errors.length > 0) throw new Error(`seeds: ${loaded.errors.map((e) => e.message).join('; ')}`);
if (loaded.articles.length === 0) throw new Error('seeds: no articles');

const bytesOf = (list: ReadonlyArray<LoadedArticle>): number => list.reduce((sum, a) => sum + Buffer.byteLength(a.original, 'utf8'), 0);
const seedBytes = bytesOf(loaded.articles);
const copies = Math.max(1, Math.ceil(TARGET_BYTES / seedBytes));
const corpus: LoadedArticle[] = [];
for (let k = 0; k < copies; k++) {
  for (const a of loaded.articles) corpus.push({ ...a, id: `${a.id}-r${k}` });
}
const corpusBytes = bytesOf(corpus);
const corpusMB = corpusBytes / 1e6;

/** Whole pipeline plus serialisation; returns the number of facts found. */
function runPipeline(): number {
  const result = buildMetricsFile({ articles: corpus, catalogue, gazetteer, warnings: [] });
  if (!result.ok) throw new Error(`pipeline: ${result.reason}`);
  const json = JSON.stringify(result.data, null, 2);
  if (json.length === 0) throw new Error('pipeline: empty output');
  return result.data.facts.length;
}

/** Cheapest possible number finder over the same text; returns the number of matches. */
function runRegex(): number {
  let count = 0;
  for (const a of corpus) {
    for (const _ of a.original.matchAll(/\d+(?:\.\d+)?[万亿]?/g)) count++;
  }
  return count;
}

interface Timing {
  found: number;
  ms: number[];
}

function time(run: () => number): Timing {
  run(); // warm-up
  const ms: number[] = [];
  let found = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    found = run();
    ms.push(performance.now() - t0);
  }
  return { found, ms: ms.sort((a, b) => a - b) };
}

const at = (xs: number[], i: number): number => xs[i] ?? Number.NaN;
const median = (sorted: number[]): number => at(sorted, Math.floor(sorted.length / 2));
const mbps = (ms: number): number => corpusMB / (ms / 1000);
const f1 = (x: number): string => x.toFixed(1);

function line(label: string, t: Timing): string {
  const lo = at(t.ms, 0);
  const hi = at(t.ms, t.ms.length - 1);
  const med = median(t.ms);
  return (
    `${label.padEnd(9)} found ${String(t.found).padStart(8)}  median ${f1(med).padStart(8)} ms (${f1(mbps(med))} MB/s)` +
    `  min ${f1(lo)} ms (${f1(mbps(lo))} MB/s)  max ${f1(hi)} ms (${f1(mbps(hi))} MB/s)`
  );
}

const pipeline = time(runPipeline);
const regex = time(runRegex);
const pipelineMBs = mbps(median(pipeline.ms));

console.log(
  [
    `extract bench: node ${process.version}, ${cpus().length} cores`,
    `corpus: ${f1(corpusMB)} MB UTF-8 (${corpusBytes} bytes), ${corpus.length} articles (${loaded.articles.length} seeds x ${copies})`,
    `runs: ${RUNS} after 1 warm-up; pipeline = buildMetricsFile + JSON.stringify`,
    line('pipeline', pipeline),
    line('regex', regex),
    `ratio pipeline/regex (median time): ${f1(median(pipeline.ms) / median(regex.ms))}x`,
    `aim: >= ${AIM_MB_S} MB/s for the whole pipeline -> ${pipelineMBs >= AIM_MB_S ? 'MEETS' : 'BELOW'} (median ${f1(pipelineMBs)} MB/s)`,
  ].join('\n'),
);
