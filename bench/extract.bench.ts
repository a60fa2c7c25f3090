/**
 * npm run bench (first part), npm run bench:extract
 * Extraction throughput over a generated corpus: the seed articles copied to BENCH_ARTICLES distinct
 * articles (default 500, about 5.6 MB of UTF-8; bench/corpus.ts) in a folder under os.tmpdir(). Three
 * measures, each the median of several runs after a warm-up:
 *  - whole process: the bundled CLI spawned with node (`node dist-extract/extract.mjs --seeds DIR --out
 *    DIR`: start-up, reading, extraction, validation, writing metrics.json), interleaved in the same run
 *    with the same CLI run from its TypeScript source by tsx, as `npm run extract` used to run it;
 *  - in process: buildMetricsFile and the JSON pieces the CLI writes (toJsonChunks), the articles loaded;
 *  - regex: a bare number scan of the same text, the floor.
 * BENCH_MB sets the corpus size in MB instead of articles; BENCH_RUNS the runs of each measure (default 5
 * for whole processes, 7 in process).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalogue, parseGazetteer, type CuratedResult } from '../src/extract/curated';
import { buildMetricsFile, toJsonChunks } from '../src/extract/pipeline';
import { loadSeedArticles, writeCorpus } from './corpus';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(ROOT, 'dist-extract', 'extract.mjs');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI_SOURCE = join(ROOT, 'src', 'extract', 'cli.ts');
/** The aim: extraction at 40 MB/s or more as a whole process on 500 articles. */
const AIM_MB_S = 40;

const envNumber = (name: string): number | undefined => {
  const v = process.env[name];
  return v === undefined || v === '' ? undefined : Number(v);
};
const RUNS_PROCESS = envNumber('BENCH_RUNS') ?? 5;
const RUNS_IN_PROCESS = envNumber('BENCH_RUNS') ?? 7;

function curated<T>(name: string, parse: (json: unknown) => CuratedResult<T>): T {
  const r = parse(JSON.parse(readFileSync(join(ROOT, 'data', 'curated', name), 'utf8')));
  if (!r.ok) throw new Error(`${name}: ${r.reason}`);
  return r.value;
}

// The bundle as `npm run extract` would run it: rebuilt first if the sources changed.
const bundled = spawnSync(process.execPath, [join(ROOT, 'scripts', 'extract-bundle.mjs')], { encoding: 'utf8' });
if (bundled.status !== 0) throw new Error(`bundling failed: ${bundled.stderr}`);
if (bundled.stderr.includes('bundled')) process.stderr.write(bundled.stderr);

const seeds = loadSeedArticles(join(ROOT, 'seeds'));
const seedBytes = seeds.reduce((sum, a) => sum + Buffer.byteLength(a.original, 'utf8'), 0);
const mb = envNumber('BENCH_MB');
const articleCount = envNumber('BENCH_ARTICLES') ?? (mb === undefined ? 500 : Math.ceil((mb * 1e6 * seeds.length) / seedBytes));
const corpus = writeCorpus(seeds, articleCount);
const corpusMB = corpus.bytes / 1e6;
const outRoot = join(dirname(corpus.dir), 'out');

interface Timing {
  found: number;
  ms: number[];
}

const at = (xs: number[], i: number): number => xs[i] ?? Number.NaN;
const median = (sorted: number[]): number => at(sorted, Math.floor(sorted.length / 2));
const mbps = (ms: number): number => corpusMB / (ms / 1000);
const f1 = (x: number): string => x.toFixed(1);

function line(label: string, t: Timing, unit: string): string {
  const lo = at(t.ms, 0);
  const hi = at(t.ms, t.ms.length - 1);
  const med = median(t.ms);
  return (
    `${label.padEnd(18)} ${String(t.found).padStart(8)} ${unit.padEnd(8)} median ${f1(med).padStart(8)} ms (${f1(mbps(med)).padStart(5)} MB/s)` +
    `  min ${f1(lo)} ms (${f1(mbps(lo))} MB/s)  max ${f1(hi)} ms (${f1(mbps(hi))} MB/s)`
  );
}

