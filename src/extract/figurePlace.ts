/**
 * Where a figure is: the place of its clause or sentence (the nearest before it, a district or park after it, an English
 * sentence's subject), the place a 分别 list gives it, and the words that make a place something else — a share's whole
 * (占全国), the object of 依托, an aside, another city listed with Shanghai. Pure functions over the sentence's places.
 */
import type { Mention } from './numbers';
import type { PlaceMention } from './places';
import { lastBefore, type Span } from './segment';
import { escapeRegExp } from './chars';

/** 占全市六成, 占全国1/3, 在…: words before a place that make it a share's whole. */
const SHARE_OF = ['占', '占到', '占据', '在', 'of'];

/** Between the places of a list: 、, commas, 和/与/及, and. */
const LIST_GLUE = /^(?:[\s、,，;；]|和|与|及|以及|and\b)*$/;
/** Words that give each place of a list the figure: 均, 各, 分别, each, both, respectively. */
const DISTRIBUTIVE = /均|各|分别|都|\b(?:each|both|respectively|apiece|all)\b/;

/**
 * Whether a figure's place ends a list with another city, province or country before it (Jiangsu, Zhejiang and Shanghai
 * boast 829 AI firms; 江苏、浙江和上海共有…): the figure is the list's total, unless a word gives it to each
 * (北京、深圳、上海及杭州企业数量均在100家以上).
 */
export function groupOf(text: string, place: PlaceMention, ps: ReadonlyArray<PlaceMention>, figure: number, figureEnd = figure): boolean {
  const k = ps.indexOf(place);
  const prior = k > 0 ? ps[k - 1] : undefined;
  // 浦东新区和徐汇区的人工智能人才合计占全市的近六成: two of Shanghai's places together are neither's.
  // Not a park after its own district (徐汇模速空间, 浦东张江): the park is where the district's figure is.
  const otherOfShanghai =
    prior !== undefined &&
    !prior.national &&
    (prior.geo !== place.geo || (prior.place !== null && place.place !== null && prior.place !== place.place)) &&
    text.slice(prior.end, place.start).trim() !== '';
  if (!(prior?.elsewhere || otherOfShanghai) || !LIST_GLUE.test(text.slice(prior.end, place.start))) return false;
  // 在张江，张江人工智能岛目前入驻…: a place after 在 alone before a comma is the setting, not a first item.
  if (/在\s*$/.test(text.slice(Math.max(0, prior.start - 2), prior.start)) && /^[，,]/.test(text.slice(prior.end, prior.end + 1)))
    return false;
  // …have 2,500 and 2,600 AI companies, respectively: the word that gives each its figure may follow the figures.
  return !DISTRIBUTIVE.test(text.slice(place.end, figure)) && !RESPECTIVELY_AFTER.test(text.slice(figureEnd, figureEnd + 32));
}
const RESPECTIVELY_AFTER = /^[^.;。；]*\brespectively\b/i;

/** A place right after these verbs is what the subject relies on or works with, not where it is. */
const OBJECT_VERBS = [
  // 浦东今年继续领跑全市，…: the place a subject leads or outstrips is what it is compared with.
  '领跑',
  '领先于',
  // 市北高新园区作为全区人工智能产业的主阵地，…: what the subject serves as (作为香港…的窗口 still names Hong Kong's own).
  '作为',
  '依托',
  '依靠',
  '借助',
  '毗邻',
  '联合',
  '对标',
  '对接',
  '位于',
  '地处',
  '坐落于',
  '落户于',
  'located in ',
  'based in ',
  'nestled in ',
  'situated in ',
  // …, the Shanghai Foundation Model Innovation Center, was set up in the city and has attracted more than 80 LLM developers.
  'set up in ',
  'established in ',
  'founded in ',
  '成立于',
  '设立于',
];

/**
 * Where a quantity is: the nearest place before it in its clause, else the place after it in the
 * clause ("…成功落地徐汇"), else (English) the sentence's first place, its subject, else the nearest
 * place before it in the sentence that is not the object of 依托/借助… ("模速空间将依托徐汇滨江七大组团，
 * 推出产业载体超过10万平方米" is at 模速空间).
 */
