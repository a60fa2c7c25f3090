/**
 * Whether the subject of a figure's clause is the metric's subject (AI, not another industry or all industry):
 * the nearest subject word before the figure, lists of fields, and the whole a part belongs to.
 */
import type { Bilingual } from '../../schema/metricsFile';
import type { Catalogue, Subjects } from '../curated';
import type { Span } from '../segment';
import { subjectReach, wordOutside } from './clause';
import { WIDER_TOTAL, narrowerFollows } from './parts';
import {
  ADJACENT,
  HEAD,
  LIST_BACK,
  OUTPUT_KINDS,
  PARALLEL_SUBJECT,
  PART_WHOLE_BACK,
  PART_WORDS,
  SUBJECT_NAMES,
  TOPIC_WINDOW,
  type MatchContext,
} from './context';
import { type TextWindows, WordSet, anyWord, wordSet } from './words';

/** The nearest subject word in `[from, to)`: the last one when looking back, the first when looking ahead. */
export function nearestSubject(
  subjects: Subjects,
  text: TextWindows,
  from: number,
  to: number,
  last: boolean,
  names: ReadonlyArray<Span> = [],
): { subject: string; word: string } | null {
  const { set, subjectOf } = subjectIndex(subjects);
  // 市北高新技术服务业园区已集聚人工智能相关企业200余家: a word inside a place's name (服务业) is not the figure's subject.
  const found = wordOutside(set, text, from, to, last, names);
  if (!found) return null;
  const subject = subjectOf.get(found.word)!;
  // emerging industries – including biomedicine … and artificial intelligence (AI) – achieved …: an example inside an aside
  // that lists a wider subject's members is that subject's.
  if (subject !== 'other' && last) {
    const opener = wordSet(EXAMPLE_OPENERS).last(text, Math.max(from, found.at - EXAMPLE_REACH), found.at);
    // The verb after the aside may stand past the span searched (…, which covers e-commerce and AI, generated …).
    const end = found.at + found.word.length;
    // …of which artificial intelligence (AI) output reached …: the bracket that closes an acronym closes no aside; what
    // follows it may (… and artificial intelligence (AI) – achieved).
    const after = text.text[found.at - 1] === '(' && text.text[end] === ')' ? end + 1 : end;
    const closed =
      opener !== null && ASIDE_CLOSE.test(text.slice(after, Math.max(to, Math.min(text.text.length, after + ASIDE_VERB_REACH))));
    const head = closed ? set.last(text, Math.max(0, opener.at - EXAMPLE_REACH), opener.at) : null;
    if (head && subjectOf.get(head.word) === 'other') return { subject: 'other', word: head.word };
  }
  // 集成电路、生物医药、人工智能三大先导产业: the last of a list of industries is the list's, which is not one of them alone.
  if (subject !== 'other' && last) {
    const before = set.last(text, Math.max(0, found.at - 24), found.at);
    if (before && subjectOf.get(before.word) === 'other' && INDUSTRY_LIST_GLUE.test(text.slice(before.at + before.word.length, found.at)))
      return { subject: 'other', word: listOf(before.word, found.word) };
  }
  // 人工智能及数字产业项目, 300 AI and robotics companies: AI first in a list with another industry is the list's too.
  if (subject !== 'other') {
    const end = found.at + found.word.length;
    // The list may run past the span searched (300 companies in AI and robotics): only a joining word stands between.
    const next = set.first(text, end, Math.min(text.text.length, end + LIST_NEXT_REACH));
    if (next && subjectOf.get(next.word) === 'other' && INDUSTRY_LIST_GLUE.test(text.slice(end, next.at)))
      return { subject: 'other', word: listOf(found.word, next.word) };
  }
  return { subject, word: found.word };
}

/** Words that open a list of examples of what stands before them, and how far such a list may reach. */
export const EXAMPLE_OPENERS = [
  'including',
  'such as',
  'which covers',
  'that covers',
  'covering',
  'spanning',
  'of which',
  '包括',
  '例如',
  '涵盖',
];
export const EXAMPLE_REACH = 80;
/** How far past the span searched the aside's closing comma and verb may be read. */
export const ASIDE_VERB_REACH = 44;
/**
 * The aside of examples closes after the subject word: a dash or a bracket (… and artificial intelligence (AI) – achieved), or
 * a comma before the sentence's verb (the district's robotics industry, including humanoid robots, generated …).
 */
