/** The headline series the dashboard leads with, as the seed articles state them. */
import { describe, expect, it } from 'vitest';
import { extractSeedsFile } from './helpers';

const data = extractSeedsFile();
const points = (metric: string, geo = 'shanghai', place?: string) =>
  (data.series.find((s) => s.metric === metric && s.geo === geo && s.place === place)?.points ?? []).map((p) => [
    p.period,
    p.qualifier,
    p.value,
    p.status,
    p.source.doc.slice(0, 3),
  ]);
const basis = (metric: string, geo = 'shanghai', place?: string) =>
  (data.series.find((s) => s.metric === metric && s.geo === geo && s.place === place)?.points ?? []).map((p) => p.periodBasis);

describe('headline series from the seed articles', () => {
  it('AI industry scale: 1340亿元 (2018) → 超3800亿元 (2023); Q1 2025 kept as a quarter; 目前…已超3800亿元 (a flow) is not charted', () => {
    expect(points('ai_industry_scale')).toEqual([
      ['2018', '=', 1340e8, 'actual', '003'],
      ['2023', '>', 3800e8, 'actual', '003'],
      ['2025-Q1', '>', 1180e8, 'actual', '001'],
    ]);
    // The years of 从…到… come from the clause before: context, not stated.
    expect(basis('ai_industry_scale')).toEqual(['context', 'context', 'context']);
    const undated = data.facts.find((f) => f.doc.startsWith('004') && f.text === '超3800亿元')!;
    expect([undated.metric, undated.period, undated.reason?.en]).toEqual([
      'ai_industry_scale',
      null,
      'no period: a year’s total (such as industry scale) needs its year; the text says only “now”, not which year',
    ]);
  });

  it('AI talent: 25万 (as of the article, Jul 2024) → 近30万 (Jul 2025); the range start 10万 stays undated and off the chart', () => {
    expect(points('ai_talent')).toEqual([
      ['2024-07', '=', 25e4, 'actual', '003'],
      ['2025-07', '<', 30e4, 'actual', '001'],
    ]);
    expect(basis('ai_talent')).toEqual(['publication', 'publication']);
    expect(data.facts.find((f) => f.text === '10万人')?.period).toBeNull();
  });

  it('filed large models: 34 (Jul 2024) → 60 (end 2024) → 82 (Jul 2025)', () => {
    expect(points('filed_models')).toEqual([
      ['2024-07', '=', 34, 'actual', '003'],
      ['2024-12', '=', 60, 'actual', '000'],
      ['2025-07', '=', 82, 'actual', '001'],
    ]);
    expect(basis('filed_models')).toEqual(['publication', 'context', 'publication']);
  });

  it('Xuhui: 22 filed models (Jul 2024) → 34 (end 2024); large-model firms 150多 → 255, and 近80家 at 模速空间', () => {
    expect(points('filed_models', 'xuhui')).toEqual([
      ['2024-07', '=', 22, 'actual', '003'],
      ['2024-12', '=', 34, 'actual', '000'],
    ]);
    expect(points('large_model_enterprises', 'xuhui')).toEqual([
      ['2024-07', '>', 150, 'actual', '003'],
      ['2024-12', '=', 255, 'actual', '000'],
    ]);
    expect(points('large_model_enterprises', 'xuhui', 'mosu_space')).toEqual([['2024-07', '<', 80, 'actual', '003']]);
  });

  it('enterprises above designated size: 183 (2018) → 348 (2023)', () => {
    expect(points('ai_enterprises_above_scale')).toEqual([
      ['2018', '=', 183, 'actual', '003'],
      ['2023', '=', 348, 'actual', '003'],
    ]);
  });

  it('WAIC exhibition area by edition: 超5.2万 m² (2024), 突破7万 m² (2025)', () => {
    expect(points('waic_exhibition_area').filter((p) => p[0] !== null)).toEqual([
      ['2024', '>', 5.2e4, 'actual', '003'],
      ['2025', '>', 7e4, 'actual', '001'],
    ]);
  });

  it('clusters: 模力社区 近200家 in Pudong, 模速空间 in Xuhui', () => {
    expect(points('cluster_enterprises', 'pudong', 'moli_community')).toEqual([['2025-07', '<', 200, 'actual', '001']]);
    expect(basis('cluster_enterprises', 'pudong', 'moli_community')).toEqual(['publication']);
    expect(data.places.map((p) => [p.id, p.district])).toEqual(
      expect.arrayContaining([
        ['mosu_space', 'xuhui'],
        ['moli_community', 'pudong'],
        ['zhangjiang_ai_island', 'pudong'],
        ['maqiao_ai_zone', 'minhang'],
        ['lingang_dishui_lake_ai_park', 'pudong'],
        ['west_bund_ai_tower', 'xuhui'],
      ]),
    );
  });

  it('ordinals and labels are not facts (首届, 第六届, “4+X”, 1+3+N, 5+6)', () => {
    const texts = data.facts.map((f) => f.text);
    for (const label of ['4', '1', '5', '6', '六']) expect(texts).not.toContain(label);
    expect(data.unread.filter((u) => u.reason.includes('formula')).length).toBeGreaterThanOrEqual(10);
  });

  it('counts outside any series are still facts: 三大先导产业, 18条政策', () => {
    const texts = data.facts.filter((f) => f.metric === null).map((f) => f.text);
    expect(texts).toEqual(expect.arrayContaining(['三大', '18条']));
  });

  it('约占全国1/3 after the talent figure is the share of the country, approximate', () => {
    expect(points('ai_talent__share_of_country')).toContainEqual(['2025-07', '~', 33.333333, 'actual', '001']);
  });

  it('every charted point has a period and a basis; no year, rank or bare percentage is charted as a count or amount', () => {
    for (const s of data.series) {
      for (const p of s.points) {
        expect(p.period).not.toBeNull();
        expect(p.periodBasis).not.toBeNull();
      }
      const unit = data.metrics.find((m) => m.id === s.metric)!.unit;
      if (unit !== 'percent') expect(s.points.every((p) => !(p.value >= 1990 && p.value <= 2100 && Number.isInteger(p.value)))).toBe(true);
    }
  });

  it('documents carry their dates and hashes', () => {
    expect(data.documents.map((d) => [d.id.slice(0, 3), d.published])).toEqual([
      ['000', '2025-02-08'],
      ['001', '2025-07-11'],
      ['002', '2024'],
      ['003', '2024-07-04'],
      ['004', '2025-01'],
    ]);
    for (const d of data.documents) expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
