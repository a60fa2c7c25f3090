/**
 * A chart or the map as a publication-ready figure of one fixed size, whatever the screen it is
 * exported from: 1200×675 CSS px, as PNG at 2× (2400×1350) or as SVG. The product's name, the title
 * with its unit and the filters above; the qualifier legend, the sources (outlet, date) and any data
 * credit below, on a white background (exports stay light). The chart is drawn again off screen from
 * its option at the size left between the two, so a phone and a desktop give the same picture.
 *
 * Loaded at the first export: it brings ECharts' SVG renderer, which the page itself never needs.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { echarts } from '../charts/echarts';
import { escapeHtml } from '../charts/escape';
import { wrapText } from '../core/wrap';
import { downloadBlob } from './download';

echarts.use([SVGRenderer]);

export const FIGURE_WIDTH = 1200;
export const FIGURE_HEIGHT = 675;
export const FIGURE_PIXEL_RATIO = 2;
const PAD = 24;
/** The part of the height the text below the chart may take; sources beyond it are counted, not listed. */
const FOOT_SHARE = 0.3;

export interface FigureFrame {
  product: string;
  /** The title with its unit: 人工智能产业规模（元）. */
  title: string;
  filters: string;
  /** What the symbols mean (● exact · ▲ lower bound …); null for the map. */
  legend: string | null;
  sources: string[];
  credit: string | null;
  /** "and 3 more sources", for sources that do not fit. */
  moreSources: (n: number) => string;
}

export interface FigureLine {
  text: string;
  /** From the figure's left edge; the frame's own lines start at the padding. */
  x?: number;
  /** Baseline of the line, from the figure's top. */
  y: number;
  size: number;
  bold: boolean;
  color: string;
}

export interface FigureLayout {
  lines: FigureLine[];
  chartTop: number;
  chartHeight: number;
}

type Measure = (text: string, size: number, bold: boolean) => number;

/** Where every line of text goes and how much room the chart keeps. Pure: the caller measures text. */
export function layoutFigure(frame: FigureFrame, measure: Measure): FigureLayout {
  const width = FIGURE_WIDTH - 2 * PAD;
  const block = (text: string, size: number, bold: boolean, color: string) =>
    wrapText(text, width, (s) => measure(s, size, bold)).map((line) => ({ text: line, size, bold, color }));
  const head = [
    ...block(frame.product, 13, false, '#555555'),
    ...block(frame.title, 22, true, '#111111'),
    ...block(frame.filters, 14, false, '#333333'),
  ];
  const legend = frame.legend ? block(frame.legend, 12, false, '#333333') : [];
  const credit = frame.credit ? block(frame.credit, 11, false, '#555555') : [];
  const lineHeight = (size: number) => Math.round(size * 1.45);
  const heightOf = (ls: ReadonlyArray<{ size: number }>) => ls.reduce((h, l) => h + lineHeight(l.size), 0);
  // Sources fill what the legend and credit leave of the foot's share; the rest are counted in one line.
  const room = FIGURE_HEIGHT * FOOT_SHARE - heightOf(legend) - heightOf(credit) - PAD;
  let sources = frame.sources.flatMap((s) => block(s, 12, false, '#333333'));
  if (heightOf(sources) > room) {
    const kept: typeof sources = [];
    let shown = 0;
    for (const s of frame.sources) {
      const lines = block(s, 12, false, '#333333');
      if (heightOf([...kept, ...lines]) + lineHeight(12) > room) break;
      kept.push(...lines);
      shown++;
    }
    sources = [...kept, ...block(frame.moreSources(frame.sources.length - shown), 12, false, '#333333')];
  }
  const foot = [...legend, ...sources, ...credit];
  const headHeight = PAD + heightOf(head) + 8;
  const footHeight = 8 + heightOf(foot) + PAD;
  const lines: FigureLine[] = [];
  let y = PAD;
  const place = (ls: ReadonlyArray<Omit<FigureLine, 'y'>>) => {
    for (const l of ls) {
      // The baseline sits about four fifths of the font size below the line's top.
      lines.push({ ...l, y: Math.round(y + l.size * 0.85 + (lineHeight(l.size) - l.size) / 2) });
      y += lineHeight(l.size);
    }
  };
  place(head);
  const chartHeight = FIGURE_HEIGHT - headHeight - footHeight;
  y = headHeight + chartHeight + 8;
  place(foot);
  return { lines, chartTop: headHeight, chartHeight };
}

