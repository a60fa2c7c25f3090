/**
 * The contract between the extract step and the app: data/metrics.json.
 * Types are inferred from the runtime schema so the two cannot drift apart.
 * Offsets (`start`, `end`) are UTF-16 code-unit indices into the decoded text of the original
 * file (front matter included), i.e. `text.slice(start, end)` in JavaScript; `line` is 1-based.
 */
import { z } from 'zod';
import { isDistrictId, isGeoId, type DistrictId, type GeoId } from './geo';
import { PERIOD_PATTERN } from './period';

// In the browser, no generated code: the app's Content-Security-Policy forbids eval, which zod would
// otherwise try (and report as a CSP violation). Must run before the schemas below are built.
if (typeof document !== 'undefined') z.config({ jitless: true });

export const SCHEMA_VERSION = 2;

export const QUALIFIERS = ['=', '>', '<', '~'] as const;
export const STATUSES = ['actual', 'forecast', 'target'] as const;
/**
 * Where a period came from: `stated` (the clause says when), `context` (inherited from earlier in
 * the sentence, or from the heading or paragraph it sits under), `publication` (an undated
 * present-tense stock — 目前, 已, 现有, or no time word — taken as of the article's date, at the
 * precision the date is known). A flow never takes the publication date.
 */
export const PERIOD_BASES = ['stated', 'context', 'publication'] as const;
/** Languages an article can be read in: simplified Chinese, traditional Chinese, English. */
export const LANGUAGES = ['zh-Hans', 'zh-Hant', 'en'] as const;
/** How an article's bytes were decoded: UTF-8, GB18030 (when UTF-8 fails broadly), or UTF-16 by its byte-order mark. */
export const ENCODINGS = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const;
/** Base units every value is normalised to (yuan, persons, counts, m², FLOPS, bytes, …). */
export const BASE_UNITS = [
  'CNY',
  'persons',
  'person_visits',
  'items',
  'm2',
  'km2',
  'ha',
  'FLOPS',
  'bytes',
  'tokens',
  'percent',
  'times',
  'years',
  'months',
  'days',
  'hours',
  'minutes',
  'm',
  'km',
  'kg',
] as const;

export type Qualifier = (typeof QUALIFIERS)[number];
export type Status = (typeof STATUSES)[number];
export type PeriodBasis = (typeof PERIOD_BASES)[number];
export type Language = (typeof LANGUAGES)[number];
export type BaseUnit = (typeof BASE_UNITS)[number];
export type Encoding = (typeof ENCODINGS)[number];

export { PERIOD_PATTERN } from './period';

const geo = z.custom<GeoId>(isGeoId, { message: 'not shanghai or one of the 16 district ids' });
const district = z.custom<DistrictId>(isDistrictId, { message: 'not one of the 16 district ids' });
const period = z.string().regex(PERIOD_PATTERN, 'period must start with a four-digit year').nullable();
const offset = z.number().int().nonnegative();
const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });

export const sourceRefSchema = z.object({
  doc: z.string().min(1),
  quote: z.string().min(1),
  start: offset,
  end: offset,
  line: z.number().int().positive(),
});

export const documentSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string().min(1),
  outlet: z.string().nullable(),
  published: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'published must be YYYY, YYYY-MM or YYYY-MM-DD'),
  url: z.string().nullable(),
  /** Detected from the text: the language the extractor read it in. */
  lang: z.enum(LANGUAGES),
  encoding: z.enum(ENCODINGS),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const metricSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: bilingual,
  unit: z.enum(BASE_UNITS),
  kind: z.enum(['flow', 'stock']),
  headline: z.boolean(),
});

export const factSchema = z.object({
  id: z.string().min(1),
  doc: z.string().min(1),
  /** The quantity as written, e.g. `超3800亿元`. */
  text: z.string().min(1),
  value: z.number().finite(),
  unit: z.enum(BASE_UNITS),
  /** The classifier as written (家, 款, 所 …) when the base unit alone loses meaning. */
  counter: z.string().nullable(),
  qualifier: z.enum(QUALIFIERS),
  status: z.enum(STATUSES),
  period,
  /** Null exactly when `period` is null. */
  periodBasis: z.enum(PERIOD_BASES).nullable(),
  geo,
  place: z.string().nullable(),
  metric: z.string().nullable(),
  /**
   * Why the quantity is not charted (another industry, a ratio, an increase, no period …), in both
   * languages; null when it is charted or when nothing named a metric.
   */
  reason: bilingual.nullable(),
  start: offset,
  end: offset,
  source: sourceRefSchema,
});

export const seriesPointSchema = z.object({
  period,
  periodBasis: z.enum(PERIOD_BASES).nullable(),
  value: z.number().finite(),
  qualifier: z.enum(QUALIFIERS),
  status: z.enum(STATUSES),
  fact: z.string().min(1),
  source: sourceRefSchema,
});

export const seriesSchema = z.object({
  metric: z.string().min(1),
  geo,
  place: z.string().optional(),
  points: z.array(seriesPointSchema).min(1),
});

export const placeSchema = z.object({
  id: z.string().min(1),
  zh: z.string().min(1),
  en: z.string().min(1),
  kind: z.enum(['cluster', 'venue', 'area', 'institution']),
  district,
  /** GCJ-02 longitude/latitude, matching the district shapes the map draws. */
  lng: z.number().min(120.8).max(122.2),
  lat: z.number().min(30.6).max(31.9),
  facts: z.number().int().nonnegative(),
});

