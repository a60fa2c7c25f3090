/**
 * What a quantity is matched in (the clause, sentence and article around it), how close a phrase must stand,
 * and the word lists the matching rules share.
 */
import type { BaseUnit, Bilingual } from '../../schema/metricsFile';
import type { Span } from '../segment';
import { type TextWindows } from './words';

export interface MatchContext {
  /** Clean text as the catalogue reads it (lower-cased for English). */
  windows: TextWindows;
  /** `numberStart`: where the number starts, after a bound written before it (more than, to top). */
  quantity: Span & { unit: BaseUnit; counter: string | null; value: number; numberStart?: number };
  segment: Span;
  clause: Span;
  sentence: Span;
  placeKind: string | null;
  /** Where the sentence names places (市北高新技术服务业园区): words inside a name are not a subject. */
  placeNames?: ReadonlyArray<Span>;
  /** The figure before this one in its sentence, if any: a share right after it qualifies it (规模达1637亿元，占全市36%). */
  previous?: (Span & { unit: BaseUnit }) | undefined;
  /** Whether the document mentions a word, memoised by the caller. */
  documentHas: (word: string) => boolean;
  /** Where a phrase after the quantity may stand in its segment and clause: worked out once, by `reachOf`. */
  reach?: readonly [number, number];
  /** Memo of phraseScore: whether the figure is a later list item naming its own kind of firm (、科技型中小企业2000家). */
  ownKind?: boolean;
}

export interface Match {
  metric: string | null;
  /** Why a quantity that a phrase named was not mapped; null when mapped or when nothing named a metric. */
  reason: Bilingual | null;
}

/**
 * Scope weights: a phrase in the same 、-segment beats one elsewhere in the clause. A phrase in
 * another clause does not count: "…投资机构…，累计对接服务大模型企业43家" counts firms, not funds.
 */
export const OWN = 3500;
export const SEGMENT = 3000;
export const OWN_WORD = 3100;
/** Nouns that count firms or people of any kind: inside a figure they do not say which kind. */
export const COUNTER_NOUNS: ReadonlySet<string> = new Set([
  'firms',
  'companies',
  'enterprises',
  'businesses',
  'startups',
  'start-ups',
  'people',
  'persons',
  'talents',
  'talent',
]);
export const CLAUSE = 2000;
/** A metric counted per park or zone outranks its city-level twin for a figure placed at one. */
export const PLACED = 900;
/** How far back (in characters) the topic of a paragraph is looked for when the sentence names none. */
export const TOPIC_WINDOW = 300;
/** How many characters before a figure an `adjacent` veto looks at (twice as many after it). */
export const ADJACENT = 24;

/**
 * A clause that shares out a count among the places it or the clause before names (…重点企业主要集聚在浦东新区和徐汇区，各分布了
 * 134家、81家企业; 嘉定区和静安区均有16家): each figure is of what the sentence counted before. Only places may stand before the
 * word that shares out (航空服务艺术与管理和网络空间安全分别有29所 names what it counts).
 */
export const DISTRIBUTES =
  /^[\s，,]*(?:[^\s，,。；;、和及与]{1,10}?(?:区|县|镇|园区|新城|岛|城)\s*(?:、|和|及|与)?\s*)*(?:各分布了?|各有|各为|分别为|分别有|分别是|分别达到?|均有|均为|均达到?)(?:\s*[0-9.]+[万亿千百]*[家个所款人名]?\s*(?:、|和|及|与|以及))*\s*$/;

/** A running total in English, before the level it is brought to: the total, its tally, the district's total number. */
export const RUNNING_TOTAL = String.raw`(?:the|its|their|the city's|the district's)\s+(?:total|tally)(?:\s+number)?`;

/** Words that make a clause's figure the total of what an earlier clause named. */
export const TOTAL_WORDS = [
  '总数',
  '总量',
  '总规模',
  '总金额',
  '总额',
  '总计',
  '合计',
  '共计',
  '累计达',
  '累计集聚',
  '这一数字',
  '这一数据',
  '该数字',
  'this figure',
  'the figure',
  'full-year figure',
  'full year figure',
  'annual figure',
  'full-year total',
  'the total',
  'in total',
  'a total of',
  'bringing the total',
  // …bringing its total to about 400; taking the tally to 120: the running total of what the clause before counted.
  'its total',
  'their total',
  "the city's total",
  "the district's total",
  'the tally',
  'its tally',
  // …a key industry, with an average annual growth rate of 29% from 134 billion yuan in 2018 to …: the values of what grew.
  'increased from',
  'up from',
  'down from',
  'grew from',
  'rose from',
  'risen from',
  'grown from',
  'growth rate of',
];
export const REFERRED = 1000;

/** How far past a quantity its own noun phrase reaches (200家AI企业, 3,000 pan-AI firms). */
export const HEAD = 8;

/** Kinds of output a part of which is still that kind (人工智能制造业产值 is AI's manufacturing, not its industry). */
export const OUTPUT_KINDS = /工业|制造|manufactur|industrial/;

/** How far before a figure's clause a list of industries that names AI may start (18 projects in AI, new energy and …). */
export const LIST_BACK = 60;

/** A sentence whose subject is set beside the one before: 张江则…, 临港也…, 同样，…. */
export const PARALLEL_SUBJECT = /^[^，,。]{1,10}(?:则|也|同样)|^\s*同样[，,]/;

export const SUBJECT_NAMES: Record<string, Bilingual> = {
  ai: { zh: '人工智能', en: 'AI' },
  robot: { zh: '人形机器人', en: 'humanoid robots' },
};

/** Words that open a part of what the sentence named before: 其中, of which, among them (also for places, in the article reader). */
export const PART_WORDS = /其中|of which|among them|among which|among all|among these/;
/** How far before a sentence that opens with a part word its whole may be named. */
export const PART_WHOLE_BACK = 160;
