/** Curated inputs kept in data/curated/: the metric catalogue and the gazetteer, checked on load. */
import { z } from 'zod';
import { isDistrictId, type DistrictId } from '../schema/geo';
import { BASE_UNITS } from '../schema/metricsFile';

const words = z.array(z.string().min(1)).min(1);
const id = z.string().regex(/^[a-z][a-z0-9_]*$/);
const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

/** Words that name what a figure is about. The nearest one to the figure decides its subject. */
const subjectsSchema = z
  .object({
    /** subject id → its words (simplified Chinese and English; traditional is read as simplified). */
    words: z.record(z.string().regex(/^[a-z]+$/), words),
    /** Words for another industry or for all industry: a figure they govern belongs to no subject here. */
    other: words,
    /** Gazetteer kinds whose places imply the subject (an AI cluster's firms are AI firms). */
    impliedByPlaceKinds: z.record(z.string(), words),
    /** The English name of every Chinese word above, for the reason an English reader sees (about 芯片 → about chips). */
    english: z.record(z.string().min(1), z.string().min(1)),
  })
  .strict()
  .superRefine((s, ctx) => {
    const listed = new Set([...s.other, ...Object.values(s.words).flat()]);
    for (const w of listed)
      if (/[\u4e00-\u9fff]/.test(w) && s.english[w] === undefined)
        ctx.addIssue({ code: 'custom', path: ['english'], message: `${w} has no English name` });
    for (const w of Object.keys(s.english))
      if (!listed.has(w)) ctx.addIssue({ code: 'custom', path: ['english', w], message: `${w} is not a subject word` });
  });

const vetoSchema = z
  .object({
    id,
    /** Why a figure so worded is not the metric, as the facts table shows it. */
    reason: bilingual,
    words,
    /**
     * `before`: between the segment's start and the figure; `segment`: anywhere in its 、-segment;
     * `adjacent`: in the few characters right before or after the figure (营收2000万元以上…, 183 firms with annual revenue of …);
     * `lead`: in the few characters right before the figure only (… among its 1,300 tech firms);
     * `head`: in the figure's own noun phrase (400 top professionals, 50余名顶尖人才);
     * `noun`: the noun a count counts, its last word (30个人工智能应用场景, 30 AI application projects).
     */
    scope: z.enum(['before', 'segment', 'adjacent', 'lead', 'head', 'noun']),
    /**
     * For `noun`: the nouns the catalogue's counts count (企业, 大模型, firms). A word of `words` run together with one
     * of these is not the head (园区企业, 平台型企业: firms); one of these before or after the figure is its noun.
     */
    counted: words.optional(),
    /**
     * Words of which one must also stand in the figure's sentence for the veto to hold: 相关产业 is the wider
     * measure only where the sentence also states the core one (核心产业规模80亿元，相关产业规模300亿元).
     */
    whenSentence: words.optional(),
    /**
     * Whether one of the words opening a clause holds for every 、-item of the list after it (新增通算50P、智算1,200P:
     * both are increases). Not for words that name one item's kind (汇聚通算640P、智算2.6万P: only the first is general).
     */
    headsList: z.boolean().optional(),
    /**
     * Whether the words name what is counted, so that a clause continuing with only a verb and its figure counts the
     * same (特别是“小巨人”企业，新增44家). Not for words of how it is counted (新增企业200家，达到1200家: the total).
     */
    continues: z.boolean().optional(),
    /**
     * Whether the words name a change, which a figure after "to" is not (rose another 24% to 150.4 billion yuan,
     * increased by 300 to 2,600: the level reached).
     */
    change: z.boolean().optional(),
    /**
     * Longer words in which one of `words` says something else (签约入驻: signed up to move in, not a signing of money): a
     * `before` veto whose words stand only inside these does not hold.
     */
    except: words.optional(),
  })
  .strict();

const compiles = (source: string): boolean => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
};

