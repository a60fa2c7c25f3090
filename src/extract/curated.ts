/** Curated inputs kept in data/curated/: the metric catalogue and the gazetteer, checked on load. */
import { z } from 'zod';
import { isDistrictId } from '../schema/geo';
import { BASE_UNITS } from '../schema/metricsFile';
import type { Catalogue } from './catalogue';
import type { GazetteerEntry } from './places';

const words = z.array(z.string().min(1)).min(1);

const catalogueSchema = z.object({
  subjects: z.object({
    words: z.record(z.string().regex(/^[a-z]+$/), words),
    other: words,
    impliedByPlaceKinds: z.record(z.string(), words),
  }).strict(),
  vetoes: z.array(z.object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    reason: z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict(),
    words,
    scope: z.enum(['before', 'segment', 'adjacent']),
  }).strict()),
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
    subject: z.string().optional(),
    allow: words.optional(),
    of: z.string().optional(),
    editionYear: z.boolean().optional(),
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
    /** Where the coordinate came from and how far off it may be; any district or alias choice worth explaining. */
    note: z.string().min(1),
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

export function parseCatalogue(json: unknown): CuratedResult<Catalogue> {
  const r = catalogueSchema.safeParse(json);
  if (!r.success) return { ok: false, reason: describe(r.error) };
  const { metrics, subjects, vetoes } = r.data;
  const dup = unique(metrics.map((m) => m.id));
  if (dup) return { ok: false, reason: `metric id ${dup} appears twice` };
  const ids = new Set(metrics.map((m) => m.id));
  const vetoIds = new Set(vetoes.map((v) => v.id));
  for (const m of metrics) {
    if (m.subject !== undefined && subjects.words[m.subject] === undefined) return { ok: false, reason: `metric ${m.id}: unknown subject ${m.subject}` };
    if (m.of !== undefined && !ids.has(m.of)) return { ok: false, reason: `metric ${m.id}: of names unknown metric ${m.of}` };
    const bad = m.allow?.find((a) => !vetoIds.has(a));
    if (bad) return { ok: false, reason: `metric ${m.id}: allow names unknown veto ${bad}` };
  }
  return { ok: true, value: r.data as Catalogue };
}

export function parseGazetteer(json: unknown): CuratedResult<GazetteerEntry[]> {
  const r = gazetteerSchema.safeParse(json);
  if (!r.success) return { ok: false, reason: describe(r.error) };
  const dup = unique(r.data.places.map((p) => p.id));
  if (dup) return { ok: false, reason: `place id ${dup} appears twice` };
  return { ok: true, value: r.data.places as GazetteerEntry[] };
}