export const ASIDE_CLOSE =
  /^\s*(?:\(ai\)\s*)?(?:(?:is|are) (?:just |only )?(?:an? |one )?(?:[a-z-]+ ){0,2}(?:part|component|segment|pillar)\s*)?(?:–|—|-\s|\)|）|,(?=\s+(?:generated|grew|rose|reached|accounted|posted|recorded|hit|totaled|totalled|was|were|is|are|has|had)\b))/;

/** Between the industries of a list: 、, 和, 与, 及, commas, and. */
/** Two industries named together: 集成电路、人工智能; ai and robotics. */
export const listOf = (a: string, b: string): string => (/[a-z]$/.test(a) && /^[a-z]/.test(b) ? `${a} and ${b}` : `${a}、${b}`);
/** How far after AI the next industry of a list may end (" and biomedicine", 及数字产业). */
export const LIST_NEXT_REACH = 20;
export const INDUSTRY_LIST_GLUE = /^(?:产业|行业)?\s*(?:[、,，]|和|与|及|以及|and)\s*$/;

/** Every subject word and every other-industry word in one set, with what each one means. */
export const subjectIndexes = new WeakMap<Subjects, { set: WordSet; subjectOf: Map<string, string> }>();
export function subjectIndex(subjects: Subjects): { set: WordSet; subjectOf: Map<string, string> } {
  let index = subjectIndexes.get(subjects);
  if (!index) {
    const subjectOf = new Map<string, string>();
    for (const w of subjects.other) subjectOf.set(w, 'other');
    // A word listed both ways counts as the subject it names (人形机器人 is robots, not other).
    for (const [subject, words] of Object.entries(subjects.words)) for (const w of words) subjectOf.set(w, subject);
    index = { set: new WordSet([...subjectOf.keys()]), subjectOf };
    subjectIndexes.set(subjects, index);
  }
  return index;
}

/** A subject word as an English reader reads it: its English name in the catalogue, else the word itself when it is English. */
export function subjectWordEn(subjects: Subjects, word: string): string {
  // 生物医药、人工智能: a list of industries, each named.
  if (word.includes('、'))
    return word
      .split('、')
      .map((w) => subjectWordEn(subjects, w))
      .join(' and ');
  return subjects.english[word] ?? (/[\u4e00-\u9fff]/.test(word) ? `another subject (${word})` : word);
}

/** Words that put a sentence at the event itself: 大会期间, 本届大会, during the conference, on the sidelines, at a signing ceremony. */
const AT_THE_EVENT =
  /大会期间|本届大会|大会上|大会现场|大会开幕式上|大会闭幕式上|\b(?:during|at) the (?:conference|event|expo|gathering)\b|\bon the sidelines\b|\bat (?:a|the) signing ceremony\b/i;
/** The World Artificial Intelligence Conference by its names: an article about it. */
const AI_EVENT_NAMES = [
  '世界人工智能大会',
  '世界人工智慧大會',
  'WAIC',
  'waic',
  'World Artificial Intelligence Conference',
  'world artificial intelligence conference',
];

/**
 * Whether the text ties the quantity to `subject`: a subject word in the quantity's own noun phrase
 * (3,000 pan-AI firms after 1,000 AI firms), else the nearest one before it in its clause, else after
 * it in the clause, else before it in the sentence or the paragraph just before.
 */
