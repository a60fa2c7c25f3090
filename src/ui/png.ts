/**
 * A chart exported as a picture that carries its meaning, in the manner of Our World in Data's
 * exports: the product name and the chart's title and filters above, the sources (articles and
 * dates) and any data credit below, on an opaque background, at 2× pixel ratio, drawn after the web
 * fonts are ready so that Chinese renders in the image.
 */
import type { EChartsType } from 'echarts/core';
import { wrapText } from '../core/wrap';
import { downloadBlob } from './download';

export interface PngFrame {
  product: string;
  title: string;
  filters: string;
  sources: string[];
  credit: string | null;
}

export const EXPORT_PIXEL_RATIO = 2;
const PAD = 16;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('chart image could not be read'));
    img.src = url;
  });
}

interface TextBlock {
  lines: string[];
  font: string;
  color: string;
  lineHeight: number;
}

export async function composePng(
  chartUrl: string,
  width: number,
  height: number,
  frame: PngFrame,
  ratio = EXPORT_PIXEL_RATIO,
): Promise<Blob> {
  await document.fonts.ready;
  const chart = await loadImage(chartUrl);
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const textWidth = width - 2 * PAD;
  const block = (text: string, size: number, weight: string, color: string): TextBlock => {
    const font = `${weight} ${size}px ${family}`;
    ctx.font = font;
    return { lines: wrapText(text, textWidth, (s) => ctx.measureText(s).width), font, color, lineHeight: Math.round(size * 1.45) };
  };
  const head = [
    block(frame.product, 12, 'normal', '#555'),
    block(frame.title, 18, 'bold', '#111'),
    block(frame.filters, 13, 'normal', '#333'),
  ];
  const foot = [
    ...frame.sources.map((s) => block(s, 12, 'normal', '#333')),
    ...(frame.credit ? [block(frame.credit, 11, 'normal', '#555')] : []),
    block(frame.product, 11, 'bold', '#0060a8'),
  ];
  const heightOf = (blocks: TextBlock[]) => blocks.reduce((h, b) => h + b.lines.length * b.lineHeight, 0);
  const headH = PAD + heightOf(head) + 8;
  const footH = 8 + heightOf(foot) + PAD;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round((headH + height + footH) * ratio);
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, headH + height + footH);
  ctx.textBaseline = 'top';
  let y = PAD;
  const draw = (blocks: TextBlock[]) => {
    for (const b of blocks) {
      ctx.font = b.font;
      ctx.fillStyle = b.color;
      for (const line of b.lines) {
        ctx.fillText(line, PAD, y);
        y += b.lineHeight;
      }
    }
  };
  draw(head);
  ctx.drawImage(chart, 0, headH, width, height);
  y = headH + height + 8;
  draw(foot);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** A chart (or the map) as a framed 2× PNG, downloaded under `fileName`. */
export async function exportChartPng(chart: EChartsType | undefined, frame: PngFrame, fileName: string): Promise<void> {
  if (!chart) return;
  const url = chart.getDataURL({ type: 'png', pixelRatio: EXPORT_PIXEL_RATIO, backgroundColor: '#ffffff' });
  downloadBlob(await composePng(url, chart.getWidth(), chart.getHeight(), frame), fileName);
}
