import { describe, expect, it } from 'vitest';
import { findLists, findTables } from '../../src/extract/tables';
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

describe('tables copied from web pages', () => {
  it('cells set apart by two ideographic spaces or tabs; rows of industries; the full-width bar', () => {
    const wide = findTables('表1\n产业　　规模（亿元）　　同比增长（%）\n集成电路　　3900　　13.2\n人工智能　　4500　　12.0\n');
    expect(wide.map((t) => [t.header.cells.map((c) => c.text), t.rows.length])).toEqual([[['产业', '规模（亿元）', '同比增长（%）'], 2]]);
    // A line of page furniture with one gap is no table, and prose with a full stop is not a row.
    expect(findTables('来源：文汇报　作者：钱一帆\n全市人工智能企业　　2000家。\n')).toEqual([]);
    const industries = factsOf(
      '2024年，本市三大先导产业加快发展。\n\n表1　2024年上海市三大先导产业主要指标\n产业　　规模（亿元）　　同比增长（%）\n集成电路　　3900　　13.2\n人工智能　　4500　　12.0\n',
      '2025-03-28',
      '2024年上海市三大先导产业发展情况简析',
    );
    expect([factAt(industries, '4500').metric, factAt(industries, '4500').value, factAt(industries, '4500').period]).toEqual([
      'ai_industry_scale',
      4500e8,
      '2024',
    ]);
    // The other industries' rows are not read as AI's (nor as facts at all).
    expect(industries.some((f) => f.text === '3900' && f.metric !== null)).toBe(false);
    const bars = factsOf(
      '截至2024年11月，四城人工智能主要指标如下：\n城市｜人工智能企业｜产业规模（亿元）｜备案大模型\n北京｜2400余家｜2500｜105款\n上海｜1800余家｜3800｜62款\n',
      '2024-12-10',
      '四城人工智能比较',
    );
    expect([factAt(bars, '1800余家').metric, factAt(bars, '1800余家').geo]).toEqual(['ai_enterprises', 'shanghai']);
    expect(bars.some((f) => f.text === '2400余家' && f.metric !== null)).toBe(false);
  });
});

describe('prose with wide gaps', () => {
  it('two short English sentences set apart by two spaces are no table', () => {
    expect(findTables('Shanghai has 1,100 AI firms.  It grew fast.\nPudong has 400 AI firms.  It leads.\n')).toEqual([]);
  });
});

describe('lists under a caption', () => {
  const charted = (facts: ReturnType<typeof factsOf>): string[] =>
    facts.filter((f) => f.metric !== null && f.period !== null).map((f) => `${f.text} ${f.metric} ${f.geo} ${f.place ?? ''} ${f.period}`);

  it('finds two or more label: figure lines under a line that is not one, with each cell’s offsets', () => {
    const text = '各区人工智能企业数量（2023年末）\n浦东新区：620家\n• 徐汇区: 410家\n\n来源：上海市经信委\n';
    const lists = findLists(text);
    expect(lists.map((l) => [l.caption.text, l.rows.map((r) => r.cells.map((c) => c.text))])).toEqual([
      [
        '各区人工智能企业数量（2023年末）',
        [
          ['浦东新区', '620家'],
          ['徐汇区', '410家'],
        ],
      ],
    ]);
    const value = lists[0]!.rows[1]!.cells[1]!;
    expect(text.slice(value.start, value.end)).toBe('410家');
    // One line is no list; a line of prose above is a caption only by its last clause, and a long one is none.
    expect(findLists('数据如下：\n浦东新区：620家\n')).toEqual([]);
    expect(findLists(`${'这是一段很长的正文'.repeat(8)}\n浦东新区：620家\n徐汇区：410家\n`)).toEqual([]);
  });

  it('a district in each row: the caption’s measure and as-of date; a bilingual label; the city’s own row', () => {
    const facts = factsOf(
      '上海各区人工智能企业数量（2023年末）\n浦东新区：620家\n徐汇区：410家\n闵行区：230家\n',
      '2024-02-05',
      '上海各区人工智能企业数量',
    );
    expect(charted(facts)).toEqual([
      '620家 ai_enterprises pudong  2023-12',
      '410家 ai_enterprises xuhui  2023-12',
      '230家 ai_enterprises minhang  2023-12',
    ]);
    expect(factAt(facts, '620家').source.quote).toBe('浦东新区：620家');
    const bilingual = factsOf(
      'District AI output 2023 各区人工智能产业规模\n徐汇 Xuhui: 1,050亿元\n浦东 Pudong: 1,200亿元\n',
      '2024-06-30',
      'District AI output',
    );
    expect(charted(bilingual)).toEqual(['1,050亿元 ai_industry_scale xuhui  2023', '1,200亿元 ai_industry_scale pudong  2023']);
    const cities = factsOf('生成式人工智能服务备案数量（截至2024年11月）\n北京：94\n上海：42\n广东：20\n', '2024-12-26', '各地备案情况');
    expect(charted(cities)).toEqual(['42 filed_models shanghai  2024-11']);
  });

  it('a year in each row: the caption’s place and unit; a year not over when the article appeared is left alone', () => {
    const facts = factsOf(
      '上海人工智能产业规模（亿元）\n2021年：3056\n2022年：3500\n2023年：3800\n2024年：4200\n',
      '2024-04-15',
      '产业规模一览',
    );
    expect(charted(facts)).toEqual([
      '3056 ai_industry_scale shanghai  2021',
      '3500 ai_industry_scale shanghai  2022',
      '3800 ai_industry_scale shanghai  2023',
    ]);
    expect(factAt(facts, '3500').periodBasis).toBe('stated');
    const district = factsOf('徐汇区人工智能企业数（家）\n2022：410\n2023：520\n', '2024-05-01', '徐汇数据');
    expect(charted(district)).toEqual(['410 ai_enterprises xuhui  2022', '520 ai_enterprises xuhui  2023']);
  });

  it('no list is read whose caption names no AI measure, a change, a share or a target, or whose label is a measure', () => {
    const none = (text: string, title = '数据一览'): void => expect(charted(factsOf(text, '2024-08-08', title))).toEqual([]);
    none('各区新增人工智能企业（2024年1-6月）\n徐汇：45家\n浦东：60家\n');
    none('各区集成电路企业数量（2023年末）\n浦东新区：352家\n徐汇区：90家\n');
    none('各区人工智能产业规模2025年目标\n浦东新区：1500亿元\n徐汇区：1200亿元\n');
    none('各区人工智能产业规模占全市比重（2023年）\n浦东新区：35%\n徐汇区：25%\n');
    none('全国人工智能产业规模（亿元）\n2021年：4000\n2022年：5000\n');
    // 企业数：230家 names its measure, not a place: the prose reader keeps it (as a figure of the caption's district).
    const measures = factsOf('闵行区人工智能产业\n2023年产值：320亿元\n2023年底企业数：230家\n', '2024-06-01', '闵行区人工智能产业数据');
    expect(factAt(measures, '320亿元').metric).toBe('ai_industry_scale');
  });
});

