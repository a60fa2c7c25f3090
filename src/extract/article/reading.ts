/**
 * What reading an article carries from one sentence to the next: the facts read so far, where the scans stand, and
 * what earlier sentences leave to later ones (the place a paragraph ended on, a heading's date and place, an as-of
 * date, a plan's target year, the wholes a breakdown refers to …).
 */
import type { GeoId } from '../../schema/geo';
import type { Fact, Status } from '../../schema/metricsFile';
import type { CatalogueEntry } from '../catalogue';
import type { DateMention } from '../dates';
import type { Skipped } from '../numbers';
import type { PlaceMention } from '../places';
import type { Sentence } from '../segment';
import type { Article } from './article';
import { labelPlace } from './document';
import { RANGE_START, SPAN, type Dated, type RangeYears } from './period';

/** The date a sentence cut at ；hands to the next one in its paragraph. */
export interface Carried {
  paragraph: number;
  date: DateMention | null;
  /** The years of the last change from … to … before the ；(从2016年的约500亿元增长到2020年的2246亿元；…从不到500家增加到1150家). */
  range?: RangeYears;
}

export interface Reading {
  facts: Fact[];
  /** Gazetteer ids the article names. */
  mentionedPlaces: Set<string>;
  /** Numbers read with no unit and none to borrow: unread. */
  unitless: Skipped[];
  /** Where the walks over the article's quantities, dates and places stand. */
  mi: number;
  di: number;
  pi: number;
  /** The place the last sentence with one ended on, and its paragraph. */
  carry: { paragraph: number; place: PlaceMention; subject?: PlaceMention } | null;
  /** The place the paragraph before ended on: what "The center is …" opening a paragraph points back to. */
  lastParagraph: { paragraph: number; place: PlaceMention } | null;
  /** The district last named: what 全区, 本区 mean (at first the district the title names). */
  lastDistrict: GeoId | null;
  /** The zone last named (临港新片区, the Lingang Special Area), for "the area" that points back to it. */
  lastArea: PlaceMention | null;
  /** The date of the heading the current paragraphs sit under ("2024年上半年" on a line of its own). */
  heading: DateMention | null;
  /** The date a sentence cut at ；hands on. */
  carried: Carried | null;
  /** The WAIC edition the current heading names, and the last one named earlier in the current paragraph. */
  headingEdition: number;
  paragraphEdition: { paragraph: number; year: number };
  /**
   * A sentence that opens with a pronoun ("It aims to … and already has …") points where the sentence before it in its
   * paragraph pointed ("The center is …"), if it did.
   */
  previousSentence: Sentence | undefined;
  previousCarried: boolean;
  /** The year a target of the current paragraph is set for (到2027年，…。力争产业规模达到2000亿元): its later targets' year. */
  paragraphTarget: { paragraph: number; period: string };
  /**
   * The date a sentence of the current paragraph opened with (In 2020, …; 2020年，…): the date of the flows of its later
   * sentences that state none at all (… . The AI industry output reached 224.6 billion yuan). A stock stated with no
   * date is as of the article (the city is home to one-third of …), not of an earlier sentence's year.
   */
  paragraphDate: { paragraph: number; period: string };
  /**
   * The same date when the sentence that opened with it reports data, not an event (2024年，全市…达4500亿元, not 2023年9月，模速
   * 空间揭牌): a count in a later sentence of the paragraph with no time word at all, nor a present verb, is of that period.
   */
  dataDate: { paragraph: number; period: string };
  /**
   * The last date the sentence before stated: a sentence that opens with a part of its whole (其中，…; 这995家企业中，…;
   * Among them, …) counts that whole's members as of the same date.
   */
  previousDate: Carried | null;
  /** The figures of the last sentence that had any, and its paragraph: what 这一数字 (this figure) may point back to. */
  previousFacts: { paragraph: number; facts: Fact[] };
  /**
   * The as-of date of the article's data (报告显示，截至2018年8月，…; As of Nov. 30, 2024, …) while no other date has followed
   * it: a stock stated later with no time word at all (…重点企业主要集聚在浦东新区和徐汇区，各分布了134家) is of the same count.
   */
  asOf: DateMention | null;
  /** The place a heading line names on its own ("Shenzhen", 浦东新区): the scope of the paragraphs under it that name none. */
  headingPlace: PlaceMention | null;
  /** Whether the heading the paragraph sits under names goals (二、2022年主要目标): its figures of years to come are targets. */
  headingGoals: boolean;
  /**
   * The city-wide figures read so far (…融资总额约1180亿元。分区看，徐汇区约410亿元): the wholes a sentence that breaks them
   * down by place refers to.
   */
  wholes: Array<{ fact: Fact; paragraph: number }>;
  /** A breakdown cut at ；goes on in the sentence after it (从区域看，浦东新区…；徐汇区、闵行区分别为210亿元和150亿元). */
  breakdownGoesOn: boolean;
  /** The paragraph of the last sentence that broke a whole down by place (By district, Xuhui led with …). */
  breakdownParagraph: number;
  /** The last dated level of each flow, and its paragraph: what an undated share of it in the paragraphs after is of. */
  lastLevel: Map<string, { period: string; paragraph: number }>;
  /** Whether the sentence before, in its paragraph, was about another city only (Shenzhen … has about 2,600 AI firms). */
  elsewhereBefore: { paragraph: number; only: boolean };
  /** The metric of each figure read so far and where it ends in the clean text (a whole its parts after 其中 belong to). */
  readMetrics: Array<{ metric: string | null; end: number }>;
  /**
   * The place a line opens with before a colon, where that line starts and where it ends: the parts of the line cut at ；
   * are its too, and nothing after its end.
   */
  label: { lineStart: number; place: PlaceMention | null; lineEnd: number };
  lineScan: number;
  lineStart: number;
}

