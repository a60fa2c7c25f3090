import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatAxis, formatFact, formatQuantity, formatValue, groupDigits } from '../../src/core/format';

describe('values in the reader’s convention', () => {
  it.each([
    [3800e8, 'CNY', 'zh', null, '3,800亿元'],
    [3800e8, 'CNY', 'en', null, '380 billion yuan'],
    [1.2e12, 'CNY', 'zh', null, '1.2万亿元'],
    [3e5, 'persons', 'zh', null, '30万人'],
    [3e5, 'persons', 'en', null, '300,000 people'],
    [82, 'items', 'zh', '款', '82款'],
    [82, 'items', 'en', '款', '82'],
    [7e4, 'm2', 'zh', null, '7万平方米'],
    [7e4, 'm2', 'en', null, '70,000 m²'],
    [1e20, 'FLOPS', 'en', null, '100 EFLOPS'],
    [1.8e15, 'bytes', 'en', null, '1.8 PB'],
    [4.2e11, 'tokens', 'zh', null, '4,200亿 Token'],
    [100 / 3, 'percent', 'en', null, '33.3%'],
    [33.333333, 'percent', 'zh', null, '33.3%'],
    [29, 'percent', 'zh', null, '29%'],
    [29, 'percent', 'en', null, '29%'],
    [79.4, 'percent', 'en', null, '79.4%'],
  ] as const)('%d %s (%s) → %s', (value, unit, lang, counter, expected) => {
    expect(formatValue(value, unit, lang, counter)).toBe(expected);
  });

  it('a lower bound keeps its word: 超3800亿元 is "over 380 billion yuan", never "380 billion yuan"', () => {
    expect(formatQuantity(3800e8, 'CNY', '>', 'zh')).toBe('超3,800亿元');
    expect(formatQuantity(3800e8, 'CNY', '>', 'en')).toBe('over 380 billion yuan');
    expect(formatQuantity(3e5, 'persons', '<', 'zh')).toBe('近30万人');
    expect(formatQuantity(8000e8, 'CNY', '~', 'en')).toBe('about 800 billion yuan');
    expect(formatQuantity(348, 'items', '=', 'zh', '家')).toBe('348家');
  });
});

describe('percent metrics (shares, growth rates) read as percentages', () => {
  it('with their qualifier word, never as a bare number', () => {
    expect(formatQuantity(100 / 3, 'percent', '~', 'zh')).toBe('约33.3%');
    expect(formatQuantity(30, 'percent', '>', 'zh')).toBe('超30%');
    expect(formatQuantity(30, 'percent', '>', 'en')).toBe('over 30%');
    expect(formatQuantity(29, 'percent', '=', 'en')).toBe('29%');
  });
  it('on an axis', () => {
    expect(formatAxis(0, 'percent', 'zh')).toBe('0%');
    expect(formatAxis(35, 'percent', 'en')).toBe('35%');
  });
});

describe('groupDigits', () => {
  it('writes a number exactly as Intl.NumberFormat does in zh-CN and en-US, without starting ICU', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.integer({ min: -1e9, max: 1e9 })).filter((v) => !Object.is(v, -0)),
        fc.integer({ min: 0, max: 3 }),
        (value, digits) => {
          const got = groupDigits(value, digits);
          for (const locale of ['zh-CN', 'en-US'])
            expect(got).toBe(new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value));
        },
      ),
      { numRuns: 2000 },
    );
    expect([groupDigits(3800), groupDigits(1234567.891), groupDigits(-0.004), groupDigits(0.5, 0)]).toEqual([
      '3,800',
      '1,234,567.89',
      '-0',
      '1',
    ]);
    // Halves, where rounding the exact binary value and rounding the decimal as written part ways.
    for (const [value, digits] of [
      [12.35, 1],
      [1.005, 2],
      [2.5, 0],
      [999.995, 2],
      [9.995, 2],
      [0.125, 2],
    ] as const)
      expect(groupDigits(value, digits)).toBe(new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value));
  });
});

