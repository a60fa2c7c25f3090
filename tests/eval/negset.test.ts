/**
 * The negative set (tests/negset/): real articles about Shanghai's other industries, AI in other places, and one
 * company's or one fund's numbers; and devset20 (year-end reviews and reports, built blind, no gold figure). None states
 * a Shanghai AI figure, so every point charted from them is wrong.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../extract/helpers';
import { extractFolder } from './score';

describe.each([
  ['negset', 72],
  // A development set built blind whose 17 articles turned out to hold no Shanghai AI figure (116 must-not-chart).
  ['devset20', 17],
  // A second negative set, built blind on 2026-11-26 (seventh session): other industries, AI elsewhere, one company's numbers.
  ['negset2', 20],
])('negative articles (tests/%s/)', (set, articles) => {
  it('chart nothing', () => {
    const data = extractFolder(join(ROOT, 'tests', set));
    const charted = data.series.flatMap((s) =>
      s.points.map((p) => `${p.source.doc}: ${s.metric} ${s.geo} ${p.period} ${p.value} | ${p.source.quote.slice(0, 120)}`),
    );
    for (const c of charted) console.log(`charted from a negative article: ${c}`);
    expect(data.documents.length).toBeGreaterThanOrEqual(articles);
    expect(charted).toEqual([]);
  });
});
