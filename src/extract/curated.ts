/** Curated inputs kept in data/curated/: the metric catalogue and the gazetteer, checked on load. */
import { z } from 'zod';
import { isDistrictId } from '../schema/geo';
import { BASE_UNITS } from '../schema/metricsFile';
import type { CatalogueEntry } from './catalogue';
import type { GazetteerEntry } from './places';

const words = z.array(z.string().min(1)).min(1);

const catalogueSchema = z.object({
  metrics: z.array(z.object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    label: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    unit: z.enum(BASE_UNITS),
    kind: z.enum(['flow', 'stock']),
    headline: z.boolean(),
    phrases: words,
    counters: words.optional(),
    excludeNear: words.optional(),
    excludeSentence: words.optional(),
    requireSentence: words.optional(),
    requireDocument: words.optional(),
    placeKinds: words.optional(),
  }).strict()).min(1),
});

const gazetteerSchema = z.object({
  places: z.array(z.object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    zh: z.string().min(1),
    en: z.string().min(1),
    kind: z.enum(['cluster', 'venue', 'area', 'institution']),
    district: z.string().refine(isDistrictId, 'not one of the 16 district ids'),
    lng: z.number(),
    lat: z.number(),
    aliases: words,
  }).strict()),
});

export type CuratedResult<T> = { ok: true; value: T } | { ok: false; reason: string };

function describe(error: z.ZodError): string {
  return error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

function unique(ids: string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

export function parseCatalogue(json: unknown): CuratedResult<CatalogueEntry[]> {
  const r = catalogueSchema.safeParse(json);
  if (!r.success) return { ok: false, reason: describe(r.error) };
  const dup = unique(r.data.metrics.map((m) => m.id));
  if (dup) return { ok: false, reason: `metric id ${dup} appears twice` };
  return { ok: true, value: r.data.metrics as CatalogueEntry[] };
}

export function parseGazetteer(json: unknown): CuratedResult<GazetteerEntry[]> {
  const r = gazetteerSchema.safeParse(json);
  if (!r.success) return { ok: false, reason: describe(r.error) };
  const dup = unique(r.data.places.map((p) => p.id));
  if (dup) return { ok: false, reason: `place id ${dup} appears twice` };
  return { ok: true, value: r.data.places as GazetteerEntry[] };
}
