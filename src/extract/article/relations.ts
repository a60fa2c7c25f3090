/**
 * A figure read through another: a part of a whole, an increase, the base of a change, a figure left out
 * (ellipsis), a unit borrowed from a neighbour, the count of what another figure measures.
 */
import type { GeoId } from '../../schema/geo';
import type { BaseUnit, Fact } from '../../schema/metricsFile';
import type { Catalogue, CatalogueEntry } from '../catalogue';
import { RUNNING_TOTAL } from '../match/context';
import { OTHER_PLACE_HAS } from '../match/phrase';
import type { DateMention } from '../dates';
import { scanEnglishQuantities } from '../englishQuantities';
import type { Mention } from '../numbers';
import type { PlaceMention } from '../places';
import type { Span } from '../segment';
import { FIGURE_GLUE } from '../figurePlace';
import { RANGE_MARKS } from './figure';
import { REASONS } from './reasons';

/** Between a count and an amount: the amount is what the counted things are worth (18 projects worth 12.5 billion yuan). */
export const WORTH_OF =
  /^\s*(?:worth(?: a (?:combined|total)(?: of)?)?|valued at|with (?:a )?(?:combined|total) (?:investment|value) of)\s*$/i;
/** A verb of signing in the counted things' own clause: the zone signed 18 projects worth …. */
export const SIGNED_EN = /\b(?:signed|inked|signing)\b/i;
/** …24 AI projects worth 31 billion yuan were signed: the signing said after the amount. */
export const SIGNED_AFTER_EN = /^[^,;.]{0,40}?\b(?:were|was|have been|had been|got|are being) (?:signed|inked)\b/i;

/** The last figure with a unit of its own before `at` in a sentence's mentions (up to `raw`). */
export function previousFigure(ms: ReadonlyArray<Mention>, raw: Mention, at: number): Mention | undefined {
  for (let k = ms.indexOf(raw) - 1; k >= 0; k--) if (!ms[k]!.unitless && ms[k]!.end <= at) return ms[k];
  return undefined;
}

/** Words right before the level a change started from: up from, down from, compared with, 较…的 is dated by its own year. */
export const CHANGE_BASE_BEFORE =
  /\b(?:up|down|rising|falling|rose|fell|grew|increased|jumped|climbed)\s+from\s+(?:about |around |nearly |more than |over |some |just )?$/i;

/** 较2021年底的, 比2019年挂牌时的, 相比2024年末的 right before a figure: the level it is compared against, and that level's date. */
export const BASE_VALUE = /(?:较|比|相比|相较于?|与)\s*(?:((?:19|20)[0-9]{2})年|(前年|去年|上年))(底|末)?[^，,。；;的0-9]{0,8}的\s*$/;
/** How many years before the article's a year said relative to it is. */
const YEARS_BACK: Readonly<Record<string, number>> = { 前年: 2, 去年: 1, 上年: 1 };

/**
 * The level a figure of the clause is compared against (…126家，较2021年底的80家增长近六成): of the measure, place and unit of
 * the sentence's figure before it, at the year (or year's end) it names; null when the clause does not say so.
 */
export function baseLevel(
  text: string,
  clause: Span,
  m: Mention,
  earlier: ReadonlyArray<Fact>,
  metric: string | null,
  geo: GeoId,
  place: string | null,
  articleYear: number,
): { of: Pick<Fact, 'metric' | 'geo' | 'place'>; period: string } | null {
  if (text[m.start - 1] !== '的' && text[m.start - 2] !== '的') return null;
  const b = BASE_VALUE.exec(text.slice(Math.max(clause.start, m.start - 24), m.start));
  if (b === null) return null;
  // 比前年的1477亿元: a year said relative to the article's.
  const year = b[1] ?? String(articleYear - YEARS_BACK[b[2]!]!);
  const period = b[3] ? `${year}-12` : year;
  // 上海人工智能产业规模较2018年的1340亿元增长近两倍: a figure whose own words name the measure is dated by the base's date.
  if (metric !== null) return { of: { metric, geo, place }, period };
  const of = earlier.filter((f) => f.metric !== null && f.period !== null && f.unit === m.unit && f.counter === m.counter).at(-1);
  return of !== undefined && period < of.period! ? { of, period } : null;
}

export const GROWTH_YOY = '__growth_yoy';
/** 较2020年, 比2019年, compared with 2020, over 2020, from 2019 levels: the year a change in the clause is measured against. */
export const BASE_YEAR =
  /(?:较|比|相比|相较|与|对比)\s*((?:19|20)[0-9]{2})年|\b(?:compared with|compared to|over|from|against|on)\s+(?:the\s+)?(?:(?:end|level) of\s+)?((?:19|20)[0-9]{2})\b/gi;
/** The earliest base year written in the figure's clause (较2020年增长83.7%; grew 83.7 percent compared with 2020), or Infinity. */
export function baseYearOf(text: string, clause: Span): number {
  let year = Infinity;
  for (const b of text.slice(clause.start, clause.end).matchAll(BASE_YEAR)) year = Math.min(year, Number(b[1] ?? b[2]));
  return year;
}

/**
 * 去年…引进…海外高层次人才约800人，今年这一数字增至1100余人; …88 AI companies were newly registered …, up from 71 in 2023:
 * a figure the text gives as the same measure as an earlier one of its sentence (这一数字, this figure, up from) is
 * counted as that one is — its metric, or its refusal. Null when the figure is not such a one.
 */
