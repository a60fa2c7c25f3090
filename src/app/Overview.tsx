import { Filters } from '../features/filters/Filters';
import { Kpis } from '../features/kpis/Kpis';
import { NearMap } from '../features/map/NearMap';
import { Trends } from '../features/trends/Trends';

/**
 * The top of the dashboard, in order: filters, KPIs, the map, the trends. The page rendered at build time
 * (prerender.tsx) is this same part, with only the first few chart cards.
 */
export function Overview({ firstCharts }: { firstCharts?: number | undefined }) {
  return (
    <>
      <Filters />
      <Kpis />
      <NearMap />
      <Trends firstCharts={firstCharts} />
    </>
  );
}