describe('English tables that spell their units out, and what follows a table', () => {
  const text =
    "The scale of Shanghai's AI industry reached 562.4 billion yuan in 2025.\n\nAI industry by district, 2025\nDistrict    AI enterprises (end-2025)    Industry scale (billion yuan)\nPudong    1,050    251.3\nYangpu    230    27.9\nOther districts    1,150    89.9\n\nKey figures (end-2025):\nLarge models filed: 92\nAI enterprises above designated size: 560";
  it('a heading’s bracketed unit (billion yuan) reads the column; a count column takes its noun', () => {
    const facts = factsOf(text, '2026-01-27', 'Shanghai releases 2025 AI industry statistics');
    const scale = factAt(facts, '251.3');
    expect([scale.metric, scale.geo, scale.value, scale.period]).toEqual(['ai_industry_scale', 'pudong', 251.3e9, '2025']);
    expect([factAt(facts, '1,050').metric, factAt(facts, '1,050').geo]).toEqual(['ai_enterprises', 'pudong']);
    expect(facts.some((f) => f.text === '89.9' && f.metric !== null)).toBe(false);
  });
  it('the last row’s place is not the place of the list after the table; the list’s caption dates it', () => {
    const facts = factsOf(text, '2026-01-27', 'Shanghai releases 2025 AI industry statistics');
    const filed = factAt(facts, '92');
    expect([filed.metric, filed.geo, filed.period, filed.periodBasis]).toEqual(['filed_models', 'shanghai', '2025-12', 'context']);
    expect(factAt(facts, '560').geo).toBe('shanghai');
  });
});

describe('a table of one place’s measures by year', () => {
  it('指标 | 2023年 | 2024年 over rows of measures: each row its metric, each column its year, the caption’s district', () => {
    const facts = factsOf(
      '2024年杨浦区人工智能产业持续增长。\n附：杨浦区人工智能产业主要指标\n指标　　2023年　　2024年\n产业规模（亿元）　　263　　312\n企业数量（家）　　525　　620\n其中新增企业（家）　　80　　95\n',
      '2025-01-20',
      '杨浦区人工智能产业发展报告',
    );
    const scale = factAt(facts, '263');
    expect([scale.metric, scale.geo, scale.period, scale.value]).toEqual(['ai_industry_scale', 'yangpu', '2023', 263e8]);
    const firms = factAt(facts, '620');
    expect([firms.metric, firms.geo, firms.period]).toEqual(['ai_enterprises', 'yangpu', '2024']);
    expect(facts.some((f) => f.text === '95' && f.metric !== null)).toBe(false);
  });
});
