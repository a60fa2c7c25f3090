/**
 * What the article as a whole says about its figures: its title and kind of report, headings, the headline
 * repeated in the text, and where each offset falls in the file.
 */
import type { Fact } from '../../schema/metricsFile';
import { scanDates, type ArticleDate } from '../dates';
import { BODY_END_LINE, toOriginalSpan, type CleanText } from '../normalize';
import { scanEnglishDates } from '../englishDates';
import type { PlaceMention } from '../places';
import type { Sentence, Span } from '../segment';
import { REASONS } from './reasons';

/** Titles of a place's own report: 政府工作报告, 统计公报, 国民经济和社会发展…, government work report. */
export const OWN_REPORT =
  /政府工作报告|统计公报|国民经济和社会发展|行动方案|行动计划|实施方案|发展规划|工作要点|工作总结|年度回顾|这一年|government work report|statistical communiqu|action plan|year in review|\bin review\b|annual review/i;

/** A park's own page: its guide for investors, its profile (招商指南, 园区简介, fact sheet). */
export const PARK_PAGE =
  /招商指南|招商手册|投资指南|园区简介|园区概况|园区介绍|简介|概况|investment guide|park profile|fact sheet|at a glance/i;

/** A title that reports on one year: 2025年上海市国民经济和社会发展统计公报, 徐汇区2024年经济运行情况综述. */
export const YEAR_REPORT = /统计公报|国民经济和社会发展|政府工作报告|经济运行|综述|回顾|年报|年度报告|工作总结/;
/** A line that ends an article's body on a web page: the links to other articles after it. */
export const AFTER_BODY = new RegExp(`(?:^|\\n)${BODY_END_LINE.source.slice(1)}`, 'i');

/** An English title that reports on a period: Shanghai's economy in the first three quarters of 2025, 2024 in review. */
export const PERIOD_REPORT_EN =
  /\beconomy\b|\bstatistic|communiqu|\bin review\b|\bannual report\b|\bbulletin\b|\bin figures\b|\bin numbers\b/i;

/**
 * The one period a report's title names (2025年前三季度上海经济运行情况, Shanghai's economy in the first three quarters of
 * 2025), or null: the period of the report's flows that state none.
 */
export function reportPeriodOf(title: string, english: boolean, date: ArticleDate): string | null {
  if (!(english ? PERIOD_REPORT_EN : YEAR_REPORT).test(title) || /政府工作报告|work report/i.test(title)) return null;
  const ds = (english ? scanEnglishDates(title, date) : scanDates(title, date)).filter((d) => d.kind === 'explicit');
  return ds.length === 1 ? ds[0]!.period : null;
}

/** The years a title names with 年 (2025年上海市…统计公报), in order. */
export const yearsNamedIn = (title: string): string[] => [...title.matchAll(/(?<![0-9])(?:19|20)[0-9]{2}(?=年)/g)].map((m) => m[0]);