const fontFamily = (): string => getComputedStyle(document.body).fontFamily || 'sans-serif';
const fontOf = (size: number, bold: boolean, family: string) => `${bold ? 'bold' : 'normal'} ${size}px ${family}`;

function canvasMeasure(family: string): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  // Without a canvas (a test DOM), a Han character is about one em wide, anything else about half.
  if (!ctx) return (s, size) => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? size : size * 0.55), 0);
  return (s, size, bold) => {
    ctx.font = fontOf(size, bold, family);
    return ctx.measureText(s).width;
  };
}

/** The option drawn once, without animation, at the size of its place in the figure. */
function renderChart(option: EChartsCoreOption, width: number, height: number, renderer: 'canvas' | 'svg'): string {
  const still = { ...option, animation: false };
  if (renderer === 'svg') {
    const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width, height });
    chart.setOption(still);
    const svg = chart.renderToSVGString();
    chart.dispose();
    return svg;
  }
  const chart = echarts.init(document.createElement('div'), undefined, { renderer: 'canvas', width, height });
  chart.setOption(still);
  const url = chart.getDataURL({ type: 'png', pixelRatio: FIGURE_PIXEL_RATIO, backgroundColor: '#ffffff' });
  chart.dispose();
  return url;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('chart image could not be read'));
    img.src = url;
  });
}

/** A number shown as text above an overview's charts: the KPI's name, its value, and when. */
export interface FigureTile {
  label: string;
  value: string;
  note: string;
}

/** A chart at its place in the figure's body (the room the layout leaves between head and foot). */
export interface FigurePanel {
  option: EChartsCoreOption;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Written above the chart, inside its place (a trend in the overview: its name and unit). */
  title?: string;
}

const PANEL_TITLE = 22;

/** Where a panel's chart is drawn: below its title, if it has one. */
const chartBox = (p: FigurePanel): { x: number; y: number; width: number; height: number } =>
  p.title === undefined ? p : { x: p.x, y: p.y + PANEL_TITLE, width: p.width, height: p.height - PANEL_TITLE };

/** The panels' titles as text lines of the figure. */
const panelTitles = (panels: ReadonlyArray<FigurePanel>, bodyTop: number): FigureLine[] =>
  panels.flatMap((p) =>
    p.title === undefined ? [] : [{ x: p.x + 8, y: bodyTop + p.y + 15, text: p.title, size: 13, bold: true, color: '#111111' }],
  );

/** The body's height to place panels in, once the frame's text is laid out. */
type PanelsOf = (bodyHeight: number) => FigurePanel[];

const TILE_BAND = 64;

/** One chart over the whole body. */
const whole =
  (option: EChartsCoreOption): PanelsOf =>
  (height) => [{ option, x: 0, y: 0, width: FIGURE_WIDTH, height }];

/**
 * The overview: its numbers in a band along the top, the map on the left and the headline trends stacked on
 * the right (the map alone takes the width when no trend has points enough).
 */
export function overviewPanels(
  map: EChartsCoreOption,
  trends: ReadonlyArray<{ title: string; option: EChartsCoreOption }>,
  tiles: number,
): PanelsOf {
  return (bodyHeight) => {
    const top = tiles > 0 ? TILE_BAND : 0;
    const height = bodyHeight - top;
    const mapWidth = trends.length > 0 ? Math.round(FIGURE_WIDTH * 0.45) : FIGURE_WIDTH;
    const each = Math.floor(height / Math.max(1, trends.length));
    return [
      { option: map, x: 0, y: top, width: mapWidth, height },
      ...trends.map(({ title, option }, i) => ({
        option,
        title,
        x: mapWidth,
        y: top + i * each,
        width: FIGURE_WIDTH - mapWidth,
        height: each,
      })),
    ];
  };
}

