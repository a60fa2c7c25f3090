/**
 * The drawing part of a trend chart: ECharts and its React wrapper. Loaded in its own chunk, only when the
 * first chart comes near the screen, so the page's first load carries none of it.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { echarts } from '../../charts/echarts';
import type { ChartTheme } from '../../charts/palette';

export default function TrendCanvas({
  theme,
  option,
  onEvents,
  onReady,
  height,
}: {
  theme: ChartTheme;
  option: EChartsCoreOption;
  onEvents: Record<string, (p: { data?: { fact?: string } }) => void>;
  onReady: (chart: EChartsType) => void;
  height: number;
}) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      theme={theme}
      option={option}
      notMerge
      lazyUpdate
      onEvents={onEvents}
      onChartReady={onReady}
      style={{ height, width: '100%' }}
      opts={{ renderer: 'canvas' }}
    />
  );
}
