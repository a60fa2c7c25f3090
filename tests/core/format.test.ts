import { describe, expect, it } from 'vitest';
import { formatAxis, formatQuantity, formatValue } from '../../src/core/format';

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
