/**
 * What the year range looks like before its code has loaded (and in the page rendered at build time):
 * the same track, fill and thumbs, drawn where the slider will draw them, so nothing moves when it arrives.
 * Not operable; the typed years beside it are.
 */
export function RangeShape({ from, to, min, max }: { from: number; to: number; min: number; max: number }) {
  const at = (v: number) => (max > min ? ((v - min) / (max - min)) * 100 : 0);
  return (
    <div className="range" aria-hidden="true">
      <div className="range-track">
        <div className="range-fill" style={{ left: `${at(from)}%`, right: `${100 - at(to)}%` }} />
      </div>
      {[from, to].map((v, i) => (
        <span key={i} className="range-thumb range-thumb-static" style={{ left: `calc(${at(v)}% - ${at(v) / 100} * 1.5rem)` }} />
      ))}
    </div>
  );
}
