/**
 * The PNG and SVG buttons of a chart, the map or the overview. The figure module (and ECharts' SVG renderer
 * with it) loads at the first click; the figure is drawn from the charts' options, not copied from the screen.
 */
import { useT } from '../store/hooks';
import type { FigureSource } from './figure';

const FORMATS = ['png', 'svg'] as const;

export function FigureExport({
  name,
  figure,
  fileName,
}: {
  name: string;
  /** What to draw; may wait for what it needs (the overview, for the map's district shapes). */
  figure: () => FigureSource | Promise<FigureSource>;
  fileName: (ext: 'png' | 'svg') => string;
}) {
  const t = useT();
  const run = async (format: 'png' | 'svg') => {
    const source = await figure();
    // The overview draws the map too: its shapes are registered with the map's own chunk.
    const [{ exportFigure }] = await Promise.all([import('./figure'), 'overview' in source ? import('../charts/echartsMap') : null]);
    await exportFigure(source, fileName(format), format);
  };
  return (
    <span className="exports">
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="export"
          aria-label={format === 'png' ? t.downloadPng(name) : t.downloadSvg(name)}
          onClick={() => void run(format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
    </span>
  );
}