export function placeOf(
  text: string,
  m: Mention,
  clause: Span,
  sentence: Span,
  places: ReadonlyArray<PlaceMention>,
  english: boolean,
  mentions: ReadonlyArray<Mention> = [],
  /** Every place of the sentence, a share's whole included (集聚在浦东新区和徐汇区 lists places after 在). */
  allPlaces: ReadonlyArray<PlaceMention> = places,
): PlaceMention | undefined {
  // After the figure only a district or park counts (…落地徐汇): 占全市六成 names the whole it is a share of.
  return (
    (english ? respectivelyPlace(text, m, sentence, allPlaces, mentions) : respectivePlace(text, m, sentence, allPlaces, mentions)) ??
    (english ? partInPlace(text, m, clause, places) : undefined) ??
    specific(lastBefore(places, clause.start, m.start), places, clause.start, text, sentence.start) ??
    places.find(
      (p) =>
        p.start >= m.end &&
        p.end <= clause.end &&
        (p.geo !== 'shanghai' || p.place !== null) &&
        // …home to more than 400 AI companies and the Zhangjiang AI Island: in English a place after the figure is where it
        // is only after a word of where (in, at, within).
        (!english || LOCATIVE_BEFORE.test(text.slice(m.end, p.start))),
    ) ??
    // An English sentence is about its subject, which comes first; what stands between is an aside
    // ("AIsland at Zhangjiang, one of Shanghai's earliest parks, has attracted over 100 enterprises").
    // The city named first is the dateline or the default scope, not the subject (SHANGHAI, Sept. 17 -- The … town).
    // The country or the world named in an aside between the subject and the figure's clause ("Shanghai's AI
    // industry, the largest in the country, reached …") is not the figure's scope.
    (english ? englishSubjectPlace(text, m, clause, sentence, places) : undefined) ??
    // 创智天地是杨浦人工智能企业最集中的区域，目前集聚人工智能企业150家: a park or zone that opens the sentence and is
    // described by 是 is the subject of its later clauses, not the district inside the description.
    (english ? undefined : copulaSubject(text, m, clause, sentence, places)) ??
    lastBefore(
      places,
      sentence.start,
      m.start,
      (p) => !isObjectOf(text, p) && !(english && p.national && inAside(text, p, sentence, clause)),
    )
  );
}

/**
 * …close to 400 AI companies, including 160 in the Dishui Lake AI Park; 19 … in Xuhui District and 11 in Pudong New Area: a
 * part set after "including", "of which", "among them" or "and" is where the words right after it put it.
 */
