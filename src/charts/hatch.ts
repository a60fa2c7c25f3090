/**
 * The hatching of a district with no report, drawn once per theme as a repeating tile. As an ECharts
 * `decal` it is drawn again for every district on every update of the map (a filter change), which
 * costs more than the rest of the update. Browser only: without a canvas the map falls back to the decal.
 */
import type { ChartColors } from './palette';

export interface HatchFill {
  image: HTMLCanvasElement;
  repeat: 'repeat';
  scaleX: number;
  scaleY: number;
}

/** Tile side in CSS pixels: one diagonal stroke per tile, as the decal drew them. */
const TILE = 6;

export function hatchFill(colors: Pick<ChartColors, 'noReport' | 'hatch'>, dpr: number): HatchFill | undefined {
  if (typeof document === 'undefined') return undefined;
  const canvas = document.createElement('canvas');
  const side = Math.round(TILE * dpr);
  canvas.width = canvas.height = side;
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  ctx.fillStyle = colors.noReport;
  ctx.fillRect(0, 0, side, side);
  ctx.strokeStyle = colors.hatch;
  ctx.lineWidth = dpr;
  // Corner to corner, plus the two corner stubs, so neighbouring tiles join into continuous lines.
  ctx.beginPath();
  for (const [x0, y0, x1, y1] of [
    [0, side, side, 0],
    [-side / 2, side / 2, side / 2, -side / 2],
    [side / 2, side * 1.5, side * 1.5, side / 2],
  ] as const) {
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
  }
  ctx.stroke();
  return { image: canvas, repeat: 'repeat', scaleX: 1 / dpr, scaleY: 1 / dpr };
}
