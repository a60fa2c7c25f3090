import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/extract/normalize';
import { parseChineseNumeral, scanQuantities } from '../../src/extract/numbers';
import { factAt, factsOf } from './helpers';

/** The one quantity in `text`, read as the pipeline reads it: after clean-up. */
const one = (text: string) => {
  const { mentions } = scanQuantities(cleanText(text).text);
  expect(mentions, `mentions in ${text}`).toHaveLength(1);
  return mentions[0]!;
};

describe('quantities: magnitudes and units normalise to base units', () => {
  it.each([
    ['产业规模1340亿元', 1340e8, 'CNY', null],
    ['约8000亿元', 8000e8, 'CNY', null],
    ['1.2万亿元', 1.2e12, 'CNY', null],
    ['千亿元产值', 1e11, 'CNY', null],
    ['单个项目最高1000万元', 1e7, 'CNY', null],
    ['人才规模近30万人', 3e5, 'persons', '人'],
    ['25亿人次线上参与', 25e8, 'person_visits', '人次'],
    ['255家大模型企业', 255, 'items', '家'],
    ['82款大模型', 82, 'items', '款'],
    ['14所高校', 14, 'items', '所'],
    ['展览面积超5.2万平方米', 5.2e4, 'm2', null],
    ['供给能力将超100EFLOPS', 100e18, 'FLOPS', null],
    ['1000P的专属算力', 1000e15, 'FLOPS', null],
    ['成品语料超1800TB', 1800e12, 'bytes', null],
    ['4200亿Token高质量文本', 4200e8, 'tokens', null],
    ['同比增长29%', 29, 'percent', null],
    ['增长２９％', 29, 'percent', null],
    ['营收增长3倍', 3, 'times', null],
    ['三大先导产业', 3, 'items', '大'],
    ['18条政策', 18, 'items', '条'],
    ['1,340亿元', 1340e8, 'CNY', null],
    ['智能算力规模达到268百亿亿次/秒', 268e18, 'FLOPS', null],
    ['算力规模超过200亿亿次', 2e18, 'FLOPS', null],
    ['调用量达到5亿次', 5e8, 'items', '次'],
    ['按年增长逾一成', 10, 'percent', null],
  ])('%s → %d %s', (text, value, unit, counter) => {
    const m = one(text);
    expect(m.value).toBeCloseTo(value, 6);
    expect(m.unit).toBe(unit);
    expect(m.counter).toBe(counter);
  });
});

describe('quantities: qualifiers', () => {
  it.each([
    ['超3800亿元', '>'],
    ['超过1180亿元', '>'],
    ['首次突破7万平方米', '>'],
    ['逾170家企业', '>'],
    ['已汇聚过600家企业', '>'],
    ['过600家企业', '>'],
    ['共签约10个项目', '='],
    ['100余家投资机构', '>'],
    ['150多家', '>'],
    ['2万多名', '>'],
    ['1000人以上', '>'],
    ['百余投资机构', '>'],
    ['近30万人', '<'],
    ['将近200篇', '<'],
    ['接近5000家', '<'],
    ['不到1年', '<'],
    ['约8000亿元', '~'],
    ['大约300人', '~'],
    ['500家左右', '~'],
    ['100家上下', '~'],
    // 上下游 (up- and downstream) is a noun, not "about": 超200家上下游企业 is more than 200.
    ['超200家上下游企业', '>'],
    ['200家上下游企業', '='],
    ['上千款', '>'],
    ['破6.38亿人次', '>'],
    ['348家', '='],
    ['达到500家', '='],
    ['增长到25万人', '='],
  ])('%s is %s', (text, qualifier) => {
    expect(one(text).qualifier).toBe(qualifier);
  });
});

describe('quantities: shares', () => {
  it.each([
    ['约占全国1/3', 100 / 3],
    ['占全国的三分之一', 100 / 3],
    ['人才占全国的四成', 40],
  ])('%s is %d percent', (text, value) => {
    const m = one(text);
    expect(m.unit).toBe('percent');
    expect(m.value).toBeCloseTo(value, 4);
  });
});

