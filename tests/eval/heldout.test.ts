/**
 * The held-out sets (tests/heldout/, tests/heldout3/ … tests/heldout9/; heldout6 holds other cities' articles with the city's name swapped for Shanghai's, heldout7 … heldout9 national, provincial, city and district articles with the country's, province's, city's or district's name swapped, heldout10 real Shanghai district pages, heldout11 other cities' district articles swapped to Shanghai's districts; heldout13 … heldout16, heldout18 … heldout21 and heldout23 synthetic articles written by hand in real outlets' styles, heldout17, heldout22, heldout24 … heldout26 real pages of other places swapped to Shanghai, mostly traps; heldout27 synthetic): articles never read while writing the extractor's rules,
 * with a hand-made gold list. Only the aggregate figures are printed, so that running the test does
 * not turn the set into development material. The floors below are the figures this version reached
 * (see README), rounded down: a change that makes extraction worse on unseen articles fails here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../extract/helpers';
import { byLanguage, percent, score } from './score';

/** Floors per set: the figures of the last measurement (README), rounded down; `forbidden`, where set, the most must-not-chart figures it may chart. */
const FLOORS: Record<string, { recall: number; precision: number; gold: number; forbidden?: number }> = {
  heldout: { recall: 0.68, precision: 0.84, gold: 60 },
  heldout3: { recall: 0.57, precision: 0.57, gold: 7 },
  heldout4: { recall: 0.35, precision: 0.71, gold: 14 },
  heldout5: { recall: 0.84, precision: 0.83, gold: 13 },
  heldout6: { recall: 0.48, precision: 0.53, gold: 33 },
  heldout7: { recall: 0.79, precision: 0.9, gold: 34 },
  heldout8: { recall: 0.44, precision: 0.75, gold: 9 },
  heldout9: { recall: 0.88, precision: 0.91, gold: 17 },
  // Two real Shanghai district pages with no figure to chart: it measures only what is charted from its must-not lists.
  heldout10: { recall: 0, precision: 1, gold: 0 },
  // Other cities' district articles with the district swapped for one of Shanghai's, mostly traps (5 gold, 45 must-not).
  heldout11: { recall: 0.8, precision: 1, gold: 5 },
  // Real Shanghai pages and other cities' pages swapped to Shanghai with no figure to chart (0 gold, 50 must-not): charted points only.
  heldout12: { recall: 0, precision: 1, gold: 0 },
  // Synthetic: 12 articles written by hand in real outlets' styles (figures invented), blind, never read (74 gold, 115 must-not).
  heldout13: { recall: 0.78, precision: 0.79, gold: 70 },
  // Synthetic, built for precision late in the same session: 12 articles, mostly traps (60 gold, 100 must-not), never read.
  heldout14: { recall: 0.83, precision: 0.87, gold: 55 },
  // Synthetic, a balanced mix built at the end of the same session and scored only there (65 gold, 110 must-not), never read.
  heldout15: { recall: 0.81, precision: 0.88, gold: 60 },
  // Synthetic, a balanced mix built blind in the twelfth session and scored only at its start and end (66 gold, 110 must-not).
  heldout16: { recall: 0.87, precision: 0.83, gold: 60 },
  // Real pages swapped to Shanghai (city, district and national swaps), built blind in the thirteenth session: 10 articles,
  // 1 gold figure, 49 must-not: it measures mostly what is charted that should not be.
  heldout17: { recall: 0, precision: 1, gold: 1 },
  // Synthetic, a balanced mix built blind in the thirteenth session and scored only at its start and end (64 gold, 108 must-not).
  heldout18: { recall: 0.87, precision: 0.9, gold: 60 },
  // Synthetic, a balanced mix with web-page furniture in four articles, built blind in the thirteenth session and scored
  // only at its start and end (66 gold, 107 must-not).
  heldout19: { recall: 0.92, precision: 0.9, gold: 60 },
  // Synthetic, a balanced mix built blind at the start of the fourteenth session, scored at that session's first commit and
  // at its end only (64 gold, 109 must-not).
  heldout20: { recall: 0.95, precision: 1, gold: 60 },
  // Synthetic, of the kinds users paste (policy interpretations, investment pages, Q&A, digests, research notes, statistics
  // bulletins, Hong Kong and Taiwan reports), built blind at the start of the fifteenth session and scored at that session's
  // first commit (51 of 65 found, 51 of 68 right) and at its end only (65 gold, 109 must-not).
  heldout21: { recall: 0.86, precision: 0.78, gold: 65 },
  // Real pages of other cities swapped to Shanghai, built blind at the start of the sixteenth session (13 articles, 4 gold,
  // 79 must-not; the held-out pool of the stored pages is nearly exhausted), scored at that session's first commit (2 of 3
  // found, 2 of 3 right) and at its end only.
  heldout22: { recall: 0.66, precision: 0.66, gold: 3 },
  // Synthetic, a balanced mix with newer kinds (WeChat posts, plain-text tables, press-conference transcripts, embodied AI,
  // agents, compute vouchers), built blind in the sixteenth session and scored at its first commit (50 of 64 found, 50 of
  // 58 right) and at its end only (65 gold, 110 must-not).
  heldout23: { recall: 0.82, precision: 0.94, gold: 64 },
  // Real pages of eleven other cities of 2019–2025 swapped to Shanghai, built blind in the seventeenth session from the
  // held-out half of the stored pages (13 articles, 8 gold, 48 must-not; mostly traps), scored with the extractor at that
  // session's first commit (6 of 8 found, 6 of 8 right) and at its end only.
  heldout24: { recall: 0.75, precision: 0.75, gold: 8 },
  // Real traditional-Chinese and English pages of Taiwan, Hong Kong, Seoul, Singapore and Bengaluru swapped to Shanghai,
  // built blind in the seventeenth session from the held-out half of the stored pages (17 articles, 4 gold of which 2
  // chartable, 94 must-not: amounts in other currencies, one centre's compute, other industries). Scored with the extractor
  // at that session's first commit (0 of 2 found, 0 of 1 right, none of the 94 charted) and at its end only; what it
  // checks is that nothing it forbids is charted.
  heldout25: { recall: 0, precision: 0, gold: 2, forbidden: 0 },
  // Real pages of five provinces and two county-level cities swapped to Shanghai, built blind in the eighteenth session from
  // the held-out half of the stored pages (7 articles: about 170 candidates were checked, the rest taken or of the other
  // pool; 11 gold, 48 must-not). Scored with the extractor at that session's first commit (5 of 11 found, 5 of 9 right) and
  // at its end only.
  heldout26: { recall: 0.45, precision: 0.55, gold: 11 },
  // Synthetic, a balanced mix (6 simplified, 4 English, 3 traditional; 2019–2026), built blind in the eighteenth session and
  // scored at its first commit (52 of 64 found, 52 of 60 right) and at its end only (65 gold, 108 must-not).
  heldout27: { recall: 0.81, precision: 0.88, gold: 64 },
};

