import { describe, expect, it } from 'vitest';
import { scanDates, type ArticleDate } from '../../src/extract/dates';

import { factAt, factsOf } from './helpers';
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

describe('the first months of a year', () => {
  it('1-9月 and the first nine months are the first three quarters; 1-6月 the first half', () => {
    const zh = factAt(factsOf('2025年1-9月，上海人工智能产业产值达到3000亿元。', '2025-12-01'), '3000亿元');
    expect([zh.metric, zh.period]).toEqual(['ai_industry_scale', '2025-Q1-Q3']);
    const half = factAt(factsOf('2025年1—6月，上海人工智能产业产值达到1800亿元。', '2025-12-01'), '1800亿元');
    expect(half.period).toBe('2025-H1');
    const en = factAt(
      factsOf("In the first nine months of 2025, Shanghai's AI industry output reached 300 billion yuan.", '2025-12-01'),
      '300 billion yuan',
    );
    expect(en.period).toBe('2025-Q1-Q3');
  });
  it('a run of months no period holds (1-11月, 前两个月, the first 11 months) is not charted as the year', () => {
    for (const [text, surface] of [
      ['今年1-11月，上海人工智能产业产值同比增长15.2%。', '15.2%'],
      ['2025年1至11月，上海人工智能产业产值达到3500亿元。', '3500亿元'],
      ['今年前两个月，上海人工智能产业产值达到500亿元。', '500亿元'],
      ["In the first 11 months of 2025, Shanghai's AI industry output reached 350 billion yuan.", '350 billion yuan'],
    ] as const) {
      const f = factAt(factsOf(text, '2025-12-20'), surface);
      expect([text, f.metric !== null, f.period]).toEqual([text, true, null]);
    }
  });
});

describe('前3季度', () => {
  it('is the first three quarters, as 前三季度 is', () => {
    const f = factAt(factsOf('2024年前3季度，全市人工智能产业规模突破800亿元。', '2024-11-01', '上海人工智能'), '突破800亿元');
    expect([f.metric, f.period]).toEqual(['ai_industry_scale', '2024-Q1-Q3']);
  });
});

describe('a bare year-end in a paragraph that named its year', () => {
  it('截至年末 after 2025年 in the same paragraph is the end of 2025, not of the article’s year', () => {
    const facts = factsOf('2025年上海人工智能产业规模达到5180亿元。截至年末，全市智能算力规模超过3.2万P。', '2026-03-02');
    expect(factAt(facts, '超过3.2万P').period).toBe('2025-12');
  });
});

describe('some years back', () => {
  it('两年前 and 2年前 are a span with no year; 今年前三季度 is this year’s first three quarters', () => {
    const d = { year: 2025, month: 7 };
    expect(scanDates('两年前，模速空间只有18家企业。', d)[0]).toMatchObject({ start: 0, end: 3, kind: 'span' });
    expect(scanDates('2年前，模速空间只有18家企业。', d)[0]).toMatchObject({ start: 0, end: 3, kind: 'span' });
    expect(scanDates('今年前三季度，全市产业规模达3200亿元。', d)[0]).toMatchObject({ kind: 'explicit', period: '2025-Q1-Q3' });
  });
});

describe('过去一年 (the past year)', () => {
  it('early in a year is the year just ended; later, no calendar year', () => {
    const jan = scanDates('过去一年，全区人工智能产业规模增长20%。', { year: 2025, month: 1 });
    expect(jan.map((d) => [d.kind, d.period])).toEqual([['explicit', '2024']]);
    expect(scanDates('刚刚过去的一年，上海人工智能企业达到2800家。', { year: 2025, month: 2 })[0]?.period).toBe('2024');
    const july = scanDates('过去一年，全区人工智能产业规模增长20%。', { year: 2025, month: 7 });
    expect(july.some((d) => d.kind === 'explicit')).toBe(false);
  });
});