describe('quantities: labels and ordinals are not quantities', () => {
  it.each([
    '首届世界人工智能大会',
    '第六届大会',
    '“4+X”格局',
    '“1+3+N”架构',
    '“5+6”重点领域',
    '傅利叶GR-1原型机',
    '5G研发人才',
    '2024世界人工智能大会',
    '中电科21所的1号机器人',
    '“十四五”规划',
    '一是打造超大规模自主智算集群',
    '千行百业',
    '2月21日至23日',
  ])('%s has none', (text) => {
    expect(scanQuantities(text).mentions).toEqual([]);
  });

  it('says why a digit was not read', () => {
    const { skipped } = scanQuantities('“1+3+N”架构');
    expect(skipped.map((s) => s.reason)).toEqual([expect.stringContaining('formula'), expect.stringContaining('formula')]);
  });

  it('a year followed by a unit is a quantity, not a year', () => {
    expect(one('或2000米的高度').value).toBe(2000);
  });

  it('近5年 is a time span, not "nearly five years"', () => {
    expect(scanQuantities('近5年人工智能总产出年均增长超30%').mentions.map((m) => m.text)).toEqual(['超30%']);
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['三千八百', 3800],
    ['十四万五千', 145000],
    ['二十', 20],
    ['两', 2],
    ['一万亿', 1e12],
    ['十', 10],
  ])('%s = %d', (s, v) => {
    expect(parseChineseNumeral(s)).toBe(v);
  });
  it('rejects digit runs that are labels (十四五)', () => {
    expect(parseChineseNumeral('十四五')).toBeNull();
  });
});

describe('Chinese numerals: 零, abbreviated tails, financial and traditional forms', () => {
  it.each([
    ['一千零五', 1005],
    ['一万零三百', 10300],
    ['五亿零六', 500000006],
    ['一百零十万', 1100000],
    ['四千零五万', 40050000],
  ])('零 holds an empty place: %s = %d', (s, v) => {
    expect(parseChineseNumeral(s)).toBe(v);
  });

  it.each([
    ['两千四百五', 2450],
    ['一万三', 13000],
    ['九百九', 990],
    ['三万五', 35000],
    ['一亿二', 120000000],
    ['千三', 1300],
  ])('a last digit after a unit takes the next place down: %s = %d', (s, v) => {
    expect(parseChineseNumeral(s)).toBe(v);
  });

  it.each([
    ['壹佰伍拾', 150],
    ['肆佰陸拾', 460],
    ['贰仟零捌', 2008],
    ['拾万零五十六', 100056],
    ['玖萬柒仟', 97000],
  ])('financial numerals: %s = %d', (s, v) => {
    expect(parseChineseNumeral(s)).toBe(v);
  });

  it.each([
    ['四萬', 4e4],
    ['五億零六', 500000006],
    ['兩千', 2000],
    ['二十萬億', 2e13],
    ['四万万', 4e8],
  ])('traditional 萬 億 兩 and 万万: %s = %d', (s, v) => {
    expect(parseChineseNumeral(s)).toBe(v);
  });

  it.each(['十四五', '一二', '三千五千', '二〇二四', '零五'])('%s is not one number', (s) => {
    expect(parseChineseNumeral(s)).toBeNull();
  });
});

describe('quantities: digits mixed with Chinese places, decimals and bounds', () => {
  it.each([
    ['5万4千6百个', 54600],
    ['1.2万亿元', 1.2e12],
    ['3千家', 3000],
    ['10万零5人', 100005],
    ['3万4000人', 34000],
    ['2千零30万元', 20300000],
    ['1,100.9亿元', 110090000000],
    ['4.78萬億元', 4.78e12],
    ['3000億元', 3e11],
  ])('%s = %d', (text, value) => {
    expect(one(text).value).toBe(value);
  });

  it.each([
    ['十五点七个', 15.7],
    ['两千万点五五个', 20000000.55],
    ['三点五万人', 35000],
    ['零点五倍', 0.5],
    ['.5个', 0.5],
  ])('a decimal: %s = %d', (text, value) => {
    expect(one(text).value).toBeCloseTo(value, 6);
  });

  it('三点五十分 is a time of day, not 3.5', () => {
    expect(scanQuantities('下午三点五十分开幕').mentions).toEqual([]);
  });

  it.each([
    ['三十多万人', 300000],
    ['二十几万人', 200000],
    ['一千多万元', 1e7],
    ['十几亿元', 1e9],
    ['70余万平方米', 700000],
  ])('余/多/几 keep the magnitude after them: %s > %d', (text, value) => {
    const m = one(text);
    expect(m.value).toBe(value);
    expect(m.qualifier).toBe('>');
  });

  it('5千米 is five kilometres: a unit that starts with a place character stays a unit', () => {
    const m = one('全长5千米');
    expect([m.value, m.unit]).toEqual([5, 'km']);
  });

  it('a number after the last place that does not fill it is a number of its own (5万4 is not 50004)', () => {
    expect(scanQuantities('5万4个').mentions.map((m) => m.value)).toEqual([4]);
  });
});