function partInPlace(text: string, m: Mention, clause: Span, places: ReadonlyArray<PlaceMention>): PlaceMention | undefined {
  // …, 141 came from Shanghai and 205 from Beijing: a part said to come from a place is that place's.
  const from = places.find(
    (p) =>
      p.start >= m.end &&
      p.end <= clause.end &&
      /^\s+(?:of them\s+)?(?:came|come|were|are|was)\s+from\s+$/i.test(text.slice(m.end, p.start)),
  );
  if (from !== undefined) return from;
  if (
    !/(?:(?:^|[,;(]\s*)(?:including|of which|among them|with)\s+|\sand\s+)(?:(?:about|around|nearly|some|over|more than|roughly)\s+)?$/i.test(
      text.slice(Math.max(clause.start, m.start - 32), m.start),
    )
  )
    return undefined;
  return places.find(
    (p) =>
      p.start >= m.end &&
      p.end <= clause.end &&
      !p.national &&
      (p.geo !== 'shanghai' || p.place !== null) &&
      /^\s+(?:(?:are|is|were|was)\s+)?(?:(?:based|located)\s+)?(?:in|at|within|inside)\s+(?:the\s+)?$/i.test(text.slice(m.end, p.start)),
  );
}

/** The last words before a place that say the figure is there: in, at the, within, based in. */
const LOCATIVE_BEFORE = /\b(?:in|at|within|inside|across|on|into|to)\s+(?:the\s+)?$/i;

/** Words that put a park in an aside or a list rather than make it the subject: home to, including, such as. */
const PARK_ASIDE = /\b(?:home to|including|includes|such as|like|among|with|and|whose)\s+(?:the\s+)?$/i;
/** An opening phrase of where (In the urban sub-center of Zhangjiang Science City in Pudong, …): the setting, not the subject. */
const SETTING_LEAD = /^\s*(?:in|at|within|inside|across)\b[^,;]*,/i;

/**
 * The place an English sentence is about: the first one before the figure, past a setting the sentence opens
 * with when another place follows it (In … Zhangjiang Science City in Pudong, the "Model Community," a cluster with …).
 */
function englishSubjectPlace(
  text: string,
  m: Mention,
  clause: Span,
  sentence: Span,
  places: ReadonlyArray<PlaceMention>,
): PlaceMention | undefined {
  const candidates = places.filter(
    (p) =>
      p.start >= sentence.start &&
      p.end <= m.start &&
      !isObjectOf(text, p) &&
      (p.geo !== 'shanghai' || p.place !== null) &&
      !(p.national && inAside(text, p, sentence, clause)),
  );
  const setting = SETTING_LEAD.exec(text.slice(sentence.start, m.start));
  const settingEnd = setting ? sentence.start + setting[0].length : sentence.start;
  const first = candidates.find((p) => p.start >= settingEnd) ?? candidates[0];
  // Pudong New Area … inaugurated the Zhangjiang AI innovation town, aiming to cluster 1,000 new AI enterprises: a
  // park of the district named after it is what the figure is about (not one the district is "home to", a list's).
  if (first === undefined || first.place !== null) return first;
  // Xuhui district, which hosts the ModelSpeed Space, has 800 AI firms: a park inside a relative clause set off by commas
  // is said of the subject, not the subject.
  const asides = [...text.slice(first.end, m.start).matchAll(RELATIVE_ASIDE)].map((a) => ({
    start: first.end + a.index,
    end: first.end + a.index + a[0].length,
  }));
  return (
    candidates.find(
      (p) =>
        p.start > first.end &&
        p.place !== null &&
        p.geo === first.geo &&
        !PARK_ASIDE.test(text.slice(Math.max(first.end, p.start - 16), p.start)) &&
        !asides.some((a) => a.start < p.start && p.end <= a.end),
    ) ?? first
  );
}
/** A relative clause between commas: , which hosts the ModelSpeed Space, / , where … ,. */
const RELATIVE_ASIDE = /,\s*(?:which|where|who|that)\b[^,;]*,/gi;

/** 分别 or 各 after a list of places: each figure after it is the place's of the same rank. */
const RESPECTIVE_ZH = /分别|各/g;

/**
 * 浦东新区和徐汇区，各分布了134家、81家企业，占全市…的33.3%和20.1%: with as many figures of a unit after 分别/各 as
 * places in the list before it, the k-th figure is the k-th place's. Undefined when the counts differ (嘉定区和静安区均有16家).
 */
function respectivePlace(
  text: string,
  m: Mention,
  sentence: Span,
  places: ReadonlyArray<PlaceMention>,
  mentions: ReadonlyArray<Mention>,
): PlaceMention | undefined {
  const head = text.slice(sentence.start, m.start);
  let word = -1;
  for (const hit of head.matchAll(RESPECTIVE_ZH)) word = sentence.start + hit.index;
  if (word < 0) return undefined;
  const figures = mentions.filter((x) => x.start > word && x.start < sentence.end && x.unit === m.unit);
  return rankIn(placeListBefore(text, places, sentence.start, word), figures, m);
}

/**
 * Pudong and Xuhui have 1,200 and 1,000 AI firms respectively: with as many figures before "respectively" as places in the
 * list before the first of them, the k-th figure is the k-th place's.
 */
function respectivelyPlace(
  text: string,
  m: Mention,
  sentence: Span,
  places: ReadonlyArray<PlaceMention>,
  mentions: ReadonlyArray<Mention>,
): PlaceMention | undefined {
  const word = RESPECTIVELY.exec(text.slice(m.end, sentence.end));
  if (!word) return undefined;
  const end = m.end + word.index;
  const figures = mentions.filter((x) => x.start >= sentence.start && x.end <= end);
  // The chain of figures joined by commas and "and" that ends right before the word.
  let from = figures.length - 1;
  while (from > 0 && FIGURE_GLUE.test(text.slice(figures[from - 1]!.end, figures[from]!.start))) from--;
  const chain = figures.slice(from);
  return rankIn(placeListBefore(text, places, sentence.start, chain[0]!.start), chain, m);
}

/**
 * The list of places that ends last before `end`: places joined by 、/和/及/and and nothing else. Other cities may stand in
 * it (上海与北京的人工智能企业数量分别为2600家和2500家); the country may not.
 */
function placeListBefore(text: string, places: ReadonlyArray<PlaceMention>, from: number, end: number): PlaceMention[] {
  const before = places.filter((p) => p.end <= end && p.start >= from && (!p.national || p.elsewhere === true));
  const list: PlaceMention[] = [];
  for (let k = before.length - 1; k >= 0; k--) {
    const p = before[k]!;
    if (list.length > 0 && !LIST_GLUE.test(text.slice(p.end, list[0]!.start))) break;
    list.unshift(p);
  }
  return list;
}

/** The place of the figure's rank, when a list of two or more places and its figures are as many; a figure whose unit was borrowed is found by where it stands. */
function rankIn(list: PlaceMention[], figures: ReadonlyArray<Mention>, m: Mention): PlaceMention | undefined {
  if (list.length < 2 || figures.length !== list.length) return undefined;
  const k = figures.findIndex((x) => x.start === m.start);
  return k >= 0 ? list[k] : undefined;
}
const RESPECTIVELY = /\brespectively\b/i;
/** Between the figures of a chain: a comma or "and". */
export const FIGURE_GLUE = /^(?:\s|,|and\b)*$/;

/** 北京和上海融资金额均超500亿元, Beijing and Shanghai each have …: a figure another city shares with Shanghai is Shanghai's too. */
const SHANGHAI_BEFORE = /(?:上海|Shanghai)\s*(?:和|与|及|、|,|and)\s*$/;
const SHANGHAI_AFTER = /^\s*(?:和|与|及|、|,|and)\s*(?:上海|Shanghai)/;
const EACH = /均|都|各|both|each/;
export function alsoShanghai(text: string, p: PlaceMention, m: Mention): boolean {
  if (!p.elsewhere) return false;
  const paired = SHANGHAI_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start)) || SHANGHAI_AFTER.test(text.slice(p.end, p.end + 14));
  return paired && EACH.test(text.slice(p.end, m.start));
}

