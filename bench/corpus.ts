/**
 * A generated seeds folder for the benchmarks: the seed articles copied until there are `count` of them,
 * each copy a distinct article (its own file name, and front matter with its own title, so neither the
 * bytes nor title and date repeat and none is dropped as a duplicate). Written under os.tmpdir().
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeeds, type LoadedArticle, type SeedIo } from '../src/extract/load';
import { bodyOffset } from '../src/extract/normalize';

export const nodeIo: SeedIo = {
  list: (dir) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name),
  read: (dir, name) => readFileSync(join(dir, name)),
  sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
};

/** The seed articles as the extract step loads them; throws on any error. */
export function loadSeedArticles(seeds: string): LoadedArticle[] {
  const loaded = loadSeeds(seeds, nodeIo);
  if (loaded.errors.length > 0) throw new Error(`seeds: ${loaded.errors.map((e) => e.message).join('; ')}`);
  if (loaded.articles.length === 0) throw new Error('seeds: no articles');
  return loaded.articles;
}

/** One article file: front matter naming copy `k`, then the seed's text after its own front matter. */
function articleFile(a: LoadedArticle, k: number): string {
  const yaml = [
    '---',
    `title: ${JSON.stringify(`${a.title}（副本 ${k}）`)}`,
    `date: ${JSON.stringify(a.published)}`,
    ...(a.outlet === null ? [] : [`outlet: ${JSON.stringify(a.outlet)}`]),
    ...(a.url === null ? [] : [`url: ${JSON.stringify(a.url)}`]),
    '---',
    '',
  ];
  return `${yaml.join('\n')}${a.original.slice(bodyOffset(a.original))}`;
}

export interface Corpus {
  dir: string;
  articles: number;
  bytes: number;
  remove(): void;
}

/** Writes `count` articles (copies of the seeds, in turn) to a new folder under os.tmpdir(). */
export function writeCorpus(seeds: ReadonlyArray<LoadedArticle>, count: number): Corpus {
  const root = mkdtempSync(join(tmpdir(), 'extract-bench-'));
  const dir = join(root, 'seeds');
  mkdirSync(dir);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length]!;
    const k = Math.floor(i / seeds.length);
    const text = articleFile(seed, k);
    bytes += Buffer.byteLength(text, 'utf8');
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}_${seed.id}_copy${k}.md`), text);
  }
  return { dir, articles: count, bytes, remove: () => rmSync(root, { recursive: true, force: true }) };
}
