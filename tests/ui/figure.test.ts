/**
 * The layout of an exported figure: one fixed size whatever the frame holds, every line inside it, the
 * chart keeping most of the height, and sources that do not fit counted in one line instead of
 * pushing the chart out.
 */
import { describe, expect, it } from 'vitest';
import { FIGURE_HEIGHT, FIGURE_WIDTH, layoutFigure, overviewPanels, tileLines, type FigureFrame } from '../../src/ui/figure';

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

describe('the overview figure', () => {
  it('puts the numbers on top, the map on the left and the trends stacked on the right, all inside the body', () => {
    const body = 420;
    const panels = overviewPanels(
      {},
      [
        { title: 'a', option: {} },
        { title: 'b', option: {} },
      ],
      4,
    )(body);
    expect(panels).toHaveLength(3);
    const [map, first, second] = panels as [(typeof panels)[0], (typeof panels)[0], (typeof panels)[0]];
    expect(map.title).toBeUndefined();
    expect([first.title, second.title]).toEqual(['a', 'b']);
    for (const p of panels) {
      expect(p.y).toBeGreaterThanOrEqual(64); // below the band of numbers
      expect(p.x + p.width).toBeLessThanOrEqual(FIGURE_WIDTH);
      expect(p.y + p.height).toBeLessThanOrEqual(body);
    }
    expect(first.x).toBe(map.x + map.width);
    expect(second.y).toBe(first.y + first.height);
    // With no trend the map takes the width; with no numbers it starts at the top.
    const alone = overviewPanels({}, [], 0)(body);
    expect(alone).toEqual([{ option: {}, x: 0, y: 0, width: FIGURE_WIDTH, height: body }]);
  });

  it('cuts a number tile’s text to its column', () => {
    const tiles = [
      { label: 'AI industry scale · Shanghai', value: 'over 380 billion yuan', note: 'Latest: 2023' },
      { label: 'An unusually long label that cannot fit in a quarter of the width at all', value: '82', note: '' },
      { label: 'AI talent · Shanghai', value: 'nearly 300,000 people', note: 'Latest: Jul 2025' },
      { label: 'Large-model enterprises · Xuhui', value: '255', note: 'Latest: end of 2024' },
    ];
    const lines = tileLines(tiles, 100, measure);
    expect(lines).toHaveLength(12);
    const column = (FIGURE_WIDTH - 48) / 4;
    for (const l of lines) expect(measure(l.text, l.size)).toBeLessThanOrEqual(column - 12);
    expect(lines[3]!.text.endsWith('…')).toBe(true);
    expect(lines[0]!.text).toBe('AI industry scale · Shanghai');
    expect(new Set(lines.map((l) => l.x)).size).toBe(4);
  });
});
