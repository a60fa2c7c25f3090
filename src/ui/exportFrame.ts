/** The words baked into an exported image: active filters, and the articles the numbers come from. */
import type { View } from '../core/select';
import { geoName } from '../core/names';
import type { Lang, Messages } from '../i18n/messages';
import type { DocumentRecord, Fact } from '../schema/metricsFile';

export function filtersLine(view: View, lang: Lang, t: Messages): string {
  return `${t.years} ${view.from}–${view.to} · ${t.district} ${geoName(view.district, lang)}`;
}

/** One line per article behind the figures, in file order: 来源：title（outlet，date）. */
export function sourcesLines(
  factIds: Iterable<string>,
  facts: ReadonlyMap<string, Fact>,
  documents: ReadonlyMap<string, DocumentRecord>,
  t: Messages,
): string[] {
  const docs = new Set<string>();
  for (const id of factIds) {
    const f = facts.get(id);
    if (f) docs.add(f.doc);
  }
  return [...docs].sort().map((id) => {
    const d = documents.get(id);
    return `${t.source}: ${d?.title ?? id} (${[d?.outlet, d?.published].filter(Boolean).join(', ')})`;
  });
}