/** A place in a clause of its own between the sentence's first clause and the figure's (…, the largest in the country, …). */
function inAside(text: string, p: PlaceMention, sentence: Span, clause: Span): boolean {
  // Another city or province after a comma is most often a clause's subject (According to statistics, Hubei has …).
  if (p.start >= clause.start || p.elsewhere) return false;
  const head = text.slice(sentence.start, p.start);
  // In comparison, China, despite having …: a sentence adverb before the country leaves it the subject.
  if (SENTENCE_ADVERB.test(head)) return false;
  return /[,;]/.test(head);
}
/** A sentence that opens with an adverb of its own and a comma, before its subject: In comparison, By contrast, Meanwhile. */
const SENTENCE_ADVERB =
  /^\s*(?:in comparison|by comparison|in contrast|by contrast|meanwhile|however|similarly|likewise|still|yet|elsewhere|overall|by the same token|on the other hand)\s*,\s*$/i;

/**
 * A district named just after a park of its own (Maqiao Town of Minhang District, 张江，浦东新区) only says where
 * the park is: the park, named first, is the figure's place.
 */
function specific(
  p: PlaceMention | undefined,
  places: ReadonlyArray<PlaceMention>,
  from: number,
  text: string,
  sentenceStart: number,
): PlaceMention | undefined {
  if (p === undefined || p.place !== null || p.national) return p;
  // Where the subject was set up is said of a subject that may stand before the clause (…, the Center, was set up in the city).
  const objectOf = isObjectOf(text, p);
  const inner = lastBefore(places, objectOf ? sentenceStart : from, p.start);
  if (inner && inner.place !== null && inner.geo === p.geo && p.start - inner.end <= 12) return inner;
  // Xuhui district in Shanghai, 上海徐汇区's own form aside: the city after a place of its own only locates it.
  if (
    inner &&
    p.geo === 'shanghai' &&
    !inner.national &&
    (inner.geo !== 'shanghai' || inner.place !== null) &&
    (LOCATED_IN.test(text.slice(inner.end, p.start)) ||
      // The Shanghai Foundation Model Innovation Center was set up in the city and has attracted …: where the subject was
      // set up, or is located, is not the figure's scope.
      objectOf)
  )
    return inner;
  return p;
}
/** Between a district or park and the city that locates it: Xuhui district in Shanghai, Zhangjiang, Shanghai. */
const LOCATED_IN = /^\s*(?:district|new area|county|town)?\s*(?:in|of|,)\s*$/i;

