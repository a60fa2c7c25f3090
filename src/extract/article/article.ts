/**
 * One article, read once before its sentences: its language and text, the dates, quantities, places and sentences
 * scanned from it, and what its title says about the whole (the place it is about, a report's period, a plan's year).
 * Nothing here changes while the sentences are read.
 */
import type { Language } from '../../schema/metricsFile';
import type { Catalogue } from '../catalogue';
import { TextWindows } from '../match/words';
import { detectLanguage, toSimplified } from '../language';
import { dateSpans, editionNamed, EVENT_IN_TEXT, nowPeriod, scanDates, type ArticleDate, type DateMention } from '../dates';
import { toOriginalSpan, type CleanText } from '../normalize';
import { scanEnglishDates } from '../englishDates';
import { scanEnglishQuantities } from '../englishQuantities';
import { splitEnglishSentences } from '../englishSentences';
import { scanQuantities, type Mention, type Skipped } from '../numbers';
import { withAbbreviations, withShortNames, type PlaceMatcher, type PlaceMention } from '../places';
import { splitSentences, type Sentence } from '../segment';
import {
  AFTER_BODY,
  documentTargetYear,
  lineStarts,
  outletTags,
  OWN_REPORT,
  PARK_PAGE,
  reportPeriodOf,
  reportYearOf,
  STATISTICS_TITLE,
  yearsNamedIn,
} from './document';
import { SHANGHAI_WORDS, topicOf } from './scope';

export interface ArticleInput {
  id: string;
  /** The decoded file, front matter included: offsets point into this string. */
  original: string;
  date: ArticleDate;
  /** The article's title: a district or zone it names is the article's topic. */
  title?: string;
}

export interface ExtractContext {
  catalogue: Catalogue;
  /** The same catalogue lower-cased, as English text is matched. */
  englishCatalogue: Catalogue;
  places: PlaceMatcher;
}

export interface Article {
  input: ArticleInput;
  ctx: ExtractContext;
  clean: CleanText;
  lang: Language;
  /** The clean text, traditional Chinese read as simplified and English with plain apostrophes: same length, same offsets. */
  text: string;
  english: boolean;
  /** The text as words are matched in it: lower-cased in English ("AI industry" and "ai industry" alike), same offsets. */
  words: string;
  /** The catalogue of the article's language (lower-cased for English). */
  catalogue: Catalogue;
  windows: TextWindows;
  /** The title, read as the text is (traditional as simplified). */
  titleText: string;
  /** The year a statistics bulletin or work report in the title reviews (2024年…统计公报 → 2024). */
  reportYear: number | null;
  dates: DateMention[];
  /** Numbers the scanner could not read, with the reason. */
  skipped: Skipped[];
  mentions: Mention[];
  /** Whether the title names Shanghai or a place in it. */
  titleAnchored: boolean;
  placeMentions: PlaceMention[];
  sentences: Sentence[];
  /** Where each line of the original file starts, for a fact's line number. */
  lines: number[];
  /** The article's date as a period (2024-07). */
  now: string;
  /** Whether the title or the text has a word anywhere (2025世界人工智能大会闭幕 over a body that says only 本届大会). */
  documentHas: (word: string) => boolean;
  /** The WAIC edition the title names (2018 WAIC“高光”时刻回顾): the one the article's undated edition figures are of. */
  titleEdition: number;
  /** Where the article first names Shanghai or a place in it. */
  anchorAt: number;
  /** The district or zone the title is about, and the cluster it names. */
  topic: PlaceMention | undefined;
  titleCluster: PlaceMention | undefined;
  /**
   * Minhang district released its 2024 figures … The industry grew 18.3 percent last year: once the text has named the
   * place its title is about (`topicAt`), and until it names another scope (`otherScopeAt`: the city, another district,
   * another place), it speaks of that place.
   */
  topicAt: number;
  otherScopeAt: number;
  /** A district's own report (徐汇区政府工作报告, 统计公报) speaks of the district throughout. */
  ownReport: boolean;
  /** 马桥人工智能创新试验区招商指南: a park's own page speaks of the park throughout, as a district's report of the district. */
  parkPage: boolean;
  /** The period a report on part of a year covers (Shanghai's economy in the first three quarters of 2025). */
  reportPeriod: string | null;
  /** The last year of the plan the article is (行动方案(2024—2026年)). */
  documentTarget: string | null;
  /** 相关阅读, Related Stories: where the article's own text ends and other articles' headlines begin. */
  bodyEnd: number;
  /** Whether the text names a WAIC edition anywhere. */
  namesEditions: boolean;
}

/**
 * `tables`: where the article's text tables are, in the original text. Their rows are read as tables: the places they
 * name are not the prose's (a table's last row, Yangpu, is not the place of the list or paragraph after it).
 */