/** One run of the CLI as its own process, timed from spawn to exit; returns the facts it wrote. */
function spawnCli(command: string, args: string[], out: string): { ms: number; facts: number; bytes: Buffer } {
  mkdirSync(out, { recursive: true });
  const t0 = performance.now();
  const r = spawnSync(command, [...args, '--seeds', corpus.dir, '--out', out], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const bytes = readFileSync(join(out, 'metrics.json'));
  const facts = (JSON.parse(bytes.toString('utf8')) as { facts: unknown[] }).facts.length;
  return { ms, facts, bytes };
}

/** The bundled and the tsx-run CLI, one run each per round (alternating which goes first), after a warm-up round. */
function timeProcesses(): { bundled: Timing; tsx: Timing; identical: boolean } {
  const runBundled = () => spawnCli(process.execPath, [BUNDLE], join(outRoot, 'bundled'));
  const runTsx = () => spawnCli(TSX, [CLI_SOURCE], join(outRoot, 'tsx'));
  const a = runBundled();
  const b = runTsx();
  const identical = a.bytes.equals(b.bytes);
  const bundled: Timing = { found: a.facts, ms: [] };
  const tsx: Timing = { found: b.facts, ms: [] };
  for (let i = 0; i < RUNS_PROCESS; i++) {
    if (i % 2 === 0) {
      bundled.ms.push(runBundled().ms);
      tsx.ms.push(runTsx().ms);
    } else {
      tsx.ms.push(runTsx().ms);
      bundled.ms.push(runBundled().ms);
    }
  }
  bundled.ms.sort((x, y) => x - y);
  tsx.ms.sort((x, y) => x - y);
  return { bundled, tsx, identical };
}

function time(run: () => number): Timing {
  run(); // warm-up
  const ms: number[] = [];
  let found = 0;
  for (let i = 0; i < RUNS_IN_PROCESS; i++) {
    const t0 = performance.now();
    found = run();
    ms.push(performance.now() - t0);
  }
  return { found, ms: ms.sort((a, b) => a - b) };
}

try {
  const processes = timeProcesses();

  const catalogue = curated('metric-catalogue.json', parseCatalogue);
  const gazetteer = curated('gazetteer.json', parseGazetteer);
  const articles = loadSeedArticles(corpus.dir);
  if (articles.length !== articleCount) throw new Error(`corpus: ${articles.length} articles read, ${articleCount} written`);

  /** What the CLI does between reading and writing: the pipeline, validation and the JSON pieces. */
  const pipeline = time(() => {
    const result = buildMetricsFile({ articles, catalogue, gazetteer, warnings: [] });
    if (!result.ok) throw new Error(`pipeline: ${result.reason}`);
    let chars = 0;
    for (const chunk of toJsonChunks(result.data)) chars += chunk.length;
    if (chars === 0) throw new Error('pipeline: empty output');
    return result.data.facts.length;
  });

  /** Cheapest possible number finder over the same text; returns the number of matches. */
  const regex = time(() => {
    let count = 0;
    for (const a of articles) {
      for (const _ of a.original.matchAll(/\d+(?:\.\d+)?[万亿]?/g)) count++;
    }
    return count;
  });

  const wholeMBs = mbps(median(processes.bundled.ms));
  const pipelineMBs = mbps(median(pipeline.ms));
  console.log(
    [
      `extract bench: node ${process.version}, ${cpus().length} cores`,
      `corpus: ${corpus.articles} articles (the ${seeds.length} seeds copied, each with its own title), ` +
        `${f1(corpusMB)} MB UTF-8 (${corpus.bytes} bytes), in ${corpus.dir}`,
      `whole process: ${RUNS_PROCESS} interleaved runs after 1 warm-up; bundled = node dist-extract/extract.mjs, ` +
        `tsx = tsx src/extract/cli.ts (how npm run extract ran before the bundle)`,
      line('process, bundled', processes.bundled, 'facts'),
      line('process, tsx', processes.tsx, 'facts'),
      `ratio tsx/bundled (median wall time): ${(median(processes.tsx.ms) / median(processes.bundled.ms)).toFixed(2)}x; ` +
        `metrics.json ${processes.identical ? 'byte-identical' : 'DIFFERS'} between the two`,
      `in process: ${RUNS_IN_PROCESS} runs after 1 warm-up; pipeline = buildMetricsFile + toJsonChunks (articles already loaded)`,
      line('in process', pipeline, 'facts'),
      line('regex', regex, 'matches'),
      `ratio pipeline/regex (median time): ${f1(median(pipeline.ms) / median(regex.ms))}x`,
      `aim: >= ${AIM_MB_S} MB/s -> whole process ${wholeMBs >= AIM_MB_S ? 'MEETS' : 'BELOW'} (median ${f1(wholeMBs)} MB/s), ` +
        `in process ${pipelineMBs >= AIM_MB_S ? 'MEETS' : 'BELOW'} (median ${f1(pipelineMBs)} MB/s)`,
    ].join('\n'),
  );
  if (!processes.identical) process.exitCode = 1;
} finally {
  corpus.remove();
  rmSync(outRoot, { recursive: true, force: true });
}
