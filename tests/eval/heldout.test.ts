/**
 * The held-out set (tests/heldout/): real articles never read while writing the extractor's rules,
 * with a hand-made gold list. Only the aggregate figures are printed, so that running the test does
 * not turn the set into development material. The floors below are the figures this version reached
 * (see README), rounded down: a change that makes extraction worse on unseen articles fails here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../extract/helpers';
import { percent, score } from './score';

const RECALL_FLOOR = 0.55;
const PRECISION_FLOOR = 0.63;

describe('held-out articles', () => {
  const s = score(join(ROOT, 'tests', 'heldout'));
  it('reports recall and precision', () => {
    console.log(
      `held-out: recall ${s.found}/${s.gold} = ${percent(s.found, s.gold)}; ` +
      `precision ${s.correct}/${s.charted} = ${percent(s.correct, s.charted)}; ` +
      `charted from the must-not-chart list: ${s.forbidden}`,
    );
    expect(s.gold).toBeGreaterThanOrEqual(60);
    expect(s.found / s.gold).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(s.charted === 0 ? 1 : s.correct / s.charted).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });
});
