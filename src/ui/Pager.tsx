/** Previous / next over a long list, with where the reader is in it ("Rows 101–200 of 16,512"). */
export interface PagerText {
  rowsShown: (from: number, to: number, total: number) => string;
  previousPage: string;
  nextPage: string;
}

export function Pager({
  page,
  size,
  total,
  onPage,
  t,
}: {
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
  t: PagerText;
}) {
  const last = Math.max(0, Math.ceil(total / size) - 1);
  if (last === 0) return null;
  return (
    <nav className="pager" aria-label={t.rowsShown(page * size + 1, Math.min(total, (page + 1) * size), total)}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t.previousPage}
      </button>
      <span role="status">{t.rowsShown(page * size + 1, Math.min(total, (page + 1) * size), total)}</span>
      <button type="button" disabled={page === last} onClick={() => onPage(page + 1)}>
        {t.nextPage}
      </button>
    </nav>
  );
}