export function sameMeasureAs(
  text: string,
  m: Mention,
  clause: Span,
  earlier: ReadonlyArray<Fact>,
  previous: ReadonlyArray<Fact> = [],
): { metric: string | null; reason: Fact['reason'] } | null {
  const lead = text.slice(Math.max(clause.start, m.start - SAME_MEASURE_REACH), m.start);
  // …rose to ~16% in 2025 (2024: ~15%): the same measure in brackets, for the year they name.
  const bracketed = BRACKETED_YEAR.test(text.slice(Math.max(0, m.start - 14), m.start));
  if (!SAME_MEASURE.test(lead) && !bracketed && earlierLevelLead(text, m) === null) return null;
  const sameKind = (f: Fact): boolean => f.unit === m.unit && f.counter === m.counter;
  // 去年同期，这一数字是598亿元: with no figure of its kind before it in its sentence, "this figure" is the last one of the
  // sentence before, in the same paragraph.
  const before = earlier.filter(sameKind).at(-1) ?? (SAME_MEASURE_BACK.test(lead) ? previous.filter(sameKind).at(-1) : undefined);
  if (before === undefined) return null;
  return { metric: before.metric, reason: before.metric === null ? before.reason : null };
}
/** (2024: , （2023年： : a year and a colon opening a bracket. */
const BRACKETED_YEAR = /[(（]\s*(?:19|20)[0-9]{2}年?\s*[:：]\s*$/;
/** How far before its figure "this figure" and its verb may start (this figure is expected to exceed …). */
const SAME_MEASURE_REACH = 44;
export const SAME_MEASURE =
  /(?:\b(?:up|down)\s+from|这一数字|这一数据|该数字|该数据|全年(?:总)?规模|\b(?:this|that|the) (?:figure|number))\s*(?:已|则|也|再|还|仅|只|将|有望|可望)*(?:增至|增加到|增长到|增长至|提升至|升至|达到|达|为|是|有|约为|不到|超过|突破|is|was|stood at|reached|rose to|grew to|climbed to|jumped to|increased to|hit|(?:is|are|was|were)\s+(?:now\s+)?(?:expected|projected|forecast|set|poised|likely|on track|estimated)\s+to(?:\s+(?:reach|exceed|surpass|top|hit|rise to|grow to|increase to))?)?\s*$/i;
/** The words that name the measure of a figure in the sentence before: 这一数字, 全年规模 (the whole year's of the measure just given for part of it), this figure (not "up from", which compares within its sentence). */
export const SAME_MEASURE_BACK = /(?:这一数字|这一数据|该数字|该数据|全年(?:总)?规模|\b(?:this|that) figure)/i;

/**
 * 截至去年底，全市智能算力规模达到58EFLOPS，预计今年底将突破80EFLOPS; 到2025年，…达到3万人；到2027年，力争突破5万人: a
 * clause that says no more than when and how much goes on with the measure of the figure of its unit just before it, in
 * its sentence or across a ；. Null when the clause names anything else.
 */
export function ellipsisOf(
  text: string,
  m: Mention,
  clause: Span,
  sentence: Span,
  earlier: ReadonlyArray<Fact>,
  previous: ReadonlyArray<Fact>,
  places: ReadonlyArray<PlaceMention>,
  partOfBefore: boolean,
): { metric: string | null; reason: Fact['reason']; period?: string | null; measure?: string | undefined } | null {
  // A figure of the same unit and kind before it, with a metric: what a ranked or elliptical figure goes on with.
  const same = (f: Fact): boolean => f.unit === m.unit && f.counter === m.counter && f.metric !== null;
  // …Pudong New Area's AI industry reached 186 billion yuan. Xuhui, home to ModelSpeed Space, came second with 85 billion yuan:
  // a place that ranks or follows "with" a figure has the measure of the figure it is ranked against.
  // Only a place of Shanghai may follow: "followed by Beijing with 400 billion yuan" is another city's, "followed by
  // universities with 17 percent" another subject's.
  const followedBy = (): boolean =>
    places.some(
      (p) =>
        !p.national &&
        p.start >= clause.start &&
        p.end <= m.start &&
        FOLLOWED_BY.test(text.slice(Math.max(clause.start, p.start - 24), p.start)) &&
        PLACE_WITH.test(text.slice(p.end, m.start)),
    );
  const ranked = text.slice(Math.max(0, m.start - 8), m.start).includes('with');
  // "followed by Xuhui with 17 percent" says nothing more: not "… of its AI talent", not ", down from 20 percent in 2020";
  // and it follows a figure of its own sentence.
  const followed = ranked && followedBy() && FOLLOWED_END.test(text.slice(m.end, sentence.end));
  if (ranked && (RANK_WITH.test(text.slice(Math.max(clause.start, m.start - 40), m.start)) || followed)) {
    const before = earlier.filter(same).at(-1) ?? (followed ? undefined : previous.filter(same).at(-1));
    return before === undefined ? null : { metric: before.metric, reason: null, period: before.period };
  }
  // Its AI industry generated 15.6 billion yuan in 2018, and officials aim to lift that to 50 billion yuan by 2022; CCID
  // expects it to reach 27 billion yuan in 2020: a level "it" or "that" is raised to is the measure of the figure it points
  // back to, in the sentence or the one before; "…had reached 3.5 EFLOPS, and the area aims to exceed 10 EFLOPS" within one.
  const levelLead = text.slice(Math.max(0, m.numberStart - 60), m.numberStart);
  const pointsBack = ANAPHORIC_LEVEL.test(levelLead);
  if (pointsBack || AIMED_LEVEL.test(levelLead)) {
    // …capacity stood at 12.7 exaflops. The city aims to hit 30 exaflops by the end of next year: a sentence whose subject
    // only aims at a level goes on with the measure of the sentence before.
    const aimOpens = !pointsBack && AIM_OPENING.test(text.slice(sentence.start, m.start)) && AIM_TAIL.test(text.slice(m.end, sentence.end));
    const before = earlier.filter(same).at(-1) ?? (pointsBack || aimOpens ? previous.filter(same).at(-1) : undefined);
    if (before !== undefined) return { metric: before.metric, reason: null };
  }
  if (m.start - clause.start > ELLIPSIS_REACH) return null;
  // 浦东新区人工智能企业超过1200家，徐汇区超过800家: the place a parallel clause opens with is its subject, no measure of its own.
  // 而同期长宁区为160亿元左右: the place may follow a word of contrast and a time.
  const opening = places.find(
    (p) =>
      p.start >= clause.start &&
      p.end <= m.start &&
      /^[\s，,；;]*(?:而|但|则)?(?:同期|去年|今年|上年)?$/.test(text.slice(clause.start, p.start)),
  );
  const lead = opening ? text.slice(opening.end, m.start) : text.slice(clause.start, m.start);
  if (!(opening && /^[\s，,]*$/.test(lead)) && !ELLIPSIS_LEAD.test(lead)) return null;
  // 上海则有约1,150家, 上海以120款紧随其后: after 有 or 以 the figure ends the clause (but a rank): 全区有9家企业机构通过…备案
  // goes on to say what it counts.
  if (
    /有|以/.test(lead) &&
    !/^[\s）)]*(?:紧随其后|位居[^，,。；;]{0,4}|排名[^，,。；;]{0,4}|居[^，,。；;]{0,4})?[\s。；;，,！!]*$/.test(
      text.slice(m.end, clause.end),
    )
  )
    return null;
  // …，北京超过3000家: the same measure of another city, or of the country, is not Shanghai's.
  // 北京人工智能核心产业规模达2500亿元，深圳约为1900亿元，上海为3800亿元: a parallel clause has the measure another city's figure
  // before it was refused with; another city's own is refused again, its measure kept for the next.
  const lastOfUnit = earlier.filter((f) => f.unit === m.unit && f.counter === m.counter).at(-1);
  const othersMeasure = opening !== undefined && lastOfUnit?.reason === REASONS.elsewhere ? ELSEWHERE_MEASURE.get(lastOfUnit) : undefined;
  if (opening?.national)
    return { metric: null, reason: REASONS.elsewhere, measure: othersMeasure ?? earlier.filter(same).at(-1)?.metric ?? undefined };
  if (othersMeasure !== undefined) return { metric: othersMeasure, reason: null };
  let before = earlier.filter(same).at(-1);
  if (before === undefined) {
    const last = previous.filter(same).at(-1);
    // Across a ；only: a sentence of its own is not an ellipsis, unless it opens as a part of the one before (…2300家。其中，
    // 浦东900家，徐汇400家) and the clause names its place.
    if (last !== undefined && (/[；;]/.test(text[clause.start - 1] ?? '') || (partOfBefore && opening !== undefined))) before = last;
  }
  return before === undefined ? null : { metric: before.metric, reason: null };
}
/** The measure a figure was refused with as another place's (北京…达2500亿元 → ai_industry_scale), for the parallel clause after it. */
export const ELSEWHERE_MEASURE = new WeakMap<Fact, string>();