export const conflictSchema = z.object({
  metric: z.string().min(1),
  geo,
  place: z.string().nullable(),
  period: z.string().regex(PERIOD_PATTERN),
  facts: z.array(z.string()).min(2),
  values: z.array(z.number()).min(2),
});

export const noticeSchema = z.object({
  file: z.string().min(1),
  line: z.number().int().positive().nullable(),
  message: z.string().min(1),
});

/** A number-like token the extractor saw but did not turn into a fact, with the reason. */
export const unreadSchema = z.object({
  doc: z.string().min(1),
  text: z.string().min(1),
  start: offset,
  end: offset,
  line: z.number().int().positive(),
  reason: z.string().min(1),
});

export const metricsFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(documentSchema),
  metrics: z.array(metricSchema),
  series: z.array(seriesSchema),
  facts: z.array(factSchema),
  places: z.array(placeSchema),
  conflicts: z.array(conflictSchema),
  unread: z.array(unreadSchema),
  warnings: z.array(noticeSchema),
});

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type DocumentRecord = z.infer<typeof documentSchema>;
export type MetricDef = z.infer<typeof metricSchema>;
export type Fact = z.infer<typeof factSchema>;
export type SeriesPoint = z.infer<typeof seriesPointSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type Notice = z.infer<typeof noticeSchema>;
export type Unread = z.infer<typeof unreadSchema>;
export type Bilingual = z.infer<typeof bilingual>;
export type MetricsFile = z.infer<typeof metricsFileSchema>;

export type ParseResult = { ok: true; data: MetricsFile } | { ok: false; reason: string };

/** A file of another schema version, refused before its shape is checked; null for this version or no version. */
function otherVersion(input: unknown): ParseResult | null {
  if (typeof input !== 'object' || input === null || !('schemaVersion' in input)) return null;
  const version = input.schemaVersion;
  return version === SCHEMA_VERSION
    ? null
    : { ok: false, reason: `schemaVersion is ${JSON.stringify(version)}, this app reads ${SCHEMA_VERSION}` };
}

/** The one runtime check: unknown JSON → typed file, or a reason naming the first bad paths. */
export function parseMetricsFile(input: unknown): ParseResult {
  const other = otherVersion(input);
  if (other) return other;
  const result = metricsFileSchema.safeParse(input);
  if (result.success) return checkReferences(result.data);
  return { ok: false, reason: issueLines(result.error.issues) };
}

/** The file with its long arrays left unchecked: they are checked in slices by parseMetricsFileInSlices. */
const shellSchema = metricsFileSchema.extend({ series: z.array(z.unknown()), facts: z.array(z.unknown()), unread: z.array(z.unknown()) });
const SLICED = [
  ['series', seriesSchema],
  ['facts', factSchema],
  ['unread', unreadSchema],
] as const;

const issueLines = (issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>, prefix: PropertyKey[] = []): string =>
  issues
    .slice(0, 5)
    .map((i) => `${[...prefix, ...i.path].map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');

/**
 * The same check as parseMetricsFile, done a slice of records at a time with `pause()` between slices, so that a
 * browser stays responsive while a large file is checked (no task longer than a slice). Same result, same reasons.
 */
export async function parseMetricsFileInSlices(
  input: unknown,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  slice = 250,
): Promise<ParseResult> {
  const other = otherVersion(input);
  if (other) return other;
  const shell = shellSchema.safeParse(input);
  if (!shell.success) return { ok: false, reason: issueLines(shell.error.issues) };
  const checked: Record<string, unknown[]> = {};
  for (const [key, schema] of SLICED) {
    const items = shell.data[key];
    const out: unknown[] = [];
    for (let at = 0; at < items.length; at += slice) {
      const r = z.array(schema).safeParse(items.slice(at, at + slice));
      if (!r.success) {
        const issues = r.error.issues.map((i) => ({ ...i, path: [at + Number(i.path[0]), ...i.path.slice(1)] }));
        return { ok: false, reason: issueLines(issues, [key]) };
      }
      for (const x of r.data) out.push(x);
      await pause();
    }
    checked[key] = out;
  }
  return checkReferences({ ...shell.data, ...checked } as MetricsFile);
}

/** Cross-record integrity the shape check cannot see: every reference points at something. */
function checkReferences(file: MetricsFile): ParseResult {
  const docs = new Set(file.documents.map((d) => d.id));
  const metrics = new Set(file.metrics.map((m) => m.id));
  const facts = new Set(file.facts.map((f) => f.id));
  for (const f of file.facts) {
    if (!docs.has(f.doc)) return { ok: false, reason: `facts: ${f.id} names unknown document ${f.doc}` };
    if (f.metric !== null && !metrics.has(f.metric)) return { ok: false, reason: `facts: ${f.id} names unknown metric ${f.metric}` };
    if (f.end <= f.start) return { ok: false, reason: `facts: ${f.id} has an empty span` };
    if ((f.period === null) !== (f.periodBasis === null))
      return { ok: false, reason: `facts: ${f.id} has a period basis without a period, or a period without one` };
  }
  for (const s of file.series) {
    if (!metrics.has(s.metric)) return { ok: false, reason: `series: unknown metric ${s.metric}` };
    for (const p of s.points) {
      if (!facts.has(p.fact)) return { ok: false, reason: `series ${s.metric}/${s.geo}: unknown fact ${p.fact}` };
    }
  }
  return { ok: true, data: file };
}
