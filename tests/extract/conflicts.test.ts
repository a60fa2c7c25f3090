import { describe, expect, it } from 'vitest';
import { findConflicts, toPoint } from '../../src/extract/series';
import type { Qualifier, Series } from '../../src/schema/metricsFile';
import { fact } from '../core/fixture';

/** One series of AI talent for 2024 with a reading from each of two articles. */
function twoReadings(a: [Qualifier, number], b: [Qualifier, number]): Series {
  const one = fact({ value: a[1], qualifier: a[0], period: '2024', metric: 'ai_talent', unit: 'persons' });
  const two = fact({ value: b[1], qualifier: b[0], period: '2024', metric: 'ai_talent', unit: 'persons', doc: 'd2' });
  return { metric: 'ai_talent', geo: 'shanghai', points: [toPoint(one), toPoint(two)] };
}

describe('conflicts between articles', () => {
  it('readings that can both be true are no conflict: about 300,000 and nearly 300,000; over 3,800 and 4,000', () => {
    expect(findConflicts([twoReadings(['~', 300000], ['<', 300000])])).toEqual([]);
    expect(findConflicts([twoReadings(['>', 3800], ['=', 4000])])).toEqual([]);
    expect(findConflicts([twoReadings(['=', 300000], ['=', 300000])])).toEqual([]);
  });
  it('readings that cannot both be true are: two exact values, or a bound far from the other figure', () => {
    expect(findConflicts([twoReadings(['=', 134], ['=', 130])])).toHaveLength(1);
    expect(findConflicts([twoReadings(['>', 3800], ['=', 9999])])).toHaveLength(1);
    expect(findConflicts([twoReadings(['<', 300000], ['=', 150000])])).toHaveLength(1);
    expect(findConflicts([twoReadings(['~', 300000], ['=', 400000])])).toHaveLength(1);
  });
});