describe.each(Object.keys(FLOORS))('held-out articles (%s)', (set) => {
  const s = score(join(ROOT, 'tests', set));
  const floor = FLOORS[set]!;
  it('reports recall and precision', () => {
    console.log(
      `${set}: recall ${s.found}/${s.gold} = ${percent(s.found, s.gold)}; ` +
        `precision ${s.correct}/${s.charted} = ${percent(s.correct, s.charted)}; ` +
        `charted from the must-not-chart list: ${s.forbidden}; ` +
        `wrong points by kind: ${JSON.stringify(s.wrongKinds)}; missed by language and kind: ${JSON.stringify(s.missedKinds)}; ` +
        `by language (found/gold, right/charted): ${byLanguage(s)}; ` +
        `on the chart (a year's count at its end): recall ${s.onChart.found}/${s.gold}, precision ${s.onChart.correct}/${s.charted}; ` +
        `by period basis (right/charted): ${JSON.stringify(s.byBasis)}`,
    );
    expect(s.gold).toBeGreaterThanOrEqual(floor.gold);
    if (s.gold > 0) expect(s.found / s.gold).toBeGreaterThanOrEqual(floor.recall);
    expect(s.charted === 0 ? 1 : s.correct / s.charted).toBeGreaterThanOrEqual(floor.precision);
    if (floor.forbidden !== undefined)
      expect(s.forbidden, 'figures charted from the must-not-chart list').toBeLessThanOrEqual(floor.forbidden);
  });
});
