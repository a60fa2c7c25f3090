/** The seeds/ file the browser keeps for an article a reader adds: front matter, then the text as given. */
import { stringify } from 'yaml';
import { bodyOffset } from '../extract/normalize';
import { NOT_CHARTED_KEY } from '../extract/readerChoices';

export interface ArticleMeta {
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string;
  url: string | null;
  outlet: string | null;
  /** Figures (as written) taken off the charts: the build step leaves them off too. */
  notCharted?: string[];
}

/** The front matter the browser writes: the keys seeds/ files use, in their order. */
export function withFrontMatter(body: string, meta: ArticleMeta): string {
  const fields: Record<string, string | string[]> = { title: meta.title, date: meta.published };
  if (meta.outlet) fields['outlet'] = meta.outlet;
  if (meta.url) fields['url'] = meta.url;
  if (meta.notCharted && meta.notCharted.length > 0) fields[NOT_CHARTED_KEY] = [...new Set(meta.notCharted)];
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n${body.slice(bodyOffset(body)).replace(/^\n+/, '')}`;
}
