/**
 * Where one figure is: the place its clause states, else what its sentence points back to or carries (it, its, the island,
 * a part of "them"), else the article's topic.
 */
import { PART_WORDS } from '../match/context';
import type { Mention } from '../numbers';
import type { PlaceMention } from '../places';
import type { Sentence } from '../segment';
import { placeOf } from '../figurePlace';
import { sentenceBefore } from '../englishWords';
import type { Article } from './article';
import type { FigureUnit, SentenceScope } from './figureFact';
import type { Reading } from './reading';
import { AMONG_THEM_OPENING, OF_THEM, clauseEnd, lastCount, ofThemAfter } from './relations';
import { refersBack } from './scope';

/** A clause whose subject is the speaker's own side: we, our. */
const FIRST_PERSON = /^\s*(?:[A-Z][a-z]+:\s*)?(?:and\s+)?(?:we|our)\b/i;
/** A paragraph that is an interview's answer: A: …, 答：…. */
const ANSWER = /^\s*(?:A|答)\s*[:：]/;
/** A sentence that opens with someone else as its subject: It hosts …, They …, 它…, 其…, 该…. */
const THIRD_PERSON = /^\s*(?:(?:A|答)\s*[:：]\s*)?(?:(?:it|its|they|their|this|that|these|those|he|she)\b|[它其该他她])/i;
/** Where the paragraph holding `at` starts. */
const paragraphStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;
/** Words after an English figure's noun that make the country or the world its scope. */
const SCOPE_AFTER = /^(?:nationwide|nationally|worldwide|globally)$/i;
/** What may stand between the noun and such a word: nothing, or a participle (filed, registered, operating). */
const NOUN_TAIL = /^\s*(?:[a-z]+(?:ed|ing)\s+)?$/i;
/**
 * Where the figure is: the place its clause states, else what its sentence points back to or carries, else the
 * article's topic.
 */
export function placeFigure(a: Article, r: Reading, s: SentenceScope, unit: FigureUnit) {
  const { ctx, text, english, windows, topic, titleCluster, parkPage } = a;
  const { sentence, pointerCarries, ms, ps, clauses, lineLabel, located } = s;
  const { clause, ownClause, m } = unit;
  // A sentence with no place before the figure continues the paragraph's topic: its district
  // always, its cluster only for metrics counted per cluster (模速空间 … 首期2万平方米的办公载体).
  // With no topic either, a place later in the sentence applies ("引入了40余家投资机构，搭建起模速空间…").
  // • Shenzhen: AI core industry RMB 390bn; 61 filed models: a line that opens with a place and a colon is that place's.
  const own = placeOf(text, m, clause, sentence, located, english, ms, ps);
  const before =
    lineLabel !== null && m.start < lineLabel.lineEnd && (own === undefined || own.start < clause.start) ? lineLabel.place : own;
  // 整个岛上集聚了…: a sentence that points back takes the cluster the title is about, or the place the paragraph
  // before ended on ("The center is …"). The pointer may follow the figure in its clause (…since its establishment).
  const pointsBack = pointerCarries || refersBack(windows, sentence.start, clause.end);
  const pointedAt = pointsBack && r.lastParagraph?.paragraph === sentence.paragraph - 1 ? r.lastParagraph.place : undefined;
  // Another city named after it in its own clause is its scope ("70 percent … cluster in Beijing and Shanghai").
  const after =
    (before ?? r.carry ?? pointedAt)
      ? undefined
      : ps.find(
          (p) =>
            p.start >= m.end &&
            (!p.national || (p.elsewhere === true && p.start < clause.end)) &&
            // 其中西岸主会场区约3.1万人: the place of a part named later is not the whole's; nor is one after a figure of a
            // later clause (34 large models have completed registration, 21 of them from Xuhui), while a list's figures
            // share the place that ends their clause (255家大模型企业、34个备案大模型…成功落地徐汇).
            !PART_WORDS.test(text.slice(m.end, p.start)) &&
            // 240 AI enterprises, and roughly a quarter of them sit in the Linkong zone: the place of a part.
            !OF_THEM.test(text.slice(m.end, p.start)) &&
            !ms.some((x) => x.start >= clause.end && x.end <= p.start) &&
            // …1,500 AI companies, and ModelSpeed Space alone hosts more than 150: a place that opens a later clause
            // with a figure of its own is that figure's.
            !(p.start >= clause.end && ms.some((x) => x.start >= p.end && x.start < clauseEnd(clauses, p.start))) &&
            // 力争岛内入驻企业突破130家，打造张江科学城…: a clause that points back to the title's park keeps it; a place in a
            // later clause is not its.
            !(pointsBack && titleCluster !== undefined && p.start >= clause.end),
        );
  // English writes the scope inside the quantity's own noun phrase: 1,189 Chinese AI firms.
  // …or right after it: 4,580 AI companies nationwide, the 117 models filed nationwide.
  const inside = english
    ? ps.find(
        (p) =>
          p.national &&
          ((p.start >= m.numberStart && p.end <= m.end) ||
            (p.start >= m.end && SCOPE_AFTER.test(text.slice(p.start, p.end)) && NOUN_TAIL.test(text.slice(m.end, p.start)))),
      )
    : undefined;
  const stated = inside ?? before ?? after ?? (r.carry === null && !pointsBack ? (r.headingPlace ?? undefined) : undefined);
  // Our AI workforce is now some 45,000 people: in an interview about a district, "we" and "our" are the district.
  // An interview's answers (A: …, 答：…) speak for the place the interview is with, sentence after sentence.
  const ours =
    topic !== undefined &&
    stated === undefined &&
    ((english && FIRST_PERSON.test(text.slice(ownClause.start, m.start))) ||
      (ANSWER.test(text.slice(paragraphStart(text, sentence.start), sentence.start + 3)) &&
        !THIRD_PERSON.test(text.slice(sentence.start, sentence.start + 12))));
  // 岛内企业数将超过130家, 社区入驻企业将超过100家: a word for the kind of place (岛, 社区) points back to the last place of that
  // kind the article named, over a district named since.
  const kindPlace = stated === undefined ? kindAnaphorPlace(a, windows.slice(sentence.start, clause.end), sentence.start) : undefined;
  // …浦东专场共签约28个重点项目；本届大会全部签约项目总投资超过800亿元: the whole edition's figure is the city's, not the
  // place of the part before it.
  const wholeEvent = stated === undefined && WHOLE_EVENT.test(windows.slice(clause.start, m.start));
  // Greater Neo Bay, … round the campuses of Shanghai Jiao Tong University, has incubated more than 1,000 tech companies. About
  // 300 of them are AI firms: a part of "them" with no place of its own is where the whole it is part of is.
  const wholePlace = stated === undefined && kindPlace === undefined && !ours ? placeOfWhole(english, text, m, sentence, r) : undefined;
  const place =
    stated ??
    (ours ? topic : undefined) ??
    kindPlace ??
    wholePlace ??
    (wholeEvent
      ? undefined
      : // Its core AI industry …, after a sentence that opened with a place: "its" is that subject's (By 2027, it aims …: after
        // a phrase set before it too).
        ((english && IT_OPENING.test(text.slice(sentence.start, sentence.start + 48))
          ? (r.carry?.subject ?? kindSubjectBefore(a, sentence.start))
          : undefined) ?? r.carry?.place)) ??
    pointedAt ??
    (titleCluster && (pointsBack || parkPage) ? titleCluster : topic);
  const placeEntry = place?.place ? ctx.places.gazetteer.get(place.place) : undefined;
  return { pointsBack, stated, ours, place, placeEntry, kindPlace };
}
/** A sentence whose subject is "it": It …, Its …, By 2027, it …. */
const IT_OPENING = /^\s*(?:Its?|[A-Z][^,.;:]{0,40},\s*its?)\b/;
export type FigurePlace = ReturnType<typeof placeFigure>;