export function subjectHolds(cat: Catalogue, subject: string, ctx: MatchContext): Bilingual | null {
  const { windows: text, clause, quantity } = ctx;
  const name = SUBJECT_NAMES[subject] ?? { zh: subject, en: subject };
  const about = (found: { subject: string; word: string }): Bilingual | null =>
    found.subject === subject
      ? null
      : { zh: `说的是${found.word}，不是${name.zh}`, en: `about ${subjectWordEn(cat.subjects, found.word)}, not ${name.en}` };
  // The quantity's own noun phrase: English puts it inside the quantity ("200 AI firms"), Chinese after it (100家集成电路企业).
  const names = ctx.placeNames ?? [];
  const own =
    nearestSubject(cat.subjects, text, quantity.start, Math.min(ctx.segment.end, quantity.end + HEAD), false, names) ??
    postModifierSubject(cat.subjects, ctx);
  if (ctx.placeKind !== null && cat.subjects.impliedByPlaceKinds[subject]?.includes(ctx.placeKind)) {
    // A park of the subject's kind is about it, unless the figure's own words name another (… 100 chip design firms).
    const named = own ?? nearestSubject(cat.subjects, text, Math.max(clause.start, quantity.start - ADJACENT), quantity.start, true);
    if (named !== null) return about(named);
    const other = parkOfOther(cat, ctx, names);
    if (other !== null) return about(other);
    // The zone signed 18 projects in AI, new energy and biomedicine with a total investment of …: AI listed with other
    // industries anywhere before the figure in its clause makes the figure the list's, even at an AI park.
    const listed = nearestSubject(cat.subjects, text, Math.max(ctx.sentence.start, clause.start - LIST_BACK), quantity.start, false);
    if (listed !== null && listed.subject === 'other' && /、| and /.test(listed.word)) return about(listed);
    // …新签约项目15个，总投资约58亿元，涵盖人工智能、生物医药、新材料等领域: so does a list of fields in the clause right after it.
    const fields = fieldsAfter(cat.subjects, subject, text, clause, ctx.sentence);
    return fields ? about(fields) : null;
  }
  // A zone's figure (张江科学城, 临港) must say in its own sentence that it is AI: a zone holds every
  // industry, and the article's topic does not make its total output an AI figure.
  // …模速空间集聚1500余家AI企业。张江则汇聚600多家企业: a zone set beside the one before it (则) continues its subject.
  const parallel = PARALLEL_SUBJECT.test(text.slice(ctx.sentence.start, Math.min(ctx.sentence.end, ctx.sentence.start + 16)));
  const lookBack =
    ctx.placeKind === 'area' && !parallel
      ? Math.max(ctx.sentence.start, clause.start - TOPIC_WINDOW)
      : Math.max(0, clause.start - TOPIC_WINDOW);
  const inClause =
    // The quantity's own noun phrase first, then the nearest word before it in its clause.
    own ??
    nearestSubject(cat.subjects, text, clause.start, quantity.start, true, names) ??
    // From the number on: English puts the subject inside the quantity ("200 AI firms").
    // …up to the next figure: over 300 tech startups, about 100 of which work on AI (the AI is the 100's).
    nearestSubject(cat.subjects, text, quantity.start, subjectReach(text.text, quantity.end, clause.end), false, names);
  // 漕河泾开发区目前有人工智能企业约180家，区内企业总数逾5000家: a clause of its own that counts every firm is not AI's.
  if (inClause === null && ALL_FIRMS.test(text.slice(clause.start, clause.end))) return ALL_FIRMS_REASON;
  // 漕河泾开发区集聚人工智能企业约180家，园区全年营业收入超过4000亿元: a clause of its own on the whole zone's revenue or output
  // is every industry's.
  if (inClause === null && WHOLE_ZONE_OUTPUT.test(text.slice(clause.start, quantity.start))) return WHOLE_ZONE_REASON;
  if (inClause === null) {
    const other = parkOfOther(cat, ctx, names);
    if (other !== null) return about(other);
  }
  const found = inClause ?? nearestSubject(cat.subjects, text, lookBack, clause.start, true, names);
  // 大会期间，共签约重大产业项目24个，总投资约300亿元; During the conference, 24 projects were signed …, in an article on the World
  // AI Conference: what the conference did is the AI event's, whatever industry a sentence before it showed.
  if (
    inClause === null &&
    found?.subject !== subject &&
    subject === 'ai' &&
    AT_THE_EVENT.test(text.slice(ctx.sentence.start, ctx.sentence.end)) &&
    AI_EVENT_NAMES.some((w) => ctx.documentHas(w))
  ) {
    // …总投资约510亿元，涉及人工智能、集成电路、生物医药等领域: the signings of several industries are no AI figure.
    const fields = fieldsAfter(cat.subjects, subject, text, clause, ctx.sentence);
    return fields ? about(fields) : null;
  }
  if (found === null) return { zh: `原文未说明与${name.zh}有关`, en: `the text does not say it is about ${name.en}` };
  // The subject taken from before the clause may have named only a part, or a part may follow: the clause counts the whole.
  if (inClause === null && found.subject === subject) {
    if (PART_LEAD.test(ctx.windows.slice(quantity.end, ctx.sentence.end)) && narrowerFollows(CORE_PART_WORDS, ctx)) return WIDER_TOTAL;
    if (wholeAfterPart(ctx, found)) return WHOLE_AFTER_PART;
  }
  // 三大先导产业制造业总产值增长8.6%，其中，…人工智能增长3.2%: a part of another industry's whole is that whole's kind.
  if (found.subject === subject) {
    const before = ctx.windows.slice(ctx.sentence.start, quantity.start);
    const part = before.search(PART_WORDS);
    // A sentence that opens with the part word (Among all, … that of artificial intelligence rose 3.2 percent) takes
    // its whole from the end of the sentence before.
    const opens = part >= 0 && before.slice(0, part).trim() === '';
    const region = opens
      ? { start: Math.max(0, ctx.sentence.start - PART_WHOLE_BACK), end: ctx.sentence.start }
      : { start: ctx.sentence.start, end: ctx.sentence.start + part };
    const whole =
      part < 0
        ? null
        : opens
          ? wholeBefore(cat, text, region.start, region.end)
          : nearestSubject(cat.subjects, text, region.start, region.end, true);
    // 全区在线新经济…1206.4亿元。其中，人工智能产业实现营业收入412.6亿元: AI's own part of a wider grouping of industries
    // is AI's; only a part of a kind of output (工业总产值, 制造业, industrial output: AI's manufacturing) is that kind's.
    if (whole && whole.subject === 'other' && OUTPUT_KINDS.test(text.slice(region.start, region.end))) return about(whole);
    // 总投资约510亿元，涉及人工智能、集成电路、生物医药等领域: a clause right after that lists the fields makes the figure theirs.
    const fields = fieldsAfter(cat.subjects, subject, text, clause, ctx.sentence);
    if (fields) return about(fields);
  }
  return about(found);
}

