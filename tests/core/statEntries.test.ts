/** Sparse figures as the list shows them: one entry per figure however many articles repeat it, latest first, capped. */
import { describe, expect, it } from 'vitest';
import { selectMetricSeries } from '../../src/core/select';
import { statEntries } from '../../src/core/statEntries';
import { fact, fixture } from './fixture';

const all = { from: 2018, to: 2026, district: 'shanghai' as const };
const models = (over: Parameters<typeof fact>[0]) => fact({ metric: 'filed_models', unit: 'items', ...over });

describe('statEntries', () => {
  it('the same figure from several articles is one entry with its number of sources', () => {
    const data = fixture([
      models({ id: 'a', value: 34, period: '2024-07', doc: 'd1' }),
      models({ id: 'b', value: 34, period: '2024-07', doc: 'd2' }),
      models({ id: 'c', value: 34, period: '2024-07', doc: 'd2', qualifier: '>' }),
      models({ id: 'd', value: 82, period: '2025-07', doc: 'd1' }),
    ]);
    const { shown, more } = statEntries(selectMetricSeries(data, 'filed_models', all), 10);
    expect(shown.map((e) => [e.point.fact, e.sources])).toEqual([
      ['d', 1],
      ['a', 2],
      ['c', 1],
    ]);
    expect(more).toBe(0);
  });

  it('shows at most `max` figures, the latest, and counts the rest', () => {
    const data = fixture(Array.from({ length: 7 }, (_, k) => models({ id: `m${k}`, value: 10 + k, period: String(2018 + k) })));
    const { shown, more } = statEntries(selectMetricSeries(data, 'filed_models', all), 4);
    expect(shown.map((e) => e.point.period)).toEqual(['2024', '2023', '2022', '2021']);
    expect(more).toBe(3);
  });
});
