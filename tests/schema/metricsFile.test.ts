import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMetricsFile, parseMetricsFileInSlices, SCHEMA_VERSION } from '../../src/schema/metricsFile';

const source = { doc: 'a', quote: '规模超3800亿元。', start: 0, end: 10, line: 1 };
const valid = () => ({
  schemaVersion: SCHEMA_VERSION,
  documents: [
    {
      id: 'a',
      file: 'a.txt',
      title: 't',
      outlet: null,
      published: '2025-01',
      url: null,
      lang: 'zh-Hans',
      encoding: 'utf-8',
      sha256: 'a'.repeat(64),
    },
  ],
  metrics: [{ id: 'ai_industry_scale', label: { zh: '规模', en: 'Scale' }, unit: 'CNY', kind: 'flow', headline: true }],
  series: [
    {
      metric: 'ai_industry_scale',
      geo: 'shanghai',
      points: [{ period: '2025-01', periodBasis: 'publication', value: 3.8e11, qualifier: '>', status: 'actual', fact: 'a@2', source }],
    },
  ],
  facts: [
    {
      id: 'a@2',
      doc: 'a',
      text: '超3800亿元',
      value: 3.8e11,
      unit: 'CNY',
      counter: null,
      qualifier: '>',
      status: 'actual',
      period: '2025-01',
      periodBasis: 'publication',
      geo: 'shanghai',
      place: null,
      metric: 'ai_industry_scale',
      reason: null,
      start: 2,
      end: 9,
      source,
    },
  ],
  places: [],
  conflicts: [],
  unread: [],
  warnings: [],
});

describe('parseMetricsFile', () => {
  it('accepts a valid file', () => {
    expect(parseMetricsFile(valid())).toMatchObject({ ok: true });
  });

  it.each([
    [
      'another schema version',
      (f: any) => {
        f.schemaVersion = 99;
      },
      /schemaVersion is 99/,
    ],
    [
      'a geo outside Shanghai',
      (f: any) => {
        f.facts[0].geo = 'beijing';
      },
      /facts\.0\.geo/,
    ],
    [
      'a period that does not start with a year',
      (f: any) => {
        f.series[0].points[0].period = 'Q1 2025';
      },
      /period/,
    ],
    [
      'an unknown qualifier',
      (f: any) => {
        f.facts[0].qualifier = '>=';
      },
      /qualifier/,
    ],
    [
      'a point naming a missing fact',
      (f: any) => {
        f.series[0].points[0].fact = 'nope';
      },
      /unknown fact nope/,
    ],
    [
      'a fact naming an unknown metric',
      (f: any) => {
        f.facts[0].metric = 'x_metric';
      },
      /unknown metric x_metric/,
    ],
    [
      'a missing array',
      (f: any) => {
        delete f.facts;
      },
      /facts/,
    ],
    [
      'a period basis with no period',
      (f: any) => {
        f.facts[0].period = null;
      },
      /period basis without a period/,
    ],
    [
      'an unknown period basis',
      (f: any) => {
        f.facts[0].periodBasis = 'guessed';
      },
      /periodBasis/,
    ],
    [
      'a document in an unknown language',
      (f: any) => {
        f.documents[0].lang = 'fr';
      },
      /lang/,
    ],
  ])('rejects %s with a reason', (_name, mutate, reason) => {
    const f = valid();
    mutate(f);
    const r = parseMetricsFile(f);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('rejects something that is not an object', () => {
    expect(parseMetricsFile('<!doctype html>')).toMatchObject({ ok: false });
  });
});

describe('checking the file a slice at a time (the browser)', () => {
  const file = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'metrics.json'), 'utf8')) as {
    facts: Array<Record<string, unknown>>;
  };
  const noPause = (): Promise<void> => Promise.resolve();

  it('gives the same result as the whole check on the real data file, and pauses between slices', async () => {
    let pauses = 0;
    const sliced = await parseMetricsFileInSlices(file, () => ((pauses += 1), Promise.resolve()), 20);
    expect(sliced).toEqual(parseMetricsFile(file));
    expect(sliced.ok).toBe(true);
    expect(pauses).toBeGreaterThanOrEqual(Math.ceil(file.facts.length / 20));
  });

  it('names the same path as the whole check for a bad record in a later slice', async () => {
    const bad = structuredClone(file);
    bad.facts[file.facts.length - 1]!['value'] = 'many';
    const whole = parseMetricsFile(bad);
    expect(whole.ok).toBe(false);
    expect(await parseMetricsFileInSlices(bad, noPause, 20)).toEqual(whole);
    expect(whole.ok ? '' : whole.reason).toContain(`facts.${file.facts.length - 1}.value`);
  });

  it('refuses another schema version before checking anything', async () => {
    expect(await parseMetricsFileInSlices({ ...file, schemaVersion: 1 }, noPause)).toEqual(parseMetricsFile({ ...file, schemaVersion: 1 }));
  });
});
