/**
 * The colours a chart or the map draws with that are not data colours, in each theme. The page passes
 * its theme (with ECharts' own dark theme for axes, legends and tooltips); exports always draw light.
 */
export type ChartTheme = 'light' | 'dark';

export interface ChartColors {
  /** The page behind the chart: a hollow point is filled with it. */
  surface: string;
  text: string;
  /** A district with no report, and the hatching over it. */
  noReport: string;
  hatch: string;
  /** District borders, and the outline of the selected one. */
  border: string;
  selected: string;
  clusterLabel: string;
  conflict: string;
  /** The series colour that would vanish into the background (the palette's black in dark). */
  ink: string;
  /** The map's shades, fewest to most (light to strong in either theme). */
  shades: string[];
}

export const CHART_COLORS: Record<ChartTheme, ChartColors> = {
  light: {
    surface: '#ffffff',
    text: '#333333',
    noReport: '#e9e9e9',
    hatch: 'rgba(0,0,0,0.12)',
    border: '#ffffff',
    selected: '#000000',
    clusterLabel: '#7a2e00',
    conflict: '#C00000',
    ink: '#000000',
    shades: ['#deebf7', '#9ecae1', '#4292c6', '#08519c'],
  },
  dark: {
    surface: '#121417',
    text: '#dddddd',
    noReport: '#2a2e33',
    hatch: 'rgba(255,255,255,0.14)',
    border: '#121417',
    selected: '#ffffff',
    clusterLabel: '#ffb380',
    conflict: '#ff8080',
    ink: '#e8e8e8',
    // Dark to bright: a near-white district on the dark page would glare and hide its label.
    shades: ['#1d3350', '#24507c', '#2f6fae', '#4f93d6'],
  },
};
