import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forLanguage } from '../../src/extract/catalogue';
import { parseCatalogue, parseGazetteer } from '../../src/extract/curated';
import { extractArticleFacts } from '../../src/extract/facts';
import { loadSeeds } from '../../src/extract/load';
import { buildMetricsFile } from '../../src/extract/pipeline';
import { PlaceMatcher } from '../../src/extract/places';
import type { Fact, MetricsFile } from '../../src/schema/metricsFile';

export const ROOT = join(__dirname, '..', '..');

function curated<T>(name: string, parse: (j: unknown) => { ok: true; value: T } | { ok: false; reason: string }): T {
  const r = parse(JSON.parse(readFileSync(join(ROOT, 'data', 'curated', name), 'utf8')));
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

export const catalogue = curated('metric-catalogue.json', parseCatalogue);
/** The gazetteer file (places and district names), and its places. */
export const gazetteerFile = curated('gazetteer.json', parseGazetteer);
export const gazetteer = gazetteerFile.places;
const places = new PlaceMatcher(gazetteerFile);

/** Facts of a one-off article text, dated `published` (YYYY, YYYY-MM or YYYY-MM-DD), with an optional title. */
export function factsOf(text: string, published = '2025-07-11', title?: string): Fact[] {
  const [y, m] = published.split('-');
  return extractArticleFacts(
    {
      id: 'doc',
      original: text,
      date: { year: Number(y), month: m === undefined ? null : Number(m) },
      ...(title === undefined ? {} : { title }),
    },
    { catalogue: forLanguage(catalogue, 'zh'), englishCatalogue: forLanguage(catalogue, 'en'), places },
  ).facts;
}

/** The single fact whose text is `surface` (throws if absent or ambiguous, so a test cannot pass vacuously). */
export function factAt(facts: Fact[], surface: string): Fact {
  const hits = facts.filter((f) => f.text === surface);
  if (hits.length !== 1) throw new Error(`expected one fact "${surface}", found ${hits.length}: ${facts.map((f) => f.text).join(' | ')}`);
  return hits[0]!;
}

/** The whole pipeline over the project's seeds/ folder (throws on a load error or invalid output). */
export function extractSeedsFile(): MetricsFile {
  const loaded = loadSeeds(join(ROOT, 'seeds'), { list: (d) => readdirSync(d), read: (d, n) => readFileSync(join(d, n)) });
  if (loaded.errors.length > 0) throw new Error(loaded.errors.map((e) => `${e.file}: ${e.message}`).join('; '));
  const r = buildMetricsFile({ articles: loaded.articles, catalogue, gazetteer: gazetteerFile, warnings: loaded.warnings });
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}