const entrySchema = z
  .object({
    id,
    label: bilingual,
    unit: z.enum(BASE_UNITS),
    /** Other units a figure of it may be written in: visits counted as people (参观人数突破17.7万人). */
    alsoUnits: z.array(z.enum(BASE_UNITS)).optional(),
    kind: z.enum(['flow', 'stock']),
    headline: z.boolean(),
    /** Words that name the metric; one must stand near the quantity. */
    phrases: words,
    /**
     * Patterns (regular expressions) that name the metric with other words between its parts (人工智能领域核心企业,
     * 人工智能产业链企业): tried in the figure's segment, before or after it, when no phrase is there.
     */
    phrasePatterns: z.array(z.string().min(1).refine(compiles, 'not a valid regular expression')).optional(),
    /** Classifiers the quantity must carry (家/firms for firms, 款/models for models); any when absent. */
    counters: words.optional(),
    /** Veto: one of these in the quantity's clause means it is something else (对接服务 …). */
    excludeNear: words.optional(),
    /**
     * Veto: one of these in the quantity's clause before it (serving over 300 firms), while after it the words are what
     * the counted things do (over 2,600 AI companies covering chips, models and applications).
     */
    excludeBefore: words.optional(),
    /**
     * Veto: one of these in the quantity's own 、-segment (一期算力1000P): a word that names something else only for the
     * list item it stands in (在用算力中心机架51.4万架、智算规模达到32EFLOPS: the centres are the racks', not the compute's).
     */
    excludeSegment: words.optional(),
    /**
     * Veto: one of these between the quantity and the noun it counts (Over 60 LLM startups): the quantity counts a
     * kind this metric does not, while the same word elsewhere in the clause (a large model incubator home to 100
     * firms) describes something else.
     */
    excludeAfter: words.optional(),
    excludeSentence: words.optional(),
    /**
     * Words that name the metric's own, narrower measure in a part clause after the figure (算力总规模达到2.4万P，其中智能
     * 算力2.18万P): the figure before is the wider total, and the part is the metric's figure.
     */
    narrowerAfter: words.optional(),
    requireSentence: words.optional(),
    requireDocument: words.optional(),
    /** The quantity must be placed at a gazetteer entry of one of these kinds. */
    placeKinds: words.optional(),
    /** A subject (a key of `subjects`) the text must tie the quantity to. */
    subject: z.string().optional(),
    /** Vetoes (ids of `vetoes`) that do not apply: a flow of new entries is an increase by definition. */
    allow: words.optional(),
    /** A rate or share of another metric: that metric's phrases must name what it qualifies. */
    of: z.string().optional(),
    /** A figure of one edition of a yearly event: undated, it is the edition of the article's year. */
    editionYear: z.boolean().optional(),
    /** An average over several years (年均增速): its period is a span of years, which one point on a chart cannot hold. */
    overYears: z.boolean().optional(),
    /** A total announced at one event (a signing): charted at the event's month, the article's when the text gives only its year. */
    eventMonth: z.boolean().optional(),
    /** A flow stated for a year or a part of one, never for a single month (an industry's scale): 去年12月 dates no figure of it. */
    noMonthly: z.boolean().optional(),
    /**
     * Counted for the city or a district only: the same words at one park or incubator are its placed twin's
     * (enterprises in a cluster), and when that twin does not take them the figure is not charted.
     */
    unplaced: z.boolean().optional(),
    /** The largest value (base units) a Shanghai figure of this metric can have: a larger one is about something wider. */
    max: z.number().positive().optional(),
    /** The smallest value a Shanghai figure of the metric can have (seven staff are a team, not a talent pool). */
    min: z.number().positive().optional(),
  })
  .strict();

/** The catalogue file; its `$comment` (prose for people) is dropped on load. */
const catalogueSchema = z.object({
  subjects: subjectsSchema,
  vetoes: z.array(vetoSchema),
  metrics: z.array(entrySchema).min(1),
});

const placeSchema = z
  .object({
    id,
    zh: z.string().min(1),
    en: z.string().min(1),
    kind: z.enum(['cluster', 'venue', 'area', 'institution']),
    district: z.custom<DistrictId>(isDistrictId, 'not one of the 16 district ids'),
    /** GCJ-02, as the district shapes the map draws. */
    lng: z.number(),
    lat: z.number(),
    /** At least two characters each: the matcher looks names up by their first two. */
    aliases: z.array(z.string().min(2)).min(1),
    /** Where the coordinate came from and how far off it may be; any district or alias choice worth explaining. */
    note: z.string().min(1),
  })
  .strict();

/**
 * A district's other names (Pudong New Area), what may not follow its name (黄浦江 is the river) and what may not
 * stand before it (紫金山 is Nanjing's mountain).
 */
const districtNamesSchema = z
  .object({
    id: z.custom<DistrictId>(isDistrictId, 'not one of the 16 district ids'),
    aliases: z.array(z.string().min(2)),
    notBefore: z.string().min(1).optional(),
    notAfter: z.string().min(1).optional(),
    note: z.string().min(1),
  })
  .strict();

const gazetteerSchema = z.object({ places: z.array(placeSchema), districts: z.array(districtNamesSchema) });

export type Subjects = z.infer<typeof subjectsSchema>;
export type Veto = z.infer<typeof vetoSchema>;
export type CatalogueEntry = z.infer<typeof entrySchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
export type GazetteerEntry = z.infer<typeof placeSchema>;
export type DistrictNames = z.infer<typeof districtNamesSchema>;
export type Gazetteer = z.infer<typeof gazetteerSchema>;

export type CuratedResult<T> = { ok: true; value: T } | { ok: false; reason: string };

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.')}: ${i.message}`)
    .join('; ');
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
    if (m.subject !== undefined && subjects.words[m.subject] === undefined)
      return { ok: false, reason: `metric ${m.id}: unknown subject ${m.subject}` };
    if (m.of !== undefined && !ids.has(m.of)) return { ok: false, reason: `metric ${m.id}: of names unknown metric ${m.of}` };
    const bad = m.allow?.find((a) => !vetoIds.has(a));
    if (bad) return { ok: false, reason: `metric ${m.id}: allow names unknown veto ${bad}` };
  }
  return { ok: true, value: r.data };
}

export function parseGazetteer(json: unknown): CuratedResult<Gazetteer> {
  const r = gazetteerSchema.safeParse(json);
  if (!r.success) return { ok: false, reason: describe(r.error) };
  const dup = unique(r.data.places.map((p) => p.id));
  if (dup) return { ok: false, reason: `place id ${dup} appears twice` };
  const twice = unique(r.data.districts.map((d) => d.id));
  if (twice) return { ok: false, reason: `district ${twice} appears twice in districts` };
  return { ok: true, value: r.data };
}
