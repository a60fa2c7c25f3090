/**
 * An article's text as written, with the Markdown marks its files may carry (a heading's leading #, **bold**)
 * kept in the text but not shown: the quote's offsets point into the text as written, so nothing is removed.
 */
import type { ReactNode } from 'react';

/** A heading's #s at the start of a line, or a ** pair's mark. */
const MARKS = /(^|\n)(#{1,6} )|\*\*/g;

/** `body.slice(from, to)` as React nodes, each Markdown mark wrapped to be hidden; a heading's line is bold. */
export function withHiddenMarks(body: string, from: number, to: number): ReactNode[] {
  const out: ReactNode[] = [];
  const text = body.slice(from, to);
  // A slice that starts mid-line cannot start a heading.
  const atLineStart = from === 0 || body[from - 1] === '\n';
  let last = 0;
  let key = 0;
  for (const m of text.matchAll(MARKS)) {
    const at = m.index;
    if (m[2] !== undefined) {
      if (at === 0 && m[1] === '' && !atLineStart) continue;
      const markStart = at + m[1]!.length;
      out.push(text.slice(last, markStart));
      out.push(
        <span key={key++} className="md-mark" aria-hidden="true">
          {m[2]}
        </span>,
      );
      last = markStart + m[2].length;
      const lineEnd = text.indexOf('\n', last);
      const end = lineEnd < 0 ? text.length : lineEnd;
      out.push(
        <strong key={key++} className="md-heading">
          {text.slice(last, end)}
        </strong>,
      );
      last = end;
    } else {
      if (at < last) continue;
      out.push(text.slice(last, at));
      out.push(
        <span key={key++} className="md-mark" aria-hidden="true">
          **
        </span>,
      );
      last = at + 2;
    }
  }
  out.push(text.slice(last));
  return out;
}