/**
 * 浦东软件园入驻企业则超过2000家: a park named for another industry (软件园, 生物医药产业园, a chip park) that a clause with no
 * subject word of its own counts in is about that industry.
 */
function parkOfOther(cat: Catalogue, ctx: MatchContext, names: ReadonlyArray<Span>): { subject: string; word: string } | null {
  const park = names.filter((n) => n.start >= ctx.clause.start && n.end <= ctx.quantity.start).at(-1);
  const word = park ? nearestSubject(cat.subjects, ctx.windows, park.start, park.end, true) : null;
  return word !== null && word.subject === 'other' ? word : null;
}

/** A clause that lists the fields of what the one before counts: 涉及…, 涵盖…, spanning …, covering …. */
export const FIELDS_OPENER =
  /^[，,]\s*(?:涉及|涵盖|覆盖|囊括|包括|包含|分布在|分布于|集中在|spanning|covering|across|in fields such as|in sectors such as|including)/;

/** The subject's own name, not one of its fields (大模型, 智能芯片): AI named beside other industries is a list of industries. */
export const CORE_NAMES = new Set(['人工智能', 'ai', 'artificial intelligence']);

/**
 * The fields the clause after `clause` lists, when it names the subject itself beside another industry (人工智能、集成电路);
 * null otherwise. Fields inside the subject (涉及智能芯片、智能驾驶、大模型等领域) leave the figure the subject's.
 */
export function fieldsAfter(
  subjects: Subjects,
  subject: string,
  text: TextWindows,
  clause: Span,
  sentence: Span,
): { subject: string; word: string } | null {
  if (clause.end >= sentence.end) return null;
  const opener = FIELDS_OPENER.exec(text.slice(clause.end, Math.min(sentence.end, clause.end + 24)));
  if (!opener) return null;
  const from = clause.end + opener[0].length;
  const stop = text.slice(from, sentence.end).search(/[，,；;。]/);
  const to = stop < 0 ? sentence.end : from + stop;
  const { set, subjectOf } = subjectIndex(subjects);
  let own: string | null = null;
  let other: string | null = null;
  for (let at = from; at < to;) {
    const hit = set.first(text, at, to);
    if (!hit) break;
    if (subjectOf.get(hit.word) === subject && CORE_NAMES.has(hit.word)) own ??= hit.word;
    else if (subjectOf.get(hit.word) === 'other') other ??= hit.word;
    at = hit.at + hit.word.length;
  }
  return own !== null && other !== null ? { subject: 'other', word: listOf(own, other) } : null;
}

/**
 * The whole the sentence before names, for a sentence that opens with a part word: another industry's, unless AI is
 * among what it names (上海对人工智能、软件和互联网人才吸引力很强…。其中，…人工智能领域人才占全国的三分之一).
 */
export function wholeBefore(cat: Catalogue, text: TextWindows, from: number, to: number): ReturnType<typeof nearestSubject> {
  if (anyWord(text, cat.subjects.words['ai'], { start: from, end: to })) return null;
  return nearestSubject(cat.subjects, text, from, to, true);
}

/**
 * A clause that names no subject of its own counts a whole beside a part the sentence gave the subject to: 去年，功能区内企业融资
 * 总额约80亿元，其中人工智能企业融资约35亿元 (AI's own part follows, so the figure before it is every kind's: WIDER_TOTAL), or
 * 漕河泾开发区集聚高新技术企业逾1500家，其中人工智能企业约200家，去年园区营业收入超过5000亿元 (the subject was named only for the
 * part, and the clause opens with the whole: 园区, firms in the park).
 */
