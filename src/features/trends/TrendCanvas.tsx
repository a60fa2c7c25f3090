/**
 * The drawing part of a trend chart: ECharts and its React wrapper. Loaded in its own chunk, only when the
 * first chart comes near the screen, so the page's first load carries none of it.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import type { Ref } from 'react';
import { echarts } from '../../charts/echarts';

export default function TrendCanvas({
  chartRef,
  option,
  onEvents,
  onReady,
  height,
}: {
  chartRef: Ref<ReactEChartsCore>;
  option: EChartsCoreOption;
  onEvents: Record<string, (p: { data?: { fact?: string } }) => void>;
  onReady: (chart: EChartsType) => void;
  height: number;
}) {
  return (
    <ReactEChartsCore
      ref={chartRef}
      echarts={echarts}
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
