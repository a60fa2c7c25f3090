/**
 * One article → its facts: every quantity with period, place, qualifier, status, metric and the
 * sentence it came from. Pure: the caller hands in the decoded text and the article date.
 */
import type { Fact, Language, Unread } from '../schema/metricsFile';
import { bodyOffset, cleanText, toOriginalSpan, type CleanText } from './normalize';
import { findTables, tableFacts } from './tables';
import { readArticle, type ArticleInput, type ExtractContext } from './article/article';
import { dropHeadlineRepeats, headlineSpan, lineOf } from './article/document';
import { REASONS } from './article/reasons';
import { startReading } from './article/reading';
import { readSentence } from './article/sentence';

export type { ArticleInput, ExtractContext } from './article/article';

export interface ArticleFacts {
  facts: Fact[];
  unread: Unread[];
  /** Gazetteer ids the article names anywhere. */
  places: string[];
  lang: Language;
}

export function extractArticleFacts(input: ArticleInput, ctx: ExtractContext, clean: CleanText = cleanText(input.original)): ArticleFacts {
  const found = findTables(input.original, bodyOffset(input.original));
  const article = readArticle(input, ctx, clean, found);
  const reading = startReading(article);
  for (const sentence of article.sentences) readSentence(article, reading, sentence);
  const { lang, text, english, catalogue, titleText, reportYear, skipped, lines } = article;
  const { facts, unitless, mentionedPlaces } = reading;
  dropHeadlineRepeats(facts, headlineSpan(text, titleText), clean);

  const unreadAll: Unread[] = [...skipped, ...unitless]
    .sort((a, b) => a.start - b.start)
    .map((s) => {
      const span = toOriginalSpan(clean, s.start, s.end);
      return { doc: input.id, text: s.text, start: span.start, end: span.end, line: lineOf(lines, span.start), reason: s.reason };
    });
  // A table's rows are read as a table: the prose reader's figures and unread numbers inside them give way.
  const tables = tableFacts(input.id, input.original, found, bodyOffset(input.original), {
    catalogue,
    places: ctx.places,
    english,
    traditional: lang === 'zh-Hant',
    date: input.date,
    title: titleText,
    reportYear,
  });
  if (tables.rows.length === 0) return { facts, unread: unreadAll, places: [...mentionedPlaces].sort(), lang };
  const inTable = (at: number): boolean => tables.rows.some((r) => at >= r.start && at < r.end);
  const read = [
    ...facts.filter((f) => !inTable(f.start)),
    ...tables.facts.map((f) => (f.period === null ? { ...f, reason: REASONS.undated } : f)),
  ];
  read.sort((a, b) => a.start - b.start);
  for (const f of tables.facts) if (f.place !== null) mentionedPlaces.add(f.place);
  return { facts: read, unread: unreadAll.filter((u) => !inTable(u.start)), places: [...mentionedPlaces].sort(), lang };
}
