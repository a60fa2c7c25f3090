import { describe, expect, it } from 'vitest';
import { scanDates, type ArticleDate } from '../../src/extract/dates';

const JULY_2025: ArticleDate = { year: 2025, month: 7 };
const periods = (text: string, article: ArticleDate = JULY_2025) =>
  scanDates(text, article)
    .filter((d) => d.kind !== 'weak-now')
    .map((d) => d.period);

describe('dates resolve against the article date', () => {
  it.each([
    ['2023年', '2023'],
    ['2024年7月', '2024-07'],
    ['2024年底', '2024-12'],
    ['2024年年底', '2024-12'],
    ['截止至2024年底', '2024-12'],
    ['截至2025年6月底', '2025-06'],
    ['今年', '2025'],
    ['去年', '2024'],
    ['去年年底', '2024-12'],
    ['去年11月', '2024-11'],
    ['今年一季度', '2025-Q1'],
    ['2025年第二季度', '2025-Q2'],
    ['今年上半年', '2025-H1'],
    ['前三季度'.padStart(6, '今年'), '2025-Q1-Q3'],
    ['预计到今年底', '2025-12'],
    ['今年4月底', '2025-04'],
    ['目前', '2025-07'],
    ['截至目前', '2025-07'],
    ['2018年以来', '2025-07'],
    ['本届大会', '2025'],
    ['“十四五”期末', '2025'],
  ])('%s → %s', (text, period) => {
    expect(periods(text)).toEqual([period]);
  });

  it('目前 in an article known only to the year is that year', () => {
    expect(periods('目前', { year: 2024, month: null })).toEqual(['2024']);
  });

  it('a bare month with no year is not a period', () => {
    expect(periods('7月26日开幕')).toEqual([]);
  });

  it('an event named by its year is not a period (2024世界人工智能大会)', () => {
    expect(periods('2024世界人工智能大会')).toEqual([]);
  });
});
