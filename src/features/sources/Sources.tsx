import { useMemo, useRef, useState } from 'react';
import { LocalTag } from '../../ui/LocalTag';
import { useData } from '../../store/dataContext';
import { useT } from '../../store/hooks';
import { Pager } from '../../ui/Pager';
import { useAllFacts } from '../../store/useAllFacts';

/** Articles listed at once: 500 would fill the page. */
const PAGE_SIZE = 50;

export function Sources() {
  const t = useT();
  const { data, localDocs } = useData();
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const f of data.facts) m.set(f.doc, (m.get(f.doc) ?? 0) + 1);
    return m;
  }, [data]);
  const [page, setPage] = useState(0);
  // How many numbers each article gave is known once every fact is in.
  const holder = useRef<HTMLElement>(null);
  const pending = useAllFacts(holder);
  const documents = data.documents.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  return (
    <section ref={holder} className="sources" aria-labelledby="sources-h">
      <h2 id="sources-h">{t.sources}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.article}</th>
            <th scope="col">{t.outlet}</th>
            <th scope="col">{t.date}</th>
            <th scope="col">{t.factsFrom}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.id}>
              <td>
                {d.url ? (
                  <a href={d.url} rel="noreferrer noopener" target="_blank">
                    {d.title}
                  </a>
                ) : (
                  d.title
                )}
                {localDocs.has(d.id) && <LocalTag />}
              </td>
              <td>{d.outlet ?? '—'}</td>
              <td>{d.published}</td>
              <td className="num">{pending === null ? (counts.get(d.id) ?? 0) : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} size={PAGE_SIZE} total={data.documents.length} onPage={setPage} t={t} />
    </section>
  );
}
