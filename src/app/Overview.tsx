import { Filters } from '../features/filters/Filters';
import { Kpis } from '../features/kpis/Kpis';
import { NearMap } from '../features/map/NearMap';
import { HeadlineTrends } from '../features/trends/HeadlineTrends';
import { SectionNav } from '../features/trends/SectionNav';
import { Trends } from '../features/trends/Trends';

/**
 * The top of the dashboard, in order: the section nav, filters, KPIs, the overview (the map beside the headline
 * trends), then the trends by theme. The page rendered at build time (prerender.tsx) is this part up to the overview.
 */
export function Overview({ firstScreenOnly = false }: { firstScreenOnly?: boolean }) {
  return (
    <>
      <SectionNav />
      <Filters />
      <Kpis />
      <div id="overview" className="overview">
        <NearMap />
        <HeadlineTrends />
      </div>
      {!firstScreenOnly && <Trends />}
    </>
  );
}
