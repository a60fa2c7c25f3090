/** A small, hand-written data file for tests of the app's derivations and views. */
import { SCHEMA_VERSION, type Fact, type MetricsFile } from '../../src/schema/metricsFile';
import { toPoint } from '../../src/extract/series';

let n = 0;
export function fact(p: Partial<Fact> & Pick<Fact, 'value' | 'period'>): Fact {
  const id = p.id ?? `d1@${++n}`;
  return {
    id,
    doc: 'd1',
    text: String(p.value),
    unit: 'CNY',
    counter: null,
    qualifier: '=',
    status: 'actual',
    geo: 'shanghai',
    periodBasis: p.period === null ? null : 'stated',
    place: null,
    metric: 'ai_industry_scale',
    reason: null,
    start: n,
    end: n + 1,
    source: { doc: p.doc ?? 'd1', quote: `第${n}句引文。`, start: 0, end: 5, line: 1 },
    ...p,
  };
}

export function fixture(facts: Fact[]): MetricsFile {
  const metrics = [
    {
      id: 'ai_industry_scale',
      label: { zh: '人工智能产业规模', en: 'AI industry scale' },
      unit: 'CNY' as const,
      kind: 'flow' as const,
      headline: true,
    },
    { id: 'filed_models', label: { zh: '备案大模型', en: 'Filed models' }, unit: 'items' as const, kind: 'stock' as const, headline: true },
  ];
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    if (!f.metric) continue;
    const k = `${f.metric}|${f.geo}|${f.place ?? ''}`;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: [
      {
        id: 'd1',
        file: 'd1.txt',
        title: '文章一 <b>bold</b>',
        outlet: '青年报',
        published: '2024-07-04',
        url: null,
        lang: 'zh-Hans',
        encoding: 'utf-8',
        sha256: 'a'.repeat(64),
      },
      {
        id: 'd2',
        file: 'd2.txt',
        title: '文章二',
        outlet: '经济日报',
        published: '2025-01',
        url: null,
        lang: 'zh-Hans',
        encoding: 'utf-8',
        sha256: 'b'.repeat(64),
      },
    ],
    metrics,
    series: [...groups.values()].map((fs) => ({
      metric: fs[0]!.metric!,
      geo: fs[0]!.geo,
      ...(fs[0]!.place ? { place: fs[0]!.place } : {}),
      points: fs.map(toPoint),
    })),
    facts,
    places: [],
    conflicts: [],
    unread: [],
    warnings: [],
  };
}