export const WHOLE_AFTER_PART: Bilingual = {
  zh: '整个园区或区域的数字：前文只说其中一部分与人工智能有关',
  en: 'a figure for the whole park or zone: the text ties only a part of it to AI',
};
function wholeAfterPart(ctx: MatchContext, found: { word: string }): boolean {
  const { windows, clause, quantity } = ctx;
  const lead = windows.slice(clause.start, quantity.start);
  if (!WHOLE_LEAD.test(lead)) return false;
  // The clause the subject word stands in, from its start to the word: a part's lead (其中, of them) before it.
  const at = windows.text.lastIndexOf(found.word, clause.start);
  if (at < ctx.sentence.start) return false;
  let from = at;
  while (from > ctx.sentence.start && !CLAUSE_BREAK.has(windows.text[from - 1]!)) from--;
  return PART_LEAD.test(
    windows.slice(from, windows.text.length > at + found.word.length + 16 ? at + found.word.length + 16 : windows.text.length),
  );
}
/** The subject's own names as a part after a whole (其中人工智能企业…, of which AI firms …). */
const CORE_PART_WORDS = ['人工智能', 'AI', 'ai', 'artificial intelligence'];
/** A clause that opens with a whole: the park, the zone, the district, every firm in it. */
const WHOLE_LEAD =
  /^[\s，,]*(?:(?:去年|今年|上半年|全年|[0-9]{4}年)[，,]?\s*)?(?:园区|开发区|全区|区内|功能区|新片区|试验区|产业园|科学城|岛内|全市|本市)|^[\s,]*(?:and\s+)?(?:last year,?\s+)?(?:the (?:park|zone|area|district)\b|(?:firms|companies|enterprises) (?:in|at) the (?:park|zone|area|district)\b)/i;
/** A part's lead: 其中, of them, of which, among them. */
const PART_LEAD = /其中|\bof (?:them|which)\b|\bamong them\b/i;
const CLAUSE_BREAK: ReadonlySet<string> = new Set(['，', ',', '；', ';', '。']);

/**
 * about 70 companies working on 5G, 40 firms specializing in robotics: an English noun's modifier after it names what it
 * counts, however long the noun phrase before it is.
 */
function postModifierSubject(subjects: Subjects, ctx: MatchContext): { subject: string; word: string } | null {
  const { windows, quantity, clause } = ctx;
  const after = windows.slice(quantity.end, Math.min(clause.end, quantity.end + POST_MODIFIER_REACH));
  const lead = POST_MODIFIER.exec(after);
  if (!lead) return null;
  const from = quantity.end + lead[0].length;
  const rest = windows.slice(from, Math.min(clause.end, quantity.end + POST_MODIFIER_REACH));
  const stop = rest.search(/[,;.]|\band\b/);
  return nearestSubject(subjects, windows, from, from + (stop < 0 ? rest.length : stop), false, ctx.placeNames ?? []);
}
/** The words that open a modifier after an English noun of firms or people: working on, engaged in, that work on. */
const POST_MODIFIER =
  /^\s+(?:(?:that|which|who)\s+(?:work|are|focus|specialize|specialise)\s+|(?:mostly\s+|mainly\s+)?)(?:working|engaged|specializing|specialising|specialized|specialised|focusing|focused|active|operating|in the)?\s*(?:on|in)\s+/;
const POST_MODIFIER_REACH = 48;

/** Words that count every firm of a place, of all industries, or every tech firm (科技企业, tech firms). */
const ALL_FIRMS =
  /企业总数|企业总量|各类企业|所有企业|全部企业|科技企业|高新技术企业|\bfirms of all kinds\b|\bcompanies of all kinds\b|\ball (?:the )?(?:companies|firms|enterprises)\b|\b(?:high-)?tech(?:nology)? (?:firms|companies|enterprises)\b/i;
/** A clause that opens with the whole zone or park and its total revenue, output or tax. */
const WHOLE_ZONE_OUTPUT =
  /^[\s，,]*(?:园区|开发区|全区|区内|全园|整个园区|该园区|该区|the (?:park|zone|area)(?:'s|’s)?)(?:全年|去年|今年|上年)?(?:实现|的)?(?:营业收入|总收入|营收|总产值|工业总产值|经营收入|税收|total revenue|revenue|output|tax)/i;
const WHOLE_ZONE_REASON: Bilingual = {
  zh: '说的是整个园区（各行业）的收入或产值，不只是人工智能',
  en: "the whole zone's revenue or output, of every industry, not AI's alone",
};
const ALL_FIRMS_REASON: Bilingual = {
  zh: '说的是各类企业的总数，不只是人工智能企业',
  en: 'a count of firms of every kind, not of AI firms alone',
};
