/**
 * Articles a reader adds in the browser, read by the build step's own code: the same loader (front matter,
 * encodings, checks), extractor, catalogue and gazetteer, over an in-memory folder instead of seeds/. Pure;
 * runs in a worker (localWorker.ts) and, in tests, in Node, where it must give what the build gives.
 */
import catalogueJson from '../../data/curated/metric-catalogue.json';
import gazetteerJson from '../../data/curated/gazetteer.json';
import { parseCatalogue, parseGazetteer, type Catalogue, type Gazetteer } from '../extract/curated';
import { loadSeeds, MANIFEST, type SeedIo } from '../extract/load';
import { buildMetricsFile } from '../extract/pipeline';
import type { MetricsFile, Notice } from '../schema/metricsFile';
import { fileName } from './files';

/** An article as the browser keeps it: its text as a seeds/ file would hold it, front matter included. */
export interface LocalArticle {
  /** Its id in the data (and its file name without `.md`): `local-…`, never a seed's. */
  id: string;
  /** The seeds/ file: YAML front matter (title, date, url, outlet), then the article's text as given. */
  original: string;
  /** When it was added (ISO time), for the list. */
  added: string;
}

export type LocalExtract = { ok: true; data: MetricsFile; warnings: Notice[] } | { ok: false; errors: Notice[] };

let curated: { catalogue: Catalogue; gazetteer: Gazetteer } | null = null;
function curatedData(): { catalogue: Catalogue; gazetteer: Gazetteer } {
  if (curated) return curated;
  const catalogue = parseCatalogue(catalogueJson);
  const gazetteer = parseGazetteer(gazetteerJson);
  if (!catalogue.ok) throw new Error(`metric-catalogue.json: ${catalogue.reason}`);
  if (!gazetteer.ok) throw new Error(`gazetteer.json: ${gazetteer.reason}`);
  return (curated = { catalogue: catalogue.value, gazetteer: gazetteer.value });
}

/** A folder of the given files, read as the build reads seeds/. */
function memoryFolder(files: ReadonlyMap<string, Uint8Array>): SeedIo {
  return {
    list: () => [...files.keys()],
    read: (_dir, name) => {
      const bytes = files.get(name);
      if (!bytes) throw new Error(`no file ${name}`);
      return bytes;
    },
  };
}

/**
 * The articles' data: their facts, series, unread tokens and warnings, as the build step would give them.
 * `manifest`: a seeds/ folder's sources.yaml, for articles whose dates it holds (the seed articles, in tests).
 */
export function extractLocal(
  articles: ReadonlyArray<Pick<LocalArticle, 'id' | 'original'> & { file?: string }>,
  manifest?: string,
): LocalExtract {
  const encoder = new TextEncoder();
  const files = new Map(articles.map((a) => [a.file ?? fileName(a), encoder.encode(a.original)] as const));
  if (manifest !== undefined) files.set(MANIFEST, encoder.encode(manifest));
  const loaded = loadSeeds('local', memoryFolder(files));
  if (loaded.errors.length > 0) return { ok: false, errors: loaded.errors };
  const { catalogue, gazetteer } = curatedData();
  const built = buildMetricsFile({ articles: loaded.articles, catalogue, gazetteer, warnings: loaded.warnings });
  if (!built.ok) return { ok: false, errors: [{ file: 'local', line: null, message: built.reason }] };
  return { ok: true, data: built.data, warnings: loaded.warnings };
}