describe('quantities: numerals that are words', () => {
  it.each(['登陆部队', '陆家嘴的企业', '组建队伍5支', '这个人很放肆', '零部件', '陆陆续续出台'])('%s has no count from a word', (text) => {
    expect(scanQuantities(text).mentions.map((m) => m.text)).toEqual(text === '组建队伍5支' ? ['5支'] : []);
  });

  it.each([
    ['大陆三千家企业', '三千家'],
    ['收拾三个房间', '三个'],
  ])('a word does not swallow the number after it: %s', (text, found) => {
    expect(one(text).text).toBe(found);
  });

  it('stays linear on long runs of numeral characters', () => {
    const runs = ['陆'.repeat(100000), '拾三'.repeat(50000), '十四五'.repeat(30000), '5万'.repeat(50000), '肆佰'.repeat(50000)];
    const t0 = performance.now();
    for (const r of runs) scanQuantities(`${r}三千家`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('half as a share', () => {
  it('一半 and "half of" read as 50 percent', () => {
    const zh = factAt(factsOf('2024年上海人工智能核心产业规模近3500亿元，占全国一半。', '2025-06-10'), '一半');
    expect([zh.metric, zh.value, zh.unit]).toEqual(['ai_industry_scale__share_of_country', 50, 'percent']);
    const en = factAt(
      factsOf("In 2024, Shanghai's AI industry accounted for nearly half of the country's total.", '2025-06-10'),
      'nearly half',
    );
    expect([en.metric, en.value, en.qualifier]).toEqual(['ai_industry_scale__share_of_country', 50, '<']);
  });
  it('the first half of a year stays a date', () => {
    const f = factAt(
      factsOf("In the first half of 2024, Shanghai's AI industry output reached 200 billion yuan.", '2025-06-10'),
      '200 billion yuan',
    );
    expect(f.period).toBe('2024-H1');
  });
});

describe('units and bounds written in other ways (national and provincial reports)', () => {
  it.each([
    ['全市算力规模达到150Eflops', 150e18],
    ['智能算力规模5000Pflops', 5000e15],
    ['已突破126EFlops', 126e18],
    ['算力达到200eflops', 200e18],
  ])('a FLOPS unit in any case: %s', (text, value) => {
    expect(one(text)).toMatchObject({ value, unit: 'FLOPS' });
  });
  it('兆元 is 10^12 yuan (Taiwan and Hong Kong); 兆 before anything else is not read as a magnitude', () => {
    expect(one('总规模突破人民币1.2兆元')).toMatchObject({ value: 1.2e12, unit: 'CNY', qualifier: '>' });
    const { mentions } = scanQuantities(cleanText('装机容量500兆瓦').text);
    expect(mentions.some((m) => m.value === 500e12)).toBe(false);
    // After a Chinese numeral, and before 人民币 (traditional text is read simplified): 突破一兆人民幣.
    expect(one('产业规模突破一兆人民币')).toMatchObject({ value: 1e12, unit: 'CNY', qualifier: '>' });
  });
  it('a Latin unit after one space (超过140 EFlops, 1800 TB); a year before a Latin word is no figure', () => {
    expect(one('算力总规模超过140 EFlops')).toMatchObject({ value: 140e18, unit: 'FLOPS', qualifier: '>' });
    expect(one('成品语料1800 TB')).toMatchObject({ value: 1800e12, unit: 'bytes' });
    expect(scanQuantities(cleanText('举办了2024 AI大会').text).mentions).toHaveLength(0);
  });
  it('the currency’s name between a bound and its number: 突破人民币1.2万亿元', () => {
    expect(one('规模突破人民币1.2万亿元')).toMatchObject({ value: 1.2e12, qualifier: '>' });
    expect(one('规模为人民币1.2万亿元')).toMatchObject({ value: 1.2e12, qualifier: '=' });
  });
});