export const isObjectOf = (text: string, p: PlaceMention): boolean =>
  OBJECT_VERBS.some((v) => text.startsWith(v, p.start - v.length) && !(v === '作为' && p.national)) ||
  // 闵行区依托大零号湾和马桥，…: a later item of the verb's object is its object too.
  (LIST_GLUE_BEFORE.test(text.slice(Math.max(0, p.start - 4), p.start)) &&
    OBJECT_LIST.test(text.slice(Math.max(0, p.start - OBJECT_LIST_REACH), p.start)));
/** What joins the items of a list of places: 和, 与, 及, 、, and. */
const LIST_GLUE_BEFORE = /(?:和|与|及|、|\band )$/;
/** How far back the verb whose object list a place ends may stand. */
const OBJECT_LIST_REACH = 40;
/** A verb of OBJECT_VERBS, then the earlier items of its list (no clause break), then the glue before the place. */
const OBJECT_LIST = new RegExp(`(?:${OBJECT_VERBS.map(escapeRegExp).join('|')})[^，,。；;]{1,24}(?:和|与|及|、|\\band )$`);
/** 占全市六成, 占全国1/3: the whole a share is taken of is not where the figure is. */
export const isShareWhole = (text: string, p: PlaceMention): boolean =>
  // 在武汉…: another city after 在 is where something is, never the whole a Shanghai share is of; so is a district or park
  // that opens a clause of its own (在浦东，人工智能企业已超过1200家). (在全国的占比, 在全市的比重 are wholes; 在徐汇滨江揭牌 is
  // where an event took place, not the figure's place.)
  SHARE_OF.some((w) => text.startsWith(w, p.start - w.length) && !(w === '在' && (p.elsewhere || settingOf(text, p)))) ||
  // 浦东新区集聚了全市三分之一的人工智能企业: the place a share and 的 follow is the whole it is a share of.
  SHARE_THEN_OF.test(text.slice(p.end, p.end + 12));
/** A share right after a place and before 的: 全市三分之一的, 全国45%的, 全市近一半的. */
const SHARE_THEN_OF =
  /^(?:[一二三四五六七八九十两]+分之[一二三四五六七八九十]+|[0-9]+(?:\.[0-9]+)?[%％]|[一二三四五六七八九]成|(?:近|超过|超)?一半|过半)的/;
/** 在浦东，…: a district or park after 在, alone before a comma, is the setting of what follows. */
const settingOf = (text: string, p: PlaceMention): boolean =>
  (p.geo !== 'shanghai' || p.place !== null) && /^[，,]/.test(text.slice(p.end, p.end + 1));
/** The whole that a share is explicitly of (占全市的40%): 占 right before the place. */
export const isShareOf = (text: string, p: PlaceMention): boolean =>
  text[p.start - 1] === '占' || text.startsWith('占到', p.start - 2) || text.startsWith('占据', p.start - 2);

/** A park or zone that opens the sentence with 是 (or 作为, 已成为) after it: the subject of the sentence's later clauses. */
function copulaSubject(
  text: string,
  m: Mention,
  clause: Span,
  sentence: Span,
  places: ReadonlyArray<PlaceMention>,
): PlaceMention | undefined {
  if (clause.start <= sentence.start) return undefined;
  const first = places.find((p) => !p.national && p.start >= sentence.start && p.end <= m.start);
  if (first === undefined || first.place === null || first.end > clause.start) return undefined;
  if (!OPENING_LEAD.test(text.slice(sentence.start, first.start))) return undefined;
  if (COPULA_AFTER.test(text.slice(first.end, first.end + 4))) return first;
  // 模速空间在徐汇，目前已集聚企业超过150家; 模力社区位于浦东张江，…: where the park is (its own district, or a place in it)
  // only locates the subject.
  const where = LOCATED_AFTER.exec(text.slice(first.end, first.end + 4));
  const located = where ? places.find((p) => p.start === first.end + where[0].length) : undefined;
  return located !== undefined && located.geo === first.geo && located.end <= clause.start ? first : undefined;
}
/** What may stand before a sentence's opening subject: nothing, a word of now, or an interview's answer mark. */
const OPENING_LEAD = /^[\s，,]*(?:答[：:]|A[：:]\s*)?(?:(?:目前|如今|当前|现在)[，,]?)?\s*$/;
/** 在, 位于, 地处, 坐落于: a place said to be in another. */
const LOCATED_AFTER = /^(?:位于|地处|坐落于|坐落在|在)/;
const COPULA_AFTER = /^(?:是|作为|已成为|成为)/;
