/** Periods: one pattern, one order (undated last), one wording per language. */
import { describe, expect, it } from 'vitest';
import { comparePeriods, comparePeriodsDesc, formatPeriod, parsePeriod, PERIOD_PATTERN } from '../../src/schema/period';

describe('period form', () => {
  it('accepts the five forms and nothing else', () => {
    for (const p of ['2023', '2024-07', '2025-Q1', '2025-H2', '2025-Q1-Q3']) expect(PERIOD_PATTERN.test(p)).toBe(true);
    for (const p of ['2024-13', '2024-00', '2025-Q5', '2025-H3', '25', '2025-Q1-Q2', '2024-7']) expect(PERIOD_PATTERN.test(p)).toBe(false);
  });
  it('parses the parts and places a period at its middle', () => {
    expect(parsePeriod('2025-Q2')).toMatchObject({ year: 2025, kind: 'quarter', part: 2, partial: true });
    expect(parsePeriod('2024-07')).toMatchObject({ year: 2024, kind: 'month', part: 7 });
    expect(parsePeriod('2023')).toMatchObject({ kind: 'year', part: null, partial: false, time: Date.UTC(2023, 6, 2, 12) });
    expect(parsePeriod('2024-13')).toBeNull();
  });
});

describe('period order', () => {
  it('sorts by time, not by text, with undated figures last', () => {
    const periods = [null, '2024-H2', '2024', '2024-Q1', '2023', '2024-H1', '2024-07'];
    expect([...periods].sort(comparePeriods)).toEqual(['2023', '2024-Q1', '2024-H1', '2024', '2024-07', '2024-H2', null]);
  });
  it('latest first still puts undated figures last', () => {
    expect([null, '2023', '2025-Q1', '2024'].sort(comparePeriodsDesc)).toEqual(['2025-Q1', '2024', '2023', null]);
  });
});

describe('period wording', () => {
  it.each([
    ['2025', '2025年', '2025'],
    ['2024-07', '2024年7月', 'Jul 2024'],
    ['2024-12', '2024年底', 'end of 2024'],
    ['2025-Q1', '2025年一季度', 'Q1 2025'],
    ['2025-H1', '2025年上半年', 'H1 2025'],
    ['2025-Q1-Q3', '2025年前三季度', 'Jan–Sep 2025'],
  ])('%s reads 「%s」 / "%s"', (period, zh, en) => {
    expect(formatPeriod(period, 'zh')).toBe(zh);
    expect(formatPeriod(period, 'en')).toBe(en);
  });
  it('an undated figure says so, and a malformed period is shown as written', () => {
    expect(formatPeriod(null, 'zh')).toBe('未注明时间');
    expect(formatPeriod(null, 'en')).toBe('not stated');
    expect(formatPeriod('2024-13', 'en')).toBe('2024-13');
  });
});
