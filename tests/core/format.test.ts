import { describe, expect, it } from 'vitest';
import { formatQuantity, formatValue } from '../../src/core/format';

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
  ] as const)('%d %s (%s) → %s', (value, unit, lang, counter, expected) => {
    expect(formatValue(value, unit, lang, counter)).toBe(expected);
  });

  it('a lower bound keeps its word: 超3800亿元 is "> 380 billion yuan", never "380 billion yuan"', () => {
    expect(formatQuantity(3800e8, 'CNY', '>', 'zh')).toBe('超3,800亿元');
    expect(formatQuantity(3800e8, 'CNY', '>', 'en')).toBe('> 380 billion yuan');
    expect(formatQuantity(3e5, 'persons', '<', 'zh')).toBe('近30万人');
    expect(formatQuantity(8000e8, 'CNY', '~', 'en')).toBe('~ 800 billion yuan');
    expect(formatQuantity(348, 'items', '=', 'zh', '家')).toBe('348家');
  });
});
