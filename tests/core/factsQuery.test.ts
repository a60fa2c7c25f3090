/** The facts table's search and sort, away from the component. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factLabels, searchFacts, sortFacts } from '../../src/core/factsQuery';
import { messages } from '../../src/i18n/messages';
import { NOT_SHANGHAI_REASONS } from '../../src/schema/factReasons';
import { comparePeriods } from '../../src/schema/period';
import { fact, fixture } from './fixture';

const facts = [
  fact({
    id: 'a',
    value: 3800e8,
    period: '2024',
    qualifier: '>',
    source: { doc: 'd1', quote: '产业规模超3800亿元。', start: 0, end: 9, line: 1 },
  }),
  fact({
    id: 'b',
    value: 34,
    period: null,
    metric: null,
    unit: 'items',
    counter: '款',
    reason: { zh: '原文未说明与人工智能有关', en: 'the text does not say it is about AI' },
  }),
  fact({ id: 'c', value: 82, period: '2024-Q1', metric: 'filed_models', unit: 'items', counter: '款' }),
  fact({ id: 'd', value: 1340e8, period: '2018', geo: 'xuhui' }),
];
const data = fixture(facts);
const lookups = {
  metrics: new Map(data.metrics.map((m) => [m.id, m])),
  documents: new Map(data.documents.map((d) => [d.id, d])),
  placeNames: new Map<string, { zh: string; en: string }>(),
};
const zh = factLabels(lookups, 'zh', messages('zh'));
const en = factLabels(lookups, 'en', messages('en'));
const ids = (fs: { id: string }[]): string[] => fs.map((f) => f.id);

describe('facts search', () => {
  it('finds a fact by what the reader sees: the figure as formatted, the metric, the place, the period in words', () => {
    expect(ids(searchFacts(facts, '380 billion', en, lookups, 'en'))).toEqual(['a']);
    expect(ids(searchFacts(facts, '备案', zh, lookups, 'zh'))).toEqual(['c']);
    expect(ids(searchFacts(facts, '徐汇', zh, lookups, 'zh'))).toEqual(['d']);
    expect(ids(searchFacts(facts, '一季度', zh, lookups, 'zh'))).toEqual(['c']);
    expect(ids(searchFacts(facts, 'Q1 2024', en, lookups, 'en'))).toEqual(['c']);
  });
  it("finds an uncharted fact by its reason, in the reader's language", () => {
    expect(ids(searchFacts(facts, 'about ai', en, lookups, 'en'))).toEqual(['b']);
    expect(ids(searchFacts(facts, '有关', zh, lookups, 'zh'))).toEqual(['b']);
    // …and by the words the row opens its reason with.
    expect(ids(searchFacts(facts, '未绘入', zh, lookups, 'zh'))).toEqual(['b']);
    expect(ids(searchFacts(facts, 'not charted', en, lookups, 'en'))).toEqual(['b']);
  });
  it("a figure left off as another place's or the country's is not listed under 上海市", () => {
    const national = fact({
      id: 'n',
      value: 12,
      period: '2023',
      metric: null,
      unit: 'items',
      counter: '款',
      reason: NOT_SHANGHAI_REASONS.elsewhere,
    });
    expect([zh.place(national), en.place(national)]).toEqual(['外地、全国或全球', 'elsewhere, China or the world']);
    expect(zh.place(facts[0]!)).toBe('上海市');
    expect(ids(searchFacts([...facts, national], '全国', zh, lookups, 'zh'))).toContain('n');
  });
  it('a blank query keeps every fact', () => {
    expect(searchFacts(facts, '  ', zh, lookups, 'zh')).toHaveLength(4);
  });
});

describe('facts sort', () => {
  it('by period, oldest first, by time and not by text, undated last', () => {
    expect(ids(sortFacts([...facts], 'period', 1, zh))).toEqual(['d', 'c', 'a', 'b']);
  });
  it('newest first still keeps the undated fact last', () => {
    expect(ids(sortFacts([...facts], 'period', -1, zh))).toEqual(['a', 'c', 'd', 'b']);
  });
  it('by value, both ways, amounts of one unit together (yuan apart from counts)', () => {
    expect(ids(sortFacts([...facts], 'value', 1, zh))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(sortFacts([...facts], 'value', -1, zh))).toEqual(['c', 'b', 'a', 'd']);
  });
});

describe('sorting by period with keys worked out once', () => {
  it('orders any set of periods as comparePeriods does (oldest first, undated last, then by article text)', () => {
    const period = fc.oneof(
      fc.constant(null),
      fc.integer({ min: 2017, max: 2026 }).map(String),
      fc.tuple(fc.integer({ min: 2017, max: 2026 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      fc
        .tuple(fc.integer({ min: 2017, max: 2026 }), fc.constantFrom('H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4', 'Q1-Q3'))
        .map(([y, p]) => `${y}-${p}`),
    );
    fc.assert(
      fc.property(fc.array(period, { maxLength: 40 }), (periods) => {
        const list = periods.map((p, i) =>
          fact({ id: `f${i}`, value: i, start: i, end: i + 1, period: p, periodBasis: p === null ? null : 'stated' }),
        );
        const sorted = sortFacts([...list], 'period', 1, zh).map((f) => f.period);
        const expected = [...list]
          .sort((a, b) => comparePeriods(a.period, b.period) || byDoc(a.doc, b.doc) || a.start - b.start)
          .map((f) => f.period);
        expect(sorted).toEqual(expected);
      }),
    );
  });
});

const byDoc = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe('the facts count reads as English', () => {
  it('one row, and thousands grouped', () => {
    expect([messages('en').factCount(1), messages('en').factCount(2), messages('en').factCount(50000)]).toEqual([
      '1 row',
      '2 rows',
      '50,000 rows',
    ]);
    expect(messages('zh').factCount(1)).toBe('1 条');
  });
});