/** An English bound a level is stated with: more than, over, about … */
export const EN_BOUND = String.raw`(?:(?:more than|over|about|around|nearly|some|roughly|at least|well over|just over)\s+)?`;
/** lift that to, push it past, expects it to reach, our goal is to pass: a level of the measure pointed back to. */
export const ANAPHORIC_LEVEL = new RegExp(
  String.raw`\b(?:(?:(?:more than |nearly )?(?:lift(?:s|ed|ing)?|rais(?:e|es|ed|ing)|push(?:es|ed|ing)?|bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|grow(?:s|ing)?|grew|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|quadrupl(?:e|es|ed|ing))\s+(?:that|it|this|the figure|the number|the total)\s+(?:to|past|above|beyond|over))|(?:(?:expects?|expected|forecasts?|projects?|wants?)\s+(?:it|that)\s+to\s+(?:reach|hit|top|exceed|pass|surpass|be))|(?:(?:goal|target|aim|plan)\s+is\s+to\s+(?:reach|hit|top|exceed|pass|surpass))|(?:\b(?:it|that)\s+(?:was|had been|stood at|came to|totaled|totalled)))\s+${EN_BOUND}$`,
  'i',
);
/** A sentence that is only a short subject aiming at a level: The city aims to hit …, Pudong wants to reach …. */
const AIM_OPENING =
  /^\s*(?:the city|the district|the area|the zone|the park|it|shanghai|[A-Z][a-z]+(?: district| new area)?)\s+(?:also\s+|now\s+)?(?:aims?|plans?|wants?|hopes?|targets?|seeks?|expects?|is aiming|is expected)\s+to\s+(?:reach|hit|top|exceed|pass|surpass|(?:grow|rise|increase|expand)\s+to)\s+(?:(?:more than|over|about|around|nearly|some|roughly|at least)\s+)?$/i;
/** What may follow the level aimed at: when, and nothing else (not "in digital trade by 2025"). */
const AIM_TAIL = /^\s*(?:(?:by|before|within)\s+[^,;]*|in\s+(?:19|20)[0-9]{2})?\s*[.;]?\s*$/i;
/** …, and the area aims to exceed 10 EFLOPS; …, and authorities have set a goal of 400 billion yuan by 2025: a goal in the sentence of the level before it. */
export const AIMED_LEVEL = new RegExp(
  String.raw`\b(?:(?:aims?|aiming|plans?|planning|wants?|hopes?|seeks?|strives?|is set|is expected|are expected|expects?)\s+to\s+(?:reach|hit|top|exceed|pass|surpass|(?:grow|rise|increase|expand)\s+to)|(?:goal|target)\s+of|aims?\s+for|aiming\s+for|hopes?\s+for|wants|targets)\s+${EN_BOUND}$`,
  'i',
);

/** came second with, followed with, ranked third with, trailed with: a place ranked by the same measure as the figure before. */
export const RANK_WITH =
  /\b(?:came|ranked|placed|finished|followed|trailed|led|was|is)\s+(?:(?:first|second|third|fourth|fifth|next|closely|behind)\s+)?(?:,\s*)?with\s+$/i;
/** Pudong led with 41 percent, followed (closely) by Xuhui (district) with 17 percent: the place ranked after the one before. */
const FOLLOWED_BY = /\bfollowed (?:closely )?by\s+$/i;
const PLACE_WITH = /^\s*(?:district|new area)?\s*with\s+$/i;
/** What may follow a figure "followed by" gives: nothing, or another place with its own (… and Minhang with 9 percent). */
const FOLLOWED_END = /^\s*(?:$|[.;]|and\b)/i;
/** How long the lead of an elliptical clause may be (到2027年，力争突破: a date and a verb). */
export const ELLIPSIS_REACH = 24;
/** What an elliptical clause holds before its figure: its time, a word of forecast or aim, a verb of level. */
export const ELLIPSIS_LEAD =
  /^[\s，,；;]*(?:(?:今年底|今年年底|今年|明年|去年|上年|同期|年底|年末|全年|到|至|(?:19|20)[0-9]{2}年(?:底|末)?|预计|将|力争|争取|有望|可望|还|也|再|进一步|突破|超过|超|达到|达|增至|增长到|提升至|升至|实现|则为|为|则|也有|共有|有|以)\s*[，,]?\s*)+$/;

/**
 * 一、文中“2025年上海人工智能产业规模达到5280亿元…”一句…应为“…5180亿元…”; The story said "… 43 …"; it should have
 * read …: a figure quoted from the statement a correction withdraws.
 */
export function withdrawnBy(text: string, m: Span, sentence: Span): boolean {
  const own = text.slice(sentence.start, sentence.end);
  const fix = CORRECTION.exec(own);
  if (fix === null || m.start >= sentence.start + fix.index) return false;
  const before = text.slice(sentence.start, m.start);
  return Math.max(before.lastIndexOf('“'), before.lastIndexOf('"')) > before.lastIndexOf('”');
}
export const CORRECTION = /应为|更正为|should read|should have read|should have said|should have been/;

/** 全年新引进各类人才3.8万人，其中人工智能领域人才4200人: a part of an increase is an increase too. */
export function partOfIncrease(
  text: string,
  clause: Span,
  m: Span & { unit: BaseUnit },
  earlier: ReadonlyArray<Fact>,
  catalogue: Catalogue,
): { metric: null; reason: Fact['reason'] } | null {
  if (!PART_LEAD.test(text.slice(clause.start, m.start))) return null;
  const increase = catalogue.vetoes.find((v) => v.id === 'increase')?.reason;
  const whole = earlier.at(-1);
  if (increase === undefined || whole === undefined) return null;
  if (whole.reason?.en === increase.en) return { metric: null, reason: whole.reason };
  // 新引进人工智能企业150家，其中大模型企业25家; added 210 new AI enterprises, including 35 large-model startups: a part of a
  // count of new entries (a metric of increases) is new entries too, not a stock of its own kind.
  const wholeEntry = catalogue.metrics.find((e) => e.id === whole.metric);
  return wholeEntry?.allow?.includes('increase') === true && wholeEntry.kind === 'flow' && whole.unit === m.unit && whole.unit !== 'percent'
    ? { metric: null, reason: { zh: increase.zh, en: increase.en } }
    : null;
}
export const PART_LEAD = /^[\s，,]*(?:其中|of which|among them|including)/i;

/**
 * 人才总量约28万人，其中…，海外留学归国人才约3.1万人: after 其中 (of which), a figure of the measure the sentence's whole
 * was of is a part of that whole, not the whole again, unless the part names its own place or date (其中浦东新区1200家 is
 * the district's; 其中2024年签约300亿元 is that year's).
 */