/** The tiles' text lines, in columns across the band at the top of the body; each line cut to its column. */
export function tileLines(tiles: ReadonlyArray<FigureTile>, bodyTop: number, measure: Measure): FigureLine[] {
  if (tiles.length === 0) return [];
  const column = (FIGURE_WIDTH - 2 * PAD) / tiles.length;
  const fit = (text: string, size: number, bold: boolean): string => {
    if (measure(text, size, bold) <= column - 12) return text;
    let cut = [...text];
    while (cut.length > 1 && measure(`${cut.join('')}…`, size, bold) > column - 12) cut = cut.slice(0, -1);
    return `${cut.join('')}…`;
  };
  return tiles.flatMap((tile, i) => {
    const x = Math.round(PAD + i * column);
    return [
      { x, text: fit(tile.label, 12, false), y: bodyTop + 16, size: 12, bold: false, color: '#555555' },
      { x, text: fit(tile.value, 20, true), y: bodyTop + 40, size: 20, bold: true, color: '#111111' },
      { x, text: fit(tile.note, 11, false), y: bodyTop + 57, size: 11, bold: false, color: '#555555' },
    ];
  });
}

async function composePng(frame: FigureFrame, panelsOf: PanelsOf, tiles: ReadonlyArray<FigureTile>): Promise<Blob> {
  await document.fonts.ready;
  const family = fontFamily();
  const measure = canvasMeasure(family);
  const layout = layoutFigure(frame, measure);
  const panels = panelsOf(layout.chartHeight);
  const boxes = panels.map(chartBox);
  const images = await Promise.all(panels.map((p, i) => loadImage(renderChart(p.option, boxes[i]!.width, boxes[i]!.height, 'canvas'))));
  const canvas = document.createElement('canvas');
  canvas.width = FIGURE_WIDTH * FIGURE_PIXEL_RATIO;
  canvas.height = FIGURE_HEIGHT * FIGURE_PIXEL_RATIO;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(FIGURE_PIXEL_RATIO, FIGURE_PIXEL_RATIO);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, FIGURE_WIDTH, FIGURE_HEIGHT);
  ctx.textBaseline = 'alphabetic';
  for (const l of [...layout.lines, ...tileLines(tiles, layout.chartTop, measure), ...panelTitles(panels, layout.chartTop)]) {
    ctx.font = fontOf(l.size, l.bold, family);
    ctx.fillStyle = l.color;
    ctx.fillText(l.text, l.x ?? PAD, l.y);
  }
  boxes.forEach((b, i) => ctx.drawImage(images[i]!, b.x, layout.chartTop + b.y, b.width, b.height));
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** The same figure as one SVG document: each chart's own SVG nested at its place, the text as text. */
function composeSvg(frame: FigureFrame, panelsOf: PanelsOf, tiles: ReadonlyArray<FigureTile>, family: string): string {
  const measure = canvasMeasure(family);
  const layout = layoutFigure(frame, measure);
  const panels = panelsOf(layout.chartHeight);
  const charts = panels.map((p) => {
    const b = chartBox(p);
    return renderChart(p.option, b.width, b.height, 'svg').replace(/^<svg\b/, `<svg x="${b.x}" y="${layout.chartTop + b.y}"`);
  });
  const text = [...layout.lines, ...tileLines(tiles, layout.chartTop, measure), ...panelTitles(panels, layout.chartTop)].map(
    (l) =>
      `<text xml:space="preserve" x="${l.x ?? PAD}" y="${l.y}" font-size="${l.size}"${l.bold ? ' font-weight="bold"' : ''} fill="${l.color}">${escapeHtml(l.text)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${FIGURE_WIDTH}" height="${FIGURE_HEIGHT}" viewBox="0 0 ${FIGURE_WIDTH} ${FIGURE_HEIGHT}" font-family="${escapeHtml(family)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...text,
    ...charts,
    '</svg>',
  ].join('\n');
}

/** What an exported figure is drawn from: one chart, or the overview's numbers, map and trends. */
export type FigureSource =
  | { option: EChartsCoreOption; frame: FigureFrame }
  | {
      overview: { tiles: FigureTile[]; map: EChartsCoreOption; trends: Array<{ title: string; option: EChartsCoreOption }> };
      frame: FigureFrame;
    };

/** Downloads the figure as `name`.png or `name`.svg. */
export async function exportFigure(source: FigureSource, fileName: string, format: 'png' | 'svg'): Promise<void> {
  const [panels, tiles] =
    'overview' in source
      ? [overviewPanels(source.overview.map, source.overview.trends, source.overview.tiles.length), source.overview.tiles]
      : [whole(source.option), []];
  const blob =
    format === 'png'
      ? await composePng(source.frame, panels, tiles)
      : new Blob([composeSvg(source.frame, panels, tiles, fontFamily())], { type: 'image/svg+xml;charset=utf-8' });
  downloadBlob(blob, fileName);
}