/** Years in brackets (2026—2028年), (2024-2026): found first, as a bracket is rare; then the words before are read. */
export const YEARS_IN_BRACKETS = /[（(]\s*(?:19|20)[0-9]{2}\s*[—–\-－~至到]\s*((?:19|20)[0-9]{2})\s*年?\s*[)）]/g;
/** A plan's name right before its years: 《…三年行动方案（2026—2028年）》, Action Plan (2024-2026). */
export const PLAN_NAME_END = /(?:方案|计划|計劃|规划|規劃|纲要|綱要|意见|意見|措施|plan|program|programme|outline|measures)[》”"]?\s*$/i;

/**
 * The year an article's undated targets are set for, or null: a government work report's own year (its 力争产业规模达到
 * 1300亿元 is that year's goal), or the last year of the one plan the article names with its years (上海将利用3年时间，
 * 实现人工智能产业规模超过2000亿元, in an article on 《…行动方案（2026—2028年）》).
 */
export function documentTargetYear(title: string, text: string, now: string): string | null {
  if (/政府工作报告|government work report/i.test(title)) {
    const years = yearsNamedIn(title);
    return years.length === 1 ? years[0]! : now.slice(0, 4);
  }
  const all = `${title}\n${text}`;
  const ends = new Set(
    [...all.matchAll(YEARS_IN_BRACKETS)]
      .filter(
        (m) =>
          PLAN_NAME_END.test(all.slice(Math.max(0, m.index - 12), m.index)) ||
          // …the "Action Plan for … (2026 - 2028)": the years close the quoted name.
          (/^["”》」]/.test(all.slice(m.index + m[0].length)) && inQuotedPlanName(all, m.index)),
      )
      .map((m) => m[1]!),
  );
  return ends.size === 1 ? [...ends][0]! : null;
}

/** A plan's word anywhere in its name: "Action Plan for the Development of …", 《…行动方案》. */
export const PLAN_WORD = /方案|计划|計劃|规划|規劃|纲要|綱要|意见|意見|措施|\b(?:plan|program|programme|measures|outline)\b/i;
/** The plan as the speaker of a clause: The "Action Plan" mentioned that …, 《方案》提出, 计划明确. */
export const PLAN_SAYS =
  /(?:方案|计划|計劃|规划|規劃|纲要|綱要|\b(?:plan|program|programme))[》」”"]?\s*(?:also\s+)?(?:mentioned|mentions|says|said|states|stated|proposes|proposed|calls for|called for|sets out|set out|提出|明确|要求|指出|提到)/i;

/**
 * Whether `at` (years in brackets) closes a quoted name that is a plan's, its plan word anywhere in it: "Action Plan for
 * the Development of Shanghai's Digital and Intelligent Economy (2026 - 2028)".
 */
export function inQuotedPlanName(text: string, at: number): boolean {
  const from = Math.max(0, at - 160);
  const before = text.slice(from, at);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'), before.lastIndexOf('《'), before.lastIndexOf('「'));
  if (open < 0) return false;
  const name = before.slice(open + 1);
  return !/[”》」\n]/.test(name) && PLAN_WORD.test(name);
}

/** Reports of one year's statistics, whose body opens with the year when the title does not name it. */
const STATISTICS_REPORT = /统计公报|国民经济和社会发展|年报|年度报告|经济运行/;
/** A title about a statistics bulletin: its flows with no date of their own are of the bulletin's year. */
export const STATISTICS_TITLE = /统计公报|国民经济和社会发展/;
/** The first year the body names, at the start of a line (2019年，全市…), within its opening. */
const BODY_OPENING_YEAR = /(?:^|\n)\s*((?:19|20)[0-9]{2})年[，,]/;
const BODY_OPENING_REACH = 300;
/** A statistics bulletin named with its year: 《2020年上海市国民经济和社会发展统计公报》. */
const NAMED_BULLETIN = /《((?:19|20)[0-9]{2})年[^》]{0,30}(?:统计公报|国民经济和社会发展)/;
/** The one year a report's title names, or null (its 全年 and 年末 are that year's). */
export function reportYearOf(title: string | undefined, body = '', published: number | null = null): number | null {
  if (title === undefined || !YEAR_REPORT.test(title)) return null;
  const years = yearsNamedIn(title);
  // 上海市国民经济和社会发展统计公报（摘录）: a statistics report whose title names no year is of the year its body opens with
  // (2019年，全市实现生产总值…), when that year is over.
  if (years.length === 0 && STATISTICS_REPORT.test(title) && published !== null) {
    // …上海市统计局日前发布《2020年上海市国民经济和社会发展统计公报》: or the year of the bulletin its opening names.
    const opening = BODY_OPENING_YEAR.exec(body.slice(0, BODY_OPENING_REACH)) ?? NAMED_BULLETIN.exec(body.slice(0, BODY_OPENING_REACH));
    return opening && Number(opening[1]) < published ? Number(opening[1]) : null;
  }
  if (years.length === 0 || years.some((y) => y !== years[0])) return null;
  // 2021年政府工作报告 is delivered in 2021 and looks back on 2020.
  return Number(years[0]) - (/政府工作报告/.test(title) ? 1 : 0);
}

/** A heading: a paragraph of its own, short, with no sentence-final punctuation. */
export const HEADING_MAX = 40;
/** The longest caption over lines of labelled figures. */
const CAPTION_MAX = 64;
export const HEADING_BREAKERS = /[。！？!?；;，,：:]/;
/** The body's first line when it repeats the title (a page's headline), in the clean text; null when it does not. */
export function headlineSpan(text: string, title: string): Span | null {
  const want = title.replace(/\s+/g, '');
  if (want === '') return null;
  const start = text.search(/\S/);
  if (start < 0) return null;
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  return text.slice(start, end).replace(/\s+/g, '') === want ? { start, end } : null;
}

/**
 * 上海人工智能产业规模去年突破4000亿元 as the headline over a body that says 2024年…达到4127亿元: the headline's rounded
 * figure gives way to the body's own of the same measure and place; a headline figure the body does not restate stays.
 */
export function dropHeadlineRepeats(facts: Fact[], headline: Span | null, clean: CleanText): void {
  if (headline === null) return;
  const { start, end } = toOriginalSpan(clean, headline.start, headline.end);
  const inHeadline = (f: Fact): boolean => f.start >= start && f.end <= end;
  for (let k = 0; k < facts.length; k++) {
    const f = facts[k]!;
    if (f.metric === null || f.period === null || !inHeadline(f)) continue;
    // The headline's own date may be read off its other half (上半年浦东…增长12.3% 张江人工智能岛入驻企业超120家): the body's figure
    // of the same measure and place, whatever its period, is the one to chart.
    const body = facts.some((g) => !inHeadline(g) && g.metric === f.metric && g.geo === f.geo && g.place === f.place && g.period !== null);
    if (body) facts[k] = { ...f, metric: null, reason: REASONS.headline };
  }
}

/** An outlet's tag or dateline in brackets: 【香港经济日报讯】, （中央社记者…上海20日专电）. */
export const OUTLET_TAG = /【[^】\n]{2,30}?(?:讯|电|报道|消息|新闻)】|[（(][^）)\n]{2,40}?(?:专电|电|讯)[）)]/g;
/** Where the text's outlet tags stand: the places in them (香港经济日报) are the outlet's, no figure's scope. */
export function outletTags(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(OUTLET_TAG)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * The one place a heading line is nothing but ("Shenzhen", 一、浦东新区, Xuhui district:), or null: a heading that names
 * no place, several, or says more than a name leaves the paragraphs under it to their own words.
 */
export function placeHeading(text: string, sentence: Sentence, places: ReadonlyArray<PlaceMention>): PlaceMention | null {
  const own = places.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  if (own.length !== 1) return null;
  const rest = (text.slice(sentence.start, own[0]!.start) + text.slice(own[0]!.end, sentence.end))
    .replace(PROFILE_WORDS, '')
    .replace(HEADING_NOISE, '');
  return rest.length === 0 ? own[0]! : null;
}
/** A sentence at a line's start that opens with a place and a colon (• Shenzhen: …; 浦东新区：…): the place, else null. */
export function labelPlace(text: string, sentence: Sentence, places: ReadonlyArray<PlaceMention>): PlaceMention | null {
  const first = places[0];
  if (first === undefined) return null;
  return LABEL_LEAD.test(text.slice(sentence.start, first.start)) && LABEL_COLON.test(text.slice(first.end, first.end + 3)) ? first : null;
}
export const LABEL_LEAD = /^[\s•·▪◦●*-]*$/;
export const LABEL_COLON = /^\s?[:：]/;
/** Beijing at a glance, 浦东概况: words of a profile that leave a heading about its place alone. */
const PROFILE_WORDS =
  /\b(?:at a glance|in brief|in numbers|in figures|snapshot|overview|profile|key figures|highlights)\b|概况|一览|速览|概览|简况/gi;
/** Numbering, punctuation and generic words a place's heading may carry (一、, 2., district, 区, :). */
export const HEADING_NOISE = /[\s0-9一二三四五六七八九十、.．:：()（）\-–—•*#]|\b(?:district|new area)\b/gi;

export function isHeading(text: string, sentence: Sentence): boolean {
  if (sentence.end - sentence.start > CAPTION_MAX) return false;
  const own = text.slice(sentence.start, sentence.end);
  // Key figures (end-2025): / 主要指标（2025年末）： over lines of a label, a colon and a figure: the caption of that list.
  const overList = LABELLED_LINE.test(text.slice(sentence.end + 1, sentence.end + 1 + LABELLED_LINE_MAX));
  // Slide 2 - Headline numbers, Shanghai (FY2025): a caption over such lines may be longer than a heading.
  if (sentence.end - sentence.start > HEADING_MAX && !overList) return false;
  const caption = CAPTION_COLON.test(own) && overList;
  // Headline numbers, Shanghai (FY2025) over such lines: an English comma inside a caption.
  const tested = caption ? own.replace(CAPTION_COLON, '') : overList ? own.replace(/,(?=\s)/g, '') : own;
  // A line that ends with a full stop is a sentence of its own (The island opened in 2019.), not a heading.
  if (HEADING_BREAKERS.test(tested) || /[a-z0-9)]\.\s*$/i.test(own)) return false;
  const before = text[sentence.start - 1];
  const after = text[sentence.end];
  return (before === undefined || before === '\n') && (after === undefined || after === '\n');
}
const CAPTION_COLON = /[:：]\s*$/;
/** A line that is a label, a colon and a figure and nothing more: Large models filed: 92, 人工智能企业：1150家. */
const LABELLED_LINE = /^[ \t•·▪◦●*-]*[^:：\n0-9]{2,40}[:：]\s*[^\s:：\n][^:：\n]{0,30}?[0-9][^:：\n]{0,20}(?:\n|$)/;
const LABELLED_LINE_MAX = 100;

/**
 * The quote as the article prints it (full-width punctuation kept), minus what clean-up removed:
 * the layout's line breaks inside the sentence and Markdown marks.
 */
export function originalChars(original: string, clean: CleanText, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += original[clean.map[i]!];
  return out;
}

export function lineStarts(s: string): number[] {
  const starts = [0];
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineOf(starts: ReadonlyArray<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
