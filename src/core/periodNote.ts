/**
 * Where a figure's period came from, in the reader's words. A stated period (or none) needs no note;
 * `context` was inherited from the sentence or its heading; `publication` means the text gives no
 * date and the figure is taken as of the article's publication date, at the precision it is known.
 */
import type { Messages } from '../i18n/messages';
import type { DocumentRecord, Fact, SeriesPoint } from '../schema/metricsFile';

type Dated = Pick<Fact, 'periodBasis'> & Partial<Pick<Fact, 'period'>>;

/** The note for a fact or point, or null when its period is stated (or not given at all). */
export function periodNote(f: Dated, doc: DocumentRecord | undefined, t: Pick<Messages, 'periodBasis'>): string | null {
  switch (f.periodBasis) {
    case 'publication':
      return t.periodBasis.publication(doc?.published ?? f.period ?? '');
    case 'context':
      return t.periodBasis.context;
    default:
      return null;
  }
}

/** True for a point or fact dated only by the article's publication (drawn hollow). */
export const isPublicationDated = (p: Pick<SeriesPoint, 'periodBasis'>): boolean => p.periodBasis === 'publication';