/**
 * The place of the count a part of "them" opening its sentence is part of (the sentence before's last count, in the
 * paragraph), when that count was placed at a district or a known park.
 */
function placeOfWhole(english: boolean, text: string, m: Mention, sentence: Sentence, r: Reading): PlaceMention | undefined {
  if (!english || (!ofThemAfter(text, m) && !AMONG_THEM_OPENING.test(text.slice(sentence.start, m.start)))) return undefined;
  if (r.previousFacts.paragraph !== sentence.paragraph) return undefined;
  const whole = lastCount(r.previousFacts.facts);
  if (whole === undefined || (whole.geo === 'shanghai' && whole.place === null)) return undefined;
  return { start: m.start, end: m.start, geo: whole.geo, place: whole.place };
}

/** Words for the whole of an edition of the event: 本届大会全部, 大会共, across the whole conference. */
const WHOLE_EVENT = /本届大会(?:全部|共|累计|总)|大会全部|全部签约|\bthe whole (?:conference|event)\b|\bacross the (?:conference|event)\b/i;

/** Words for a kind of place used as a place (岛内, 岛上, 全岛, 社区内, 社区入驻), and the part of a name that says the kind. */
const KIND_ANAPHORS: ReadonlyArray<readonly [RegExp, string]> = [
  [/岛内|岛上|全岛|\bthe island\b/i, '岛'],
  [/\bthe space\b/i, '空间'],
  // …including 160 in the Dishui Lake AI Park. In 2025, 74 AI companies settled in the special area: the area, not the park.
  [/\bthe (?:special|new) area\b/i, '片区'],
  [/社区内|社区入驻|社区已|社区目前|社区现/, '社区'],
];
/**
 * The space opened in September 2023. It now houses more than 100 companies: the place a kind word (the space, the island)
 * opening the sentence before, in the same paragraph, points back to.
 */
function kindSubjectBefore(a: Article, at: number): PlaceMention | undefined {
  const opening = sentenceBefore(a.text, at).slice(0, 24);
  return /^\s*The\s/.test(opening) ? kindAnaphorPlace(a, opening, at) : undefined;
}
function kindAnaphorPlace(a: Article, lead: string, before: number): PlaceMention | undefined {
  const kind = KIND_ANAPHORS.find(([words]) => words.test(lead))?.[1];
  if (kind === undefined) return undefined;
  for (let k = a.placeMentions.length - 1; k >= 0; k--) {
    const p = a.placeMentions[k]!;
    if (p.start >= before || p.national || p.place === null) continue;
    if (a.ctx.places.gazetteer.get(p.place)?.zh.includes(kind)) return p;
  }
  return undefined;
}
