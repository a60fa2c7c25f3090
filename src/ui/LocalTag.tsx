import { useT } from '../store/hooks';

/** "added here" beside a figure or an article the reader added in this browser (not part of the published data). */
export function LocalTag() {
  const t = useT();
  return (
    <span className="tag local" title={t.local.localNote}>
      {t.local.localMark}
    </span>
  );
}