export function startReading(article: Article): Reading {
  return {
    facts: [],
    mentionedPlaces: new Set(),
    unitless: [],
    mi: 0,
    di: 0,
    pi: 0,
    carry: null,
    lastParagraph: null,
    // 全区, 本区 before any district is named in the text: the district the title names.
    lastDistrict: article.topic ? article.topic.geo : null,
    lastArea: null,
    heading: null,
    carried: null,
    headingEdition: 0,
    paragraphEdition: { paragraph: -1, year: 0 },
    previousSentence: undefined,
    previousCarried: false,
    paragraphTarget: { paragraph: -1, period: '' },
    paragraphDate: { paragraph: -1, period: '' },
    dataDate: { paragraph: -1, period: '' },
    previousDate: null,
    previousFacts: { paragraph: -1, facts: [] },
    asOf: null,
    headingPlace: null,
    headingGoals: false,
    wholes: [],
    breakdownGoesOn: false,
    breakdownParagraph: -1,
    lastLevel: new Map(),
    elsewhereBefore: { paragraph: -1, only: false },
    readMetrics: [],
    label: { lineStart: -1, place: null, lineEnd: 0 },
    lineScan: 0,
    lineStart: 0,
  };
}

/** The place the line holding `sentence` opens with before a colon (• Shenzhen: …), if the line is such a label. */
export function labelOfLine(
  text: string,
  r: Reading,
  sentence: Sentence,
  ps: ReadonlyArray<PlaceMention>,
): { place: PlaceMention; lineEnd: number } | null {
  for (; r.lineScan < sentence.start; r.lineScan++) if (text.charCodeAt(r.lineScan) === 10) r.lineStart = r.lineScan + 1;
  // Pudong: 1,200 AI firms; Xuhui: 1,000 firms: a label that opens a later sentence of the line takes over from the one before.
  const opensLine = sentence.start === r.lineStart;
  const place = opensLine || (r.label.lineStart === r.lineStart && r.label.place !== null) ? labelPlace(text, sentence, ps) : null;
  if (opensLine || place !== null) {
    const end = place === null ? -1 : text.indexOf('\n', sentence.start);
    r.label = { lineStart: r.lineStart, place, lineEnd: end < 0 ? text.length : end };
  }
  return r.label.lineStart === r.lineStart && r.label.place !== null ? { place: r.label.place, lineEnd: r.label.lineEnd } : null;
}

/** An undated share of a flow: of the period of that flow's level just before it (in its paragraph or the one before). */
export function shareOfEarlier(r: Reading, entry: CatalogueEntry | undefined, d: Dated, status: Status, paragraph: number): Dated | null {
  if (entry?.of === undefined || entry.kind !== 'flow' || d.period !== null || d === RANGE_START || d === SPAN || status !== 'actual')
    return null;
  const level = r.lastLevel.get(entry.of);
  return level !== undefined && paragraph - level.paragraph <= 1 ? { period: level.period, basis: 'context' } : null;
}
