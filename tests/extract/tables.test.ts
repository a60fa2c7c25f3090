import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/extract/tables';
import { factAt, factsOf } from './helpers';

describe('tables written as text', () => {
  it('finds a pipe table and a Markdown one, with each cell’s offsets', () => {
    const text =
      '说明如下:\n区 | 企业数(家) | 营收(亿元)\n浦东新区 | 352 | 612.4\n徐汇区 | 168 | 236.5\n\n| a | b |\n|:--|:--|\n| x | 1 |\n';
    const tables = findTables(text);
    expect(tables.map((t) => [t.header.cells.map((c) => c.text), t.rows.length])).toEqual([
      [['区', '企业数(家)', '营收(亿元)'], 2],
      [['a', 'b'], 1],
    ]);
    const cell = tables[0]!.rows[0]!.cells[1]!;
    expect(text.slice(cell.start, cell.end)).toBe('352');
    expect(tables[0]!.rows[0]!.line).toBe(3);
  });

  const zh =
    '报告显示,截至2019年底,全市人工智能重点企业1093家,2019年实现人工智能相关营业收入1520亿元。主要区情况如下:\n\n区 | 重点企业数(家) | 营业收入(亿元) | 其中上市企业(家) | 排名\n浦东新区 | 352 | 612.4 | 21 | 1\n北京 | 900 | 1200 | 60 | 0\n其他13个区合计 | 432 | 483.9 | 17 | -\n合计 | 1093 | 1520 | 47 | -\n';
  it('reads a row’s figures with its column’s measure and unit, its first cell’s place and the caption’s dates', () => {
    const facts = factsOf(zh, '2020-03-10');
    const firms = factAt(facts, '352');
    expect([firms.metric, firms.value, firms.geo, firms.period, firms.periodBasis]).toEqual([
      'ai_enterprises',
      352,
      'pudong',
      '2019-12',
      'context',
    ]);
    expect(firms.source.quote).toBe('浦东新区 | 352 | 612.4 | 21 | 1');
    const revenue = factAt(facts, '612.4');
    expect([revenue.metric, revenue.value, revenue.period]).toEqual(['ai_industry_scale', 612.4e8, '2019']);
    // 合计 is the city's; parts (其中), ranks, other cities and the rest of the districts are no one's.
    expect(factAt(facts, '1093').geo).toBe('shanghai');
    expect(facts.some((f) => f.text === '21' && f.metric !== null)).toBe(false);
    expect(facts.some((f) => f.text === '900' && f.metric !== null)).toBe(false);
    expect(facts.some((f) => f.text === '432' && f.metric !== null)).toBe(false);
  });
  it('a table of targets, or of no AI measure, is left alone', () => {
    const target = factsOf(zh.replace('主要区情况如下', '各区2025年目标如下'), '2020-03-10');
    expect(target.some((f) => f.text === '352' && f.metric !== null)).toBe(false);
    const other = factsOf('2023年各区集成电路企业情况如下:\n\n区 | 企业数(家)\n浦东新区 | 352\n徐汇区 | 90\n', '2024-03-10');
    expect(other.some((f) => f.text === '352' && f.metric !== null)).toBe(false);
  });
  it('English: the unit a cell writes, the noun its heading gives, a year in the heading', () => {
    const facts = factsOf(
      "The table below shows how the city's AI enterprises and their revenue were spread at the end of last year.\n\nDistrict | AI firms | of which listed | Revenue 2021\nPudong | 412 | 31 | 121.6bn yuan\nTotal | 1,170 | 76 | 320.4bn yuan\n",
      '2022-06-15',
    );
    const firms = factAt(facts, '412');
    expect([firms.metric, firms.geo, firms.period]).toEqual(['ai_enterprises', 'pudong', '2021-12']);
    const revenue = factAt(facts, '320.4bn yuan');
    expect([revenue.metric, revenue.geo, revenue.value, revenue.period, revenue.periodBasis]).toEqual([
      'ai_industry_scale',
      'shanghai',
      320.4e9,
      '2021',
      'stated',
    ]);
    expect(facts.some((f) => f.text === '31' && f.metric !== null)).toBe(false);
  });
});
