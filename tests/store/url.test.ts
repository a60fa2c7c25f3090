import { describe, expect, it } from 'vitest';
import { browserLang, parseUrlView, serializeUrlView } from '../../src/store/url';

const bounds = { min: 2018, max: 2025 };

describe('the view in the URL', () => {
  it('reads ?from=2020&to=2024&district=xuhui&lang=en', () => {
    expect(parseUrlView('?from=2020&to=2024&district=xuhui&lang=en', bounds, 'zh')).toEqual({
      from: 2020,
      to: 2024,
      district: 'xuhui',
      lang: 'en',
      fact: null,
    });
  });

  it.each([
    ['?from=abc', { from: 2018, to: 2025 }],
    ['?from=1900&to=3000', { from: 2018, to: 2025 }],
    ['?from=2024&to=2020', { from: 2018, to: 2025 }],
    ['?from=2020.5', { from: 2018, to: 2025 }],
  ])('invalid years fall back to defaults: %s', (search, years) => {
    expect(parseUrlView(search, bounds, 'zh')).toMatchObject(years);
  });

  it('invalid district and language fall back to defaults', () => {
    expect(parseUrlView('?district=beijing&lang=fr', bounds, 'en')).toMatchObject({ district: 'shanghai', lang: 'en' });
  });

  it('round-trips, writing only what differs from the defaults', () => {
    const view = { from: 2020, to: 2025, district: 'pudong' as const, lang: 'en' as const, fact: 'd1@12' };
    const s = serializeUrlView(view, bounds, 'zh');
    expect(s).toBe('?from=2020&district=pudong&lang=en&fact=d1%4012');
    expect(parseUrlView(s, bounds, 'zh')).toEqual(view);
    expect(serializeUrlView({ from: 2018, to: 2025, district: 'shanghai', lang: 'zh', fact: null }, bounds, 'zh')).toBe('');
  });

  it('the default language follows the browser', () => {
    expect(browserLang(['zh-CN', 'en'])).toBe('zh');
    expect(browserLang(['en-GB'])).toBe('en');
  });
});
