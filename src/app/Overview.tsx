import { Filters } from '../features/filters/Filters';
import { Kpis } from '../features/kpis/Kpis';
import { NearMap } from '../features/map/NearMap';
import { SectionNav } from '../features/trends/SectionNav';
import { Trends } from '../features/trends/Trends';

/**
 * The top of the dashboard, in order: the section nav, filters, KPIs, the map, the trends by theme. The page rendered at build time
 * (prerender.tsx) is this same part, with only the first few chart cards.
 */
export function Overview({ firstCharts }: { firstCharts?: number | undefined }) {
  return (
    <>
      <SectionNav />
      <Filters />
      <Kpis />
      <NearMap />
      <Trends firstCharts={firstCharts} />
    </>
  );
}
