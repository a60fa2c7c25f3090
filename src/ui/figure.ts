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

/** The option drawn once, without animation, at the figure's width and the height the layout leaves. */
function renderChart(option: EChartsCoreOption, height: number, renderer: 'canvas' | 'svg'): string {
  const still = { ...option, animation: false };
  if (renderer === 'svg') {
    const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: FIGURE_WIDTH, height });
    chart.setOption(still);
    const svg = chart.renderToSVGString();
    chart.dispose();
    return svg;
  }
  const chart = echarts.init(document.createElement('div'), undefined, { renderer: 'canvas', width: FIGURE_WIDTH, height });
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

export async function figurePng(option: EChartsCoreOption, frame: FigureFrame): Promise<Blob> {
  await document.fonts.ready;
  const family = fontFamily();
  const layout = layoutFigure(frame, canvasMeasure(family));
  const chart = await loadImage(renderChart(option, layout.chartHeight, 'canvas'));
  const canvas = document.createElement('canvas');
  canvas.width = FIGURE_WIDTH * FIGURE_PIXEL_RATIO;
  canvas.height = FIGURE_HEIGHT * FIGURE_PIXEL_RATIO;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(FIGURE_PIXEL_RATIO, FIGURE_PIXEL_RATIO);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, FIGURE_WIDTH, FIGURE_HEIGHT);
  ctx.textBaseline = 'alphabetic';
  for (const l of layout.lines) {
    ctx.font = fontOf(l.size, l.bold, family);
    ctx.fillStyle = l.color;
    ctx.fillText(l.text, PAD, l.y);
  }
  ctx.drawImage(chart, 0, layout.chartTop, FIGURE_WIDTH, layout.chartHeight);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** The same figure as one SVG document: the chart's own SVG nested at its place, the text as text. */
export function figureSvg(option: EChartsCoreOption, frame: FigureFrame, family = fontFamily()): string {
  const layout = layoutFigure(frame, canvasMeasure(family));
  const chart = renderChart(option, layout.chartHeight, 'svg').replace(/^<svg\b/, `<svg x="0" y="${layout.chartTop}"`);
  const text = layout.lines.map(
    (l) =>
      `<text xml:space="preserve" x="${PAD}" y="${l.y}" font-size="${l.size}"${l.bold ? ' font-weight="bold"' : ''} fill="${l.color}">${escapeHtml(l.text)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${FIGURE_WIDTH}" height="${FIGURE_HEIGHT}" viewBox="0 0 ${FIGURE_WIDTH} ${FIGURE_HEIGHT}" font-family="${escapeHtml(family)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...text,
    chart,
    '</svg>',
  ].join('\n');
}

/** Downloads the figure as `name`.png or `name`.svg. */
export async function exportFigure(option: EChartsCoreOption, frame: FigureFrame, fileName: string, format: 'png' | 'svg'): Promise<void> {
  const blob =
    format === 'png' ? await figurePng(option, frame) : new Blob([figureSvg(option, frame)], { type: 'image/svg+xml;charset=utf-8' });
  downloadBlob(blob, fileName);
}