describe('amounts the article gives only roughly, and ages', () => {
  it('an order of magnitude is shown as written, not as a bound it never stated', () => {
    const f = (text: string, value: number, unit: 'CNY' | 'm' | 'items') => ({ text, value, unit, counter: null, qualifier: '>' as const });
    expect([formatFact(f('大约数百亿元', 1e10, 'CNY'), 'zh'), formatFact(f('大约数百亿元', 1e10, 'CNY'), 'en')]).toEqual([
      '数百亿元',
      'tens of billions of yuan',
    ]);
    expect([formatFact(f('几百米', 100, 'm'), 'zh'), formatFact(f('几百米', 100, 'm'), 'en')]).toEqual(['几百米', 'hundreds of metres']);
    expect(formatFact(f('数十家', 10, 'items'), 'en')).toBe('dozens');
    // 十几个 is a ten and some, not an order of magnitude.
    expect(formatFact(f('十几个', 10, 'items'), 'zh')).toBe('十几个');
  });
  it('an age in 岁 is an age, not a number of years', () => {
    const age = { text: '29岁', value: 29, unit: 'years' as const, counter: null, qualifier: '=' as const };
    expect([formatFact(age, 'zh'), formatFact(age, 'en')]).toEqual(['29岁', '29 years old']);
    expect(formatFact({ ...age, text: '5年', value: 5 }, 'zh')).toBe('5年');
  });
});

describe('qualifiers in words, as the article wrote them', () => {
  const fact = (text: string, value: number, unit: 'items' | 'CNY' | 'persons', counter: string | null, qualifier: '>' | '<' | '~' | '=') =>
    ({ text, value, unit, counter, qualifier }) as const;
  it.each([
    [fact('800余家', 800, 'items', '家', '>'), '800余家', 'some 800'],
    [fact('150多家', 150, 'items', '家', '>'), '150多家', 'some 150'],
    [fact('3000余亿元', 3e11, 'CNY', null, '>'), '3,000余亿元', 'some 300 billion yuan'],
    [fact('1200餘位', 1200, 'persons', '位', '>'), '1,200余位', 'some 1,200 people'],
    // After a magnitude, as written: 2万多名, not 2多万名.
    [fact('2万多名', 20000, 'persons', '名', '>'), '2万多名', 'some 20,000 people'],
    [fact('1.2万余家', 12000, 'items', '家', '>'), '12,000余家', 'some 12,000'],
    [fact('十几个', 10, 'items', '个', '>'), '十几个', '10-odd'],
    [fact('超过1000家', 1000, 'items', '家', '>'), '超1,000家', 'over 1,000'],
    [fact('近30万人', 300000, 'persons', '人', '<'), '近30万人', 'nearly 300,000 people'],
    [fact('约25万人', 250000, 'persons', '人', '~'), '约25万人', 'about 250,000 people'],
    // 不到, fewer than: an upper bound that reads "under", not "nearly".
    [fact('不到20家', 20, 'items', '家', '<'), '不到20家', 'under 20'],
    [fact('fewer than 20 companies', 20, 'items', '家', '<'), '不到20家', 'under 20'],
  ])('%o reads 「%s」 / "%s"', (f, zh, en) => {
    expect(formatFact(f, 'zh')).toBe(zh);
    expect(formatFact(f, 'en')).toBe(en);
  });
});

describe('English units count in the singular for one', () => {
  it.each([
    [1, 'years', '1 year'],
    [2, 'years', '2 years'],
    [1, 'months', '1 month'],
    [1, 'persons', '1 person'],
    [3, 'persons', '3 people'],
  ] as const)('%d %s is "%s"', (v, unit, text) => {
    expect(formatValue(v, unit, 'en')).toBe(text);
  });
  it('不到1年 reads "under 1 year"', () => {
    expect(formatFact({ text: '不到1年', value: 1, unit: 'years', counter: null, qualifier: '<' }, 'en')).toBe('under 1 year');
  });
});