export function partOfWhole(
  text: string,
  m: Span,
  metric: string | null,
  earlier: ReadonlyArray<{ metric: string | null; end: number }>,
  ps: ReadonlyArray<PlaceMention>,
  ds: ReadonlyArray<DateMention>,
): boolean {
  if (metric === null) return false;
  let whole: { metric: string | null; end: number } | undefined;
  for (let k = earlier.length - 1; k >= 0 && earlier[k]!.end > m.start - PART_REACH; k--)
    if (earlier[k]!.metric === metric && earlier[k]!.end <= m.start) {
      whole = earlier[k];
      break;
    }
  if (!whole) return false;
  const between = text.slice(whole.end, m.start);
  // …约29.6万人，约占全国的31%；其中…: the whole may stand before a ；; in the sentence just before, only when this one
  // opens with the part (…共计57952人。其中应用层规模最大，共有从业人员45483人), in the same paragraph.
  const stop = between.search(/[。！？!?]/);
  if (between.includes('\n')) return false;
  if (stop >= 0 && (/[。！？!?]/.test(between.slice(stop + 1)) || !PART_START.test(between.slice(stop + 1)))) return false;
  const at = between.search(PART_WORD);
  if (at < 0) return false;
  const from = whole.end + at;
  // of which 21 are in Xuhui: English names the part's place after its number, in the same clause.
  const rest = text.slice(m.end).search(/[，,；;。.!?！？\n]/);
  const to = rest < 0 ? text.length : m.end + rest;
  return !ps.some((p) => p.start >= from && p.end <= to) && !ds.some((d) => d.start >= from && d.end <= m.start);
}
export const PART_WORD = /其中|of which|among them/i;
/** A sentence that opens with its part: 其中…, Among them, … */
export const PART_START = /^[\s”"’」』）)]*(?:其中|among them|of these|of them)/i;
/** An English part of the figure before: a quarter of them, 60 of these. */
export const OF_THEM = /\bof (?:them|these|those)\b/i;
/** …about 60 of them: a bare number followed by "of them". */
export const ofThemAfter = (text: string, m: Mention): boolean => /^\s+of (?:them|these|those)\b/i.test(text.slice(m.end, m.end + 12));
/** …86 companies by year-end, 41 of which …: a number followed by "of which" or "of them", a part of the count before it. */
export const ofWhichAfter = (text: string, m: Mention): boolean => /^\s+of (?:which|them|these)\b/i.test(text.slice(m.end, m.end + 14));
/** How far before a part its whole may stand. */
export const PART_REACH = 200;

/** Where the clause holding `at` ends. */
export function clauseEnd(clauses: ReadonlyArray<Span>, at: number): number {
  return clauses.find((c) => at >= c.start && at < c.end)?.end ?? at;
}

/** How far (in characters) a number with no unit may stand after the phrase whose unit it takes. */
export const BORROW_GAP = 6;
/** English links with words: the core industry has reached 26 billion. */
export const BORROW_GAP_EN = 32;
/** Nouns of money a bare amount in 亿 may stand right before: 千亿产值, 500亿营收. */
export const MONEY_NOUN_AFTER = /^(?:的)?(?:产值|营收|营业收入|销售收入|销售额|收入|产业规模)/;
/** What may stand between such a phrase and its number: linking words and bounds, nothing else. */
export const BORROW_LINK =
  /^(?:[已共总约近超逾达为是有至到增破突共计累合数量规模总数量]|金额|已经|达到|高达|约为|约有|超过|将近|接近|增至|增长到|扩大到|突破了| |reached|reach|of|is|was|at|to|stood at|stands at|stand at|standing at|(?:crossed|passed|topped|surpassed|exceeded|broken through|broke through|reached|hit) the|totaled|totalled|totals|hit|exceeded|surpassed|over|about|around|nearly|more than|has|had|have|already|now|grew|grown|rose|risen|climbed|jumped|expanded|amounted|number|numbers|numbered|estimated at|put at| in (?:the )?(?:city|district|zone|area|park|municipality|shanghai))*$/;

/** An English change by a rate right before the level it reached: "grew 22 percent to", "up 12.5% to". */
export const CHANGE_TO =
  /\b(?:up|down|grew|grown|rose|risen|increased|climbed|jumped|expanded|fell|dropped)(?: by)? (?:about |around |nearly |some )?[0-9]+(?:\.[0-9]+)? ?(?:percent|per cent|%) to $/;

/**
 * 人才规模约25万, 产业规模突破3000亿, 人工智能企业数量超过1000: a number written without its unit
 * right after a metric's phrase takes that metric's unit (and classifier). Money needs its magnitude
 * (3000亿); a plain 2024 after 产业规模 is not an amount. Null when no phrase stands close enough.
 */
export function borrowUnit(text: string, m: Mention, segment: Span, catalogue: Catalogue, english: boolean): Mention | null {
  const byLastChar = phrasesByLastChar(catalogue);
  // Changing workforce grew 22 percent to 19,500: a change by a rate between the noun and the level it reached.
  const change = english ? CHANGE_TO.exec(text.slice(Math.max(segment.start, m.start - 40), m.start)) : null;
  const floor = Math.max(segment.start, m.start - (change ? change[0].length + BORROW_GAP_EN : english ? BORROW_GAP_EN : BORROW_GAP));
  let best: { entry: CatalogueEntry; end: number; length: number } | null = null;
  // Closest phrase end first; the gap between it and the number holds no digit or punctuation.
  // 3至5家: the low end of a range is not a number of its own.
  if (RANGE_MARKS.has(text[m.end] ?? '') || text.startsWith(' to ', m.end)) return null;
  // Between the phrase and the number only words that link them: 达到, 约有, 超过, 总量, 已 …
  const gap = (end: number): boolean => BORROW_LINK.test(text.slice(end, change ? m.start - change[0].length : m.start));
  for (let end = m.start; end > floor - 1 && end > segment.start; end--) {
    if (end < m.start && !gap(end)) continue;
    // The unit itself before the number: 观看总人次破6.38亿.
    if (text.startsWith('人次', end - 2)) {
      return readAs(m, 'person_visits', null);
    }
    for (const [phrase, entry] of byLastChar.get(text[end - 1]!) ?? []) {
      if (end - phrase.length < segment.start || !text.startsWith(phrase, end - phrase.length)) continue;
      if (!best || phrase.length > best.length) best = { entry, end, length: phrase.length };
    }
    if (best) break;
  }
  const money = /[万亿千]|billion|million|trillion/.test(m.text);
  // Money needs its magnitude: a plain 400 after "industry" may still be "the number of enterprises" named earlier.
  if (best?.entry.unit === 'CNY' && !money) best = null;
  // 千亿产值, 2030年实现1000亿产值: an amount in 亿 right before the noun of money it measures is yuan, its 元 left out.
  if (!best && !english && /亿/.test(m.text) && MONEY_NOUN_AFTER.test(text.slice(m.end, m.end + 6))) {
    return readAs(m, 'CNY', null);
  }
  best ??= numberOf(text, m, segment, byLastChar);
  if (!best) return null;
  const { entry } = best;
  if (entry.unit === 'CNY' && !money) return null;
  if (entry.unit !== 'CNY' && entry.unit !== 'persons' && entry.unit !== 'items' && entry.unit !== 'person_visits') return null;
  return readAs(m, entry.unit, entry.counters?.[0] ?? null);
}

/** A bare number read in a unit (and counter) it did not carry, with its other fields as they were. */
export function readAs(m: Mention, unit: BaseUnit, counter: string | null, value = m.value): Mention {
  const { unitless: _, ...rest } = m;
  return { ...rest, value, unit, counter };
}

/** The last figure before `end` read with a unit of its own, not a percentage: what a bare total or part after it counts. */
export const countBefore = (read: ReadonlyArray<Mention>, end: number): Mention | undefined => {
  const last = read.filter((x) => x.end <= end && !x.unitless).at(-1);
  return last?.unit === 'percent' ? undefined : last;
};

/** A bare figure read with a noun the text gives elsewhere: a count or people (an amount or a rate states its own unit). */
function readWithNoun(text: string, m: Mention, noun: string): Mention | null {
  const probe = `${text.slice(m.numberStart, m.end)} ${noun}`;
  const read = scanEnglishQuantities(probe, 0, probe.length, []).mentions.find((x) => x.start === 0 && !x.unitless);
  return read && read.unit !== 'CNY' && read.unit !== 'percent' ? readAs(m, read.unit, read.counter) : null;
}

/**
 * 2. 394. The number of AI companies above designated size …: a figure standing alone, read with the words that follow it
 * and say what it counts (a count or people; an amount states its own unit); so is one that counts a part "of its" kind.
 */
export function describedAfter(text: string, m: Mention): Mention | null {
  const lead = DESCRIBED_LEAD.exec(text.slice(m.end, m.end + 24));
  if (lead === null) return null;
  const rest = text.slice(m.end + lead[0].length, m.end + lead[0].length + 60);
  // 6. Some 200 companies …: a list's number before a figure of its own describes nothing.
  if (/^\s*(?:[a-z-]+\s+){0,2}\d/i.test(rest)) return null;
  return readWithNoun(text, m, rest);
}
/**
 * The number of companies in the Model Speed Space has increased from over 100 in 2024 to over 200 in 2025; the number of AI
 * enterprises reached 281: a bare figure of the clause whose subject is "the number of" a noun counts that noun.
 */
export function numberOfSubject(text: string, m: Mention, sentence: Span): Mention | null {
  const lead = NUMBER_OF_LEAD.exec(text.slice(sentence.start, m.numberStart));
  if (lead === null) return null;
  return readWithNoun(text, m, lead[1]!);
}
/** "the number of <noun>", then at most a place or time, a verb of change or level, and what may stand before the figure. */
const NUMBER_OF_LEAD =
  /\bthe (?:total )?number of ((?:[a-z-]+\s+){0,3}?(?:companies|firms|enterprises|startups|start-ups|businesses|developers|people|professionals|workers|employees|researchers|universities|models|large models))\b[^,.;]{0,60}?\s(?:has |have |had )?(?:increased|grown|risen|rose|grew|climbed|jumped|reached|exceeded|surpassed|topped|stood at|hit|doubled|expanded|is|was)\b(?:\s+from\s+(?:(?:over|more than|about|nearly|some|around)\s+)?[0-9][0-9,.]*(?:\s+in\s+(?:19|20)\d\d)?\s+to)?[^,.;0-9]{0,24}$/i;

/**
 * …, while online views of its forums topped 1.6 billion; page views surpassing 2.3 billion: a bare figure right after the
 * noun of its clause and a verb of level counts that noun.
 */
export function subjectNounBefore(text: string, m: Mention, clause: Span): Mention | null {
  const lead = SUBJECT_NOUN_LEAD.exec(text.slice(clause.start, m.numberStart));
  return lead === null ? null : readWithNoun(text, m, lead[1]!);
}
const SUBJECT_NOUN_LEAD =
  /\b(views|page views|visits|visitors|exhibitors|guests|attendees)\b(?:\s+(?:of|at|on|for)\s+[^,.;0-9]{1,40}?)?\s+(?:has |have |had )?(?:topped|reached|exceeded|hit|surpassed|surpassing|topping|reaching|exceeding|totaled|totalled|stood at|rose to|grew to|climbed to)\s+(?:(?:more than|over|about|nearly|some|around)\s+)?$/i;

/**
 * Of Shanghai's filed models, 19 were developed by companies in Xuhui District and 11 in Pudong New Area: a bare figure of a
 * sentence that opens with the whole it parts counts that whole's noun.
 */
export function partOfOpeningWhole(text: string, m: Mention, sentence: Span): Mention | null {
  const opening = OF_WHOLE_NOUN.exec(text.slice(sentence.start, m.start));
  if (opening === null) return null;
  return readWithNoun(text, m, opening[1]!);
}
/** Of (the | Shanghai's | the city's …) (first N) <noun> (…), at a sentence's start: the noun counted. */
const OF_WHOLE_NOUN =
  /^\s*Of (?:the |Shanghai's |Shanghai’s |the city's |the city’s |its |their )?(?:first |latest |[0-9,]+ )*((?:[a-z-]+\s+){0,3}?(?:models|large models|companies|firms|enterprises|startups|start-ups|universities|services|developers|people))\b[^,.;]{0,90},/i;

/**
 * Above-scale AI firms: 365; New AI firms in the first half: 212: a figure standing alone after a label and a colon, read with
 * the label's words (a count or people; an amount states its own unit).
 */
export function labelledBefore(text: string, m: Mention): Mention | null {
  // The label opens its line or follows the sentence before it on the line (New AI firms: 212. Above-scale AI firms: 365).
  const lineStart = Math.max(text.lastIndexOf('\n', m.numberStart - 1) + 1, text.lastIndexOf('. ', m.numberStart - 1) + 2);
  // Exhibitors: more than 800: the label ends before the bound.
  const label = LABEL_BEFORE.exec(text.slice(lineStart, m.start)) ?? LABEL_BEFORE.exec(text.slice(lineStart, m.numberStart));
  if (label === null) return null;
  return readWithNoun(text, m, label[1]!.trim());
}
/** A line's label before its colon: letters, spaces and hyphens only (a bullet may open it). */
const LABEL_BEFORE = /^\s*(?:[-•·*▪]\s*)?([A-Za-z][A-Za-z -]{2,60}):\s*$/;
/**
 * What follows a figure standing alone (2. 394. The number of AI companies …; 60. Generative AI models from …), or a part
 * of a whole its noun names (148 of its large models had been filed): the words after say what it counts.
 */
export const DESCRIBED_LEAD =
  /^(?:(?:\.|\s+[-–—])\s+(?:the (?:number|count|total) of\s+)?|\s+of\s+(?:its|their|the city's|shanghai's|the district's)\s+)/i;

/**
 * A bare number that is the new total of what an earlier figure of its sentence counted (Shanghai added 300 new AI firms,
 * bringing the total to 2,600; 新增300家，总数达到2600家 is read with its 家), or its earlier level (…has grown to 300,000,
 * up from 100,000 in 2018), or another place's count set against it (Beijing has more than 2,000 AI companies, while
 * Shanghai has about 1,200; …with 4,500 AI enterprises, behind Beijing's 5,000): the earlier figure's unit and counter.
 */
export function totalOfEarlier(text: string, m: Mention, sentenceMentions: ReadonlyArray<Mention>): Mention | null {
  const lead =
    TOTAL_TO.exec(text.slice(Math.max(0, m.start - TOTAL_TO_REACH), m.start)) ?? earlierLevelLead(text, m) ?? inShanghaiAgainst(text, m);
  if (!lead) return null;
  const earlier = countBefore(sentenceMentions, m.start - lead[0].length);
  return earlier ? readAs(m, earlier.unit, earlier.counter) : null;
}
/** …reached 600 AI firms, against 552 a year earlier; compared with 319 in 2022: the same measure's earlier level. */
/** Beijing has 90 large-model developers against 64 in Shanghai: Shanghai's own count set against another place's. */
export function inShanghaiAgainst(text: string, m: Mention): RegExpExecArray | null {
  return IN_SHANGHAI_AFTER.test(text.slice(m.end, m.end + 14)) ? AGAINST_LEAD.exec(text.slice(Math.max(0, m.start - 24), m.start)) : null;
}
export const AGAINST_LEAD = /\b(?:against|versus|vs\.?|compared with|compared to)\s+$/i;
export const IN_SHANGHAI_AFTER = /^\s+in shanghai\b/i;
export const EARLIER_LEAD = /(?:\b(?:against|compared with|compared to|versus|vs\.?|up from|down from)|[0-9%][a-z\s-]{0,24}?\bfrom)\s+$/i;
export const EARLIER_TIME =
  /^\s*(?:a year (?:earlier|ago|before)|the year before|the previous year|last year|in (?:19|20)\d\d\b|at the end of (?:19|20)\d\d\b)/;
export function earlierLevelLead(text: string, m: Mention): RegExpExecArray | null {
  return EARLIER_TIME.test(text.slice(m.end, m.end + 24)) ? EARLIER_LEAD.exec(text.slice(Math.max(0, m.start - 24), m.start)) : null;
}
export const TOTAL_TO = new RegExp(
  String.raw`\b(?:(?:bringing|taking|raising|pushing|lifting|brought|took|raised|pushed|lifted)\s+${RUNNING_TOTAL}\s+to|(?:up|down)\s+from|${OTHER_PLACE_HAS.source}|(?:behind|ahead of|than|against|versus|compared with)\s+[a-z-]+'s|(?:plans?|aims?|expects?|expected|is set|hopes?)\s+to\s+(?:grow|rise|increase|expand)\s+to)\s+$`,
);
export const TOTAL_TO_REACH = 48;

/**
 * Shanghai has 34 registered large models, of which 21 are in Xuhui; …, with about 400 of them in Pudong: a bare number
 * that opens a part of what the figure before counted takes its unit and counter.
 */
export function partOfEarlier(text: string, m: Mention, earlier: ReadonlyArray<Mention>, clause: Span, sentence: Span): Mention | null {
  const lead = text.slice(clause.start, m.start);
  const after = text.slice(m.end, clause.end);
  // …2,800 AI companies, including 500 above designated size; Of the 2,500 AI firms in the city, 400 are above designated size.
  const sized = /^\s+(?:are\s+|were\s+)?above[- ]designated[- ]size\b/i.test(after);
  // Of the 34 large models filed in Shanghai, 16 were developed in the district: the first figure after the whole the
  // sentence opens with.
  const ofWhole = OF_WHOLE_OPENING.test(text.slice(sentence.start, clause.start)) && lead.trim() === '';
  // …close to 400 AI companies, including 160 in the Dishui Lake AI Park: the lead may follow the whole in its clause.
  // Only a part that names nothing of its own but where it is (not "including 800 billion open text tokens").
  const inClause =
    /[,;]\s*(?:of which|among them|including)\s*$/.test(lead) && /^\s*(?:$|[,.;]|(?:are |were )?(?:in|at|from)\s)/i.test(after);
  if (
    !/^\s*(?:of which|with|among them|including)\s*$/.test(lead) &&
    !/^\s+(?:of them|of these)\b/.test(after) &&
    // …about 500 companies, 86 of which focus on AI: "of which" after the number, when the part names AI or large models.
    !/^\s+of which\b[^,.;]{0,40}?\b(?:ai|artificial intelligence|large[- ]models?|large[- ]language[- ]models?)\b/i.test(after) &&
    !sized &&
    !ofWhole &&
    !inClause
  )
    return null;
  // A part by size names its whole just before it, in its own clause or the one before.
  const whole = countBefore(earlier, sized || inClause ? m.start : clause.start);
  return whole ? readAs(m, whole.unit, whole.counter) : null;
}
/** A sentence that opens with the whole its parts are of: Of the 34 large models filed in Shanghai, …; Of Shanghai's filed models, …. */
export const OF_WHOLE_OPENING = /^\s*Of (?:the |Shanghai's |the city's |its |their )?[^,.;]{3,80},\s*$/;
/** A sentence that opens as a part of what the sentence before counted: Among them, …; Of these, …. */
export const AMONG_THEM_OPENING = /^\s*(?:Among|Of) (?:them|these|those)\s*,?\s*$/i;

/** The last count of firms, models or people among `facts` (not an amount or a rate): what a part of "them" is part of. */
export const lastCount = (facts: ReadonlyArray<Fact>): Fact | undefined =>
  facts.filter((f) => f.unit === 'items' || f.unit === 'persons').at(-1);

/**
 * Zhangjiang Science City is home to more than 800 AI companies. The island alone now houses about 60 of them: a bare
 * number of "them" with no count before it in its sentence is a part of what the sentence before (of the paragraph) counted
 * last, and takes its unit and counter.
 */
export function partOfPrevious(text: string, m: Mention, previous: ReadonlyArray<Fact>, sentence: Span): Mention | null {
  // …bringing the total to 25. Among them, 14 have established AI institutes: the part opens the sentence.
  if (!ofThemAfter(text, m) && !AMONG_THEM_OPENING.test(text.slice(sentence.start, m.start))) return null;
  const whole = lastCount(previous);
  return whole ? readAs(m, whole.unit, whole.counter) : null;
}

/**
 * In 2014 the city had about 100 AI firms. Today there are over 1,100, and …; … in 2019 we had about 400: a bare number
 * after "there are" or "we have" that names nothing after it counts what the sentence before counted last (of the paragraph).
 */
export function thereAre(text: string, m: Mention, previous: ReadonlyArray<Fact>): Fact | null {
  if (!THERE_ARE.test(text.slice(Math.max(0, m.start - 24), m.start)) || !NOTHING_AFTER.test(text.slice(m.end, m.end + 8))) return null;
  return previous.filter((f) => (f.unit === 'items' || f.unit === 'persons') && f.metric !== null).at(-1) ?? null;
}
const THERE_ARE =
  /\b(?:there (?:are|were)|we (?:now )?(?:have|had)) (?:now |already )?(?:(?:more than|over|about|around|nearly|some|roughly|at least) )?$/i;
const NOTHING_AFTER = /^\s*(?:[,.;]|and\b|$)/i;

/**
 * 26 universities now offer AI majors, and 14 have set up AI institutes; 18 universities with AI institutes, and more than 30
 * offering AI-related majors: a bare number that opens a clause of its own verb after an earlier count of its sentence counts
 * the same things (universities), whatever the verb then says they do.
 */
export function subjectOfEarlier(text: string, m: Mention, earlier: ReadonlyArray<Mention>, sentence: Span): Mention | null {
  const lead = text.slice(Math.max(sentence.start, m.start - 32), m.numberStart);
  // Jing'an counts about 200 AI-related companies and aims for 400 by 2025: a level aimed at counts the same things.
  // (…wants 20,000 to 30,000 by 2025: a range's low end is read with the range, not here.)
  const aimed = AIMED_BARE.test(lead) && !/^\s*(?:to|-|–|—)\s*[0-9]/.test(text.slice(m.end, m.end + 8));
  if (!aimed && !VERB_AFTER_BARE.test(text.slice(m.end, m.end + 24))) return null;
  if (!aimed && !/(?:,|\band|;)\s*(?:(?:more than|over|about|nearly|some|around|another|at least)\s+)?$/i.test(lead)) return null;
  const before = earlier.filter((x) => x.start >= sentence.start && x.end <= m.start && !x.unitless).at(-1);
  return before && (before.unit === 'items' || before.unit === 'persons') && before.counter !== null
    ? readAs(m, before.unit, before.counter)
    : null;
}
const AIMED_BARE =
  /\b(?:aims? for|aiming for|targets?|targeting|wants?|hopes? for|to reach|to exceed|to top|to hit|rise to|grow to|increase to)\s+(?:(?:more than|over|about|nearly|some|around|at least)\s+)?$/i;
const VERB_AFTER_BARE =
  /^\s+(?:(?:now|also|already|still)\s+)?(?:have|has|had|are|were|offer|offers|offering|host|hosts|hosting|provide|provides|providing|run|runs|running|set up)\b/i;

/**
 * Pudong and Xuhui have 1,200 and 1,000 AI firms respectively: a bare number joined by "and" or a comma to the figures
 * that end with the noun, before "respectively", is counted in that noun.
 */
export function respectiveOfLater(text: string, m: Mention, sentenceMentions: ReadonlyArray<Mention>, sentence: Span): Mention | null {
  const k = sentenceMentions.indexOf(m);
  let j = k;
  while (j + 1 < sentenceMentions.length && FIGURE_GLUE.test(text.slice(sentenceMentions[j]!.end, sentenceMentions[j + 1]!.start))) {
    j++;
    if (!sentenceMentions[j]!.unitless) break;
  }
  const named = sentenceMentions[j];
  if (j === k || named === undefined || named.unitless || !/^[^.;]{0,24}\brespectively\b/i.test(text.slice(named.end, sentence.end)))
    return null;
  // The noun's scale word belongs to each number of the chain: 1.2 and 2.5 billion yuan.
  const digits = Number(
    text
      .slice(named.numberStart)
      .match(/^[\d,.]+/)?.[0]
      .replace(/,/g, '') ?? NaN,
  );
  const scale = named.value / digits;
  return readAs(m, named.unit, named.counter, Number.isFinite(scale) && scale > 0 ? m.value * scale : m.value);
}

/** How far before its number "the number of …" may stand (the number of resident companies grew from over 100 in 2024 to). */
export const NUMBER_OF_REACH = 140;
/**
 * Between "the number of <noun>" and the number: where (in Shanghai, in the district), verbs of change and level and their
 * adverbs, a clause of level after a comma (has risen steadily, reaching), and for a second number, the first (from 183 to
 * 348; by 300 to 2,600).
 */
export const NUMBER_OF_LINK =
  /^(?: (?:in|at) (?:the )?[a-z'-]+(?: [a-z'-]+){0,2}(?:, [^,;]{1,60},)?(?= (?:has|have|had|is|was|are|were|now|also|already|grew|rose|increased|climbed|jumped|reached|stood|hit|exceeded|surpassed|totaled)\b| ?$))?(?:,? (?:has|have|had|also|already|now|seen|grow|grew|grown|growing|increase|increased|rise|rose|risen|jump|jumped|climb|climbed|double|doubled|tripled|quadrupled|reach|reached|reaching|stand|stood|hit|hitting|exceed|exceeded|surpass|surpassed|total|totaled|totalled|is|was|are|were|at|bringing|brought|to|from|expected|projected|forecast|likely|set|poised|will|would|be|steadily|rapidly|sharply|significantly|further|quickly|continuously|markedly)\b)* (?:from (?:[a-z ]* )?[0-9][0-9,.]*(?: in (?:19|20)[0-9]{2})? to |by [0-9][0-9,.]*(?:%| percent)?(?: (?:this|last) year| in (?:19|20)[0-9]{2})? to )?$/;

/**
 * The number of enterprises above designated size has also increased from 183 in 2018 to 348 in 2022; bringing
 * the total number of registered services in the city to 150: English names what it counts once, before its numbers.
 */
export function numberOf(
  text: string,
  m: Mention,
  segment: Span,
  byLastChar: Map<string, Array<readonly [string, CatalogueEntry]>>,
): { entry: CatalogueEntry; end: number; length: number } | null {
  const from = Math.max(0, segment.start - NUMBER_OF_REACH, m.start - NUMBER_OF_REACH);
  const found = text.slice(from, m.start).lastIndexOf('number of ');
  if (found < 0) return null;
  const at = from + found;
  // The noun: the longest phrase ending a word within the next few words (the number of resident companies).
  const head = text.slice(at + 10, Math.min(m.start, at + 10 + 40));
  let best: { entry: CatalogueEntry; end: number; length: number } | null = null;
  for (let k = 1; k <= head.length; k++) {
    if (k < head.length && /[a-z-]/.test(head[k]!)) continue;
    const end = at + 10 + k;
    for (const [phrase, entry] of byLastChar.get(text[end - 1]!) ?? []) {
      if (!text.startsWith(phrase, end - phrase.length) || end - phrase.length < at + 10) continue;
      // "The number of enterprises in the district's AI industry": a number of counts things, never money.
      if (entry.unit === 'CNY' || !NUMBER_OF_LINK.test(text.slice(end, m.start))) continue;
      if (!best || end > best.end || (end === best.end && phrase.length > best.length)) best = { entry, end, length: phrase.length };
    }
  }
  return best;
}

/** Each catalogue's level phrases indexed by their last character, built once per catalogue. */
export const phraseIndex = new WeakMap<Catalogue, Map<string, Array<readonly [string, CatalogueEntry]>>>();
export function phrasesByLastChar(catalogue: Catalogue): Map<string, Array<readonly [string, CatalogueEntry]>> {
  let index = phraseIndex.get(catalogue);
  if (index) return index;
  index = new Map();
  for (const entry of catalogue.metrics) {
    if (entry.of !== undefined || entry.unit === 'percent') continue;
    for (const phrase of entry.phrases) {
      const last = phrase[phrase.length - 1]!;
      const list = index.get(last) ?? [];
      list.push([phrase, entry]);
      index.set(last, list);
    }
  }
  phraseIndex.set(catalogue, index);
  return index;
}

/**
 * A share's bare whole right after it, nothing more in its clause: of them, of these, of the city's total, of the national
 * total (not "of them in Pudong hold a degree", not "of the city's total AI investment").
 */
const BACK_WHOLE =
  /^\s*(?:percent|per cent|%)?\s*of\s+(?:(them|these|those)|the (?:city's |city )total|the (?:country's |national )total)\s*(?=[,.;]|$|and\b)/i;
/** What may open the clause before a share's holder: nothing, a word that joins, or the holder's district (Pudong's). */
const SHARE_HOLDER_LEAD = /^[\s,;]*(?:(?:and|while|whereas|but)\s+)?$/i;
/** Where the part of "them" is: …40 percent of them come from (companies in) ModelSpeed Space. */
const PART_IN =
  /^\s*(?:percent|per cent|%)?\s*of (?:them|these|those)\s+(?:come|came|are|were|sit|sat)\s+(?:from|in|based in|located in|developed in|registered in)\s+(?:(?:companies|firms|enterprises|teams) (?:in|at|from|based in)\s+)?$/i;
/** The holder of a share before it: Pudong (alone) accounts for / is home to / hosts (about) 40 percent. */
const HOLDER_VERB =
  /^(?:\s+(?:district|new area))?\s+(?:alone\s+)?(?:accounts? for|accounted for|is home to|was home to|hosts|hosted|holds|held|makes? up|made up)\s+(?:(?:about|around|nearly|almost|more than|over|some|roughly|just over|well over)\s+)?$/i;
/**
 * The city as the count's holder: Shanghai (now) has …, the city is home to …, … companies in Shanghai (not "Shanghai's
 * suburbs have …", not "Shanghai attracted … last year").
 */
const CITY_NAMED =
  /\b(?:shanghai|the city)\s+(?:(?:now|currently|already|still)\s+)?(?:has|had|have|is home to|was home to|hosts|hosted|counts|counted|boasts|boasted)\b|\bin (?:shanghai|the city)\b/i;
/** Words of new entries in a period: a count they give is a flow, no whole a share points back to. */
const NEW_ENTRIES = /\b(?:attracted|added|new|newly|registered|set up|established|moved in|settled|landed)\b/i;
/** A clause that opens by pointing back at the sentence before: That is 44 percent …, This was …. */
const POINTS_BACK = /^\s*(?:that|this|which|it)\s*(?:is|was|'s|represents|represented|makes up|made up|accounts for|accounted for)\b/i;

/**
 * Shanghai now has more than 1,100 AI companies, and Pudong alone accounts for about 40 percent of them; …61 models developed
 * in Xuhui had completed national filing. That is 44 percent of the city's total: an English share that names no measure
 * but points back to a count is that count's share of the city, or of the country where it says so. The count is the last
 * figure before the share (in its sentence, or in the sentence before for "That is …"), and must have a metric. "Of them"
 * needs the count to be the city's own, named so in its sentence, and a place of the city that holds the share (Pudong
 * accounts for …) or is where the part is (… of them come from companies in ModelSpeed Space); anything more after the
 * whole (of them in Pudong hold a degree, of the city's total AI investment) leaves the share unread.
 */
export function shareOfCount(
  text: string,
  m: Mention,
  clause: Span,
  sentence: Span,
  earlier: ReadonlyArray<Fact>,
  previous: ReadonlyArray<Fact>,
  places: ReadonlyArray<PlaceMention>,
  mentions: ReadonlyArray<Mention>,
  catalogue: Catalogue,
): { metric: string; reason: null; period?: string | null } | null {
  if (m.unit !== 'percent') return null;
  const after = text.slice(m.end, clause.end);
  const back = BACK_WHOLE.exec(after);
  const ofThem = back?.[1] !== undefined;
  const partIn =
    back === null
      ? places.some(
          (p) =>
            !p.national &&
            p.start >= m.end &&
            p.start <= clause.end &&
            PART_IN.test(text.slice(m.end, p.start)) &&
            /^\s*(?:$|[.,;])/.test(text.slice(p.end, clause.end)),
        )
      : false;
  if (back === null && !partIn) return null;
  const notShare = (f: Fact): boolean => f.unit !== 'percent';
  const pointsBack = POINTS_BACK.test(text.slice(clause.start, m.start));
  // The count is the last number before the share (…1,100 AI companies serving 3,000 manufacturers, and Jiading accounts
  // for 30 percent of them: the manufacturers, not read as a fact, are "them"); pointing back, the only one of the sentence
  // before (two counts leave "That is 30 percent" unread).
  const numbers = mentions.filter((x) => x.end <= m.start && x.unit !== 'percent');
  const lastNumber = numbers.at(-1);
  const inSentence = earlier.filter(notShare).at(-1);
  const before = previous.filter(notShare);
  const count =
    inSentence !== undefined
      ? numbers.length === 1 && lastNumber!.text === inSentence.text
        ? inSentence
        : undefined
      : lastNumber === undefined &&
          pointsBack &&
          back !== null &&
          !ofThem &&
          before.length === 1 &&
          !NEW_ENTRIES.test(before[0]!.source.quote)
        ? before[0]
        : undefined;
  if (count?.metric == null || count.metric.includes('__') || count.status !== 'actual') return null;
  const cityCount = count.geo === 'shanghai' && count.place === null;
  let family: string;
  if (ofThem || partIn) {
    // The holder opens its clause (Pudong accounts for …; Pudong's Zhangjiang hosts …), alone: not "Pudong and Xuhui
    // account for", "universities in Yangpu account for", "districts other than Pudong account for".
    const opens = (p: PlaceMention): boolean =>
      SHARE_HOLDER_LEAD.test(text.slice(clause.start, p.start)) ||
      places.some(
        (q) => q.end <= p.start && SHARE_HOLDER_LEAD.test(text.slice(clause.start, q.start)) && /^'s\s+$/.test(text.slice(q.end, p.start)),
      );
    const holder = places.some(
      (p) =>
        !p.national && p.start >= clause.start && p.end <= m.numberStart && opens(p) && HOLDER_VERB.test(text.slice(p.end, m.numberStart)),
    );
    if (!(holder || partIn) || !cityCount || !CITY_NAMED.test(text.slice(sentence.start, m.start))) return null;
    family = '__share_of_city';
  } else if (/country|national/i.test(back![0])) {
    // Shanghai's share of the country: of a count of the city's own, not of a district's.
    if (!cityCount) return null;
    family = '__share_of_country';
  } else family = '__share_of_city';
  const metric = `${count.metric}${family}`;
  if (!catalogue.metrics.some((e) => e.id === metric)) return null;
  // That is 44 percent of the city's total: of the date of the count it points back to.
  return inSentence === undefined ? { metric, reason: null, period: count.period } : { metric, reason: null };
}
