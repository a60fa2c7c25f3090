/**
 * The layout of an exported figure: one fixed size whatever the frame holds, every line inside it, the
 * chart keeping most of the height, and sources that do not fit counted in one line instead of
 * pushing the chart out.
 */
import { describe, expect, it } from 'vitest';
import { FIGURE_HEIGHT, FIGURE_WIDTH, layoutFigure, type FigureFrame } from '../../src/ui/figure';

/** A monospace stand-in for the canvas: every character half an em, a Han character one em. */
const measure = (s: string, size: number) => [...s].reduce((w, c) => w + (/[\u4e00-\u9fff]/.test(c) ? size : size / 2), 0);

const frame = (sources: string[], legend: string | null = '● exact   ▲ lower bound   ▼ upper bound'): FigureFrame => ({
  product: 'Shanghai AI industry in numbers',
  title: 'AI industry scale (yuan)',
  filters: 'Years 2018–2025 · District all of Shanghai',
  legend,
  sources,
  credit: null,
  moreSources: (n) => `and ${n} more source articles`,
});

const source = (i: number) => `Source: Article number ${i} about Shanghai's AI industry (Xinhua, 2024-07-0${i % 9})`;

describe('layoutFigure', () => {
  it('keeps every line inside 1200×675 and gives the chart the rest', () => {
    const l = layoutFigure(frame([source(1), source(2)]), measure);
    const texts = l.lines.map((x) => x.text);
    expect(texts).toEqual([
      'Shanghai AI industry in numbers',
      'AI industry scale (yuan)',
      'Years 2018–2025 · District all of Shanghai',
      '● exact   ▲ lower bound   ▼ upper bound',
      source(1),
      source(2),
    ]);
    for (const x of l.lines) {
      expect(x.y).toBeGreaterThan(0);
      expect(x.y).toBeLessThan(FIGURE_HEIGHT);
      expect(measure(x.text, x.size)).toBeLessThanOrEqual(FIGURE_WIDTH);
    }
    // Head lines above the chart, foot lines below it.
    expect(l.lines.slice(0, 3).every((x) => x.y < l.chartTop)).toBe(true);
    expect(l.lines.slice(3).every((x) => x.y > l.chartTop + l.chartHeight)).toBe(true);
    expect(l.chartHeight).toBeGreaterThan(FIGURE_HEIGHT / 2);
  });

  it('counts the sources that do not fit in one line, and the chart keeps its room', () => {
    const many = Array.from({ length: 40 }, (_, i) => source(i));
    const l = layoutFigure(frame(many), measure);
    const last = l.lines[l.lines.length - 1]!;
    const shown = l.lines.filter((x) => x.text.startsWith('Source:')).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(40);
    expect(last.text).toBe(`and ${40 - shown} more source articles`);
    expect(last.y).toBeLessThan(FIGURE_HEIGHT);
    expect(l.chartHeight).toBeGreaterThanOrEqual(FIGURE_HEIGHT * 0.5);
  });

  it('wraps a long Chinese title within the width', () => {
    const long = { ...frame([source(1)], null), title: '上海市人工智能产业规模以上企业数量（单位：个（家、款、所等））'.repeat(3) };
    const l = layoutFigure(long, measure);
    const titleLines = l.lines.filter((x) => x.size === 22);
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.map((x) => x.text).join('')).toBe(long.title);
    for (const x of titleLines) expect(measure(x.text, x.size)).toBeLessThanOrEqual(FIGURE_WIDTH - 48);
  });
});