export function readArticle(
  input: ArticleInput,
  ctx: ExtractContext,
  clean: CleanText,
  tables: ReadonlyArray<{ start: number; end: number }> = [],
): Article {
  const lang = detectLanguage(clean.text);
  // Traditional Chinese is read as simplified, character for character: offsets and quotes are unchanged.
  // Traditional Chinese is read as simplified; English with plain apostrophes (nation’s → nation's). Same length.
  const text = lang === 'zh-Hant' ? toSimplified(clean.text) : lang === 'en' ? clean.text.replace(/[’‘]/g, "'") : clean.text;
  const english = lang === 'en';
  // Words are matched lower-cased in English ("AI industry" and "ai industry" alike); same offsets.
  const lower = english ? text.toLowerCase() : text;
  const words = english && lower.length === text.length ? lower : text;
  const titleText = input.title === undefined ? '' : lang === 'zh-Hant' ? toSimplified(input.title) : input.title;
  const reportYear = english ? null : reportYearOf(titleText, text, input.date.year);
  const dates = english ? scanEnglishDates(text, input.date) : scanDates(text, input.date, reportYear);
  const scan = english ? scanEnglishQuantities : scanQuantities;
  const scanned = scan(text, 0, text.length, dateSpans(dates));
  const mentions = scanned.bare?.length ? [...scanned.mentions, ...scanned.bare].sort((a, b) => a.start - b.start) : scanned.mentions;
  const titlePlaces = ctx.places.scan(titleText);
  const titleAnchored = SHANGHAI_WORDS.test(titleText) || titlePlaces.some((p) => !p.national);
  // 2025北京加快数字经济标杆城市建设: 全市 and 我市 in its text are Beijing.
  const aboutElsewhere = !titleAnchored && titlePlaces.some((p) => p.elsewhere);
  const tags = outletTags(text);
  const placeMentions = withShortNames(
    text,
    withAbbreviations(
      text,
      ctx.places
        .scan(text, aboutElsewhere)
        .filter((p) => !tags.some((t) => t.start <= p.start && p.end <= t.end) && !inTables(tables, clean, p.start)),
    ),
    ctx.places.gazetteer,
  );
  const now = nowPeriod(input.date);
  const docWords = new Map<string, boolean>();
  // The document is its title and its text: 2025世界人工智能大会闭幕 over a body that says only 本届大会.
  const titleWords = english ? titleText.toLowerCase() : titleText;
  const documentHas = (w: string): boolean => {
    let has = docWords.get(w);
    if (has === undefined) docWords.set(w, (has = words.includes(w) || titleWords.includes(w)));
    return has;
  };
  const { topic, cluster: titleCluster } = topicOf(titlePlaces, ctx.places);
  return {
    input,
    ctx,
    clean,
    lang,
    text,
    english,
    words,
    catalogue: english ? ctx.englishCatalogue : ctx.catalogue,
    windows: new TextWindows(words),
    titleText,
    reportYear,
    dates,
    skipped: scanned.skipped,
    mentions,
    titleAnchored,
    placeMentions,
    sentences: english ? splitEnglishSentences(text) : splitSentences(text),
    lines: lineStarts(input.original),
    now,
    documentHas,
    titleEdition: editionNamed(titleText, 0, titleText.length),
    anchorAt: Math.min(placeMentions.find((p) => !p.national)?.start ?? Infinity, SHANGHAI_WORDS.exec(text)?.index ?? Infinity),
    topic,
    titleCluster,
    topicAt:
      topic === undefined
        ? Infinity
        : (placeMentions.find((p) => !p.national && p.geo === topic.geo && p.place === topic.place)?.start ?? Infinity),
    otherScopeAt:
      topic === undefined
        ? 0
        : Math.min(
            placeMentions.find((p) => p.national || p.geo !== topic.geo || (p.place !== null && p.place !== topic.place))?.start ??
              Infinity,
            SHANGHAI_WORDS.exec(text)?.index ?? Infinity,
          ),
    ownReport: OWN_REPORT.test(titleText),
    parkPage: titleCluster !== undefined && PARK_PAGE.test(titleText),
    // A statistics report whose title names no year is of the year found for it in its body (reportYear).
    reportPeriod:
      reportPeriodOf(titleText, english, input.date) ??
      (reportYear !== null && yearsNamedIn(titleText).length === 0 && STATISTICS_TITLE.test(titleText) ? String(reportYear) : null),
    documentTarget: documentTargetYear(titleText, text, now),
    bodyEnd: AFTER_BODY.exec(text)?.index ?? text.length,
    namesEditions: EVENT_IN_TEXT.test(text),
  };
}

/** Whether a place of the clean text stands in one of the article's tables (original offsets). */
function inTables(tables: ReadonlyArray<{ start: number; end: number }>, clean: CleanText, at: number): boolean {
  if (tables.length === 0) return false;
  const o = toOriginalSpan(clean, at, at + 1).start;
  return tables.some((t) => o >= t.start && o < t.end);
}
