/**
 * The PNG and SVG buttons of a chart or the map. The figure module (and ECharts' SVG renderer with it)
 * loads at the first click; the figure is drawn from the chart's option, not copied from the screen.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { useT } from '../store/hooks';
import type { FigureFrame } from './figure';

const FORMATS = ['png', 'svg'] as const;

export function FigureExport({
  name,
  figure,
  fileName,
}: {
  name: string;
  figure: () => { option: EChartsCoreOption; frame: FigureFrame };
  fileName: (ext: 'png' | 'svg') => string;
}) {
  const t = useT();
  const run = async (format: 'png' | 'svg') => {
    const { exportFigure } = await import('./figure');
    const { option, frame } = figure();
    await exportFigure(option, frame, fileName(format), format);
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
