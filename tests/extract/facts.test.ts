import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { subjectWordEn } from '../../src/extract/match/subject';
import { parseCatalogue } from '../../src/extract/curated';
import { catalogue, factAt, factsOf, ROOT } from './helpers';

describe('periods of quantities', () => {
  it('a range takes its years: 从2018年的183家增长到2023年的348家', () => {
    const facts = factsOf('规上企业从2018年的183家增长到2023年的348家。', '2024-07-04');
    expect(factAt(facts, '183家').period).toBe('2018');
    expect(factAt(facts, '348家').period).toBe('2023');
  });

  it('a parallel clause inherits the years of the range before it', () => {
    const facts = factsOf(
      '上海人工智能规上企业从2018年的183家增长到2023年的348家，产业规模从1340亿元增长到超3800亿元，居全国前列。',
      '2024-07-04',
    );
    const start = factAt(facts, '1340亿元');
    const end = factAt(facts, '超3800亿元');
    expect([start.period, start.metric, start.qualifier]).toEqual(['2018', 'ai_industry_scale', '=']);
    expect([end.period, end.metric, end.qualifier, end.value]).toEqual(['2023', 'ai_industry_scale', '>', 3800e8]);
  });

  it('a range with no year in the sentence ends at the article date and starts unstated', () => {
    const facts = factsOf('上海人工智能人才规模从10万人增长到25万人，约占全国1/3。', '2024-07-04');
    expect(factAt(facts, '10万人').period).toBeNull();
    expect(factAt(facts, '25万人').period).toBe('2024-07');
    expect(factAt(facts, '25万人').metric).toBe('ai_talent');
  });

  it('去年年底 resolves against the article date', () => {
    const facts = factsOf('截至去年年底已有255家大模型企业落地徐汇。', '2025-02-08');
    expect(factAt(facts, '255家').period).toBe('2024-12');
  });

  it('目前 is the article month', () => {
    expect(factAt(factsOf('目前,全市人工智能人才规模近30万人。', '2025-07-11'), '近30万人').period).toBe('2025-07');
  });

  it('an undated stock is as of the article date (publication basis)', () => {
    const f = factAt(factsOf('推动14所高校成立人工智能研究院。', '2025-07-11', '上海推动高校人工智能发展'), '14所');
    expect([f.metric, f.period, f.periodBasis]).toEqual(['universities_ai_institutes', '2025-07', 'publication']);
  });

  it('an undated flow is never dated by the article: 目前产业规模超3800亿元 keeps period null', () => {
    const f = factAt(factsOf('目前,上海人工智能产业规模已超3800亿元。', '2025-01'), '超3800亿元');
    expect([f.metric, f.period, f.periodBasis]).toEqual(['ai_industry_scale', null, null]);
  });

  it('a year earlier in the sentence carries to the next clause (context)', () => {
    const f = factAt(factsOf('2024年上半年，徐汇区人工智能产业加速发展，集聚人工智能企业215家。', '2024-08-01'), '215家');
    expect([f.metric, f.geo, f.period, f.periodBasis]).toEqual(['ai_enterprises', 'xuhui', '2024-H1', 'context']);
  });

  it('a heading with a date dates the paragraph under it (context)', () => {
    const f = factAt(factsOf('2023年发展情况\n全市人工智能产业规模达到3800亿元，保持增长。', '2024-07-04'), '3800亿元');
    expect([f.period, f.periodBasis]).toEqual(['2023', 'context']);
  });

  it('a sentence cut at ；keeps the date of the part before it', () => {
    const f = factAt(factsOf('2025年前三季度，上海人工智能产业规模达4354.92亿元；拥有规模以上人工智能企业394家。', '2026-01-13'), '394家');
    expect([f.metric, f.period, f.periodBasis]).toEqual(['ai_enterprises_above_scale', '2025-Q1-Q3', 'context']);
  });

  it('a total over several years (2020年至2021年) has no single period', () => {
    const f = factAt(factsOf('2020年至2021年，上海人工智能大项目签约191个，总投资超过1400亿元。', '2022-09-04'), '超过1400亿元');
    expect(f.period).toBeNull();
  });

  it('a quarterly figure of an annual flow keeps its quarter, not the year', () => {
    const f = factAt(factsOf('今年一季度,全市规上人工智能产业规模超过1180亿元,同比增长29%。', '2025-07-11'), '超过1180亿元');
    expect([f.metric, f.period, f.qualifier]).toEqual(['ai_industry_scale', '2025-Q1', '>']);
  });
});

describe('status', () => {
  it('预计/将 make a forecast', () => {
    expect(factAt(factsOf('预计到今年底,全市智算供给能力将超100EFLOPS。'), '超100EFLOPS').status).toBe('forecast');
  });
  it('目标 makes a target', () => {
    expect(factAt(factsOf('高速迈向“十四五”期末千亿元产值目标。', '2024'), '千亿元').status).toBe('target');
  });
  it('将X作为… is not the future tense', () => {
    expect(factAt(factsOf('上海将人工智能作为三大先导产业之一。'), '三大').status).toBe('actual');
  });
  it('a past figure is actual', () => {
    expect(factAt(factsOf('2023年,规上企业达到348家。'), '348家').status).toBe('actual');
  });
  it('a month later in the same year as the article is not yet so: a forecast, or the goal the sentence sets for it', () => {
    const f = factAt(factsOf('目前算力规模为1050P，今年底算力规模可突破4500PFlops。', '2025-03-01'), '突破4500PFlops');
    expect([f.status, f.period]).toEqual(['forecast', '2025-12']);
    // 到2025年底 (by the end of 2025) sets a goal for that date: the plan's target, of its year as goals by a year are.
    const g = factAt(factsOf('《行动方案》提出，到2025年底，推动全市算力规模达到4500PFlops。', '2025-03-01'), '4500PFlops');
    expect([g.status, g.period]).toEqual(['target', '2025']);
    // A word of forecast keeps it a forecast of that month: 预计, and 会 before a verb of reaching.
    const h = factAt(factsOf('预计到2025年底，全市算力规模将达到4500PFlops。', '2025-03-01'), '4500PFlops');
    expect([h.status, h.period]).toEqual(['forecast', '2025-12']);
    const k = factAt(factsOf('到今年年底，基本上所有的企业都会入驻完毕，企业数会超过100家。', '2025-03-01'), '超过100家');
    expect([k.status, k.period]).toEqual(['forecast', '2025-12']);
    // 会 elsewhere (大会, 协会) is no forecast.
    expect(factAt(factsOf('2024年大会展览面积超过5万平方米。', '2025-03-01'), '超过5万平方米').status).toBe('actual');
    // The same words after that month are an actual figure.
    expect(factAt(factsOf('截至2025年底，全市算力规模达到4500PFlops。', '2026-02-01'), '4500PFlops').status).toBe('actual');
  });
  it('力争 (strive to) makes every clause after it in the sentence a target', () => {
    const facts = factsOf(
      '二、主要目标\n到2023年，试验区成为具有国际影响力的人工智能产业集聚区。力争全市人工智能核心产业规模超过300亿元，集聚人工智能企业超1000家。',
      '2021-06-01',
    );
    const f = factAt(facts, '超1000家');
    expect([f.status, f.period, f.metric]).toEqual(['target', '2023', 'ai_enterprises']);
  });
  it("an undated target is of the year of the article's one plan, or of its government work report", () => {
    const plan = factsOf('《行动方案（2026—2028年）》提到，力争投产高性能算力总量突破15000P。', '2026-02-05', '上海行动方案');
    expect([factAt(plan, '突破15000P').period, factAt(plan, '突破15000P').status]).toEqual(['2028', 'target']);
    const report = factsOf(
      '要高质量建设国家新一代人工智能创新发展试验区，力争产业规模达到1300亿元。',
      '2025-03-01',
      '上海市政府工作报告中的新兴产业',
    );
    expect(factAt(report, '1300亿元').period).toBe('2025');
    // With no plan named, or two plans of different years, the text does not say when.
    expect(factAt(factsOf('上海发布两项方案。力争投产高性能算力总量突破15000P。', '2026-02-05'), '突破15000P').period).toBeNull();
    const two = factsOf('《规划（2021—2025年）》和《方案（2023—2027年）》发布。力争投产算力总量突破15000P。', '2026-02-05');
    expect(factAt(two, '突破15000P').period).toBeNull();
    // A forecast (全部建成后…超10EFlops) is not the plan's target.
    const built = factsOf(
      '“算力浦江”行动计划（2022—2024年）实施半年以来，五大智算中心已逐步投产，全部建成后，智能算力总承载能力将超10EFlops。',
      '2023-02-01',
    );
    expect(factAt(built, '超10EFlops').period).toBeNull();
  });
  it("a goal for a year's end is that year's goal, as goals by a year are", () => {
    const f = factAt(factsOf('到2027年底，全市智能算力规模的目标是突破5000PFLOPS。', '2025-09-01'), '突破5000PFLOPS');
    expect([f.status, f.period, f.metric]).toEqual(['target', '2027', 'compute_capacity']);
    // What stands at a year's end is of that month.
    expect(factAt(factsOf('截至2024年底，全市智能算力规模达到5000PFLOPS。', '2025-09-01'), '5000PFLOPS').period).toBe('2024-12');
  });
});

describe('places', () => {
  it('a district at the end of the clause places the figures before it', () => {
    const facts = factsOf('截至去年年底已有255家大模型企业、34个备案大模型、100余家投资机构成功落地徐汇。', '2025-02-08');
    for (const s of ['255家', '34个', '100余家']) expect(factAt(facts, s).geo).toBe('xuhui');
    expect(factAt(facts, '34个').metric).toBe('filed_models');
    expect(factAt(facts, '100余家').metric).toBe('investment_institutions');
  });

  it('a named cluster resolves to its district', () => {
    const f = factAt(factsOf('“模力社区”瞄准具身智能和垂类应用,集聚了AI企业近200家。'), '近200家');
    expect([f.geo, f.place, f.metric, f.qualifier]).toEqual(['pudong', 'moli_community', 'cluster_enterprises', '<']);
  });

  it('where the subject was set up or is located is not the scope of its figures', () => {
    const f = factAt(
      factsOf(
        'The first such community, the Shanghai Foundation Model Innovation Center, was set up in the city and has attracted more than 80 LLM developers.',
        '2024-07-04',
        'Shanghai AI governance',
      ),
      'more than 80 LLM developers',
    );
    expect([f.geo, f.place]).toEqual(['xuhui', 'mosu_space']);
    // The city as the subject is the city.
    const g = factAt(
      factsOf('The city has attracted more than 80 LLM developers.', '2024-07-04', 'Shanghai AI'),
      'more than 80 LLM developers',
    );
    expect([g.geo, g.place]).toEqual(['shanghai', null]);
  });

  it('全市 is the whole city', () => {
    expect(factAt(factsOf('全市规上人工智能企业达到500家。'), '500家').geo).toBe('shanghai');
  });

  it('the river 黄浦江 is not Huangpu district', () => {
    expect(factAt(factsOf('黄浦江沿岸集聚企业300家。'), '300家').geo).toBe('shanghai');
  });

  it('国内 (national) stops a district from an earlier sentence carrying over', () => {
    const facts = factsOf('人形机器人创新中心落子浦东。2023年国内发布了12款人形机器人。', '2024-07-04');
    expect(factAt(facts, '12款').geo).toBe('shanghai');
  });

  it('with no place before it and no topic, a place later in the sentence applies', () => {
    const f = factAt(factsOf('我们引入了40余家投资机构,搭建起“模速空间”金融服务平台。'), '40余家');
    expect([f.geo, f.place, f.metric]).toEqual(['xuhui', 'mosu_space', 'investment_institutions']);
  });

  it('a sentence without a place continues the paragraph’s cluster for per-cluster metrics', () => {
    const facts = factsOf('这是我国首个大模型创新生态社区“模速空间”。2023年9月,首期1万平方米的办公楼宇交付使用。', '2024-07-04');
    const f = factAt(facts, '1万平方米');
    expect([f.place, f.metric, f.period]).toEqual(['mosu_space', 'office_space', '2023-09']);
  });
});

describe('phrasings the seed articles do not use', () => {
  it('规模以上 means the same as 规上', () => {
    const f = factAt(factsOf('截至2025年6月底,本市规模以上人工智能企业达到520家。', '2025-08-01'), '520家');
    expect([f.metric, f.period, f.geo, f.qualifier]).toEqual(['ai_enterprises_above_scale', '2025-06', 'shanghai', '=']);
  });

  it('产值 is industry scale, and 达 states an exact value', () => {
    const f = factAt(factsOf('2024年,上海人工智能产业产值达4500亿元。', '2025-03-01'), '4500亿元');
    expect([f.metric, f.period, f.qualifier, f.value]).toEqual(['ai_industry_scale', '2024', '=', 4500e8]);
  });

  it('a district figure with 区 and a year-end date', () => {
    const f = factAt(factsOf('截至2024年末,浦东新区累计有45个大模型通过备案。', '2025-01-15'), '45个');
    expect([f.metric, f.geo, f.period]).toEqual(['filed_models', 'pudong', '2024-12']);
  });

  it('talent phrased as 人工智能人才总量 with 超过 and 万', () => {
    const f = factAt(factsOf('去年全市人工智能人才总量超过28万人。', '2025-05-20'), '超过28万人');
    expect([f.metric, f.period, f.qualifier, f.value]).toEqual(['ai_talent', '2024', '>', 280000]);
  });

  it('a count of firms served is not a count of large-model firms', () => {
    expect(factAt(factsOf('累计对接服务大模型企业43家。'), '43家').metric).toBeNull();
  });

  it('a humanoid-robot industry figure is not the AI industry scale', () => {
    expect(factAt(factsOf('2023年浦东发布了12款人形机器人,产业规模超过200亿元。'), '超过200亿元').metric).toBe(
      'humanoid_robot_industry_scale',
    );
  });
  it('a national or global figure is not Shanghai’s (国内, 全国, China’s)', () => {
    const f = factAt(factsOf('2023年国内发布了12款人形机器人,产业规模超过200亿元。'), '超过200亿元');
    expect([f.metric, f.reason?.zh, f.reason?.en]).toEqual([
      null,
      '外地、全国或全球的数字，不是上海的',
      'a figure for another city, the country or the world, not Shanghai’s',
    ]);
    expect(factAt(factsOf('截至2024年底，全国人工智能企业超过4500家。', '2025-01-10'), '超过4500家').metric).toBeNull();
    expect(
      factAt(factsOf("By 2030, China's AI industry is projected to reach 1 trillion yuan.", '2025-06-06'), '1 trillion yuan').metric,
    ).toBeNull();
  });
  it('占全国 names the whole of a share, not where the figure is', () => {
    const f = factAt(factsOf('目前，上海人工智能人才规模近30万人，约占全国1/3。', '2025-07-11'), '1/3');
    expect([f.metric, f.geo, f.qualifier]).toEqual(['ai_talent__share_of_country', 'shanghai', '~']);
  });
  it('the low end of a range is a lower bound: 16至17家, 20,000 to 30,000 professionals', () => {
    const a = factAt(factsOf('目前，模速空间已集聚16至17家人工智能企业。', '2025-01-10'), '16至17家');
    expect([a.value, a.qualifier, a.metric]).toEqual([16, '>', 'cluster_enterprises']);
    const b = factAt(
      factsOf('By 2025, Lingang aims to gather 20,000 to 30,000 AI professionals.', '2022-08-18'),
      '20,000 to 30,000 AI professionals',
    );
    expect([b.value, b.qualifier]).toEqual([20000, '>']);
  });
  it('将近90多家: nearly and more-than together say about', () => {
    expect(factAt(factsOf('目前，岛上集聚了将近90多家人工智能企业。', '2020-07-01'), '将近90多家').qualifier).toBe('~');
  });
});

describe('every fact keeps its source', () => {
  it('quote, offsets and line point back into the original file', () => {
    const original = '---\ntitle: t\ndate: 2025-01-01\n---\n\n第一段。\n\n目前,上海人工智能产业\n\n规模已超3800亿元,居全国前列。';
    const f = factAt(factsOf(original, '2025-01'), '超3800亿元');
    expect(original.slice(f.start, f.end)).toBe('超3800亿元');
    expect(f.source.quote).toBe('目前,上海人工智能产业规模已超3800亿元,居全国前列。');
    expect(original.slice(f.source.start, f.source.end)).toBe('目前,上海人工智能产业\n\n规模已超3800亿元,居全国前列。');
    expect(f.source.line).toBe(original.slice(0, f.start).split('\n').length);
  });
});

describe('places and dates the text gives only by reference', () => {
  it('全区 is the district the article last named, even paragraphs later', () => {
    const f = factAt(factsOf('徐汇区召开人工智能大会。\n\n目前，全区已集聚人工智能相关企业超800家。', '2025-03-01'), '超800家');
    expect([f.metric, f.geo, f.period, f.periodBasis]).toEqual(['ai_enterprises', 'xuhui', '2025-03', 'publication']);
  });
  it('全区 with no district named before it stays the city', () => {
    expect(factAt(factsOf('目前，全区已集聚人工智能企业超800家。', '2025-03-01'), '超800家').geo).toBe('shanghai');
  });
  it('上半年 with no year is the latest first half that has ended by the article date', () => {
    expect(factAt(factsOf('上半年，全市人工智能产业规模达到2000亿元。', '2025-08-01'), '2000亿元').period).toBe('2025-H1');
    expect(factAt(factsOf('上半年，全市人工智能产业规模达到2000亿元。', '2025-03-01'), '2000亿元').period).toBe('2024-H1');
  });
  it('截至6月底 with no year is this year’s June, or last year’s when June is still ahead', () => {
    expect(factAt(factsOf('截至6月底，全市人工智能企业超过1000家。', '2025-07-11'), '超过1000家').period).toBe('2025-06');
    expect(factAt(factsOf('截至11月底，全市人工智能企业超过1000家。', '2025-03-01'), '超过1000家').period).toBe('2024-11');
  });
  it('English: since its launch in 2019 is a total up to now, not 2019', () => {
    const f = factAt(
      factsOf('The park has attracted over 100 AI enterprises since its launch in 2019.', '2023-07-06'),
      'over 100 AI enterprises',
    );
    expect([f.period, f.periodBasis]).toEqual(['2023-07', 'publication']);
  });
});

describe('a number written without its unit takes the unit of the phrase right before it', () => {
  it('人才规模约25万 counts persons; 产业规模突破3000亿 is yuan', () => {
    const a = factAt(factsOf('目前，上海AI人才规模约25万，占全国三分之一。', '2024-07-04'), '约25万');
    expect([a.metric, a.unit, a.value, a.qualifier]).toEqual(['ai_talent', 'persons', 250000, '~']);
    const b = factAt(factsOf('2024年，上海人工智能产业规模突破3000亿。', '2025-01-10'), '突破3000亿');
    expect([b.metric, b.unit, b.value]).toEqual(['ai_industry_scale', 'CNY', 3000e8]);
  });
  it('a bare number far from any phrase, or money with no magnitude, is not a quantity', () => {
    const facts = factsOf('2024年，上海人工智能产业规模再创新高，全年举办活动120，产业规模编号2024。', '2025-01-10');
    expect(facts.map((f) => f.text)).toEqual([]);
  });
});

describe('found in review: amounts, ranges and bounds', () => {
  it('a US dollar or HK dollar amount is never a count or a yuan amount', () => {
    const facts = factsOf('近日，张江某人工智能企业完成1.5亿美元融资，另一家获得2亿港元投资。', '2025-05-01');
    expect(facts.filter((f) => f.metric !== null)).toEqual([]);
    expect(facts.some((f) => f.unit === 'items' && f.value === 1.5e8)).toBe(false);
  });
  it('a range is one point, its low end as a lower bound', () => {
    const charted = factsOf('2025年，徐汇区将引进3至5家人工智能企业。', '2025-05-01').filter((f) => f.metric !== null);
    expect(charted.map((f) => [f.text, f.value, f.qualifier])).toEqual([['3至5家', 3, '>']]);
  });
  it('exceeds and 约有 are bounds', () => {
    expect(
      factAt(factsOf("Shanghai's intelligent computing capacity exceeds 120 EFLOPS.", '2025-05-01'), 'exceeds 120 EFLOPS').qualifier,
    ).toBe('>');
    expect(factAt(factsOf('目前，闵行区人工智能企业约有350家。', '2025-05-01'), '约有350家').qualifier).toBe('~');
  });
  it('a share of a flow with no date of its own is not dated by the article', () => {
    expect(factAt(factsOf('上海人工智能产业规模约占全国的三分之一。', '2025-05-01'), '三分之一').period).toBeNull();
  });
  it('"in 2024 to more than 450 billion yuan" is a year, then a figure, not a range', () => {
    const f = factAt(
      factsOf("Shanghai's AI industry grew 12 percent year-on-year in 2024 to more than 450 billion yuan.", '2025-03-01'),
      'more than 450 billion yuan',
    );
    expect([f.metric, f.period, f.qualifier]).toEqual(['ai_industry_scale', '2024', '>']);
  });
  it('an English counted noun is kept as its classifier, so the Chinese page reads 家', () => {
    expect(factAt(factsOf('Xuhui is home to more than 1,100 AI companies.', '2025-05-01'), 'more than 1,100 AI companies').counter).toBe(
      '家',
    );
  });
});

describe('a total refers back to what the sentence counted', () => {
  it('企业新增200家，总数达到1200家: 200 new firms, 1200 in all', () => {
    const facts = factsOf('2024年，徐汇区人工智能企业新增200家，总数达到1200家。', '2025-03-01');
    expect([factAt(facts, '200家').metric, factAt(facts, '1200家').metric]).toEqual(['new_ai_enterprises', 'ai_enterprises']);
    expect(factAt(facts, '1200家').geo).toBe('xuhui');
  });
});

describe('found in the fourth development set', () => {
  it('a date that opens a "since" phrase (去年9月底揭牌成立以来) makes the count a total up to now', () => {
    const f = factAt(factsOf('去年9月底揭牌成立以来，模速空间已集聚起170家大模型企业。', '2024-09-10'), '170家');
    expect([f.metric, f.period, f.periodBasis, f.place]).toEqual(['large_model_enterprises', '2024-09', 'publication', 'mosu_space']);
  });
  it('models still in the filing process are not filed models', () => {
    expect(factAt(factsOf('目前，上海还有两批次共17款大模型正在备案流程中。', '2024-09-10'), '17款').metric).toBeNull();
  });
  it('"China had" is the country; "the first pilot area in China" is a comparison', () => {
    expect(
      factAt(
        factsOf('According to Qixinbao, China had over 600,000 AI-related firms by the end of 2022.', '2023-03-31'),
        'over 600,000 AI-related firms',
      ).metric,
    ).toBeNull();
    const f = factAt(
      factsOf(
        'Pudong, the first AI pilot area in China, was home to about 600 artificial intelligence companies by the end of 2020.',
        '2021-02-23',
      ),
      'about 600 artificial intelligence companies',
    );
    expect([f.metric, f.geo, f.period, f.qualifier]).toEqual(['ai_enterprises', 'pudong', '2020-12', '~']);
  });
});

describe('precision rules from the development sets (second pass)', () => {
  it("a subject word in the figure's own noun phrase decides: 3,000 pan-AI firms are not AI firms", () => {
    const facts = factsOf(
      "One-third of China's AI professionals are in Shanghai, with more than 1,000 AI firms and 3,000 pan-AI firms.",
      '2019-08-30',
    );
    expect(factAt(facts, 'more than 1,000 AI firms').metric).toBe('ai_enterprises');
    expect(factAt(facts, '3,000 pan-AI firms').metric).toBeNull();
  });
  it('a revenue threshold after the noun makes a class of firms, not the total', () => {
    const f = factAt(
      factsOf('He said there are presently 183 AI companies in Shanghai with annual revenue of more than 20 million yuan.', '2019-01-20'),
      '183 AI companies',
    );
    expect(f.metric).not.toBe('ai_enterprises');
    // Further from the noun, up to the next figure: with a value of over 10 billion yuan.
    const far = factAt(
      factsOf(
        'There are 3 key enterprises in the field of artificial intelligence with a value of over 10 billion yuan in Shanghai.',
        '2025-10-20',
      ),
      '3 key enterprises',
    );
    expect(far.metric).toBeNull();
  });
  it('a building that has just broken ground: its floor area is what it will have, dated by its completion', () => {
    const f = factAt(
      factsOf('市北高新人工智能产业中心正式开工，总建筑面积约27万平方米，预计2024年底交付使用。', '2023-07-20'),
      '约27万平方米',
    );
    expect([f.status, f.period]).toEqual(['forecast', '2024-12']);
    // The ceremony's date is not the building's: with no completion date the figure has no period.
    const g = factAt(factsOf('2024年1月，上海金港智奥园项目开工，总建筑面积22万平方米。', '2024-01-16'), '22万平方米');
    expect([g.status, g.period]).toEqual(['forecast', null]);
  });
  it('an English sentence dated at its end: the date applies; a comparison year does not', () => {
    const facts = factsOf(
      'Pudong was home to about 600 AI companies, with a total output of more than 91 billion yuan, by the end of 2020, according to the district.',
      '2021-02-23',
    );
    expect(factAt(facts, 'about 600 AI companies').period).toBe('2020-12');
    // A year's total "by the end of 2020" is the year's.
    expect(factAt(facts, 'more than 91 billion yuan').period).toBe('2020');
    const area = factAt(
      factsOf('WAIC will feature an exhibition space that covers more than 40,000 square meters, double the area in 2019.', '2021-07-01'),
      'more than 40,000 square meters',
    );
    expect(area.period).not.toBe('2019');
  });
  it("a share whose clause names another city after it is not Shanghai's", () => {
    const f = factAt(
      factsOf("Almost 70 percent of the country's AI professionals cluster in Beijing and Shanghai.", '2017-09-01'),
      'Almost 70 percent',
    );
    expect(f.metric).toBeNull();
  });
  it('在此 points back to the park the sentence is about', () => {
    const f = factAt(
      factsOf('张江人工智能岛已有多家企业入驻。到今年年底，在此办公的人工智能人才将超过7000人。', '2020-07-10'),
      '超过7000人',
    );
    expect([f.metric, f.place]).toEqual(['ai_talent', 'zhangjiang_ai_island']);
  });
  it("WAIC visits: one edition's count is that edition's; a count over past editions is a total", () => {
    const edition = factAt(
      factsOf('The World Artificial Intelligence Conference had an estimated over 350,000 visits this year.', '2025-07-29'),
      'over 350,000 visits',
    );
    expect([edition.metric, edition.period]).toEqual(['waic_onsite_visits', '2025']);
    const total = factAt(factsOf('过去6年，世界人工智能大会共吸引80万人次观众线下观展。', '2024-07-04'), '80万人次');
    expect([total.metric, total.period]).toEqual(['waic_onsite_visits_total', '2024-07']);
  });
});

describe('found in the fifth development set', () => {
  it('a count no Shanghai figure can reach is about something wider (a national registry)', () => {
    const f = factAt(factsOf('天眼查数据显示，截至目前，人工智能相关企业近273.1万余家。', '2023-06-01'), '近273.1万余家');
    expect(f.metric).toBeNull();
    expect(f.reason?.en).toMatch(/larger than any Shanghai figure/);
  });
  it('"a three-day conference" is not three of anything', () => {
    const facts = factsOf('The three-day World Artificial Intelligence Conference welcomed speakers such as Jack Ma.', '2018-09-17');
    expect(facts.filter((f) => f.metric !== null)).toEqual([]);
  });
  it('"of Shanghai\'s AI industry ... 50 percent year on year" is growth, not a share of the city', () => {
    const f = factAt(factsOf("In 2017, the revenue of Shanghai's AI industry jumped 50 percent year on year.", '2018-05-01'), '50 percent');
    expect([f.metric, f.geo, f.period]).toEqual(['ai_industry_scale__growth_yoy', 'shanghai', '2017']);
  });
  it('a traditional-Chinese title names the district the article is about (上海徐匯…): 全區 is that district', () => {
    const f = factAt(factsOf('力爭到2022年，全區人工智慧相關産業規模達到500億元。', '2019-08', '上海徐匯推動人工智慧發展'), '500億元');
    expect([f.metric, f.geo]).toEqual(['ai_industry_scale', 'xuhui']);
  });
  it('a sentence that names no place, carries none and points back to none is not charted at the place its title names', () => {
    // 20余场大模型论坛 at the city's conference, in a district paper: the title's district may not apply.
    const f = factAt(factsOf('力爭到2022年，人工智慧相關産業規模達到500億元。', '2019-08', '上海徐匯推動人工智慧發展'), '500億元');
    expect(f.metric).toBeNull();
    expect(f.reason?.en).toContain('place in the title');
    // A pointer back (在此, 岛上, the hub) still takes it.
    const back = factAt(factsOf('目前在此办公的人工智能企业超过100家。', '2020-07', '张江人工智能岛迎来新企业'), '超过100家');
    expect([back.metric, back.place]).toEqual(['cluster_enterprises', 'zhangjiang_ai_island']);
  });
});

describe('ranges and units stated around the figure', () => {
  it('a span of years before a 从…增至… range dates its two ends', () => {
    const facts = factsOf('2018年至2023年，规上企业从183家增至348家，产业规模从1340亿元扩大到逾3800亿元。', '2024-07-03');
    expect([factAt(facts, '183家').period, factAt(facts, '348家').period]).toEqual(['2018', '2023']);
    expect([factAt(facts, '1340亿元').period, factAt(facts, '逾3800亿元').period]).toEqual(['2018', '2023']);
  });
  it('人次 before the number is its unit (总人次破6.38亿)', () => {
    const f = factAt(factsOf('世界人工智能大会全网在线观看总人次破6.38亿。', '2022-09-03'), '破6.38亿');
    expect([f.unit, f.metric, f.period]).toEqual(['person_visits', 'waic_online_visits', '2022']);
    const g = factAt(factsOf('2026世界人工智能大会线上参与人次高达25亿。', '2026-01-10'), '25亿');
    expect([g.unit, g.metric, g.period]).toEqual(['person_visits', 'waic_online_visits', '2026']);
  });
});

describe('the subject of an English sentence, and a figure later than its date', () => {
  it('an aside between the subject and the figure does not place it ("…, one of Shanghai\'s earliest parks, has attracted …")', () => {
    const f = factAt(
      factsOf(
        "AIsland at Zhangjiang, one of Shanghai's earliest specialized industrial parks, has attracted over 100 enterprises since its launch.",
        '2023-07-10',
      ),
      'over 100 enterprises',
    );
    expect([f.geo, f.place]).toEqual(['pudong', 'zhangjiang_ai_island']);
  });
  it('而后 puts the figure after the date before it: the count is as of the article', () => {
    const f = factAt(factsOf('2023年9月底，模速空间揭牌，而后不到半年，就有近60家企业入驻。', '2024-04-10'), '近60家');
    expect([f.period, f.periodBasis]).toEqual(['2024-04', 'publication']);
  });
});

describe("an organisation's own figure is not a place's", () => {
  it.each([
    ['商汤科技拥有人工智能人才超过5000人。', '超过5000人'],
    ['上海人工智能实验室拥有人工智能研究人员超过1000人。', '超过1000人'],
    ['该公司旗下已有人工智能企业50家。', '50家'],
    ['MiniMax has more than 500 AI employees.', 'more than 500 AI employees'],
    ['The Shanghai AI Lab has more than 1,000 AI researchers.', 'more than 1,000 AI researchers'],
    ["Alibaba's Shanghai AI center has attracted more than 200 AI companies.", 'more than 200 AI companies'],
  ])('%s', (text, surface) => {
    // In an article whose title says it is about Shanghai, so that the figure is not refused for want of a place.
    const f = factAt(factsOf(text, '2025-06-10', '上海人工智能产业'), surface);
    expect(f.metric).toBeNull();
    expect(f.reason?.en).toMatch(/^one company's or institution's own figure/);
  });
  it.each([
    ['The city has more than 1,100 AI companies.', 'more than 1,100 AI companies', 'ai_enterprises'],
    ["Shanghai's AI sector has more than 1,100 companies.", 'more than 1,100 companies', 'ai_enterprises'],
    ['Zhangjiang has more than 200 AI companies.', 'more than 200 AI companies', 'cluster_enterprises'],
    ['全市人工智能公司超过1100家。', '超过1100家', 'ai_enterprises'],
    ['模速空间已集聚大模型企业100余家。', '100余家', 'large_model_enterprises'],
  ])('a place stays the subject: %s', (text, surface, metric) => {
    expect(factAt(factsOf(text, '2025-06-10', '上海人工智能产业'), surface).metric).toBe(metric);
  });
});

describe('a date that tells an event in another clause does not date a figure said as of now', () => {
  it.each([
    ['作为2018年首届世界人工智能大会的举办地，徐汇区已集聚人工智能企业500多家。', '500多家'],
    ['上海2017年启动人工智能发展，现有人工智能企业1100家。', '1100家'],
  ])('%s', (text, surface) => {
    const f = factAt(factsOf(text, '2025-06-10'), surface);
    expect([f.metric, f.period, f.periodBasis]).toEqual(['ai_enterprises', '2025-06', 'publication']);
  });
  it('an as-of date (截至…), or a date that is the whole clause, still dates it', () => {
    const asOf = factAt(factsOf('截至2024年底，全市已有人工智能企业1100家。', '2025-06-10'), '1100家');
    expect([asOf.period, asOf.periodBasis]).toEqual(['2024-12', 'context']);
    const lead = factAt(factsOf('2024年，上海人工智能产业规模已突破4000亿元。', '2025-06-10'), '突破4000亿元');
    expect([lead.period, lead.periodBasis]).toEqual(['2024', 'context']);
  });
});

describe('found in the sixth development set (English)', () => {
  it('"China\'s hot spot" compares; it is not the scope of the figure', () => {
    const f = factAt(
      factsOf(
        "Shanghai is looking to become China's hot spot for artificial intelligence and wants to expand the scale of the industry to more than 100 billion yuan by 2020.",
        '2017-11-15',
      ),
      'more than 100 billion yuan',
    );
    expect([f.metric, f.geo, f.period]).toEqual(['ai_industry_scale', 'shanghai', '2020']);
  });
  it("Lin-gang, by the end of the 14th Five-Year Plan, at a zone: the zone's count for 2025", () => {
    const f = factAt(
      factsOf(
        'Lin-gang should be the home of at least 500 artificial intelligence companies by the end of 14th Five-Year Plan period.',
        '2022-08-20',
      ),
      'at least 500 artificial intelligence companies',
    );
    expect([f.metric, f.geo, f.place, f.period]).toEqual(['cluster_enterprises', 'pudong', 'lingang', '2025']);
  });
  it('a short name the article defines ("…, also known as SMC") places later figures', () => {
    const f = factAt(
      factsOf(
        'The Shanghai Foundation Model Innovation Center, also known as SMC, opened in 2023. SMC has attracted nearly 100 foundation model enterprises.',
        '2024-06-01',
      ),
      'nearly 100 foundation model enterprises',
    );
    expect([f.metric, f.geo, f.place]).toEqual(['large_model_enterprises', 'xuhui', 'mosu_space']);
  });
  it('"400 top professionals" is the top of a group, not its total', () => {
    const f = factAt(factsOf('The center has attracted over 400 top AI professionals.', '2024-04-01'), 'over 400 top AI professionals');
    expect(f.metric).toBeNull();
  });
  it('a share phrase must follow the share: "the market scale of China\'s AI industry soared 24%" is no share of the country', () => {
    const f = factAt(factsOf("The market scale of China's artificial intelligence industry soared 24% last year.", '2025-09-24'), '24%');
    expect(f.metric).not.toBe('ai_industry_scale__share_of_country');
  });
});

describe('WAIC viewing figures', () => {
  it("播放量突破了3.5亿 is the edition's online figure, a lower bound", () => {
    const f = factAt(factsOf('世界人工智能大会闭幕，大会在各媒体平台的播放量突破了3.5亿。', '2021-07-10'), '突破了3.5亿');
    expect([f.metric, f.value, f.qualifier, f.period]).toEqual(['waic_online_visits', 3.5e8, '>', '2021']);
  });
});

describe('found in the seventh development set', () => {
  it("中國的 (China's) scopes a figure to the country", () => {
    const f = factAt(factsOf('而據官方資料，2024年3月中國的AI企業有4500餘家。', '2025-09-01'), '4500餘家');
    expect(f.metric).toBeNull();
  });
  it('"30 world-known enterprises" at a summit are not the count of AI firms', () => {
    const f = factAt(
      factsOf('The AI summit brought together 30 world-known enterprises and over 1,000 guests.', '2017-08-20'),
      '30 world-known enterprises',
    );
    expect(f.metric).toBeNull();
  });
});

describe('an article that has not said it is about Shanghai', () => {
  it("a national report's figure with no place is not charted as Shanghai's", () => {
    const f = factAt(factsOf('报告显示，人工智能企业数量达到4500家，产业规模持续扩大。', '2024-05-01', '人工智能产业发展报告'), '4500家');
    expect([f.metric, f.reason?.en]).toEqual([null, 'the article has not said, by this point, that it is about Shanghai']);
  });
  it("once the title or the text names Shanghai, the same figure is the city's", () => {
    expect(factAt(factsOf('报告显示，人工智能企业数量达到4500家。', '2024-05-01', '上海人工智能产业发展报告'), '4500家').metric).toBe(
      'ai_enterprises',
    );
  });
});

describe('growth over several years', () => {
  it('"an annual growth rate of over 30 percent in the past five years" is not year-on-year growth', () => {
    const f = factAt(
      factsOf(
        'Last year, AI-related industries in Xuhui had a total output of 80.3 billion yuan, with an annual growth rate of over 30 percent in the past five years.',
        '2024-07-01',
      ),
      'over 30 percent',
    );
    expect(f.metric).not.toBe('ai_industry_scale__growth_yoy');
  });
});

describe('found in the eighth development set', () => {
  it('截至2019年 with no month is the end of that past year, like 截至2019年底', () => {
    const facts = factsOf('截至2019年，上海集聚人工智能重点企业1100家。截至2019年底，人工智能企业达1200家。', '2021-03-01');
    expect(factAt(facts, '1100家').period).toBe('2019-12');
    expect(factAt(facts, '1200家').period).toBe('2019-12');
    expect(factsOf('截至2021年，上海人工智能重点企业1400家。', '2021-05-01')[0]!.period).toBe('2021');
  });
  it("an edition's figure takes the year of the edition its sentence names (WAIC2022 …, 2019世界人工智能大会 …)", () => {
    const f = factAt(factsOf('会上介绍，WAIC2022共举办百余场活动，展览面积超过3万平方米。', '2023-02-10'), '超过3万平方米');
    expect([f.metric, f.period]).toEqual(['waic_exhibition_area', '2022']);
    const g = factAt(factsOf('2019世界人工智能大会吸引了400余家企业参展。', '2020-06-01'), '400余家');
    expect([g.metric, g.period]).toEqual(['waic_exhibitors', '2019']);
  });
  it('a year-named edition does not date figures of other metrics', () => {
    const f = factAt(factsOf('在2024世界人工智能大会上，上海市经信委透露，上海人工智能企业已超过1500家。', '2024-07-05'), '超过1500家');
    expect([f.metric, f.period, f.periodBasis]).toEqual(['ai_enterprises', '2024-07', 'publication']);
  });
  it('其中 opens a part: its figures count only what their own words name', () => {
    const facts = factsOf('世界人工智能大会共吸引嘉宾3000余名。其中，出席的嘉宾包括院士20多人、企业家200多人。', '2022-09-03');
    expect(factAt(facts, '3000余名').metric).toBe('waic_guests');
    expect(factAt(facts, '20多人').metric).toBeNull();
    expect(factAt(facts, '200多人').metric).toBeNull();
    const whole = factsOf('全区集聚各类企业3000家，其中人工智能企业400家。', '2024-05-01', '上海闵行');
    expect(factAt(whole, '400家').metric).toBe('ai_enterprises');
  });
  it("the place of a part named after the figure (其中…主会场) is not the whole's", () => {
    const f = factAt(factsOf('世界人工智能大会共吸引观众10万人次，其中西岸会场约4万人次。', '2019-09-01'), '10万人次');
    expect([f.geo, f.place]).toEqual(['shanghai', null]);
  });
  it('a signing total reported in the month of the event is of that month', () => {
    const f = factAt(factsOf('2023世界人工智能大会前天闭幕，共有20个人工智能项目签约，总投资超过200亿元。', '2023-07-09'), '超过200亿元');
    expect([f.metric, f.period]).toEqual(['ai_investment_signed', '2023-07']);
  });
  it('an average annual growth rate is over a span of years, never one year', () => {
    const f = factAt(factsOf('2019年至2023年，上海人工智能产业规模年均增长25%。', '2024-05-01'), '25%');
    expect([f.metric, f.period]).toEqual(['ai_industry_scale__growth_avg', null]);
  });
  it('"with a growth rate of … from X in 2019 to Y in 2023": the values are those of the industry named before', () => {
    const facts = factsOf(
      'AI is a pillar industry of Shanghai, with an average annual growth rate of about 20% from 150 billion yuan in 2019 to 310 billion yuan in 2023.',
      '2024-05-01',
    );
    expect([factAt(facts, '150 billion yuan').metric, factAt(facts, '150 billion yuan').period]).toEqual(['ai_industry_scale', '2019']);
    expect(factAt(facts, '310 billion yuan').period).toBe('2023');
  });
  it('"since its opening in March 2024" makes a count a total up to the article\'s date', () => {
    const f = factAt(
      factsOf(
        'Since its official opening in March 2024, the Xuhui incubator has brought together 120 companies in Mosu Space.',
        '2025-06-01',
      ),
      '120 companies',
    );
    expect(f.period).toBe('2025-06');
  });
  it('"large-scale AI enterprises" are the above-designated-size count; "AI model companies" are large-model firms', () => {
    const facts = factsOf('Shanghai has 400 large-scale AI enterprises, and Xuhui hosts over 150 AI model companies.', '2025-06-01');
    expect(factAt(facts, '400 large-scale AI enterprises').metric).toBe('ai_enterprises_above_scale');
    expect(factAt(facts, 'over 150 AI model companies').metric).toBe('large_model_enterprises');
  });
  it("a share of the city's large model companies is that metric's share, not of all AI firms", () => {
    const f = factAt(
      factsOf("Xuhui hosts Mosu Space. About 40% of the city's registered large model companies are here.", '2025-06-01'),
      'About 40%',
    );
    expect(f.metric).toBe('large_model_enterprises__share_of_city');
  });
});

describe('found in the eighth development set (English noun phrases and places)', () => {
  it('"Zizhu of Minhang District": the park named first is the place, the district only says where it is', () => {
    const f = factAt(
      factsOf('Greater Neo Bay of Minhang District now houses more than 300 AI companies.', '2024-05-01'),
      'more than 300 AI companies',
    );
    expect([f.geo, f.place, f.metric]).toEqual(['minhang', 'dalingwan', 'cluster_enterprises']);
  });
  it('a veto after the figure reaches only to the next figure (… and 80 investment institutions while home to 6 unicorns)', () => {
    const facts = factsOf(
      'Xuhui now hosts over 120 AI model companies and more than 80 investment institutions while being home to 6 unicorn companies.',
      '2025-02-01',
    );
    expect(factAt(facts, 'over 120 AI model companies').metric).toBe('large_model_enterprises');
    expect(factAt(facts, 'more than 80 investment institutions').metric).toBe('investment_institutions');
    expect(factAt(facts, '6 unicorn companies').metric).toBeNull();
  });
  it('a bare noun in the figure (133 companies) does not outrank what the clause says they do (exhibiting)', () => {
    const f = factAt(
      factsOf('At WAIC 2019, about 200 companies from home and abroad are exhibiting at the Expo Center.', '2019-08-29'),
      'about 200 companies',
    );
    expect(f.metric).toBe('waic_exhibitors');
  });
  it('"employing nearly 200,000 people" is the talent count', () => {
    expect(
      factAt(factsOf("Shanghai's AI industry has 3,000 firms employing nearly 200,000 people.", '2023-05-01'), 'nearly 200,000 people')
        .metric,
    ).toBe('ai_talent');
  });
  it('a dash ends a clause: a place after it is not the figure\'s ("… people – The Lingang …")', () => {
    const f = factAt(
      factsOf(
        'Shanghai has 300 large-scale AI enterprises, employing nearly 250,000 people – The Lingang Technology City is growing fast.',
        '2025-05-01',
      ),
      'nearly 250,000 people',
    );
    expect([f.geo, f.place]).toEqual(['shanghai', null]);
    expect(factsOf('到2021—2025年，上海人工智能企业超过2000家。', '2021-03-01')[0]!.metric).toBe('ai_enterprises');
  });
  it('an edition the title names dates the undated edition figures of the article (2019 WAIC 回顾)', () => {
    const f = factAt(
      factsOf('在去年的世界人工智能大会上，参加展览展示的企业超过200家。', '2020-03-01', '2019 WAIC“高光”时刻回顾'),
      '超过200家',
    );
    expect([f.metric, f.period]).toEqual(['waic_exhibitors', '2019']);
  });
});

describe('figures that are not counts of what is there', () => {
  it('firms that only intend to come are not counted', () => {
    const f = factAt(
      factsOf(
        'Zizhu Park in Minhang has signed 12 projects, and more than 60 AI companies have expressed their intention to settle in the park.',
        '2021-01-01',
      ),
      'more than 60 AI companies',
    );
    expect(f.metric).toBeNull();
  });
  it("firms around a park (带动周边落地) are neither the park's nor the district's; the park and its surroundings (及周边) are the park's", () => {
    expect(factAt(factsOf('模速空间带动周边落地150多家AI企业。', '2025-01-01'), '150多家').metric).toBeNull();
    expect(factAt(factsOf('模速空间及周边已集聚起120家大模型企业。', '2024-09-01'), '120家').metric).toBe('large_model_enterprises');
  });
  it('"nurturing 8 AI innovative enterprises with influence" names flagship firms, not the count of AI firms', () => {
    expect(
      factAt(
        factsOf('The Shanghai plan includes nurturing 8 AI innovative enterprises with global influence.', '2018-01-01'),
        '8 AI innovative enterprises',
      ).metric,
    ).toBeNull();
  });
  it('the firms an analysis covered are a sample', () => {
    const f = factAt(
      factsOf('A researcher presented an analysis of 20,000 AI job postings across more than 400 AI companies in Shanghai.', '2025-06-01'),
      'more than 400 AI companies',
    );
    expect(f.metric).toBeNull();
  });
});

describe('targets with an open start, and the scope of a list', () => {
  it('"in two to three years" and 未来三年 leave a target undated', () => {
    const en = factAt(
      factsOf(
        'Shanghai will host the 2019 WAIC, part of its push for an AI industry projected to reach 150 billion yuan in two to three years.',
        '2019-06-01',
      ),
      '150 billion yuan',
    );
    expect([en.metric, en.period]).toEqual(['ai_industry_scale', null]);
    const zh = factAt(factsOf('预计未来三年，上海人工智能产业规模将突破5000亿元。', '2024-06-01'), '突破5000亿元');
    expect(zh.period).toBeNull();
  });
  it('a year named after the open span closes it (over the next three years … by 2028)', () => {
    const f = factAt(
      factsOf(
        'The plan outlines steps over the next three years - it aims for the AI industry in Shanghai to exceed 200 billion yuan by 2028.',
        '2026-02-04',
      ),
      'exceed 200 billion yuan',
    );
    expect([f.metric, f.period]).toEqual(['ai_industry_scale', '2028']);
  });
  it('an undated target takes the year an earlier sentence of its paragraph set (到2023年，…。力争…)', () => {
    const f = factsOf(
      '到2023年，上海试验区成为具有国际影响力的人工智能产业集聚区。力争全市人工智能核心产业规模超过300亿元，集聚人工智能企业超1000家。',
      '2021-05-01',
    );
    expect([factAt(f, '超过300亿元').period, factAt(f, '超过300亿元').periodBasis, factAt(f, '超1000家').period]).toEqual([
      '2023',
      'context',
      '2023',
    ]);
    // Another paragraph is another matter; and a figure the text states as now is not a target.
    const g = factsOf('到2023年，上海试验区成为人工智能产业集聚区。\n力争全市人工智能核心产业规模超过300亿元。', '2021-05-01');
    expect(factAt(g, '超过300亿元').period).toBeNull();
    const h = factsOf('到2027年，上海将建成10个平台。目前上海人工智能企业已有1000家。', '2024-05-01');
    expect(factAt(h, '1000家').period).toBe('2024-05');
  });
  it('a flow with no date takes the date an earlier sentence of its paragraph opened with; a stock stays as of the article', () => {
    const f = factsOf(
      'In 2020, Shanghai had 1,149 AI firms to establish a complete industry chain. The AI industry output reached 224.6 billion yuan, 50 percent growth year on year.',
      '2021-07-10',
    );
    expect([factAt(f, '224.6 billion yuan').period, factAt(f, '224.6 billion yuan').periodBasis]).toEqual(['2020', 'context']);
    const g = factsOf('2020年，上海人工智能企业达1149家。\n上海人工智能产业规模达2246亿元。', '2021-07-10');
    expect(factAt(g, '2246亿元').period).toBeNull();
    const h = factsOf(
      'In 2017, the city issued its AI plan. The city is home to one-third of the AI professionals nationwide.',
      '2018-04-10',
    );
    expect(factAt(h, 'one-third').period).toBe('2018-04');
  });
  it('By 2023 opening an English paragraph dates its later targets', () => {
    const f = factsOf(
      'By 2023, Pudong will strive to build 100 influential application scenarios. Also, it hopes to be home to more than 1,000 AI companies.',
      '2021-07-10',
    );
    expect([factAt(f, 'more than 1,000 AI companies').metric, factAt(f, 'more than 1,000 AI companies').period]).toEqual([
      'ai_enterprises',
      '2023',
    ]);
  });
  it('目标，即… makes the list after it targets', () => {
    const f = factsOf('提出到2027年实现发展目标。所谓发展目标，即人工智能科技企业达到2000家以上，产业规模达到2000亿元以上。', '2024-11-01');
    expect([factAt(f, '2000家以上').status, factAt(f, '2000家以上').period]).toEqual(['target', '2027']);
  });
  it('分别 or 各 after a list of districts gives each figure the district of its rank; with a count that differs, none', () => {
    const f = factsOf(
      '截至2018年8月，上海人工智能重点企业主要集聚在浦东新区和徐汇区，各分布了134家、81家人工智能企业，占全市人工智能企业总数的33.3%和20.1%。',
      '2019-09-10',
    );
    expect(['134家', '81家', '33.3%', '20.1%'].map((t) => factAt(f, t).geo)).toEqual(['pudong', 'xuhui', 'pudong', 'xuhui']);
    const g = factsOf('长宁区、闵行区和杨浦区人工智能企业分别为30家、26家和24家。', '2019-09-10');
    expect(['30家', '26家', '24家'].map((t) => factAt(g, t).geo)).toEqual(['changning', 'minhang', 'yangpu']);
    // Two places, one figure: not a pairing (the figure is each one's, and only one can be charted).
    const h = factsOf('嘉定区和静安区人工智能企业均有16家。', '2019-09-10');
    expect(factAt(h, '16家').geo).toBe('jingan');
  });
  it('a quotation opens a clause for Shanghai (他说：“上海…), not for a nickname (“中国声谷”)', () => {
    const f = factsOf('他说：“上海已集聚全国超40%的顶尖人工智能人才，拥有超过2400家人工智能企业。', '2025-06-10');
    expect([factAt(f, '超过2400家').metric, factAt(f, '超过2400家').geo]).toEqual(['ai_enterprises', 'shanghai']);
    const g = factsOf('青浦区以“中国声谷”为代表的人工智能产业2019年营收突破800亿元。', '2020-08-10');
    expect([factAt(g, '突破800亿元').metric, factAt(g, '突破800亿元').geo]).toEqual(['ai_industry_scale', 'qingpu']);
  });
  it("the nation's target is not Shanghai's", () => {
    const f = factAt(
      factsOf('Shanghai is racing to lead as the nation aims to build a 1 trillion yuan AI industry by 2030.', '2018-10-01'),
      '1 trillion yuan',
    );
    expect(f.metric).toBeNull();
  });
  it('the words before a 、 list apply to each item (带动周边落地…、…)', () => {
    const facts = factsOf('模速空间带动周边落地150多家AI企业、60余家投资机构。', '2025-01-01');
    expect(factAt(facts, '60余家').metric).toBeNull();
  });
  it('四个 of something else is not a count of investment institutions', () => {
    const f = factAt(
      factsOf('头部企业、投资机构、顶级科学家等从四个篇章出发，讲述人工智能的未来。', '2021-07-08', '2021世界人工智能大会开幕'),
      '四个',
    );
    expect(f.metric).toBeNull();
  });
});

describe('rules from the ninth development set', () => {
  it('将近 is "nearly", not "will": a count now, not a forecast', () => {
    const f = factAt(factsOf('上海已集聚将近90家人工智能企业。', '2020-07-01'), '将近90家');
    expect([f.metric, f.status, f.period]).toEqual(['ai_enterprises', 'actual', '2020-07']);
    expect(factAt(factsOf('预计到年底，上海人工智能企业将超过100家。', '2020-07-01'), '超过100家').status).toBe('forecast');
  });

  it('an area hyphenated to its unit is a figure (a 52,000-square-meter hall); a three-day event is not', () => {
    const facts = factsOf(
      'WAIC 2024 filled the vast 52,000-square-meter exhibition halls during a three-day event in Shanghai.',
      '2024-07-06',
    );
    const f = factAt(facts, '52,000-square-meter');
    expect([f.value, f.unit, f.metric, f.period]).toEqual([52000, 'm2', 'waic_exhibition_area', '2024']);
    expect(facts.some((x) => x.text.includes('three'))).toBe(false);
  });

  it('views are visits: online traffic of 2 billion views', () => {
    const f = factAt(factsOf('At WAIC 2024 in Shanghai, online traffic soared to 2 billion views.', '2024-07-06'), '2 billion views');
    expect([f.unit, f.value, f.metric]).toEqual(['person_visits', 2e9, 'waic_online_visits']);
  });

  it('a noun inside an English figure is its own; a bare counter (companies) is not', () => {
    const facts = factsOf('WAIC 2024 in Shanghai drew over 300,000 visitors and 1 billion online views.', '2024-07-06');
    expect(factAt(facts, 'over 300,000 visitors').metric).toBe('waic_onsite_visits');
    expect(factAt(facts, '1 billion online views').metric).toBe('waic_online_visits');
    const exhibiting = factAt(
      factsOf('At WAIC 2024 in Shanghai, about 130 companies are exhibiting their products.', '2024-07-06'),
      'about 130 companies',
    );
    expect(exhibiting.metric).toBe('waic_exhibitors');
  });

  it('firms in talks with a park are not in it', () => {
    const f = factAt(
      factsOf('Around 100 AI companies were in talks with the Maqiao AI Innovation Pilot Zone in Shanghai.', '2020-04-01'),
      'Around 100 AI companies',
    );
    expect(f.metric).toBeNull();
    expect(f.reason?.en).toContain('intention');
  });

  it('a figure followed by 的 measures the noun after it, not what another segment names', () => {
    const facts = factsOf('2024世界人工智能大会展览面积超5.2万平方米、首创6000平方米的全域链接馆。', '2024-07-06');
    expect(factAt(facts, '超5.2万平方米').metric).toBe('waic_exhibition_area');
    expect(factAt(facts, '6000平方米').metric).toBeNull();
  });

  it('a sentence that points back (岛上) takes the cluster the title is about', () => {
    const facts = factsOf(
      '经过两年的发展，这里已成为人工智能高地。\n\n整个岛上集聚了近90家企业。',
      '2020-07-01',
      '张江人工智能岛集聚近90家企业',
    );
    const f = factAt(facts, '近90家');
    expect([f.metric, f.geo, f.place]).toEqual(['cluster_enterprises', 'pudong', 'zhangjiang_ai_island']);
    // Without the pointer the title's cluster is not the place: only its district is the topic.
    const plain = factAt(factsOf('浦东集聚了近900家企业。', '2020-07-01', '张江人工智能岛集聚近90家企业'), '近900家');
    expect(plain.place).toBeNull();
  });

  it('firms an exhibition attracts are its exhibitors, renowned or not', () => {
    const f = factAt(
      factsOf('The AI exhibition held during WAIC 2024 in Shanghai attracted more than 500 renowned enterprises.', '2024-07-10'),
      'more than 500 renowned enterprises',
    );
    expect([f.metric, f.period, f.qualifier]).toEqual(['waic_exhibitors', '2024', '>']);
  });
});

describe('what a figure counts', () => {
  it('firms that won or received something are a part chosen by a programme, not the city’s firms', () => {
    const en = factAt(
      factsOf('To support the AI industry in Shanghai, a total of five enterprises received 50 million yuan.', '2019-09-01'),
      'five enterprises',
    );
    expect([en.metric, en.reason?.en]).toEqual([
      null,
      'how many won, were selected or received something: a part chosen by a programme, not the whole',
    ]);
    const zh = factAt(factsOf('上海共有12家人工智能企业入选本年度榜单。', '2024-05-01'), '12家');
    expect([zh.metric, zh.reason?.zh]).toEqual([null, '获奖、入选或获得资助的数量，是评选出的一部分，不是总数']);
  });

  it('an English sentence opening with a setting (In … Zhangjiang Science City, …) is about the place after it', () => {
    const f = factAt(
      factsOf(
        'In the urban sub-center of Zhangjiang Science City in Pudong, the “Model Community,” a large ecosystem cluster with a total construction area exceeding 200,000 square meters, has risen.',
        '2024-06-01',
      ),
      'exceeding 200,000 square meters',
    );
    expect([f.metric, f.geo, f.place]).toEqual(['office_space', 'pudong', 'moli_community']);
  });
  it('a WAIC edition spread "across 70,000 square meters of space" is its exhibition area', () => {
    const f = factAt(
      factsOf(
        'WAIC 2025 closed on Monday. The exhibition, which remains open until July 29, features over 800 exhibitors across more than 70,000 square meters of space.',
        '2025-07-28',
      ),
      'more than 70,000 square meters',
    );
    expect([f.metric, f.period]).toEqual(['waic_exhibition_area', '2025']);
  });
  it("a district's sentence about a park of its own is the park's; a park the district is home to is an aside", () => {
    const town = factAt(
      factsOf(
        "Shanghai's Pudong New Area inaugurated the Zhangjiang AI Island on Tuesday, which is home to more than 100 AI companies.",
        '2025-09-17',
      ),
      'more than 100 AI companies',
    );
    expect([town.geo, town.place]).toEqual(['pudong', 'zhangjiang_ai_island']);
    const district = factAt(
      factsOf('Pudong, home to the Zhangjiang AI Island, has more than 1,000 AI companies.', '2025-09-17'),
      'more than 1,000 AI companies',
    );
    expect([district.metric, district.geo, district.place]).toEqual(['ai_enterprises', 'pudong', null]);
  });
  it('“the number of …” reaches past a place of several words and its verb, and never names money', () => {
    const city = factAt(
      factsOf('The number of AI companies in the city exceeded 6,200 last year, the minister said.', '2026-03-06'),
      'exceeded 6,200',
    );
    expect([city.metric, city.qualifier, city.period]).toEqual(['ai_enterprises', '>', '2025']);
    const district = factAt(
      factsOf('The number of enterprises in Songjiang’s AI industry had exceeded 400 by the end of 2019.', '2021-02-01'),
      'exceeded 400',
    );
    expect([district.metric, district.geo]).toEqual(['ai_enterprises', 'songjiang']);
  });
  it('an English amount with no unit takes the unit of the phrase a few words before it (the core industry has reached 26 billion)', () => {
    const f = factsOf('In the first half of 2025, Shanghai’s AI core industry has reached 26 billion, growing by 26%.', '2025-07-20');
    expect([factAt(f, '26 billion').metric, factAt(f, '26 billion').value]).toEqual(['ai_industry_scale', 26e9]);
    // A plain number is no amount.
    expect(
      factsOf('In 2025, Shanghai’s AI core industry has reached 26, the minister said.', '2025-07-20').filter((x) => x.text.includes('26')),
    ).toEqual([]);
  });
  it('“the number of …” names what the numbers after it count, and their years', () => {
    const facts = factsOf(
      'Shanghai’s AI industry keeps growing, and the number of enterprises above designated size has also increased from 183 in 2018 to 348 in 2022.',
      '2024-05-01',
    );
    for (const [text, period] of [
      ['183', '2018'],
      ['348', '2022'],
    ] as const) {
      const f = factAt(facts, text);
      expect([f.metric, f.period, f.counter]).toEqual(['ai_enterprises_above_scale', period, '家']);
    }
    const talent = factAt(
      factsOf('The number of AI professionals in Shanghai has exceeded 300,000, according to the city.', '2025-07-20'),
      'exceeded 300,000',
    );
    expect([talent.metric, talent.qualifier, talent.period]).toEqual(['ai_talent', '>', '2025-07']);
    // A number that nothing names stays unread; the country’s firms are not Shanghai’s.
    expect(factsOf('Shanghai’s AI industry grew to 348 in 2022.', '2024-05-01').filter((f) => f.text === '348')).toEqual([]);
    const national = factAt(
      factsOf('Shanghai hosts the conference. As of March 2019, the number of Chinese AI firms reached 1,189.', '2022-09-01'),
      '1,189',
    );
    expect([national.metric, national.reason?.en]).toEqual([null, 'a figure for another city, the country or the world, not Shanghai’s']);
    const inside = factAt(
      factsOf('Shanghai hosts the conference. As of March 2019, there were 1,189 Chinese AI firms.', '2022-09-01'),
      '1,189 Chinese AI firms',
    );
    expect(inside.metric).toBeNull();
  });

  it('a list of examples (including …) does not cut the noun it illustrates from its verb', () => {
    const f = factAt(
      factsOf(
        'The World Artificial Intelligence Conference opens in Shanghai on July 9. More than 150 firms, including Microsoft, Amazon, Tencent and Huawei will take part in online exhibition events.',
        '2020-06-20',
      ),
      'More than 150 firms',
    );
    expect([f.metric, f.period, f.status]).toEqual(['waic_exhibitors', '2020', 'forecast']);
  });

  it('a figure another city shares with Shanghai (均, both, each) is Shanghai’s too; a combined one is not', () => {
    const each = factAt(factsOf('2024年，北京和上海人工智能融资金额均超500亿元，深圳近300亿元。', '2025-01-10'), '超500亿元');
    expect([each.metric, each.geo, each.period]).toEqual(['ai_financing', 'shanghai', '2024']);
    const combined = factAt(factsOf('2024年，北京和上海人工智能融资金额合计超1000亿元。', '2025-01-10'), '超1000亿元');
    expect(combined.metric).toBeNull();
  });

  it('a day of a month is not a count; a team’s staff is not a talent pool; registered services are filed models', () => {
    const waic = factsOf('The World AI Conference opened in Shanghai. On 26 July officials unveiled an action plan.', '2025-07-27');
    expect(waic.filter((f) => f.text.includes('26'))).toEqual([]);
    const staff = factAt(factsOf('The Shanghai AI startup had only seven staff when it opened in 2023.', '2025-05-10'), 'seven staff');
    expect([staff.metric, staff.reason?.en]).toEqual([
      null,
      'smaller than any figure of this kind (100): it is about one organisation or team',
    ]);
    const filed = factAt(
      factsOf('As of March 16, 2026, Shanghai had 150 registered generative AI services.', '2026-03-20'),
      '150 registered generative AI services',
    );
    expect([filed.metric, filed.period, filed.counter]).toEqual(['filed_models', '2026-03', '项']);
  });

  it('the country named in an aside between an English subject and its verb is not the figure’s scope', () => {
    const scale = factAt(
      factsOf("Shanghai's AI industry, the largest in the country, reached 450 billion yuan in 2024.", '2025-03-01', 'Shanghai AI'),
      '450 billion yuan',
    );
    expect([scale.metric, scale.geo, scale.period]).toEqual(['ai_industry_scale', 'shanghai', '2024']);
    const china = factAt(
      factsOf("China's AI industry, led by Beijing, reached 600 billion yuan in 2024.", '2025-03-01', 'Shanghai AI'),
      '600 billion yuan',
    );
    expect([china.metric, china.reason?.en]).toEqual([null, 'a figure for another city, the country or the world, not Shanghai’s']);
  });

  it('the country’s AI industry or firms named at the head of a sentence scope its figures', () => {
    const elsewhere = 'a figure for another city, the country or the world, not Shanghai’s';
    const industry = factsOf('工信部公布的数据显示,中国人工智能产业蓬勃发展,核心产业规模达到5000亿元。', '2023-08-01');
    expect(factAt(industry, '5000亿元').reason?.en).toBe(elsewhere);
    const firms = factsOf('上海发布会上提到，中国人工智能企业超过4300家。', '2023-08-01');
    expect([factAt(firms, '超过4300家').metric, factAt(firms, '超过4300家').reason?.en]).toEqual([null, elsewhere]);
  });

  it('a conference named only in the title still makes the body’s 本届大会 figures its own', () => {
    const facts = factsOf('本届大会展览面积超7万平方米，参展企业超800家。', '2025-07-30', '2025世界人工智能大会在上海闭幕');
    expect(factAt(facts, '超7万平方米').metric).toBe('waic_exhibition_area');
    expect([factAt(facts, '超800家').metric, factAt(facts, '超800家').period]).toEqual(['waic_exhibitors', '2025']);
  });

  it('a paragraph that opens by pointing back (The center is …) takes the place the paragraph before ended on', () => {
    const text =
      'The event marked the entry of key enterprises into the Shanghai Foundation Model Innovation Center in Xuhui.\n\n' +
      'The center is the first foundation model community in China. Since its establishment in late 2023, it has attracted nearly 70 enterprises, enhancing Shanghai’s strategy in AI.';
    const f = factAt(factsOf(text, '2024-05-08', 'Talent hub launched in Xuhui District'), 'nearly 70 enterprises');
    expect([f.metric, f.geo, f.place]).toEqual(['cluster_enterprises', 'xuhui', 'mosu_space']);
  });

  it('“the city” is Shanghai unless its sentence last named another city; a path or a date is not a share', () => {
    const talent = factAt(
      factsOf('Pudong has more than 1,000 AI firms. The city now counts nearly 320,000 AI professionals.', '2025-07-27', 'Shanghai AI'),
      'nearly 320,000 AI professionals',
    );
    expect([talent.metric, talent.geo]).toEqual(['ai_talent', 'shanghai']);
    const beijing = factAt(
      factsOf(
        'Shanghai watches its neighbours. Beijing’s government released a plan in 2026 to grow the city’s core AI industry to over 1 trillion yuan by 2027.',
        '2026-01-10',
        'Local AI plans',
      ),
      'over 1 trillion yuan',
    );
    expect(beijing.metric).toBeNull();
    const path = factsOf('原文见 https://example.com/article/2025/7/27/ai.html ，上海人工智能人才占全国的1/3。', '2025-07-27');
    expect(path.filter((f) => f.unit === 'percent').map((f) => f.text)).toEqual(['1/3']);
  });

  it('a park named before its district stays the topic, and “here” points back to it', () => {
    const facts = factsOf(
      'The “Mosu Space” in Xuhui District opened in 2023. More than 60% of the city’s registered large model enterprises are concentrated here.',
      '2025-05-01',
    );
    const share = factAt(facts, 'More than 60%');
    expect([share.metric, share.geo, share.place]).toEqual(['large_model_enterprises__share_of_city', 'xuhui', 'mosu_space']);
  });
});

describe('a count of firms at one park', () => {
  it('is the park’s count when the park’s description names its kind, and another kind when the firms’ own words name it', () => {
    const text =
      'Xi visited the ModelSpeed Space in Xuhui, a large model incubator home to over 100 enterprises, and more than 60 LLM startups.';
    const facts = factsOf(text, '2025-04-29');
    const park = factAt(facts, 'over 100 enterprises');
    expect([park.metric, park.place]).toEqual(['cluster_enterprises', 'mosu_space']);
    const llm = factAt(facts, 'more than 60 LLM startups');
    expect([llm.metric, llm.place]).toEqual(['large_model_enterprises', 'mosu_space']);
  });

  it('that names another industry is not the park’s AI firms', () => {
    const en = factAt(
      factsOf('The ModelSpeed Space in Xuhui is home to over 100 chip design enterprises.', '2025-04-29'),
      'over 100 chip design enterprises',
    );
    expect([en.metric, en.place, en.reason?.en]).toEqual([null, 'mosu_space', 'about chip, not AI']);
    const zh = factAt(factsOf('模速空间已集聚集成电路企业100余家。', '2025-04-29'), '100余家');
    expect([zh.metric, zh.reason?.zh]).toEqual([null, '说的是集成电路，不是人工智能']);
  });

  it('that the park’s own metric does not take is not charted as the city’s AI firms', () => {
    const f = factAt(factsOf('模速空间这一大模型孵化器拥有相关企业100余家。', '2025-04-29'), '100余家');
    expect([f.metric, f.place]).toEqual([null, 'mosu_space']);
    expect(f.reason?.en).toBe('a count of firms at one park or incubator, and the text does not say which kind');
  });

  it('is the park’s count when nothing else is named, and the district’s AI firms stay the district’s', () => {
    expect(factAt(factsOf('模速空间已集聚企业100余家。', '2025-04-29'), '100余家').metric).toBe('cluster_enterprises');
    const district = factAt(factsOf('徐汇区集聚人工智能企业超1000家。', '2025-04-29'), '超1000家');
    expect([district.metric, district.geo, district.place]).toEqual(['ai_enterprises', 'xuhui', null]);
  });
});

describe('rules from the tenth development set', () => {
  it('the city named after a leading date is the subject: a place in the sentence before is not carried', () => {
    const f = factAt(factsOf('徐汇西岸、临港新片区等地标相继崛起。今年上半年上海人工智能产业规模达到900亿元。', '2021-08-01'), '900亿元');
    expect([f.metric, f.geo, f.place, f.period]).toEqual(['ai_industry_scale', 'shanghai', null, '2021-H1']);
  });

  it('the year of a comparison (去年同期) is not when the figure is', () => {
    const f = factAt(factsOf('今年前三季度，上海人工智能产业规模比去年同期增长18.5%。', '2023-11-01'), '18.5%');
    expect([f.metric, f.period]).toEqual(['ai_industry_scale__growth_yoy', '2023-Q1-Q3']);
  });

  it('English startups are firms: LLM startups are large-model firms', () => {
    const f = factAt(factsOf('Shanghai is now home to more than 80 LLM startups.', '2024-05-01'), 'more than 80 LLM startups');
    expect([f.metric, f.qualifier, f.period]).toEqual(['large_model_enterprises', '>', '2024-05']);
  });

  it("an earlier figure's own noun is not the next figure's: 60 LLM startups and 200 firms at a park", () => {
    const facts = factsOf(
      'ModelSpeed Space opened last year. More than 60 LLM startups and over 200 firms have moved into the park so far.',
      '2024-09-01',
    );
    const llm = factAt(facts, 'More than 60 LLM startups');
    const firms = factAt(facts, 'over 200 firms');
    expect([llm.metric, llm.place]).toEqual(['large_model_enterprises', 'mosu_space']);
    expect([firms.metric, firms.place]).toEqual(['cluster_enterprises', 'mosu_space']);
  });

  it('a pointer after the figure still points back to the park the title names; "nestled in" a district only says where it is', () => {
    const title = 'Shanghai Foundation Model Innovation Center marks its first year';
    const back = factAt(factsOf('Over 50 LLM startups have joined since its opening.', '2024-09-01', title), 'Over 50 LLM startups');
    expect([back.metric, back.geo, back.place]).toEqual(['large_model_enterprises', 'xuhui', 'mosu_space']);
    const nestled = factAt(
      factsOf('The center, nestled in Xuhui district, now hosts more than 120 firms.', '2024-09-01', title),
      'more than 120 firms',
    );
    expect([nestled.metric, nestled.place]).toEqual(['cluster_enterprises', 'mosu_space']);
  });

  it('the last three words or more of a long English place name, after "the", name that place again', () => {
    const facts = factsOf(
      'The Dishui Lake AI Innovation Hub opened on Monday. Over 30 projects were signed to settle in the AI Innovation Hub, with an investment of more than 20 billion yuan.',
      '2022-08-19',
    );
    const f = factAt(facts, 'more than 20 billion yuan');
    expect([f.metric, f.geo, f.place]).toEqual(['ai_investment_signed', 'pudong', 'lingang_dishui_lake_ai_park']);
    // Two words are too generic to name it.
    const generic = factsOf(
      'The Dishui Lake AI Innovation Hub opened on Monday.\n\nThe Innovation Hub of Fudan University counts 40 AI companies.',
      '2022-08-19',
    );
    expect(factAt(generic, '40 AI companies').place).toBeNull();
  });

  it('a clause with only a date and a verb continues the subject of the clause before it', () => {
    const f = factAt(factsOf('上海人工智能产业规模保持较快增长，2027年达到5000亿元。', '2024-03-01'), '5000亿元');
    expect([f.metric, f.period, f.status]).toEqual(['ai_industry_scale', '2027', 'forecast']);
    const en = factAt(
      factsOf("Shanghai's AI industry grew steadily last year, reaching 450 billion yuan.", '2024-03-01'),
      '450 billion yuan',
    );
    expect(en.metric).toBe('ai_industry_scale');
    // A clause with a subject of its own is not continued.
    expect(factAt(factsOf('上海人工智能产业规模保持较快增长，固定资产投资达到500亿元。', '2024-03-01'), '500亿元').metric).toBeNull();
  });
});

describe('rules from the eleventh development set', () => {
  it('hopes to / strives to is a target; expect / envisions a forecast', () => {
    const hope = factAt(
      factsOf('By 2027, Pudong hopes to be home to more than 1,500 AI companies.', '2024-05-01'),
      'more than 1,500 AI companies',
    );
    expect([hope.status, hope.period]).toEqual(['target', '2027']);
    const expect2 = factAt(
      factsOf('Organizers of WAIC 2026 expect over 900 companies to show their products.', '2026-07-01'),
      'over 900 companies',
    );
    expect(expect2.status).toBe('forecast');
  });

  it("exhibitors are named by what they do at the conference (亮相, presented, to show), not by the figure's bare counter", () => {
    const zh = factAt(factsOf('2026世界人工智能大会展览面积8万平方米，900余家企业集中亮相。', '2026-07-27'), '900余家');
    expect([zh.metric, zh.period]).toEqual(['waic_exhibitors', '2026']);
    const en = factAt(
      factsOf('At WAIC 2021, 320 companies from around the world presented their latest AI products.', '2021-07-10'),
      '320 companies',
    );
    expect([en.metric, en.period]).toEqual(['waic_exhibitors', '2021']);
    // An AI noun inside the figure still names it: 320 AI companies in the city are its AI firms.
    expect(factAt(factsOf('Shanghai is home to 3,200 AI companies.', '2021-07-10'), '3,200 AI companies').metric).toBe('ai_enterprises');
  });

  it("a conference's main forums are a part of its forums", () => {
    const f = factAt(factsOf('2024世界人工智能大会包含全球治理、产业发展、科学前沿3场主论坛。', '2024-07-04'), '3场');
    expect(f.metric).toBeNull();
  });
});

describe('figures of other countries and of events (all development sets)', () => {
  it('a country Shanghai is compared with governs its own figure; its dollars are only a currency', () => {
    const us = factAt(
      factsOf(
        'Shanghai is home to more than 1,100 AI companies. This comes second only to the U.S., which has more than 2,000 active AI companies.',
        '2022-09-01',
      ),
      'more than 2,000 active AI companies',
    );
    expect(us.metric).toBeNull();
    expect(
      factAt(factsOf('上海人工智能企业超过1100家，仅次于美国，美国人工智能企业超过2000家。', '2022-09-01'), '超过2000家').metric,
    ).toBeNull();
    expect(factsOf('美国的人工智能企业超过2000家，位居全球第一。', '2022-09-01').every((f) => f.metric === null || f.period === null)).toBe(
      true,
    );
    const scale = factAt(
      factsOf("In 2025, Shanghai's AI industry scale reached 435 billion yuan (about 62 billion U.S. dollars).", '2026-01-10'),
      '435 billion yuan',
    );
    expect([scale.metric, scale.geo, scale.period]).toEqual(['ai_industry_scale', 'shanghai', '2025']);
  });
  it('a street named after a province is not the province (福建中路)', () => {
    const f = factAt(factsOf('2024年，黄浦区福建中路一带集聚人工智能企业120家。', '2025-03-01'), '120家');
    expect([f.metric, f.geo]).toEqual(['ai_enterprises', 'huangpu']);
  });
  it('firms taking part in an event are its exhibitors, not the firms the city has', () => {
    const waic = factAt(
      factsOf('More than 800 companies will take part in the World AI Conference 2025 in Shanghai this weekend.', '2025-07-20'),
      'More than 800 companies',
    );
    expect([waic.metric, waic.period]).toEqual(['waic_exhibitors', '2025']);
    const contest = factAt(factsOf('2024年，上海共有超过300家人工智能企业参加创新大赛。', '2024-12-01'), '超过300家');
    expect(contest.metric).toBeNull();
    const english = factAt(
      factsOf('In 2024, more than 300 AI companies in Shanghai took part in the innovation contest.', '2024-12-01'),
      'more than 300 AI companies',
    );
    expect(english.metric).toBeNull();
  });
});

describe('editions and counts named around the figure (all development sets)', () => {
  it('an undated edition figure takes the edition its paragraph or heading named; a date in its own sentence wins', () => {
    const facts = factsOf(
      '上海打造人工智能创新发展高地\nWAIC 2023创历史新高\n会上介绍，WAIC 2023累计举办133场活动。截至大会闭幕时，全网流量突破10.7亿。\n',
      '2024-03-10',
      '上海打造人工智能创新发展高地',
    );
    expect([factAt(facts, '突破10.7亿').metric, factAt(facts, '突破10.7亿').period]).toEqual(['waic_online_visits', '2023']);
    const lastYear = factAt(
      factsOf('2021世界人工智能大会在上海闭幕。而去年，受到疫情影响，云端峰会的观看量是1亿。', '2021-07-12', '2021世界人工智能大会闭幕'),
      '1亿',
    );
    expect([lastYear.metric, lastYear.period]).toEqual(['waic_online_visits', '2020']);
  });
});

describe('rules from the twelfth development set', () => {
  it('the whole a share is of (占全市) is not the place the next clause goes on about', () => {
    const f = factAt(
      factsOf('浦东新区三大先导产业表现突出：集成电路产业规模占全市的近八成；人工智能重点企业目前已超过600家。', '2022-09-15'),
      '超过600家',
    );
    expect([f.metric, f.geo]).toEqual(['ai_enterprises', 'pudong']);
  });
  it('firms that list (上市, IPO) are a subset, not the firms there are', () => {
    expect(factAt(factsOf('2025年上海一个月之内有5家AI企业上市。', '2026-01-10'), '5家').metric).toBeNull();
    expect(
      factAt(factsOf('In 2025, five Shanghai AI companies went public.', '2026-01-10'), 'five Shanghai AI companies').metric,
    ).toBeNull();
  });
  it("firms that joined or settled in a place are that place's, not the city's", () => {
    expect(
      factAt(factsOf('In Shanghai, over 100 companies have joined the incubator already.', '2025-05-01'), 'over 100 companies').metric,
    ).toBeNull();
    const smc = factAt(factsOf('Over 100 companies have joined the SMC in Shanghai already.', '2025-05-01'), 'Over 100 companies');
    expect([smc.metric, smc.place]).toEqual(['cluster_enterprises', 'mosu_space']);
  });
  it('an amount in dollars, euros or pounds written after the number is not yuan (review of adding an article)', () => {
    expect(factsOf("Xuhui's AI industry scale hit 10 billion dollars in 2023.", '2024-01-10')).toEqual([]);
    expect(factsOf('Pudong’s AI industry reached 41 billion U.S. dollars in 2024.', '2025-01-10')).toEqual([]);
    expect(factsOf('Shanghai’s AI industry scale reached 5 billion euros in 2024.', '2025-01-10')).toEqual([]);
  });
  it("a WAIC show floor is the exhibition's area", () => {
    const f = factAt(
      factsOf(
        'The 2025 World Artificial Intelligence Conference in Shanghai opened with a record 70,000-square-metre show floor.',
        '2025-07-27',
      ),
      '70,000-square-metre',
    );
    expect([f.metric, f.period]).toEqual(['waic_exhibition_area', '2025']);
  });
  it('" - " bullets of a summary are sentences of their own: a date does not run on into the next point', () => {
    const f = factAt(
      factsOf('浦东创投集团2025年底基金规模预计达4000亿元 - "模力社区"已集聚近200家垂类模型上下游企业', '2025-05-20'),
      '近200家',
    );
    expect(f.period).toBe('2025-05');
    // Between years it is a span, inside one sentence.
    expect(factAt(factsOf('上海2021 - 2025年人工智能产业规模年均增长20%。', '2021-06-01'), '20%').source.quote).toBe(
      '上海2021 - 2025年人工智能产业规模年均增长20%。',
    );
  });
});

describe('a figure a later verb puts in the future is not a count as of the article', () => {
  it.each([
    ["Shanghai's more than 1,000 AI firms, the report says, are expected to double their output.", 'more than 1,000 AI firms'],
    ['Around 200 robots, as well as products made by more than 400 AI companies, will be shown at the expo.', 'more than 400 AI companies'],
  ])('%s', (text, surface) => {
    const f = factAt(factsOf(text, '2025-06-10', 'Shanghai AI industry'), surface);
    expect([f.metric, f.period]).toEqual(['ai_enterprises', null]);
  });
  it.each([
    ['Shanghai has more than 1,100 AI companies, and more will come.', 'more than 1,100 AI companies'],
    ['Shanghai has attracted more than 1,100 AI companies, with plans to double the number by 2027.', 'more than 1,100 AI companies'],
  ])('a figure after a verb of its own stands as of the article: %s', (text, surface) => {
    const f = factAt(factsOf(text, '2025-06-10', 'Shanghai AI industry'), surface);
    expect([f.period, f.periodBasis]).toEqual(['2025-06', 'publication']);
  });
});

describe('a share qualifies the figure right before it', () => {
  it('an amount before 占全市 makes it a share of that amount, never of a count of firms', () => {
    const facts = factsOf('2024年，闵行区人工智能企业实现销售500亿元，占全市12%。', '2025-03-10');
    expect(factAt(facts, '12%').metric).not.toBe('ai_enterprises__share_of_city');
  });
  it('a count of firms before it keeps it a share of firms', () => {
    const facts = factsOf('2024年，闵行区集聚人工智能企业300家，占全市12%。', '2025-03-10');
    expect(factAt(facts, '12%').metric).toBe('ai_enterprises__share_of_city');
  });
  it('other shares in between are a list of shares of the same whole', () => {
    const f = factAt(
      factsOf(
        "About 65 percent of the country's AI professionals work in Beijing (34.1 percent) and Shanghai (31.2 percent).",
        '2018-05-10',
        'AI talent in Shanghai',
      ),
      '31.2 percent',
    );
    expect(f.metric).toBe('ai_talent__share_of_country');
  });
});

describe('words that narrow what a figure counts', () => {
  it('world-class firms are the top of a group, not its total', () => {
    const f = factAt(factsOf('徐汇区已集聚12家世界级人工智能企业。', '2025-03-10'), '12家');
    expect(f.metric).toBeNull();
    expect(f.reason?.en).toMatch(/^only the top/);
  });
  it("one facility's designed computing capacity is not the city's", () => {
    const f = factAt(
      factsOf('The new centre in Shanghai has a designed computing capacity of 2.5 exaFLOPS.', '2024-01-10', 'Shanghai AI compute'),
      '2.5 exaFLOPS',
    );
    expect(f.metric).toBeNull();
  });
  it('人工智能企业规模 in money is the industry scale', () => {
    const f = factAt(factsOf('2024年，浦东新区规上人工智能企业规模达1500亿元。', '2025-03-10'), '1500亿元');
    expect([f.metric, f.geo, f.period]).toEqual(['ai_industry_scale', 'pudong', '2024']);
  });
});

describe('全市 and 我市 are the city last named', () => {
  const of = (text: string, title: string) =>
    factsOf(text, '2025-03-21', title)
      .filter((f) => f.metric !== null)
      .map((f) => [f.text, f.metric, f.geo]);
  it('北京全市 is Beijing', () => {
    expect(of('2025年上半年北京全市人工智能核心产业规模2152.2亿元。', '人工智能产业白皮书发布')).toEqual([]);
  });
  it('in an article whose title names Beijing, 全市 and 我市 are Beijing', () => {
    expect(of('全市数字经济增加值突破2.2万亿元。\n2024年我市人工智能企业超2400家。', '2025北京数字经济标杆城市建设发布会')).toEqual([]);
  });
  it('in a Shanghai article that names Beijing in another paragraph, 全市 is Shanghai', () => {
    expect(of('北京的人工智能企业超过2000家。\n2024年，全市人工智能企业超1100家。', '上海人工智能产业发展')).toEqual([
      ['超1100家', 'ai_enterprises', 'shanghai'],
    ]);
  });
});

describe('one round of financing, a ranking', () => {
  it("one company's funding round is not the city's AI financing", () => {
    const f = factAt(factsOf('今年9月，上海人工智能企业某科技宣布完成超15亿元人民币的C轮融资。', '2025-10-10'), '超15亿元');
    expect(f.metric).toBeNull();
  });
  it('the firms of a top-20 list are a subset', () => {
    const f = factAt(factsOf('融资额TOP20中上海有5家大模型企业。', '2025-10-10', '上海人工智能融资'), '5家');
    expect(f.metric).toBeNull();
    expect(f.reason?.en).toMatch(/^a subset/);
  });
  it('the city-wide AI financing total is charted', () => {
    const f = factAt(factsOf('2025年上海人工智能企业融资总额超300亿元。', '2026-01-10'), '超300亿元');
    expect([f.metric, f.period]).toEqual(['ai_financing', '2025']);
  });
});

describe('"already" after a target word: what it already has is actual', () => {
  it('aims to be …, and already has more than 100 startups: a count as of the article', () => {
    const f = factAt(
      factsOf('Mosu Space aims to be the biggest AI incubator in Asia and already has more than 100 AI startups.', '2025-04-30'),
      'more than 100 AI startups',
    );
    expect([f.status, f.period, f.periodBasis]).toEqual(['actual', '2025-04', 'publication']);
  });
  it('a target with no "already" stays a target', () => {
    const f = factAt(factsOf('Mosu Space aims to host more than 300 AI startups.', '2025-04-30'), 'more than 300 AI startups');
    expect(f.status).toBe('target');
  });
  it('a sentence opening with "It" points where the sentence before pointed', () => {
    const text =
      'Xi visited Mosu Space in Xuhui on Tuesday.\nThe center is not just any incubator. It aims to be the largest and already has more than 100 AI startups.';
    const f = factAt(factsOf(text, '2025-04-30', 'Xi visits AI incubator in Shanghai'), 'more than 100 AI startups');
    expect([f.metric, f.place]).toEqual(['cluster_enterprises', 'mosu_space']);
  });
});

describe('an English relative clause is about the noun before it', () => {
  it("the city's AI industry, which surpassed 450 billion yuan in 2024", () => {
    const f = factAt(
      factsOf("The hub has driven the city's AI industry, which surpassed 450 billion yuan in 2024.", '2025-03-04', 'AI hub in Shanghai'),
      'surpassed 450 billion yuan',
    );
    expect([f.metric, f.period, f.qualifier]).toEqual(['ai_industry_scale', '2024', '>']);
  });
  it("the city's chip industry, which reached 250 billion yuan, is not AI", () => {
    const f = factAt(
      factsOf("The hub sits next to the city's chip industry, which reached 250 billion yuan in 2024.", '2025-03-04', 'AI hub in Shanghai'),
      '250 billion yuan',
    );
    expect([f.metric, f.reason?.en]).toEqual([null, 'about chip, not AI']);
  });
});

describe('a metric written in another unit (alsoUnits)', () => {
  it('WAIC visitors counted as people are its on-site visits', () => {
    const f = factAt(factsOf('2023世界人工智能大会闭幕。截至大会闭幕时，线下参观人数突破17.7万人。', '2023-07-10'), '突破17.7万人');
    expect([f.metric, f.period, f.value]).toEqual(['waic_onsite_visits', '2023', 177000]);
  });
  it('1,300 leaders taking part are not its visits (fewer than any edition had)', () => {
    const f = factAt(factsOf('2024世界人工智能大会上，1300多位全球领军人物参与。', '2024-07-10'), '1300多位');
    expect(f.metric).not.toBe('waic_onsite_visits');
  });
});

describe('several places and other places', () => {
  const of = (text: string, date = '2025-06-10', title = '人工智能产业') =>
    factsOf(text, date, title)
      .filter((f) => f.metric !== null)
      .map((f) => [f.text, f.metric, f.geo]);
  it('a list of places ending with Shanghai owns the figure together', () => {
    expect(
      of("Jiangsu, Zhejiang and Shanghai boast 900 AI firms, 40 percent of the country's total.", '2021-08-10', 'Top regions for AI firms'),
    ).toEqual([]);
    expect(of('江苏、浙江和上海共有人工智能企业900家。')).toEqual([]);
  });
  it('unless a word gives it to each', () => {
    expect(of('浙江和上海的人工智能企业均超过900家。')).toEqual([['超过900家', 'ai_enterprises', 'shanghai']]);
  });
  it('a province, a region abroad, or 旧金山 is not Shanghai or one of its districts', () => {
    expect(of('Guizhou has reached 85 exaflops of AI computing power.', '2025-06-10', 'AI compute in Shanghai')).toEqual([]);
    expect(of('亚洲人工智能融资规模达45.9亿元。', '2017-08-10', '上海人工智能融资')).toEqual([]);
    expect(of('旧金山湾区人工智能企业超过1000家。', '2017-08-10', '上海人工智能企业')).toEqual([]);
  });
  it('已过 is a lower bound', () => {
    expect(factAt(factsOf('浦东新区人工智能人才总量已过9.4万人。', '2025-12-10'), '已过9.4万人').qualifier).toBe('>');
  });
  it("a district's share of Shanghai (占上海总量的三分之一) is its share of the city", () => {
    const f = factAt(factsOf('浦东新区人工智能人才总量已过9.4万人，占上海总量的三分之一。', '2025-12-10'), '三分之一');
    expect([f.metric, f.geo]).toEqual(['ai_talent__share_of_city', 'pudong']);
  });
});

describe('a difference between two figures is not a count', () => {
  it.each([
    ['上海人工智能企业比去年多出200家，达到1200家。', '200家'],
    ['Shanghai has 200 more AI firms than Shenzhen.', '200 more AI firms'],
  ])('%s', (text, surface) => {
    const f = factAt(factsOf(text, '2025-06-10', '上海人工智能'), surface);
    expect([f.metric, f.reason?.en]).toEqual([null, 'a difference between two figures (N more or fewer than …), not a count']);
  });
  it('the total after it, and "more than" as a qualifier, are counts', () => {
    expect(factAt(factsOf('上海人工智能企业比去年多出200家，达到1200家。', '2025-06-10'), '1200家').metric).toBe('ai_enterprises');
    expect(factAt(factsOf('Shanghai has more than 1,100 AI firms.', '2025-06-10'), 'more than 1,100 AI firms').metric).toBe(
      'ai_enterprises',
    );
  });
});

describe('an English clause that opens with "aiming to" continues its subject', () => {
  it('…expanding its AI computing capacity, …by 2025, aiming to exceed 100 exaflops', () => {
    const f = factAt(
      factsOf(
        'The city is expanding its AI computing capacity, building three hubs by 2027, aiming to exceed 80 exaflops.',
        '2025-08-10',
        'Shanghai AI compute',
      ),
      'exceed 80 exaflops',
    );
    expect([f.metric, f.period, f.status]).toEqual(['compute_capacity', '2027', 'target']);
  });
});

describe('one facility, one platform', () => {
  it("a data centre's floor area is not a cluster's office space", () => {
    const facts = factsOf('临港新片区的云数据中心总投资近10亿元，建筑面积13万平方米。', '2023-05-10');
    expect(factAt(facts, '13万平方米').metric).toBeNull();
  });
  it('tokens called on a platform are not an open corpus', () => {
    const f = factAt(factsOf('上海的大模型本周调用量达4万亿Token。', '2026-02-10'), '4万亿Token');
    expect(f.metric).toBeNull();
  });
});

describe('the country, a list of industries, past editions', () => {
  it("the country's AI firms in a later clause of a sentence that named 中国人工智能核心产业", () => {
    const facts = factsOf(
      '部长介绍，2019年底，中国人工智能核心产业规模超过510亿元，人工智能企业数量超过了2600家。',
      '2020-07-10',
      '上海人工智能大会',
    );
    expect(facts.filter((f) => f.metric !== null)).toEqual([]);
  });
  it('the last industry of a list (集成电路、生物医药、人工智能) is the list, not AI alone', () => {
    const f = factAt(factsOf('浦东集成电路、生物医药和人工智能产业规模达到8000亿元。', '2025-06-10'), '8000亿元');
    expect([f.metric, f.reason?.en]).toEqual([null, 'about biomedicine and AI, not AI']);
  });
  it('a figure of past editions together is not one edition’s; two people are not its guests', () => {
    const text = '2020世界人工智能大会开幕。在过去的两年中，世界人工智能大会聚集了近千位国内外企业领袖。';
    expect(factAt(factsOf(text, '2020-07-10'), '近千位').metric).toBeNull();
    const two = factAt(
      factsOf('At WAIC 2019 the two entrepreneurs will speak to an audience.', '2019-08-10', 'WAIC 2019'),
      'two entrepreneurs',
    );
    expect(two.metric).toBeNull();
  });
});

describe('from devset17 and devset18 (English and traditional Chinese)', () => {
  it('在武汉… is where the figure is: another city', () => {
    const f = factAt(
      factsOf('在武汉未来科技城，智算中心完成扩容，算力规模超2000PFLOPS。', '2025-12-10', '上海人工智能算力'),
      '超2000PFLOPS',
    );
    expect([f.metric, f.reason?.en]).toEqual([null, 'a figure for another city, the country or the world, not Shanghai’s']);
  });
  it.each([
    ['The city of Shanghai has named 30 AI firms as its tech champions.', '30 AI firms'],
    ['SenseTime and MiniMax are among the 12 AI companies on the list.', '12 AI companies'],
    ['The district helped 9 AI enterprises gain approval for their models.', '9 AI enterprises'],
  ])('a list, a selection or an approval is a part: %s', (text, surface) => {
    expect(factAt(factsOf(text, '2024-03-10', 'Shanghai AI'), surface).metric).toBeNull();
  });
  it('foundation model-related companies are large-model firms; the AI cloud industry is not the AI industry', () => {
    const firms = factAt(
      factsOf('Xuhui had attracted 90 foundation model-related companies.', '2024-03-10', 'Xuhui AI'),
      '90 foundation model-related companies',
    );
    expect(firms.metric).toBe('large_model_enterprises');
    const cloud = factAt(
      factsOf('Shanghai wants its AI cloud industry to generate 100 billion yuan in revenue by 2027.', '2025-03-10', 'Shanghai AI'),
      '100 billion yuan',
    );
    expect(cloud.metric).toBeNull();
  });
  it('的上海，: the city that ends a clause is the next clause’s subject', () => {
    const f = factAt(
      factsOf('作为集聚了全国三分之一人工智能人才的上海，则拥有超过1000家人工智能核心企业。', '2019-05-10', '人工智能'),
      '超过1000家',
    );
    expect([f.metric, f.geo]).toEqual(['ai_enterprises', 'shanghai']);
  });
});

describe('a part of another industry’s whole', () => {
  it('AI within the manufacturing output of the three leading industries is not the AI industry', () => {
    const f = factAt(
      factsOf('前三季度，全市三大先导产业制造业总产值同比增长8.6%，其中，集成电路增长20.8%，人工智能增长5.2%。', '2024-10-20'),
      '5.2%',
    );
    expect(f.metric).toBeNull();
  });
  it('a part of the AI industry is still AI', () => {
    const f = factAt(factsOf('2024年，上海人工智能产业规模达4500亿元，其中规上企业394家。', '2025-01-20'), '4500亿元');
    expect(f.metric).toBe('ai_industry_scale');
  });
});

describe('one company’s wish, one project’s capacity', () => {
  it('"wishes to" is a target: with no year it is not charted', () => {
    const f = factAt(
      factsOf('The company wishes to form an AI cluster in Songjiang with a scale of 200 AI enterprises.', '2021-07-10', 'Shanghai AI'),
      '200 AI enterprises',
    );
    expect([f.status, f.period]).toEqual(['target', null]);
  });
  it('a computing centre’s revenue at design capacity is not the AI industry scale', () => {
    const f = factAt(
      factsOf('金山区的项目2025年达到设计产能，作为智算中心，营收达百亿元以上。', '2020-10-10', '上海人工智能'),
      '百亿元以上',
    );
    expect(f.metric).toBeNull();
  });
});

describe('list items and showcases', () => {
  it("a list item's own words decide it: the unicorns of the first item do not make the second a subset", () => {
    const all = factAt(
      factsOf('Shanghai is now home to 40 AI unicorns and more than 3,000 AI companies.', '2023-07-10'),
      'more than 3,000 AI companies',
    );
    expect([all.metric, all.period, all.qualifier]).toEqual(['ai_enterprises', '2023-07', '>']);
    const zh = factsOf('目前上海集聚独角兽企业40家和人工智能企业3000余家。', '2023-07-10');
    expect(factAt(zh, '40家').reason?.en).toMatch(/^a subset/);
    expect(factAt(zh, '3000余家').metric).toBe('ai_enterprises');
  });
  it('figures given respectively (分别) to one list of names are not charted as all firms', () => {
    const facts = factsOf('目前上海人工智能上市企业和独角兽企业分别有40家和10家。', '2023-07-10');
    expect([factAt(facts, '40家').metric, factAt(facts, '10家').metric]).toEqual([null, null]);
  });
  it('firms that showcase or display their products at an event are participants, not the firms there are', () => {
    const en = factAt(
      factsOf('At the exhibition, more than 400 AI companies showcased their latest products in Shanghai.', '2023-07-10'),
      'more than 400 AI companies',
    );
    expect([en.metric, en.reason?.en.startsWith('how many took part')]).toEqual([null, true]);
    const zh = factAt(factsOf('本届大会上，上海400余家人工智能企业集中展示了最新产品。', '2023-07-10'), '400余家');
    expect([zh.metric, zh.reason?.en.startsWith('how many took part')]).toEqual([null, true]);
  });
});

describe('parts, selections and additions (from other cities’ articles)', () => {
  it('firms by size class (大型企业72家、中型企业351家) are parts of the whole, but 大中小企业 are all of them', () => {
    const facts = factsOf('2024年上海人工智能企业有大型企业72家、中型企业351家、小型企业749家。', '2025-03-01');
    expect(['72家', '351家', '749家'].map((s) => factAt(facts, s).metric)).toEqual([null, null, null]);
    const all = factAt(factsOf('张江人工智能岛已集聚大中小企业100多家。', '2020-11-01'), '100多家');
    expect(all.metric).toBe('cluster_enterprises');
  });
  it('firms recognised by a programme are a selection', () => {
    const f = factAt(
      factsOf('In 2024, 135 AI enterprises in Shanghai have been recognized as demonstration firms.', '2024-10-01'),
      '135 AI enterprises',
    );
    expect(f.metric).toBeNull();
  });
  it('an extra or additional output is an increase, not the scale', () => {
    const f = factAt(
      factsOf('By 2026, an extra output value of 800 billion yuan will be attained by Shanghai’s AI industry.', '2025-03-01'),
      '800 billion yuan',
    );
    expect(f.metric).toBeNull();
  });
  it('firms to be nurtured (培育) are new ones, not the stock of firms', () => {
    const f = factAt(
      factsOf('Shanghai plans to nurture over 1,000 high-growth AI startups by 2027.', '2026-01-10'),
      'over 1,000 high-growth AI startups',
    );
    expect([f.metric, f.reason?.en.startsWith('an increase')]).toEqual([null, true]);
  });
});

describe('places the gazetteer does not know, and what a figure is measured against', () => {
  it("another city's district by its full name (天河区, 余杭区) governs its figures; Shanghai's own names stay Shanghai's", () => {
    const facts = factsOf('天河区作为核心承载区，人工智能领域规上企业超100家，2023年营收达340亿元。', '2024-03-01', '上海人工智能产业');
    expect([factAt(facts, '超100家').metric, factAt(facts, '340亿元').metric]).toEqual([null, null]);
    const putuo = factAt(factsOf('普陀区人工智能企业超过100家。', '2024-03-01', '上海人工智能产业'), '超过100家');
    expect([putuo.metric, putuo.geo]).toEqual(['ai_enterprises', 'putuo']);
  });
  it('an English district the gazetteer does not know is not Shanghai (Yuhang District), a known one is its own', () => {
    const other = factAt(
      factsOf('In 2023, the AI industry in Yuhang District reached 150 billion yuan.', '2024-03-01', 'Shanghai AI'),
      '150 billion yuan',
    );
    expect(other.metric).toBeNull();
    const xuhui = factAt(
      factsOf('In 2023, the AI industry in Xuhui District reached 150 billion yuan.', '2024-03-01', 'Shanghai AI'),
      '150 billion yuan',
    );
    expect([xuhui.metric, xuhui.geo]).toEqual(['ai_industry_scale', 'xuhui']);
  });
  it('区内, 辖区 or 全区 with no district named before is not the whole city; after a district it is that district', () => {
    expect(factAt(factsOf('截至目前，区内已集聚各类人工智能企业400余家。', '2024-03-01', '上海人工智能产业'), '400余家').metric).toBeNull();
    expect(factAt(factsOf('辖区聚集了人工智能核心企业超1100家。', '2024-03-01', '上海人工智能产业'), '超1100家').metric).toBeNull();
    const pudong = factsOf('浦东新区人工智能企业超过1000家。目前全区人工智能企业已超过1200家。', '2024-03-01', '上海人工智能产业');
    expect([factAt(pudong, '超过1200家').metric, factAt(pudong, '超过1200家').geo]).toEqual(['ai_enterprises', 'pudong']);
  });
  it('the related industries AI drives (带动相关产业, its related industries) are not the AI industry', () => {
    const zh = factsOf('到2023年，上海人工智能核心产业规模突破300亿元，将带动相关产业规模达到6000亿元。', '2019-09-01');
    expect([factAt(zh, '突破300亿元').metric, factAt(zh, '6000亿元').metric]).toEqual(['ai_industry_scale', null]);
    const en = factsOf(
      'By 2020, the core AI industry in Shanghai will reach a scale of RMB 10 billion and drive the scale of its related industries up to RMB 100 billion.',
      '2019-09-01',
    );
    expect([factAt(en, 'RMB 10 billion').metric, factAt(en, 'up to RMB 100 billion').metric]).toEqual(['ai_industry_scale', null]);
  });
  it('related industries stated beside the core figure are the wider measure; alone they are the AI industry', () => {
    const both = factsOf('2019年，上海人工智能核心产业规模达到510亿元，相关产业规模超1000亿元。', '2020-05-01');
    expect([factAt(both, '510亿元').metric, factAt(both, '超1000亿元').metric]).toEqual(['ai_industry_scale', null]);
    expect(factAt(both, '超1000亿元').reason?.en).toMatch(/wider measure/);
    const alone = factsOf('2023年，上海人工智能相关产业规模突破2000亿元。', '2024-05-01');
    expect(factAt(alone, '突破2000亿元').metric).toBe('ai_industry_scale');
    const firms = factsOf('2024年，上海聚集人工智能核心企业667家、产业链上下游相关企业超2100家。', '2025-02-01');
    expect([factAt(firms, '667家').metric, factAt(firms, '超2100家').metric]).toEqual(['ai_enterprises', null]);
    const en = factsOf(
      'By 2025, the scale of core AI industries in Shanghai will exceed 150 billion yuan, pushing the scale of relevant industries to 1.8 trillion yuan.',
      '2019-02-01',
    );
    expect([factAt(en, 'exceed 150 billion yuan').metric, factAt(en, '1.8 trillion yuan').metric]).toEqual(['ai_industry_scale', null]);
  });
  it("a computing centre named in another clause of the sentence does not make the AI industry's revenue a centre's", () => {
    const f = factsOf(
      '2025年上半年，上海人工智能核心产业营收达78.8亿元，初步构建起以人工智能谷为核心，人工智能算力中心、智慧产业园等平台协同发展的产业格局。',
      '2025-08-10',
    );
    expect([factAt(f, '78.8亿元').metric, factAt(f, '78.8亿元').period]).toEqual(['ai_industry_scale', '2025-H1']);
    expect(factAt(factsOf('上海人工智能算力中心营收达10亿元。', '2025-08-10'), '10亿元').metric).toBeNull();
  });
  it('a sentence that opens with "Among all," is a part of the whole the sentence before names; data annotation is its own trade', () => {
    const f = factsOf(
      'From January to September, total industrial output of Shanghai’s three leading industries grew 8.6 percent. Among all, the output of integrated circuits surged 20.8 percent, that of artificial intelligence rose 3.2 percent.',
      '2024-10-20',
    );
    expect(factAt(f, '3.2 percent').metric).toBeNull();
    // The whole the sentence before names includes AI: AI's part of it is AI's.
    const seed = factsOf(
      '上海对人工智能、软件和互联网人才吸引力很强。其中，集成电路产业人才占全国的四成，人工智能领域人才占全国的三分之一。',
      '2024-07-04',
    );
    expect(factAt(seed, '三分之一').metric).toBe('ai_talent__share_of_country');
    const g = factsOf('By 2027, Shanghai will see the number of data annotation companies in the city surpassing 35.', '2026-05-01');
    expect(factAt(g, 'surpassing 35').metric).toBeNull();
  });
  it('universities with an AI school (人工智能学院) count; schools that are not universities, and the whole they are a part of, do not', () => {
    const f = factsOf('科教资源方面，上海90余所高校中33所已设立人工智能学院。', '2026-02-05');
    expect([factAt(f, '33所').metric, factAt(f, '90余所').metric]).toEqual(['universities_ai_institutes', null]);
    const g = factsOf('杨浦区以区青少年人工智能学院、1所教育部人工智能教育基地、3所市人工智能教育实验校为引领。', '2025-06-05');
    expect([factAt(g, '1所').metric, factAt(g, '3所').metric]).toEqual([null, null]);
  });
  it('core firms in an AI sentence are AI firms; big data is another industry', () => {
    const f = factsOf('截至2022年底，上海人工智能相关注册企业约17万家，核心企业900多家。', '2023-11-01');
    expect([factAt(f, '900多家').metric, factAt(f, '900多家').period]).toEqual(['ai_enterprises', '2022-12']);
    const g = factsOf('在世界人工智能大会上，上海市经信委透露，上海的大数据核心企业已经超过1000家。', '2021-07-10');
    expect(factAt(g, '超过1000家').metric).toBeNull();
  });
  it('the large-model industry is a part of the AI industry, not its scale', () => {
    const f = factsOf('中商产业研究院分析师预测，2023年上海大模型产业规模将达到147亿元。', '2023-12-01');
    expect(factAt(f, '147亿元').metric).toBeNull();
    const en = factsOf("Shanghai's large model industry is expected to reach 21.6 billion yuan in 2024.", '2023-12-01');
    expect(factAt(en, '21.6 billion yuan').metric).toBeNull();
    expect(factAt(factsOf('2023年上海人工智能产业规模达到4000亿元。', '2024-03-01'), '4000亿元').metric).toBe('ai_industry_scale');
  });
  it('分别 pairs each figure with its own name: 核心产业规模、相关产业规模分别突破300亿元和3000亿元', () => {
    const f = factsOf('力争到2027年，上海人工智能核心产业规模、相关产业规模分别突破300亿元和3000亿元。', '2025-02-01');
    expect([factAt(f, '突破300亿元').metric, factAt(f, '3000亿元').metric]).toEqual(['ai_industry_scale', null]);
  });
  it('分别 pairs rates with what they are of: named before them, or the figures the sentence gave before', () => {
    const named = factsOf('2020年上海人工智能产业规模和企业数量分别增长30%和20%。', '2021-05-01');
    expect([factAt(named, '30%').metric, factAt(named, '20%').metric]).toEqual(['ai_industry_scale__growth_yoy', null]);
    const earlier = factsOf('2020年上海人工智能企业达550余家、产业规模达200亿元，较2019年分别增长83%、67%。', '2021-05-01');
    expect([factAt(earlier, '83%').metric, factAt(earlier, '67%').metric]).toEqual([null, 'ai_industry_scale__growth_yoy']);
    const swapped = factsOf('2020年上海人工智能产业规模达200亿元、企业达550余家，较2019年分别增长67%、83%。', '2021-05-01');
    expect([factAt(swapped, '67%').metric, factAt(swapped, '83%').metric]).toEqual(['ai_industry_scale__growth_yoy', null]);
  });
  it('an increase word opening a clause holds for every item of its list, unless an item says it is the total', () => {
    const f = factsOf('截至2025年6月，上海新增通算50P、智算1200P、超算100P。', '2025-09-01');
    expect(factAt(f, '1200P').metric).toBeNull();
    expect(factAt(f, '1200P').reason?.en).toMatch(/increase/);
    const total = factsOf('截至2025年6月，上海新增人工智能企业200家、总数达1200家。', '2025-09-01');
    expect(factAt(total, '1200家').metric).toBe('ai_enterprises');
    // A kind named at the head (汇聚通算…) is the first item's only.
    const kinds = factsOf('截至2025年6月，上海汇聚通算640P、智算2.6万P、超算33P。', '2025-09-01');
    expect(factAt(kinds, '2.6万P').metric).toBe('compute_capacity');
  });
  it('an aside in brackets explains a figure: 每秒 there is no ratio, and its comma ends no clause', () => {
    const f = factAt(factsOf('截至2025年6月，上海智能算力规模达到1200P（每秒12亿亿次，FP16），位居全国前列。', '2025-09-01'), '1200P');
    expect([f.metric, f.period]).toEqual(['compute_capacity', '2025-06']);
    const list = factsOf('截至2025年6月，上海新增通算50P（Peta，每秒一千兆次运算）、智算1200P。', '2025-09-01');
    expect(factAt(list, '1200P').metric).toBeNull();
    // A ratio the figure's own words state still is one.
    expect(factAt(factsOf('上海每秒算力规模达到1200P。', '2025-09-01'), '1200P').metric).toBeNull();
  });
  it("a record is one edition's, not the total since the first", () => {
    const f = factsOf(
      'Online traffic to the World Artificial Intelligence Conference soared to 2 billion views, marking another WAIC record since 2018.',
      '2024-07-07',
      'WAIC 2024 closes in Shanghai',
    );
    expect(factAt(f, '2 billion views').metric).not.toBe('waic_online_visits_total');
  });
  it('the year a change is measured against (较2019年, 与2019年相比) is not when the figure is; 较2018年的1340亿元 dates its figure', () => {
    const a = factAt(factsOf('2020年上海人工智能产业规模达200亿元，比2019年增长67%。', '2021-05-01'), '67%');
    expect([a.metric, a.period]).toEqual(['ai_industry_scale__growth_yoy', '2020']);
    const b = factAt(factsOf('2020年上海人工智能产业规模达200亿元，与2019年相比增长67%。', '2021-05-01'), '67%');
    expect(b.period).toBe('2020');
    const c = factAt(factsOf('上海人工智能产业规模较2018年的1340亿元增长近两倍。', '2024-05-01'), '1340亿元');
    expect([c.metric, c.period]).toEqual(['ai_industry_scale', '2018']);
  });
  it('the digital-intelligence economy, AI terminals, algorithm filings and 小巨人 firms are not the AI figures', () => {
    expect(factAt(factsOf('2025年，上海数智经济核心产业规模达1.1万亿元。', '2026-02-01'), '1.1万亿元').metric).toBeNull();
    expect(factAt(factsOf('上海力争到2027年人工智能终端产业规模达到3000亿元。', '2026-01-01'), '3000亿元').metric).toBeNull();
    expect(factAt(factsOf('目前上海算法备案项目320个，居全国第三。', '2026-03-01'), '320个').metric).toBeNull();
    expect(factAt(factsOf('2023年上海人工智能“小巨人”企业新增44家。', '2024-03-01'), '44家').metric).toBeNull();
  });
});

describe('shares of the country and the firms a sentence names', () => {
  it('全国 before a share names its whole (上海集聚了全国三分之一的人工智能人才), as of the article when undated', () => {
    const f = factAt(factsOf('上海集聚了全国三分之一的人工智能人才。', '2025-06-10'), '三分之一');
    expect([f.metric, f.period, f.periodBasis]).toEqual(['ai_talent__share_of_country', '2025-06', 'publication']);
  });
  it("a share of the country whose clause names no Shanghai place is the country's own, though a later clause names Shanghai", () => {
    const f = factsOf(
      '全国范围内，获得风险投资的人工智能企业合计1237家，占人工智能企业总数的30%，上海市获得风险投资的人工智能企业431家。',
      '2018-06-01',
    );
    expect(factAt(f, '30%').metric).toBeNull();
    // Shanghai in the share's own clause, after it, still makes it Shanghai's.
    const g = factAt(factsOf('作为集聚了全国1/3人工智能人才的上海，正在加快发展。', '2025-06-10'), '1/3');
    expect(g.metric).toBe('ai_talent__share_of_country');
  });
  it("a share in a sentence that names no Shanghai place is the country's own breakdown", () => {
    const f = factAt(factsOf('截至2020年底，全国八成人工智能企业融资规模在10亿元以内。', '2021-03-10', '上海人工智能'), '八成');
    expect(f.metric).toBeNull();
  });
  it('a share of the top or best-known part is not a share of the whole (顶尖人才占全国总量的43%)', () => {
    expect(factAt(factsOf('上海人工智能顶尖人才占全国总量的43%。', '2025-06-10'), '43%').metric).toBeNull();
    expect(
      factAt(factsOf("Shanghai's top AI talent accounts for 43 percent of the country's total.", '2025-06-10'), '43 percent').metric,
    ).toBeNull();
  });
  it('AI-related enterprises are AI firms, whatever part of them the next clause names', () => {
    const facts = factsOf(
      'Shanghai is currently home to over 2,000 AI-related enterprises, including 378 enterprises above designated size.',
      '2024-10-10',
    );
    expect(factAt(facts, 'over 2,000 AI-related enterprises').metric).toBe('ai_enterprises');
    expect(factAt(facts, '378 enterprises').metric).toBe('ai_enterprises_above_scale');
  });
  it('its related industry, in the singular too, is what AI drives', () => {
    const facts = factsOf(
      'In 2018, the core AI industry in Shanghai reached a scale of RMB 6 billion, driving its related industry up to a scale of RMB 60 billion.',
      '2019-05-10',
    );
    expect([factAt(facts, 'RMB 6 billion').metric, factAt(facts, 'RMB 60 billion').metric]).toEqual(['ai_industry_scale', null]);
  });
});

describe('thresholds, names with years and the world', () => {
  it('an amount that says which projects or firms are meant is a threshold, and so is the count of such firms', () => {
    const p = factAt(factsOf('2025年，一批投资额10亿元以上的重大人工智能项目在上海签约。', '2025-02-10', '上海人工智能'), '10亿元以上');
    expect([p.metric, p.reason?.en.startsWith('a threshold')]).toEqual([null, true]);
    const facts = factsOf('2023年，上海营收超亿元的人工智能企业达到180家。', '2024-03-10', '上海人工智能');
    expect([factAt(facts, '超亿元').metric, factAt(facts, '180家').metric]).toEqual([null, null]);
    // With no 的 between the amount and the firms: 营收超10亿元企业12家.
    const bare = factsOf('2023年，上海人工智能企业中营收超10亿元企业12家。', '2024-03-10', '上海人工智能');
    expect([factAt(bare, '超10亿元').metric, factAt(bare, '12家').metric]).toEqual([null, null]);
  });
  it('过 before a number is a lower bound; 通过 and 经过 are other words', () => {
    const f = factAt(factsOf('目前，上海已汇聚过600家人工智能企业。', '2025-12-10'), '过600家');
    expect([f.metric, f.qualifier]).toEqual(['ai_enterprises', '>']);
    const g = factAt(factsOf('截至目前，上海已有30款大模型通过备案。', '2025-12-10'), '30款');
    expect([g.metric, g.qualifier]).toEqual(['filed_models', '=']);
    expect(factsOf('上海经过3年努力。', '2025-12-10').map((x) => x.text)).toEqual(['3年']);
  });
  it('a year that names a plan or a report does not date a figure (2027 Roadmap)', () => {
    const f = factAt(
      factsOf("Shanghai's AI Industry Tops RMB 33.6 Billion Amid Ambitious 2027 Roadmap", '2025-04-10'),
      'Tops RMB 33.6 Billion',
    );
    expect(f.period).not.toBe('2027');
  });
  it("the global industry is the world's", () => {
    const f = factAt(
      factsOf(
        'The global artificial intelligence industry was valued at $156.6 billion and had a year-on-year growth of 12.3 percent in 2020.',
        '2021-04-10',
        'Shanghai AI',
      ),
      '12.3 percent',
    );
    expect(f.metric).toBeNull();
    const hub = factAt(
      factsOf('Shanghai aims to become a global AI hub, with more than 3,000 AI companies by 2027.', '2024-06-10'),
      'more than 3,000 AI companies',
    );
    expect(hub.metric).toBe('ai_enterprises');
  });
  it('benchmark firms are the best-known part', () => {
    const f = factAt(factsOf('By 2027, Shanghai will build 80 benchmark AI enterprises.', '2025-10-10'), '80 benchmark AI enterprises');
    expect(f.metric).toBeNull();
  });
});

describe('a park the gazetteer does not know', () => {
  it("a figure whose subject is a park or zone no gazetteer entry names is the park's, not the city's", () => {
    const en = factAt(
      factsOf('The AI industrial park in Shanghai is currently home to more than 200 AI enterprises.', '2024-04-10'),
      'more than 200 AI enterprises',
    );
    expect([en.metric, en.reason?.en.startsWith("a park's")]).toEqual([null, true]);
    const zh = factAt(factsOf('截至目前，该园区已集聚人工智能企业200余家。', '2024-04-10', '上海人工智能'), '200余家');
    expect(zh.metric).toBeNull();
  });
  it('a park the gazetteer knows keeps its figure, and the city its own', () => {
    const island = factAt(
      factsOf('张江人工智能岛是上海人工智能的地标。截至目前，该园区已集聚人工智能企业200余家。', '2024-04-10', '上海人工智能'),
      '200余家',
    );
    expect([island.metric, island.place]).toEqual(['cluster_enterprises', 'zhangjiang_ai_island']);
    expect(factAt(factsOf('Shanghai is home to more than 3,000 AI companies.', '2024-04-10'), 'more than 3,000 AI companies').metric).toBe(
      'ai_enterprises',
    );
  });
});

describe('general-purpose computing and amounts per item', () => {
  it('general-purpose, super- and quantum computing are not AI compute; the intelligent part of the same list is', () => {
    const facts = factsOf('截至目前，上海已累计接入34家数据中心，汇聚通算近640P、智算近2.6万P、超算33.3P。', '2025-09-10');
    expect(['近640P', '近2.6万P', '33.3P'].map((s) => factAt(facts, s).metric)).toEqual([null, 'compute_capacity', null]);
    expect(factAt(factsOf('截至目前，上海通用算力规模达640P。', '2025-09-10'), '640P').metric).toBeNull();
  });
  it('an amount each item is worth is a ratio, not a total', () => {
    const f = factAt(
      factsOf('By 2027, Shanghai will introduce more than 50 new AI projects, each worth RMB 100 million.', '2026-05-10'),
      'RMB 100 million',
    );
    expect(f.metric).toBeNull();
  });
});

describe('one computing centre, green compute', () => {
  it("firms shown in a park's showroom are not the park's firms; a registry's first batch is a selection", () => {
    const f = factsOf('张江人工智能岛里的AI体验中心已集成了70家公司、110多个展品展项。', '2020-08-10');
    expect(factAt(f, '70家').metric).toBeNull();
    expect(factAt(factsOf('目前，张江人工智能岛已集聚70家公司。', '2020-08-10'), '70家').metric).toBe('cluster_enterprises');
    expect(factAt(factsOf('2018年，上海首批入库人工智能企业339家。', '2018-08-10'), '339家').metric).toBeNull();
  });
  it("a computing centre named in another list item does not make the compute a centre's (…机架规模达51.4万标准机架、智算规模达到32EFLOPS)", () => {
    const f = factsOf('截至2025年6月，上海在用算力中心机架规模达51.4万标准机架、智算规模达到32EFLOPS。', '2025-08-10');
    expect([factAt(f, '32EFLOPS').metric, factAt(f, '32EFLOPS').period]).toEqual(['compute_capacity', '2025-06']);
    expect(factAt(factsOf('截至2025年6月，上海某算力中心智算规模达到3EFLOPS。', '2025-08-10'), '3EFLOPS').metric).toBeNull();
  });
  it('a 、 inside brackets does not split a list item (超算（主要用于科学计算、工程仿真）规模达10P)', () => {
    const f = factsOf('目前，上海智能算力规模达1200P、超算（主要用于科学计算、工程仿真）规模达10P。', '2025-09-10');
    expect([factAt(f, '1200P').metric, factAt(f, '10P').metric]).toEqual(['compute_capacity', null]);
  });
  it("the compute of one facility (这座…, this facility) is the facility's, not the district's", () => {
    const f = factsOf('宝山区内，这座稳定运营7300P算力的“城市大脑”为智能制造等场景注入AI动能。', '2025-08-10');
    expect(factAt(f, '7300P').metric).toBeNull();
    expect(factAt(factsOf('目前，宝山区智能算力规模达7300P。', '2025-08-10'), '7300P').metric).toBe('compute_capacity');
  });
  it("a centre's phases (首期, 一期) and a 算力中心's batch are the centre's, not the city's compute", () => {
    const facts = factsOf('该中心立足上海，首期规划建设3000P智算能力，今年内建成投入1000P智算能力。', '2023-09-10');
    expect([factAt(facts, '3000P').metric, factAt(facts, '1000P').metric]).toEqual([null, null]);
    expect(factAt(factsOf('大会现场启动的上海算力中心首批500P算力投入使用。', '2024-09-10'), '500P').metric).toBeNull();
    expect(factAt(factsOf('截至目前，上海智能算力规模已达10万P。', '2025-03-10'), '10万P').metric).toBe('compute_capacity');
  });
  it('green compute and AI together are a list, not AI', () => {
    expect(
      factAt(factsOf('到2027年，绿色算力及人工智能产业规模超过1000亿元。', '2025-03-10', '上海人工智能'), '超过1000亿元').metric,
    ).toBeNull();
  });
});

describe('from the district-swapped sets', () => {
  it('P glued to the digits is PFLOPS in English too; 10 p.m. is a time', () => {
    const f = factAt(factsOf("By 2026, Shanghai's AI computing capacity will reach 3000P.", '2025-05-10'), '3000P');
    expect([f.metric, f.value]).toEqual(['compute_capacity', 3000e15]);
    expect(factsOf('The meeting in Shanghai ends at 10 p.m.', '2025-05-10').some((x) => x.unit === 'FLOPS')).toBe(false);
  });
  it("a share of the nation's top talent, the elite word after the share, is not a share of all talent", () => {
    const f = factAt(factsOf("Shanghai is home to over 40% of the nation's top AI talent.", '2025-06-10'), 'over 40%');
    expect(f.metric).toBeNull();
  });
  it('another N firms are an addition, not the stock', () => {
    const f = factAt(
      factsOf('At the conference, another 37 AI companies signed agreements with Shanghai.', '2025-06-10'),
      '37 AI companies',
    );
    expect(f.metric).toBeNull();
  });
  it('"the area" with no Shanghai district named before is not the city; after one it is that district', () => {
    expect(
      factAt(factsOf('The area is home to over 100 AI companies.', '2025-03-10', 'Shanghai AI hub'), 'over 100 AI companies').metric,
    ).toBeNull();
    const x = factAt(
      factsOf('Xuhui District is a hub of AI. The area is home to over 100 AI companies.', '2025-03-10'),
      'over 100 AI companies',
    );
    expect([x.metric, x.geo]).toEqual(['ai_enterprises', 'xuhui']);
  });
  it('a planned computing power center is one facility', () => {
    const f = factAt(
      factsOf('Shanghai plans to build an intelligent computing power center with a capacity of up to 10000P.', '2026-04-10'),
      'up to 10000P',
    );
    expect(f.metric).toBeNull();
  });
});

describe('longer thresholds and facilities put into operation', () => {
  it('a threshold reaches past a longer description of the projects (投资额10亿元以上的各县级市(区)重大项目)', () => {
    const f = factAt(
      factsOf('2025年，一批投资额10亿元以上的各县级市(区)重大项目在上海人工智能大会上签约。', '2025-02-10', '上海人工智能'),
      '10亿元以上',
    );
    expect(f.metric).toBeNull();
  });
  it('compute a facility puts into operation is the facility’s', () => {
    const f = factAt(factsOf('2024年上海建成并投入运营算力规模达4000PFLOPS。', '2024-07-10'), '4000PFLOPS');
    expect(f.metric).toBeNull();
  });
});

describe('national and provincial reports (devset31 to devset33)', () => {
  it('the country or the world as a clause’s subject governs its figures (中国…, 国际…)', () => {
    const facts = factsOf(
      '拿中国来说,截至目前,中国人工智能重点企业共有1116家,2019年规上企业产值约1477亿元。',
      '2020-05-01',
      '上海人工智能',
    );
    expect(factAt(facts, '1116家').metric).toBeNull();
    expect(factAt(facts, '约1477亿元').metric).toBeNull();
    const world = factsOf('截至2017年,国际人工智能人才投入总量达204575人。', '2018-11-01', '上海人工智能人才');
    expect(factAt(world, '204575人').metric).toBeNull();
  });
  it('a name that starts with 中国 inside a clause does not take Shanghai’s figure', () => {
    const f = factAt(factsOf('中国信通院报告显示,上海人工智能企业超过1000家。', '2025-03-01'), '超过1000家');
    expect([f.metric, f.geo]).toEqual(['ai_enterprises', 'shanghai']);
  });
  it('filings a national body completed are the country’s', () => {
    const facts = factsOf('截至2024年底,国家互联网信息办公室已完成对302款生成式人工智能服务的备案工作。', '2025-03-01', '上海大模型');
    expect(factAt(facts, '302款').metric).toBeNull();
    const en = factsOf(
      'By the end of 2024, the Cyberspace Administration of China had filed 302 generative AI services.',
      '2025-03-01',
      'Shanghai AI',
    );
    expect(factAt(en, '302 generative AI services').metric).toBeNull();
  });
  it('these 18 provinces, the other 20 cities: several places are not Shanghai', () => {
    const f = factAt(
      factsOf('人工智能产业方面,上海出台规划。這18個省份2020年人工智能核心產業規模目標達到近4000億元。', '2021-01-01', '上海人工智能產業'),
      '近4000億元',
    );
    expect(f.metric).toBeNull();
    const one = factAt(factsOf('上海在16个城市中排名第一,人工智能企业达到3000家。', '2021-01-01'), '3000家');
    expect(one.metric).toBe('ai_enterprises');
  });
  it('the world’s total is the world’s; the world’s second-largest is a comparison', () => {
    const facts = factsOf(
      "The US accounted for 32 per cent of the world's total computing power of 910 EFLOPS as of the end of last year.",
      '2024-09-01',
      'Shanghai compute',
    );
    expect(factAt(facts, '910 EFLOPS').metric).toBeNull();
    const own = factAt(
      factsOf(
        "Shanghai is home to the world's second-largest computing power of 230 EFLOPS as of the end of last year.",
        '2024-09-01',
        'Shanghai compute',
      ),
      '230 EFLOPS',
    );
    expect([own.metric, own.period]).toEqual(['compute_capacity', '2023-12']);
  });
  it('产业总规模 and 产业的规模 name the industry’s scale', () => {
    const total = factAt(factsOf('2025年,上海人工智能核心产业总规模突破1.2万亿元。', '2026-01-05'), '突破1.2万亿元');
    expect([total.metric, total.period, total.qualifier]).toEqual(['ai_industry_scale', '2025', '>']);
    const of = factAt(factsOf('截至2019年底,上海人工智能核心产业的规模超过510亿元。', '2020-03-01'), '超过510亿元');
    expect(of.metric).toBe('ai_industry_scale');
  });
  it('a shortage of workers is not the talent pool', () => {
    const f = factAt(
      factsOf(
        "The report revealed that Shanghai's AI industry was short some 300,000 highly skilled workers.",
        '2023-05-01',
        'Shanghai talent',
      ),
      'some 300,000 highly skilled workers',
    );
    expect(f.metric).toBeNull();
  });
  it('services or firms added in a period are an increase, not a total', () => {
    const f = factAt(factsOf('In 2025, 72 new services were filed in Shanghai.', '2026-01-05', 'Shanghai AI filings'), '72 new services');
    expect(f.metric).toBeNull();
    // Firms added in a year are that year's new firms, as 新增 is; never the stock.
    const added = factAt(factsOf('In 2025, Shanghai added 72 AI companies.', '2026-01-05', 'Shanghai AI firms'), '72 AI companies');
    expect([added.metric, added.period]).toEqual(['new_ai_enterprises', '2025']);
  });
  it('universities approved to open an AI major are the universities with one', () => {
    const f = factAt(factsOf('2020年上海已经有215所高校获批开设人工智能本科专业。', '2020-03-01'), '215所');
    expect([f.metric, f.period]).toEqual(['universities_ai_majors', '2020']);
  });
  it('companies participating in WAIC are its exhibitors', () => {
    const f = factAt(
      factsOf('Over 400 companies are participating in the WAIC this year.', '2023-07-06', 'WAIC 2023 opens in Shanghai'),
      'Over 400 companies',
    );
    expect([f.metric, f.period]).toEqual(['waic_exhibitors', '2023']);
  });
});

describe('企业数量 after the industry it belongs to', () => {
  it('the number of firms in a sentence about the AI industry counts AI firms; about another industry, not', () => {
    const ai = factAt(factsOf('2024年,上海人工智能产业规模达3400亿元,企业数量超2400家,稳居全国第一梯队。', '2025-02-01'), '超2400家');
    expect([ai.metric, ai.period, ai.qualifier]).toEqual(['ai_enterprises', '2024', '>']);
    const chips = factAt(factsOf('2024年,上海集成电路产业规模达3400亿元,企业数量超2400家。', '2025-02-01'), '超2400家');
    expect(chips.metric).toBeNull();
  });
});

describe('city, district and park reports (devset34 to devset36)', () => {
  it('what is being built in a later clause does not make an earlier figure of now a forecast', () => {
    const facts = factsOf('目前,上海算力规模为1050P,在建算力1525P,预计今年底算力规模将突破2000P。', '2024-08-20');
    const now = factAt(facts, '1050P');
    expect([now.metric, now.period, now.status]).toEqual(['compute_capacity', '2024-08', 'actual']);
    expect(factAt(facts, '1525P').status).toBe('forecast');
  });
  it('compute being built is not capacity; a project’s planned compute is what it will have', () => {
    expect(factAt(factsOf('目前,上海算力规模为1050P,在建算力1525P。', '2024-08-20'), '1525P').metric).toBeNull();
    const planned = factAt(factsOf('项目总体规划建设10000P算力资源,主要建设人工智能计算中心。', '2024-09-10'), '10000P');
    expect([planned.status, planned.period]).toEqual(['forecast', null]);
  });
  it('a building started before the figure still makes it what the building will have', () => {
    expect(factAt(factsOf('项目正式开工,总建筑面积约27万平方米,预计2025年底交付。', '2024-01-10'), '约27万平方米').status).toBe('forecast');
  });
  it('AI first in a list with another industry is the list’s (人工智能及数字产业项目)', () => {
    const f = factAt(factsOf('49个人工智能及数字产业项目落户闵行,14个签约入驻项目总投资达到741亿元。', '2020-03-10'), '741亿元');
    expect(f.metric).toBeNull();
  });
  it('another industry: 新型显示', () => {
    expect(
      factAt(factsOf('宝山区与人工智能龙头企业深入合作,今年新型显示产业规模将达到1100亿元。', '2019-01-10'), '1100亿元').metric,
    ).toBeNull();
  });
  it('a park the gazetteer does not know, named as the subject, owns its figures — also inside a district', () => {
    const city = factAt(factsOf('目前,上海数字经济产业园先后引进华为、百度等11家人工智能企业。', '2024-05-10'), '11家');
    expect(city.metric).toBeNull();
    const district = factsOf(
      '宝山区人工智能产业加快发展。“智谷”现有人工智能研发人员5000余人,已聚集人工智能企业超300家。',
      '2021-06-10',
      '宝山区人工智能',
    );
    expect(factAt(district, '5000余人').metric).toBeNull();
    expect(factAt(district, '超300家').metric).toBeNull();
    const own = factAt(factsOf('宝山区现有人工智能企业超300家。', '2021-06-10', '宝山区人工智能'), '超300家');
    expect([own.metric, own.geo]).toEqual(['ai_enterprises', 'baoshan']);
  });
  it('顶级 researchers are a top part; 引育 firms are new ones', () => {
    expect(factAt(factsOf('截至2023年底,上海拥有1014位顶级AI研究人员。', '2024-04-10'), '1014位').metric).toBeNull();
    const f = factAt(factsOf('2025年,杨浦区全年引育百家大模型企业。', '2025-02-10', '杨浦区大模型'), '百家');
    expect(f.metric).not.toBe('large_model_enterprises');
  });
  it('2019年营收 is the year’s revenue, not a revenue threshold (营收超亿元的企业 still is one)', () => {
    const f = factAt(factsOf('青浦区人工智能产业2019年营收突破800亿元、同比增长23%。', '2020-08-10'), '突破800亿元');
    expect([f.metric, f.geo, f.period]).toEqual(['ai_industry_scale', 'qingpu', '2019']);
    expect(factAt(factsOf('2024年,上海营收超亿元的人工智能企业达到120家。', '2025-02-10'), '超亿元').metric).toBeNull();
  });
});

describe('English city and district reports (devset38, devset39)', () => {
  it('a share of the city’s own firms with no district is a part of the whole, not a district’s share', () => {
    const facts = factsOf(
      "Roughly 8% and 16.9% of Shanghai's AI companies are engaged in the first and second layers of AI.",
      '2024-03-10',
      'Shanghai AI',
    );
    expect(factAt(facts, 'Roughly 8%').metric).toBeNull();
    const district = factAt(
      factsOf("Xuhui's AI companies account for 16.9% of Shanghai's AI companies.", '2024-03-10', 'Xuhui AI'),
      '16.9%',
    );
    expect([district.metric, district.geo]).toEqual(['ai_enterprises__share_of_city', 'xuhui']);
  });
  it('the industry AI radiates to is the related industries’', () => {
    const f = factAt(
      factsOf('The city aims to make the scale of AI-radiated industry surpass 1 trillion yuan by 2025.', '2023-05-10', 'Shanghai AI plan'),
      'surpass 1 trillion yuan',
    );
    expect(f.metric).toBeNull();
  });
  it('firms counted “in the park” right after the figure are the park’s', () => {
    const f = factAt(
      factsOf(
        'By 2023, the AI valley expects annual income of 300 billion yuan, with 1,500 to 2,000 AI enterprises operating in the park.',
        '2021-07-10',
        'Shanghai AI valley',
      ),
      '1,500 to 2,000 AI enterprises',
    );
    expect(f.metric).toBeNull();
  });
  it('a count settled 在园区 / 落户园区 right after the figure is the park’s, in Chinese too', () => {
    const title = '上海某工业园区推出人工智能产业发展三年行动计划';
    expect(factAt(factsOf('同时，十余所高校在园区设立人工智能相关专业或实验室。', '2025-09-10', title), '十余所').metric).toBeNull();
    expect(factAt(factsOf('目前已有120家人工智能企业落户园区，带动就业5000人。', '2025-09-10', title), '120家').metric).toBeNull();
    // Not where the park is a place the gazetteer knows, nor where no park follows.
    expect(factAt(factsOf('模速空间已有120家企业入驻园区。', '2025-09-10', '模速空间简介'), '120家').metric).toBe('cluster_enterprises');
    expect(factAt(factsOf('全市共有27所高校开设人工智能本科专业。', '2025-09-10', title), '27所').metric).toBe('universities_ai_majors');
  });
  it('one project’s computing power is not the city’s', () => {
    expect(
      factAt(
        factsOf('The gigantic project offers computing power of 50 petaflops in the early stage.', '2022-10-10', 'Shanghai compute'),
        '50 petaflops',
      ).metric,
    ).toBeNull();
  });
  it('firms that signed contracts to settle are not a stock of firms', () => {
    const f = factAt(
      factsOf(
        'At the conference, the Shanghai AI Innovation Center was unveiled, and eight enterprises signed contracts to settle.',
        '2021-10-10',
        'Shanghai AI',
      ),
      'eight enterprises',
    );
    expect(f.metric).toBeNull();
  });
});

describe('trap-heavy reports (devset37)', () => {
  it('an industry fund is money of another kind, also when the fund is named after the amount', () => {
    const f = factAt(
      factsOf(
        'Shanghai will launch a 10 billion yuan artificial intelligence industry fund this year, local authorities said.',
        '2025-02-24',
        'Shanghai AI fund',
      ),
      '10 billion yuan',
    );
    expect(f.metric).toBeNull();
  });
  it('the center’s capacity is one centre’s; what “we plan to” reach is an aim, a target', () => {
    expect(
      factAt(
        factsOf('By March 2024, the center expanded the computing capacity to 300 petaflops.', '2025-06-10', 'Shanghai AI compute'),
        '300 petaflops',
      ).metric,
    ).toBeNull();
    const plan = factAt(
      factsOf(
        '"Looking ahead, we plan to expand to a computing scale of 1,000 petaflops," said the manager.',
        '2025-06-10',
        'Shanghai AI compute 2',
      ),
      '1,000 petaflops',
    );
    expect(plan.status).toBe('target');
  });
  it('a facility’s output once put into use is not the industry’s scale', () => {
    const f = factAt(
      factsOf('青浦人工智能科技园一期正式开工建设,计划2025年底投入使用,建成后年产值100亿元。', '2023-05-10', '青浦区人工智能'),
      '100亿元',
    );
    expect(f.metric).toBeNull();
  });
  it('signed projects across several industries are not AI’s signed investment; AI’s own fields are', () => {
    const mixed = factAt(
      factsOf(
        '人工智能大会上,奉贤区共有11个项目集中签约,总投资额达86亿元,涵盖智能制造、新数字、新材料等多个前沿领域。',
        '2025-12-10',
        '奉贤区人工智能大会',
      ),
      '86亿元',
    );
    expect(mixed.metric).toBeNull();
    const ai = factAt(
      factsOf('10个落地上海的人工智能项目在论坛上签约,总投资约40亿元,涵盖了人工智能基础、技术、应用等多领域。', '2020-12-10'),
      '约40亿元',
    );
    expect(ai.metric).toBe('ai_investment_signed');
  });
});

describe('超百亿, 超千亿: a bound on a round amount with no unit', () => {
  it('takes the unit of the money phrase before it, while 超百家 stays a count', () => {
    const scale = factAt(factsOf('2024年,上海人工智能产业规模超千亿。', '2025-01-10'), '超千亿');
    expect([scale.metric, scale.value, scale.unit, scale.qualifier]).toEqual(['ai_industry_scale', 1e11, 'CNY', '>']);
    const signed = factAt(factsOf('2021年世界人工智能大会上,一批人工智能项目签约,总投资金额超百亿。', '2021-07-10'), '超百亿');
    expect([signed.metric, signed.value]).toEqual(['ai_investment_signed', 1e10]);
    const firms = factAt(factsOf('2024年,上海人工智能企业超百家。', '2025-01-10'), '超百家');
    expect([firms.metric, firms.value]).toEqual(['ai_enterprises', 100]);
  });
});

describe('the whole of a share, a comparison with the country, and a list of goals', () => {
  it('全国超40%的 is the whole of a share, not the scope of the figures after it', () => {
    const f = factAt(factsOf('上海已集聚全国超40%的顶尖人工智能人才,拥有超过2400家人工智能企业。', '2025-06-10'), '超过2400家');
    expect([f.metric, f.geo]).toEqual(['ai_enterprises', 'shanghai']);
    const country = factAt(factsOf('全国超40%的人工智能企业集聚在这里,企业超过2400家。', '2025-06-10', '人工智能企业'), '超过2400家');
    expect(country.metric).toBeNull();
  });
  it('全国影响力 and 全国竞争力 compare; they do not make the next figures the country’s', () => {
    const f = factAt(factsOf('到2027年,上海将打造10个具有全国影响力的大模型,人工智能企业达到2000家以上。', '2024-11-10'), '2000家以上');
    expect([f.metric, f.period]).toEqual(['ai_enterprises', '2027']);
  });
  it('a target that opens a list (发展目标,即…) makes each clause after it a target', () => {
    const facts = factsOf('所谓发展目标,即上海人工智能企业达到2000家以上,算力总规模突破40000P。', '2024-11-10');
    expect(factAt(facts, '突破40000P').status).toBe('target');
    expect(factAt(facts, '突破40000P').period).toBeNull();
  });
});

describe('AI firms named with words between (phrasePatterns)', () => {
  it('人工智能领域核心企业, 人工智能产业企业 count AI firms', () => {
    const core = factAt(factsOf('2019年,全市人工智能领域核心企业超过1000家。', '2019-06-10'), '超过1000家');
    expect([core.metric, core.period, core.qualifier]).toEqual(['ai_enterprises', '2019', '>']);
    expect(factAt(factsOf('2020年上海人工智能产业企业达550余家。', '2020-05-10'), '550余家').metric).toBe('ai_enterprises');
    // …and after the figure, as Chinese writes the noun it counts.
    const after = factAt(factsOf('目前,上海已擁有超900家人工智能領域科技型企業。', '2024-10-10'), '超900家');
    expect([after.metric, after.period]).toEqual(['ai_enterprises', '2024-10']);
  });
  it('firms AI transforms (…人工智能转换升级的企业) or empowers (人工智能赋能企业) are not AI firms', () => {
    const upgraded = factAt(factsOf('2019年,上海传统产业+人工智能转换升级的企业约有270余家。', '2019-11-10'), '约有270余家');
    expect(upgraded.metric).toBeNull();
    expect(factAt(factsOf('2025年,上海人工智能赋能企业1000家。', '2025-06-10'), '1000家').metric).toBeNull();
  });
});

describe('national and provincial reports, second round (devset40 to devset42)', () => {
  it('firms that shut down are not a count of firms there', () => {
    const f = factAt(
      factsOf('By January 1, 2020, a total of 732 AI companies in Shanghai have shut down.', '2020-07-10', 'Shanghai AI firms'),
      '732 AI companies',
    );
    expect(f.metric).toBeNull();
  });
  it('investment cases and their amount in the AI industry are financing; a signing’s total investment is not', () => {
    const f = factAt(
      factsOf(
        "There were 1,156 investment cases in Shanghai's AI industry in 2024, with the disclosed total investment amount of nearly 85 billion yuan.",
        '2025-03-10',
        'Shanghai AI investment',
      ),
      'nearly 85 billion yuan',
    );
    expect([f.metric, f.period, f.qualifier]).toEqual(['ai_financing', '2024', '<']);
    const signed = factAt(factsOf('2024年,上海人工智能项目集中签约,投资案例20个,总投资额达86亿元。', '2025-03-10'), '86亿元');
    expect(signed.metric).not.toBe('ai_financing');
  });
  it('年初 is the first month of its year', () => {
    const f = factAt(factsOf('全市智能算力由2023年初800P左右增长到目前的3万P。', '2025-06-10'), '800P左右');
    expect([f.metric, f.period, f.qualifier]).toEqual(['compute_capacity', '2023-01', '~']);
  });
  it('data service enterprises are another industry’s firms', () => {
    const f = factAt(
      factsOf("Shanghai's AI zone has attracted over 700 data service enterprises.", '2025-12-10', 'Shanghai AI compute'),
      'over 700 data service enterprises',
    );
    expect(f.metric).toBeNull();
  });
});

describe('a district name inside another place’s name', () => {
  it('紫金山 is not 金山区; 金山区 itself still is', () => {
    const f = factAt(factsOf('紫金山实验室牵头,明年上海人工智能产业规模将突破3500亿元。', '2024-11-10'), '突破3500亿元');
    expect([f.metric, f.geo]).toEqual(['ai_industry_scale', 'shanghai']);
    const district = factAt(factsOf('2024年金山区人工智能产业规模突破350亿元。', '2025-01-10'), '突破350亿元');
    expect([district.metric, district.geo]).toEqual(['ai_industry_scale', 'jinshan']);
  });
});

describe('from the second negative set', () => {
  it('fintech and finance workers are another industry’s', () => {
    const fintech = factAt(
      factsOf(
        'With AI at its core, the financial technology industry in Shanghai reached 440.5 billion yuan in 2024.',
        '2025-12-10',
        'Shanghai AI',
      ),
      '440.5 billion yuan',
    );
    expect(fintech.metric).toBeNull();
    const workers = factAt(factsOf('人工智能赋能之下,截至今年4月,上海金融从业人员已经超过47万。', '2023-05-10'), '超过47万');
    expect(workers.metric).toBeNull();
  });
  it('a penetration rate is neither growth nor a share', () => {
    const f = factAt(
      factsOf(
        "Shanghai's AI industry: AI penetration in finance is projected to increase from 25% to 45% by 2029.",
        '2025-12-10',
        'Shanghai AI',
      ),
      '45%',
    );
    expect(f.metric).toBeNull();
  });
});

describe('English months named as a range', () => {
  it.each([
    ['In March and April, Shanghai added 72 AI companies.', '72 AI companies'],
    ['From January to April, the AI industry of Shanghai reached 100 billion yuan.', '100 billion yuan'],
  ])('several months are not the first of them: %s', (text, surface) => {
    expect(factAt(factsOf(text, '2026-05-10', 'Shanghai AI'), surface).period).toBeNull();
  });
  it('January to June is the first half, of the latest such half-year', () => {
    const f = factAt(
      factsOf('In January-June, the AI industry of Shanghai reached 100 billion yuan.', '2026-05-10', 'Shanghai AI'),
      '100 billion yuan',
    );
    expect(f.period).toBe('2025-H1');
  });
});

describe('the sentence before, a change and a bound in words (ninth session)', () => {
  it('a sentence that opens with a part of what the sentence before counted shares its date', () => {
    const f = factsOf('截至2023年底，上海人工智能企业超过1000家。其中，规上企业300家。', '2024-05-01');
    expect([factAt(f, '300家').period, factAt(f, '300家').periodBasis]).toEqual(['2023-12', 'context']);
    const g = factsOf('报告显示，截至2023年，上海市人工智能企业数量达995家。据统计，这995家企业中，规上企业267家。', '2024-05-01');
    expect(factAt(g, '267家').period).toBe('2023-12');
    // Not a part: a stock of its own, as of the article.
    const h = factsOf('截至2023年底，上海人工智能企业超过1000家。目前规上企业300家。', '2024-05-01');
    expect([factAt(h, '300家').period, factAt(h, '300家').periodBasis]).toEqual(['2024-05', 'publication']);
  });
  it('"from 25 to 50 EFLOPS" after a verb of change is the change to 50, not a range; "ranging from" is a range', () => {
    const f = factsOf(
      'According to the plan, by the end of this year, Shanghai aims to expand its intelligent computing power from 25 to 50 EFLOPS.',
      '2025-06-10',
    );
    const c = f.find((x) => x.metric === 'compute_capacity')!;
    expect([c.value, c.qualifier, c.period]).toEqual([50e18, '=', '2025']);
    const r = factsOf("By 2025, Shanghai's AI firms will range from 2,000 to 3,000 firms.", '2024-06-10').find(
      (x) => x.metric === 'ai_enterprises',
    )!;
    expect([r.value, r.qualifier]).toEqual([2000, '>']);
  });
  it('English bounds written as "nearing", "just under", "well over"', () => {
    expect(
      factAt(factsOf("Shanghai's core AI industry was nearing 600 billion yuan in 2024.", '2025-03-01'), 'nearing 600 billion yuan')
        .qualifier,
    ).toBe('<');
    expect(
      factAt(factsOf('Shanghai is home to well over 2,000 AI companies.', '2025-03-01'), 'well over 2,000 AI companies').qualifier,
    ).toBe('>');
    expect(
      factAt(factsOf('Shanghai is home to just under 2,000 AI companies.', '2025-03-01'), 'just under 2,000 AI companies').qualifier,
    ).toBe('<');
  });
});

describe('a clause that only continues the one before it', () => {
  it('counts what the clause before named (特别是“小巨人”企业，新增44家), but a total after an increase stays a total', () => {
    const f = factAt(factsOf('今年主要指标较2022年同比大幅提升，特别是“小巨人”企业，新增44家，增幅达259%。', '2024-03-01'), '44家');
    expect(f.metric).toBeNull();
    expect(f.reason?.en).toMatch(/subset/);
    const g = factsOf('2023年上海新增人工智能企业200家，达到1200家。', '2024-03-01');
    expect([factAt(g, '200家').metric, factAt(g, '1200家').metric]).toEqual(['new_ai_enterprises', 'ai_enterprises']);
    // English puts the noun after its number: a clause that opens with the figure has a subject of its own.
    const en = factsOf(
      'As the world’s top AI platform, 335 speakers ranging from scientists to executives spoke at the World Artificial Intelligence Conference.',
      '2018-09-20',
      'WAIC 2018 closes',
    );
    expect(factAt(en, '335 speakers').metric).toBe('waic_guests');
  });
});

describe('emerging industries and one facility', () => {
  it('the output of emerging industries (AI among them) is not the AI industry', () => {
    const en = factsOf(
      'Last year, emerging high-tech industries in Shanghai – including biomedicine, new materials and artificial intelligence (AI) – achieved a total output exceeding 400 billion yuan.',
      '2024-12-01',
    );
    expect(factAt(en, 'exceeding 400 billion yuan').metric).toBeNull();
    const zh = factsOf('截至2018年底，上海黄浦区500家新兴企业带来了千余亿元营收。', '2019-06-01', '上海人工智能');
    expect(factAt(zh, '千余亿元').metric).toBeNull();
    expect(factAt(factsOf('2023年上海人工智能产业规模达到4000亿元。', '2024-03-01'), '4000亿元').metric).toBe('ai_industry_scale');
  });
  it('a computing centre just put into operation, or "this computing center", is one facility', () => {
    const zh = factsOf('上海最大的国产化单集群智算中心建成运营，算力规模达6900P。', '2025-04-01');
    expect(factAt(zh, '6900P').metric).toBeNull();
    const en = factsOf('This computing center in Shanghai has a computing capacity of 200P.', '2025-08-01');
    expect(factAt(en, '200P').metric).toBeNull();
    expect(factAt(factsOf('截至2024年底，上海智能算力规模达到6900P。', '2025-04-01'), '6900P').metric).toBe('compute_capacity');
  });
});

describe('what a new entry counts', () => {
  it('new industrial parks, bases or projects are not new AI firms', () => {
    const f = factsOf('在智能产业园区建设方面，上海在2018年163家人工智能产业园区的基础上，2019年新增产业园区138家。', '2020-03-01');
    expect(factAt(f, '138家').metric).toBeNull();
    expect(factAt(factsOf('2019年上海新增人工智能产业园区12家。', '2020-03-01'), '12家').metric).toBeNull();
    expect(factAt(factsOf('2019年上海新增人工智能企业120家。', '2020-03-01'), '120家').metric).toBe('new_ai_enterprises');
  });
});

describe('an English clause that is only its verb', () => {
  it("takes its subject from the sentence's start, past an aside: a hall's visits are not the conference's", () => {
    const hall = factsOf(
      'A metaverse hall, a WAIC first since 2018, attracted 370,000 visits at the World Artificial Intelligence Conference.',
      '2022-09-05',
      'WAIC 2022 closes',
    );
    expect(factAt(hall, '370,000 visits').metric).toBeNull();
    const event = factsOf(
      'The World Artificial Intelligence Conference, held in Shanghai, attracted 370,000 visits on site.',
      '2022-09-05',
      'WAIC 2022 closes',
    );
    expect(factAt(event, '370,000 visits').metric).toBe('waic_onsite_visits');
  });

  it("reads a verb of level or of change to a level after an aside as the sentence subject's (has risen to, grew to, stood at)", () => {
    const firms = factsOf(
      "The number of artificial intelligence companies in Yangpu District, once the cradle of Shanghai's textile industry, has risen to some 600.",
      '2021-11-05',
      'Yangpu AI cluster grows',
    );
    expect(factAt(firms, 'some 600')).toMatchObject({ metric: 'ai_enterprises', geo: 'yangpu', qualifier: '~' });
    const scale = factsOf(
      "Shanghai's AI industry, a pillar of the city's economy, grew to 380 billion yuan last year.",
      '2021-09-01',
      'Pillar',
    );
    expect(factAt(scale, '380 billion yuan')).toMatchObject({ metric: 'ai_industry_scale', period: '2020' });
    const talent = factsOf(
      "Yangpu's AI talent pool, the second largest in the city, stood at 31,000 people at the end of 2020.",
      '2021-08-01',
      'Pool',
    );
    expect(factAt(talent, '31,000 people')).toMatchObject({ metric: 'ai_talent', geo: 'yangpu', period: '2020-12' });
    const onTrack = factsOf(
      "Lingang's intelligent computing capacity, which stood at 5 EFLOPS as of late June, is on track to reach 8 EFLOPS by the end of this year.",
      '2025-09-10',
      'Lingang compute',
    );
    expect(factAt(onTrack, '8 EFLOPS')).toMatchObject({ metric: 'compute_capacity', place: 'lingang', period: '2025' });
    // "This figure", some words before its number, is the measure of the sentence before.
    const figure = factsOf(
      'The scale of the AI industry in Shanghai will be 70 billion yuan in 2020. Today, this figure is expected to exceed 100 billion yuan by 2022.',
      '2018-09-17',
      'AI outlook',
    );
    expect(factAt(figure, 'exceed 100 billion yuan')).toMatchObject({ metric: 'ai_industry_scale', period: '2022' });
    // The subject is the clause right before the aside, not an earlier one: the company's losses are no industry's scale.
    const losses = factsOf(
      "Revenue at SenseTime, Shanghai's best-known AI company, fell to 3.8 billion yuan in 2022, while its losses, driven by R&D, rose to 6 billion yuan.",
      '2023-05-01',
      'SenseTime',
    );
    expect(factAt(losses, '6 billion yuan').metric).toBeNull();
    // Another industry as the subject stays another industry's.
    const robots = factsOf(
      'Exports of industrial robots from Shanghai, mostly to Southeast Asia, rose to 45 billion yuan in 2020.',
      '2021-07-01',
      'Robots',
    );
    expect(factAt(robots, '45 billion yuan').metric).toBeNull();
  });
});

describe('a total of every kind of computing, with its intelligent part given after it', () => {
  it('charts the part, not the total (其中智能算力…), in the same sentence or the next; a share after it changes nothing', () => {
    const same = factsOf('目前上海服务器装机能力超过150万台，算力总规模达到2.4万P，其中智能算力2.18万P，智能算力占比达91%。', '2024-06-29');
    expect([factAt(same, '2.4万P').metric, factAt(same, '2.18万P').metric]).toEqual([null, 'compute_capacity']);
    const next = factsOf(
      '在算力规模方面，截至2022年底，上海算力总规模为180EFLOPS，排名位居全球第二。其中，通用算力规模为137EFLOPS，智能算力规模为41EFLOPS。',
      '2023-09-01',
    );
    expect([factAt(next, '180EFLOPS').metric, factAt(next, '41EFLOPS').metric]).toEqual([null, 'compute_capacity']);
    const share = factsOf('目前，上海算力规模突破9.1万P，其中智算占比超过95%。', '2025-07-01');
    expect(factAt(share, '突破9.1万P').metric).toBe('compute_capacity');
  });
});

describe('totals, a signing and quarters written with 个', () => {
  it('总规模, 总金额 and 总额 are the total of what the clause before named', () => {
    const scale = factAt(factsOf('2025年，上海人工智能核心产业规模比上年增速超过20%，总规模超过800亿元。', '2026-01-20'), '超过800亿元');
    expect([scale.metric, scale.period]).toEqual(['ai_industry_scale', '2025']);
    const money = factAt(factsOf('今年前三季度，上海人工智能领域投融资事件504起，总金额约812亿元。', '2024-11-01'), '约812亿元');
    expect([money.metric, money.period, money.qualifier]).toEqual(['ai_financing', '2024-Q1-Q3', '~']);
  });
  it('签约10个项目 is ten projects signed, not about ten', () => {
    const f = factsOf('上海人工智能大会期间共签约10个人工智能项目。', '2026-03-01');
    expect(factAt(f, '10个').qualifier).toBe('=');
    expect(factAt(factsOf('上海人工智能企业约200家。', '2026-03-01'), '约200家').qualifier).toBe('~');
  });
  it('前三个季度 and 第一个季度 are quarters as 前三季度 and 第一季度 are', () => {
    const f = factAt(factsOf('2024年前三个季度，上海人工智能领域投资总额高达812亿元。', '2025-01-10'), '812亿元');
    expect(f.period).toBe('2024-Q1-Q3');
    expect(factAt(factsOf('2024年第一个季度，上海人工智能产业规模达到1000亿元。', '2024-06-01'), '1000亿元').period).toBe('2024-Q1');
  });
});

describe('more ways to name a metric', () => {
  it('人工智能核心产业达到100亿元 is the industry scale; 获准向公众开放的大模型产品 are filed models', () => {
    const core = factAt(factsOf('2023年，上海人工智能核心产业达到100亿元。', '2024-01-10'), '100亿元');
    expect([core.metric, core.period]).toEqual(['ai_industry_scale', '2023']);
    const filed = factAt(factsOf('上海已有24个获准向公众开放的生成式人工智能大模型产品。', '2024-01-10'), '24个');
    expect([filed.metric, filed.period]).toEqual(['filed_models', '2024-01']);
    // Core firms are counted, not measured in money: 核心产业 does not make a count of firms an amount.
    expect(factAt(factsOf('2023年，上海人工智能核心产业企业达到400家。', '2024-01-10'), '400家').metric).not.toBe('ai_industry_scale');
  });
});

describe('a part of the period', () => {
  it('其中一季度…，二季度… after a half-year figure are the same measure, per quarter', () => {
    const f = factsOf('2020年上半年，上海人工智能产业规模逆势增长33.3%，其中一季度326亿元，二季度546亿元。', '2020-08-01');
    expect([factAt(f, '326亿元').metric, factAt(f, '326亿元').period]).toEqual(['ai_industry_scale', '2020-Q1']);
    expect([factAt(f, '546亿元').metric, factAt(f, '546亿元').period]).toEqual(['ai_industry_scale', '2020-Q2']);
    // A part that names its own kind still needs its own words: 其中，集成电路产业… is not AI.
    const other = factsOf('2020年上海三大先导产业规模达到1万亿元，其中集成电路产业2000亿元。', '2021-01-01');
    expect(factAt(other, '2000亿元').metric).toBeNull();
  });
});

describe('a lone P after an English number', () => {
  it('is petaflops ("20,000 P by 2027"), but not an initial ("5 P. Smith")', () => {
    const f = factAt(factsOf("Shanghai's computing power is expected to surpass 20,000 P by 2027.", '2024-11-01'), 'surpass 20,000 P');
    expect([f.metric, f.value, f.period]).toEqual(['compute_capacity', 20000e15, '2027']);
    expect(factsOf('Shanghai has 5 P. Smith companies.', '2024-11-01').some((x) => x.unit === 'FLOPS')).toBe(false);
  });
});

describe('a rate is of the measure its own clause names', () => {
  it('人工智能企业数量同比增长近20% is the firms’ growth, not the industry scale’s named a clause before', () => {
    const f = factsOf('据统计，2023年，上海人工智能产业规模同比增长超过20%，人工智能企业数量同比增长近20%。', '2024-05-01');
    expect([factAt(f, '超过20%').metric, factAt(f, '近20%').metric]).toEqual(['ai_industry_scale__growth_yoy', null]);
    // The whole named after the figure, in its clause, still counts (English): one-third of the nation's AI professionals.
    const en = factsOf(
      "Shanghai's artificial intelligence (AI) industry is worth about 70 billion yuan and accounts for one-third of the nation's AI technical professionals as of the end of 2018.",
      '2018-12-20',
    );
    expect(factAt(en, 'one-third').metric).toBe('ai_talent__share_of_country');
  });
});

describe('English: a change from last year, the core AI sector and part of "the year"', () => {
  it('"up from about 26 billion yuan – a third of China\'s total – last year" is last year\'s value of what the clause before named', () => {
    const f = factsOf(
      "Revenue from Shanghai's core AI sector is expected to exceed 50 billion yuan by 2020, up from about 26 billion yuan-a third of China's total-last year.",
      '2018-10-10',
    );
    const start = factAt(f, 'about 26 billion yuan');
    expect([start.metric, start.period, start.qualifier]).toEqual(['ai_industry_scale', '2017', '~']);
  });
  it('"the core AI sector … in the first half of the year" in January is last year\'s first half', () => {
    const f = factsOf(
      "Shanghai's core AI sector grew 25.3 percent in the first half of the year, reaching 215.2 billion yuan.",
      '2026-01-20',
    );
    expect([factAt(f, '215.2 billion yuan').metric, factAt(f, '215.2 billion yuan').period]).toEqual(['ai_industry_scale', '2025-H1']);
    const g = factsOf(
      "Shanghai's core AI sector grew 25.3 percent in the first half of the year, reaching 215.2 billion yuan.",
      '2025-08-20',
    );
    expect(factAt(g, '215.2 billion yuan').period).toBe('2025-H1');
    const sectors = factsOf(
      "Shanghai's core AI sectors were valued at more than 1.2 trillion yuan by 2025, an official said.",
      '2026-03-06',
    );
    expect(factAt(sectors, 'more than 1.2 trillion yuan').metric).toBe('ai_industry_scale');
  });
});

describe('a zone set beside the one before it', () => {
  it('张江则汇聚600多家企业 after a sentence about AI firms of another park continues its subject; a zone alone does not', () => {
    const f = factsOf(
      '上海正以模速空间、张江科学城为支点，构建全链条AI生态。徐汇模速空间集聚1500余家AI企业。张江则汇聚600多家企业、3万余名从业者，2024年产业规模突破1140亿元。',
      '2025-11-01',
    );
    expect([factAt(f, '600多家').metric, factAt(f, '3万余名').metric, factAt(f, '突破1140亿元').metric]).toEqual([
      'cluster_enterprises',
      'ai_talent',
      'ai_industry_scale',
    ]);
    const alone = factsOf('上海正以张江科学城为支点，构建全链条AI生态。张江科学城集聚企业1500家。', '2025-11-01');
    expect(factAt(alone, '1500家').metric).toBeNull();
  });
});

describe('people working at an AI park', () => {
  it('近4000多人在此办公 on the AI island is the island’s AI talent', () => {
    const f = factAt(factsOf('张江人工智能岛整个岛上如今共有近4000多人在此办公。', '2020-07-10', '张江人工智能岛'), '近4000多人');
    expect([f.metric, f.place]).toEqual(['ai_talent', 'zhangjiang_ai_island']);
  });
});

describe('signed deals', () => {
  it('"The deals … represented 24 AI projects, with a combined investment of 40 billion yuan" is signed investment', () => {
    const f = factsOf(
      'The deals, covering AI computing power, algorithms, and device sectors, represented more than 24 AI projects, with a combined investment of 40 billion yuan ($5.48 billion).',
      '2024-07-07',
      'WAIC 2024 deals in Shanghai',
    );
    expect(factAt(f, '40 billion yuan').metric).toBe('ai_investment_signed');
  });
});

describe('English changes from one value to another, and construction scale', () => {
  it('"increasing from less than 20,000 PetaFLOPS to over 120,000" leaves the start undated; dated values keep their years', () => {
    const f = factsOf(
      'The computing power infrastructure in Shanghai has seen a significant leap, with total computing power increasing from less than 20,000 PetaFLOPS to over 120,000 PetaFLOPS.',
      '2025-12-01',
    );
    expect(factAt(f, 'less than 20,000 PetaFLOPS').period).toBeNull();
    expect(factAt(f, 'over 120,000 PetaFLOPS').period).toBe('2025-12');
    const g = factsOf(
      'The value of the AI industry in Shanghai has grown from 41.7 billion yuan in 2018 to 70 billion yuan in 2020.',
      '2021-05-01',
    );
    expect([factAt(g, '41.7 billion yuan').period, factAt(g, '70 billion yuan').period]).toEqual(['2018', '2020']);
  });
  it('the construction scale of computing centres is not the AI industry', () => {
    const f = factsOf(
      'As of August 2023, Shanghai has established AI computing centers with a total construction scale exceeding 20 billion yuan.',
      '2023-11-01',
    );
    expect(factAt(f, 'exceeding 20 billion yuan').metric).toBeNull();
  });
});

describe('what someone said', () => {
  it('"which added that AI industrial output is expected to surpass …" is no increase; "added 200 firms" is one', () => {
    const f = factsOf(
      "The city's AI sales revenue reached 62.58 billion yuan last year, according to the association, which added that AI industrial output is expected to surpass 100 billion yuan in 2022.",
      '2018-10-10',
      'Shanghai AI',
    );
    const t = factAt(f, 'surpass 100 billion yuan');
    expect([t.metric, t.period]).toEqual(['ai_industry_scale', '2022']);
    // "added 200 firms" is an increase: new firms of the year, never the stock of firms.
    expect(factAt(factsOf('Shanghai added 200 AI firms in 2023.', '2024-01-10'), '200 AI firms').metric).toBe('new_ai_enterprises');
  });
});

describe("words after the next figure are that figure's", () => {
  it('"over 122,000 petaflops of computing power—96% dedicated to AI" is the city’s compute; 专属 before it still excludes', () => {
    const f = factsOf(
      'With over 122,000 petaflops of computing power—96% dedicated to AI development—Shanghai has become a magnet for tech investment.',
      '2026-01-10',
      "Shanghai's computing power",
    );
    expect(factAt(f, 'over 122,000 petaflops').metric).toBe('compute_capacity');
    expect(factAt(factsOf('上海为企业提供专属算力1000P。', '2025-01-10'), '1000P').metric).toBeNull();
  });
});

describe('the date a paragraph opens with, after its source or with "for"', () => {
  it('dates the undated flows of its later sentences', () => {
    const h1 = factsOf(
      "For the first half of this year, Shanghai's AI industry continued growing despite the pandemic. The total value of AI reached 95 billion yuan, a year-on-year increase of 5.7 percent.",
      '2020-11-01',
    );
    expect(factAt(h1, '95 billion yuan').period).toBe('2020-H1');
    const sourced = factsOf(
      "According to the 2021 AI Development White Paper released by an association, in 2020, the scale of Shanghai's key AI industry reached RMB 325.1 billion. The amount of AI financing amounted to RMB 89.62 billion, with 467 financing events.",
      '2021-05-01',
    );
    expect(factAt(sourced, 'RMB 89.62 billion').period).toBe('2020');
    // A stock is not dated so: it stands as of the article.
    const stock = factsOf(
      'In 2020, Shanghai’s AI industry reached 200 billion yuan. Shanghai is home to 1,000 AI companies.',
      '2021-05-01',
    );
    expect(factAt(stock, '1,000 AI companies').period).toBe('2021-05');
  });
});

describe('a bound read into the figure is its clause’s verb', () => {
  it('去年…达到4500亿元，今年有望突破5000亿元: the second clause continues the first', () => {
    const f = factsOf('去年，上海人工智能产业规模达到4500亿元，今年有望突破5000亿元。', '2025-02-10');
    const next = factAt(f, '突破5000亿元');
    expect([next.metric, next.period, next.status]).toEqual(['ai_industry_scale', '2025', 'forecast']);
  });
});

describe('rules of the tenth session', () => {
  it('firms of AI and another industry named together are not AI firms alone, in English as in Chinese', () => {
    const f = factAt(factsOf('Shanghai is home to more than 300 companies in AI and robotics.', '2025-01-10'), 'more than 300 companies');
    expect([f.metric, f.reason?.en]).toEqual([null, 'about ai and robotics, not AI']);
  });

  it('a verb of serving before the figure makes it the firms served; after it, what the counted firms do', () => {
    const own = factAt(
      factsOf("Shanghai's AI sector now has over 2,600 AI companies covering chips, models and applications.", '2026-01-10'),
      'over 2,600 AI companies',
    );
    expect(own.metric).toBe('ai_enterprises');
    const served = factAt(
      factsOf('The platform in Shanghai is now serving over 2,600 AI companies.', '2026-01-10'),
      'over 2,600 AI companies',
    );
    expect(served.metric).toBeNull();
  });

  it('English names of a subset of firms are vetoed as the Chinese ones are (小巨人, 高新技术企业, 外资)', () => {
    for (const phrase of ['little giant AI firms', 'high-tech enterprises in AI', 'foreign-invested AI companies']) {
      const f = factsOf(`Shanghai is home to more than 300 ${phrase}.`, '2025-01-10').find((x) => x.value === 300)!;
      expect([phrase, f.metric, f.reason?.en]).toEqual([
        phrase,
        null,
        'a subset of the firms (listed, Fortune 500, unicorns …), not the whole',
      ]);
    }
  });

  it('"and it is expected to …" continues the clause before: its figure is of what that clause named', () => {
    const facts = factsOf(
      "The city's intelligent computing scale has exceeded 2,900 Petaflops (P), and it is expected to surpass 20,000 P by 2027.",
      '2025-06-10',
    );
    const next = factAt(facts, 'surpass 20,000 P');
    expect([next.metric, next.period, next.qualifier, next.status]).toEqual(['compute_capacity', '2027', '>', 'forecast']);
    const other = factAt(
      factsOf('The company raised funds last year, and it is expected to reach 500 billion yuan by 2027.', '2025-06-10'),
      '500 billion yuan',
    );
    expect(other.metric).toBeNull();
  });

  it('a clause that shares a count out among the places named (各分布了, 均有) counts what the sentence named before', () => {
    const facts = factsOf(
      '上海人工智能重点企业主要集聚在浦东新区和徐汇区，各分布了134家、81家企业，占比较高。嘉定区和静安区的人工智能企业均有16家。',
      '2019-09-01',
    );
    const pudong = factAt(facts, '134家');
    const xuhui = factAt(facts, '81家');
    expect([pudong.metric, pudong.geo, xuhui.metric, xuhui.geo]).toEqual(['ai_enterprises', 'pudong', 'ai_enterprises', 'xuhui']);
    // The share-out goes on past a ；.
    const next = factsOf(
      '上海人工智能企业主要集聚在浦东新区和徐汇区，各分布了134家、81家企业；其次是长宁区和闵行区，分别为30家、26家；其他区域集聚了46家。',
      '2019-09-01',
    );
    expect([factAt(next, '30家').metric, factAt(next, '30家').geo, factAt(next, '26家').geo]).toEqual([
      'ai_enterprises',
      'changning',
      'minhang',
    ]);
    expect(factAt(next, '46家').metric).toBeNull();
    // Not when the clause names what it counts itself before the sharing word.
    const majors = factAt(
      factsOf(
        '2021年，全国共有130所高校新增人工智能专业，新增审批专业中，航空服务艺术与管理和网络空间安全分别有29所和9所高校新增。',
        '2021-03-01',
      ),
      '29所',
    );
    expect(majors.metric).toBeNull();
  });

  it("a stock with no time word takes the as-of date of the article's data while no other date has followed it", () => {
    const report = '报告显示，截至2018年8月，上海共拥有403家人工智能重点企业。\n\n';
    const carried = factAt(factsOf(`${report}浦东新区集聚人工智能企业134家。`, '2019-09-01'), '134家');
    expect([carried.metric, carried.period, carried.periodBasis]).toEqual(['ai_enterprises', '2018-08', 'context']);
    const present = factAt(factsOf(`${report}目前，浦东新区集聚人工智能企业300家。`, '2019-09-01'), '300家');
    expect([present.period, present.periodBasis]).toEqual(['2019-09', 'publication']);
    const later = factAt(factsOf(`${report}2019年，徐汇区新建了一个园区。浦东新区集聚人工智能企业134家。`, '2019-09-01'), '134家');
    expect([later.period, later.periodBasis]).toEqual(['2019-09', 'publication']);
  });

  it('an amount in 亿 right before a noun of money is yuan with its 元 left out (千亿产值); not before other nouns', () => {
    const f = factAt(factsOf('上海人工智能产业力争2030年实现1000亿产值。', '2026-01-10'), '1000亿');
    expect([f.unit, f.value, f.metric, f.period]).toEqual(['CNY', 1e11, 'ai_industry_scale', '2030']);
    expect(factsOf('上海人工智能产业力争2030年吸引1000亿人次访问。', '2026-01-10').find((x) => x.value === 1e11)?.unit).not.toBe('CNY');
  });

  it('an English new area, zone or county-level city the gazetteer does not know is another place, as X District is', () => {
    for (const [sentence, figure] of [
      ['Tianfu New Area expects its AI industry to surpass 5 billion yuan in 2022.', 'surpass 5 billion yuan'],
      ['In Jiaozhou City, 29 AI firms earned 6.35 billion yuan in 2023.', '29 AI firms'],
      ['The Hefei High-tech Zone is home to 300 AI companies.', '300 AI companies'],
    ] as const) {
      const f = factAt(factsOf(`Shanghai's AI industry is booming. ${sentence}`, '2024-07-10'), figure);
      expect([sentence, f.metric]).toEqual([sentence, null]);
    }
    // Shanghai's own zones stay theirs; a Smart City expo is not a place.
    const own = factAt(
      factsOf("Shanghai's AI industry is booming. Zhangjiang Science City has over 1,000 AI firms.", '2024-07-10'),
      'over 1,000 AI firms',
    );
    expect([own.metric, own.place]).toEqual(['cluster_enterprises', 'zhangjiang_science_city']);
    const expo = factAt(
      factsOf('The Shanghai Smart City Expo drew more than 300 AI companies this year.', '2024-07-10'),
      'more than 300 AI companies',
    );
    expect(expo.reason?.en).not.toBe('a figure for another city, the country or the world, not Shanghai’s');
  });

  it('firms gathered around a park (周边集聚) are not the park’s; the park and its surroundings together (及周边) stay the park’s', () => {
    const around = factAt(factsOf('“模速空间”聚焦模型生态，周边集聚500余家“AI+”企业。', '2025-07-10'), '500余家');
    expect([around.metric, around.reason?.en]).toEqual([null, "around a place, not in it, nor the district's or city's total"]);
    const with_ = factAt(factsOf('模速空间及周边已集聚起170家大模型企业。', '2024-09-10'), '170家');
    expect([with_.metric, with_.place]).toEqual(['large_model_enterprises', 'mosu_space']);
  });

  it('the figure after "to" is the level a change reached, not an increase (rose another 24% to …)', () => {
    const level = factAt(
      factsOf('AI financing in Shanghai rose another 24% to 150.427 billion yuan in 2025.', '2026-01-10'),
      '150.427 billion yuan',
    );
    expect([level.metric, level.period]).toEqual(['ai_financing', '2025']);
    const added = factAt(factsOf('Shanghai added another 300 AI firms in 2025.', '2026-01-10'), '300 AI firms');
    expect(added.metric).not.toBe('ai_enterprises');
  });

  it('an English new total with no noun of its own is what the change before it counted (bringing the total to 2,600; by 300 to 2,600)', () => {
    const added = factsOf('Shanghai added 300 new AI firms in 2025, bringing the total to 2,600.', '2026-01-10');
    expect([factAt(added, '2,600').metric, factAt(added, '2,600').period]).toEqual(['ai_enterprises', '2025']);
    const by = factsOf('The number of AI firms in Shanghai increased by 300 to 2,600 in 2025.', '2026-01-10');
    const total = factAt(by, '2,600');
    expect([total.metric, total.value, total.qualifier]).toEqual(['ai_enterprises', 2600, '=']);
    expect(by.some((f) => f.value === 300 && f.metric === 'ai_enterprises')).toBe(false);
  });

  it("an industry's revenue of X is its scale, not a threshold of firms; WAIC debuts (new products, 首发新品) are a part of its exhibits", () => {
    const revenue = factAt(
      factsOf("Shanghai's AI industry generated revenue of 450 billion yuan last year, up 20 percent year-on-year.", '2025-07-10'),
      '450 billion yuan',
    );
    expect([revenue.metric, revenue.period]).toEqual(['ai_industry_scale', '2024']);
    const waic = factsOf(
      "This year's WAIC attracted over 800 exhibitors and showcased more than 3,000 exhibits, including 40 new products.",
      '2025-07-28',
    );
    expect(factAt(waic, 'more than 3,000 exhibits').metric).toBe('waic_exhibits');
    expect(factAt(waic, '40 new products').metric).toBeNull();
    const zh = factsOf('2025世界人工智能大会展出展品3000余件，其中首发新品100余件。', '2025-07-28');
    expect([factAt(zh, '3000余件').metric, factAt(zh, '100余件').metric]).toEqual(['waic_exhibits', null]);
  });

  it('累计集聚 after the new entries of a year is the total of what that clause counted', () => {
    const facts = factsOf('嘉定区2024年新引进人工智能企业56家，累计集聚企业达到410家。', '2025-02-10');
    expect([factAt(facts, '56家').metric, factAt(facts, '410家').metric, factAt(facts, '410家').geo]).toEqual([
      'new_ai_enterprises',
      'ai_enterprises',
      'jiading',
    ]);
  });

  it('English: "plans to add" is an increase; R&D staff are counted; a talent pool grown to N, up from M in 2018, gives both', () => {
    const add = factAt(factsOf('The city plans to add 20 EFLOPS of intelligent computing capacity next year.', '2024-11-10'), '20 EFLOPS');
    expect([add.metric, add.reason?.en]).toEqual([null, 'an increase over a period, not a total']);
    const staff = factAt(factsOf('The Zhangjiang AI Island has 1,000 R&D staff.', '2024-11-10'), '1,000 R&D staff');
    expect([staff.unit, staff.value]).toEqual(['persons', 1000]);
    const pool = factsOf("Shanghai's AI talent pool has grown to 300,000, up from 100,000 in 2018.", '2024-11-10');
    expect([factAt(pool, '300,000').metric, factAt(pool, '300,000').period]).toEqual(['ai_talent', '2024-11']);
    expect([factAt(pool, '100,000').metric, factAt(pool, '100,000').period]).toEqual(['ai_talent', '2018']);
  });

  it('English ellipsis and ranks: "while Shanghai has about 1,200", "ranked second nationwide with …", "is expected to double to …"', () => {
    const pair = factsOf('Beijing has more than 2,000 AI companies, while Shanghai has about 1,200.', '2024-07-10');
    expect([factAt(pair, 'about 1,200').metric, factAt(pair, 'about 1,200').qualifier]).toEqual(['ai_enterprises', '~']);
    expect(factAt(pair, 'more than 2,000 AI companies').metric).toBeNull();
    const ranked = factsOf("Shanghai ranked second nationwide with 4,500 AI enterprises, behind Beijing's 5,000.", '2024-07-10');
    expect(factAt(ranked, '4,500 AI enterprises').metric).toBe('ai_enterprises');
    expect(factAt(ranked, '5,000').metric).toBeNull();
    const doubled = factAt(factsOf('By 2025, the number of AI firms in Shanghai is expected to double to 2,000.', '2024-07-10'), '2,000');
    expect([doubled.metric, doubled.period, doubled.status]).toEqual(['ai_enterprises', '2025', 'forecast']);
  });

  it('the top of a group named before its figure (其中高端人才超过1万人) is not the total, as after it', () => {
    const facts = factsOf('上海人工智能人才总量超过30万人，约占全国三分之一，其中高端人才超过1万人。', '2025-07-10');
    expect(factAt(facts, '超过30万人').metric).toBe('ai_talent');
    const top = factAt(facts, '超过1万人');
    expect([top.metric, top.reason?.en]).toEqual([null, 'only the top, best-known or high-level part of a group, not its total']);
  });

  it('a quarter-on-quarter rate (环比) is not year-on-year growth; the year-on-year one beside it stays', () => {
    const facts = factsOf('2024年第四季度，上海人工智能产业规模同比增长10%、环比增长3%。', '2025-03-10');
    expect([factAt(facts, '10%').metric, factAt(facts, '3%').metric]).toEqual(['ai_industry_scale__growth_yoy', null]);
  });

  it('firms that receive vouchers or subsidies are not the count of AI firms, nor is the vouchers’ worth the industry', () => {
    const en = factsOf('Shanghai has issued computing power vouchers worth 600 million yuan to more than 300 AI companies.', '2025-05-10');
    expect([factAt(en, 'more than 300 AI companies').metric, factAt(en, '600 million yuan').metric]).toEqual([null, null]);
    const zh = factAt(factsOf('上海算力券已惠及人工智能企业300余家。', '2025-05-10'), '300余家');
    expect(zh.metric).toBeNull();
  });

  it('a target "within three years" (三年内) is open-ended and stays undated; "2025年内" is the year', () => {
    const open = factAt(factsOf('上海市今年将投入100亿元支持人工智能发展，目标三年内产业规模达到1万亿元。', '2025-04-10'), '1万亿元');
    expect([open.metric, open.period]).toEqual(['ai_industry_scale', null]);
    const year = factAt(factsOf('上海人工智能产业规模2025年内有望突破5000亿元。', '2025-04-10'), '突破5000亿元');
    expect(year.period).toBe('2025');
  });

  it('a district after 在 that opens a clause of its own is the setting (在浦东，…), and "这一数字" refers back past a ；', () => {
    const facts = factsOf('在浦东新区，人工智能企业已超过1200家；在徐汇，这一数字是1000家。', '2025-01-10');
    expect([factAt(facts, '超过1200家').geo, factAt(facts, '1000家').metric, factAt(facts, '1000家').geo]).toEqual([
      'pudong',
      'ai_enterprises',
      'xuhui',
    ]);
    // 在全国的占比 is still a share's whole.
    const share = factAt(factsOf('上海人工智能人才在全国的占比接近三分之一。', '2025-01-10'), '接近三分之一');
    expect([share.metric, share.geo]).toEqual(['ai_talent__share_of_country', 'shanghai']);
  });

  it('分别 pairs figures with cities as with districts: 北京和上海…分别为2500家和2600家 gives Shanghai the second', () => {
    for (const text of ['上海与北京的人工智能企业数量分别为2600家和2500家。', '北京、上海的人工智能企业数量分别为2500家、2600家。']) {
      const facts = factsOf(text, '2025-01-10');
      expect([text, factAt(facts, '2600家').metric, factAt(facts, '2500家').metric]).toEqual([text, 'ai_enterprises', null]);
    }
    // Together, with no word that gives each its figure, they are the pair's total.
    expect(factAt(factsOf('北京和上海共有人工智能企业5000家。', '2025-01-10'), '5000家').metric).toBeNull();
  });

  it('English "respectively" pairs places and figures, a bare first figure counted in the noun the chain ends with', () => {
    const districts = factsOf('Pudong and Xuhui have 1,200 and 1,000 AI firms respectively.', '2025-01-10');
    expect([factAt(districts, '1,200').metric, factAt(districts, '1,200').geo]).toEqual(['ai_enterprises', 'pudong']);
    expect(factAt(districts, '1,000 AI firms').geo).toBe('xuhui');
    const cities = factsOf('Beijing and Shanghai have 2,500 and 2,600 AI companies, respectively.', '2025-01-10');
    expect([factAt(cities, '2,500').metric, factAt(cities, '2,600 AI companies').metric]).toEqual([null, 'ai_enterprises']);
    // Without "respectively" they are the pair's total.
    expect(factAt(factsOf('Beijing and Shanghai have 5,000 AI companies in total.', '2025-01-10'), '5,000 AI companies').metric).toBeNull();
  });

  it('a change counted since a year (自2018年…以来，…从1100家增加到2600家) starts in that year', () => {
    const facts = factsOf('自2018年首届世界人工智能大会以来，上海人工智能企业从1100家增加到2600家。', '2025-03-10');
    expect([factAt(facts, '1100家').period, factAt(facts, '1100家').periodBasis]).toEqual(['2018', 'context']);
    expect(factAt(facts, '2600家').period).toBe('2025-03');
    // With no such year the start stays undated.
    expect(factAt(factsOf('上海人工智能企业从1100家增加到2600家。', '2025-03-10'), '1100家').period).toBeNull();
  });

  it('an English part of a year with no year (In the first three quarters, …) is the article’s year once that part has ended', () => {
    const f = factAt(
      factsOf("In the first three quarters, the output of Shanghai's AI industry topped 300 billion yuan.", '2024-12-10'),
      'topped 300 billion yuan',
    );
    expect([f.metric, f.period, f.qualifier]).toEqual(['ai_industry_scale', '2024-Q1-Q3', '>']);
    const of = factAt(
      factsOf("In the first half of 2023, Shanghai's AI industry output topped 200 billion yuan.", '2024-12-10'),
      'topped 200 billion yuan',
    );
    expect(of.period).toBe('2023-H1');
  });

  it('a WAIC count over several past editions (过去七届大会累计) is no edition’s; a record of all editions (创历届之最) is this one’s', () => {
    const past = factAt(
      factsOf('据统计，过去七届大会累计吸引参展企业超过3000家。', '2025-07-28', '2025世界人工智能大会闭幕'),
      '超过3000家',
    );
    expect(past.metric).toBeNull();
    const record = factAt(factsOf('本届大会吸引了800余家企业参展，规模创历届之最。', '2025-07-28', '2025世界人工智能大会开幕'), '800余家');
    expect([record.metric, record.period]).toEqual(['waic_exhibitors', '2025']);
  });

  it('本届 (this edition) does not keep a WAIC forum count off the chart', () => {
    const f = factAt(factsOf('本届大会共举办论坛130余场。', '2025-07-28', '2025世界人工智能大会闭幕'), '130余场');
    expect([f.metric, f.period, f.qualifier]).toEqual(['waic_forums', '2025', '>']);
  });

  it('English places: "Xuhui district in Shanghai" is Xuhui; "Across Shanghai, 34 …, 21 of them from Xuhui" gives 34 to the city', () => {
    const xuhui = factAt(
      factsOf('Xuhui district in Shanghai is home to more than 1,000 AI companies.', '2024-09-12'),
      'more than 1,000 AI companies',
    );
    expect([xuhui.metric, xuhui.geo]).toEqual(['ai_enterprises', 'xuhui']);
    for (const text of [
      'Across Shanghai, 34 large models have completed national registration, 21 of them from Xuhui.',
      'So far 34 large models have completed national registration in total, 21 of them from Xuhui.',
    ]) {
      const f = factAt(factsOf(text, '2024-09-12', 'Shanghai AI news'), '34 large models');
      expect([text, f.metric, f.geo]).toEqual([text, 'filed_models', 'shanghai']);
    }
  });

  it('an event venue in the title (…在上海世博中心正式开幕) is not what the article is about', () => {
    const f = factAt(
      factsOf('线下展览面积4万平方米，较往年翻番，参展企业突破300家。', '2021-07-08', '2021年世界人工智能大会在上海世博中心正式开幕'),
      '突破300家',
    );
    expect([f.metric, f.geo, f.period]).toEqual(['waic_exhibitors', 'shanghai', '2021']);
  });

  it('"exceeded … by the end of the year" in a February article is the year before’s end; an aim for the end of the year is this year’s aim', () => {
    const past = factAt(
      factsOf('The number of AI companies in Shanghai exceeded 2,600 by the end of the year.', '2025-02-15'),
      'exceeded 2,600',
    );
    expect([past.metric, past.period, past.status]).toEqual(['ai_enterprises', '2024-12', 'actual']);
    const aim = factAt(factsOf('Shanghai aims to have 3,000 AI companies by the end of the year.', '2025-02-15'), '3,000 AI companies');
    expect([aim.period, aim.status]).toEqual(['2025', 'target']);
  });

  it('"the area" after a zone is the zone; a free trade zone’s name (China (Shanghai) …) names neither country nor city', () => {
    const facts = factsOf(
      "The Lingang Special Area of China (Shanghai) Pilot Free Trade Zone has attracted more than 500 AI-related companies.\n\nLast year, the area's AI industry output reached 60 billion yuan.",
      '2024-06-20',
      'AI news',
    );
    const firms = factAt(facts, 'more than 500 AI-related companies');
    expect([firms.metric, firms.place]).toEqual(['cluster_enterprises', 'lingang']);
    const output = factAt(facts, '60 billion yuan');
    expect([output.metric, output.geo, output.place, output.period]).toEqual(['ai_industry_scale', 'pudong', 'lingang', '2023']);
    const and = factAt(factsOf('China has 4,500 AI firms, and Shanghai has about 1,200.', '2024-06-20'), 'about 1,200');
    expect([and.metric, and.geo]).toEqual(['ai_enterprises', 'shanghai']);
  });

  it('English shares in words of the city or the country (two-thirds of the city’s, one in five of the national total); "numbers around"', () => {
    const city = factAt(factsOf("Pudong is home to two-thirds of the city's AI firms.", '2022-01-10'), 'two-thirds');
    expect([city.metric, city.geo, city.value]).toEqual(['ai_enterprises__share_of_city', 'pudong', 66.666667]);
    const country = factAt(
      factsOf('Shanghai boasts some 1,100 AI firms, roughly one in five of the national total.', '2022-01-10'),
      'roughly one in five',
    );
    expect([country.metric, country.value, country.qualifier]).toEqual(['ai_enterprises__share_of_country', 20, '~']);
    const workforce = factAt(factsOf("Shanghai's AI workforce numbers around 230,000.", '2022-01-10'), 'around 230,000');
    expect([workforce.metric, workforce.qualifier]).toEqual(['ai_talent', '~']);
    // A possessive is no share: the revenue of Shanghai's AI industry jumped 50 percent.
    const growth = factAt(
      factsOf("In 2017, the revenue of Shanghai's AI industry jumped 50 percent year on year.", '2018-05-10'),
      '50 percent',
    );
    expect(growth.metric).toBe('ai_industry_scale__growth_yoy');
  });

  it('a clause that opens with its verb has the sentence’s subject: a lab’s researchers are the lab’s, an island’s talent the island’s', () => {
    const lab = factAt(factsOf('上海人工智能实验室已发布大模型20余个，汇聚研究人员1000余名。', '2025-03-10'), '1000余名');
    expect([lab.metric, lab.reason?.en]).toEqual([
      null,
      "one company's or institution's own figure (its staff, revenue, the firms it incubated), not a place's",
    ]);
    const island = factAt(factsOf('张江人工智能岛已集聚企业120余家，汇聚人才6000余名。', '2025-03-10'), '6000余名');
    expect([island.metric, island.place]).toEqual(['ai_talent', 'zhangjiang_ai_island']);
  });

  it('an English verb joined by "and" has the sentence’s subject: the Lab’s researchers are the Lab’s, the island’s the island’s', () => {
    const lab = factAt(
      factsOf('The Shanghai AI Lab has released over 20 large models and brought together more than 1,000 researchers.', '2025-03-10'),
      'more than 1,000 researchers',
    );
    expect(lab.metric).toBeNull();
    const island = factAt(
      factsOf('Zhangjiang AI Island has attracted over 100 firms and gathered more than 4,000 researchers.', '2025-03-10'),
      'more than 4,000 researchers',
    );
    expect([island.metric, island.place]).toEqual(['ai_talent', 'zhangjiang_ai_island']);
  });

  it('a part that is only one of Shanghai’s districts (其中徐汇区21款、浦东新区8款) is that district’s figure; other parts stay parts', () => {
    const facts = factsOf('截至2024年6月底，上海累计有34款大模型通过备案，其中徐汇区21款、浦东新区8款。', '2024-07-10');
    expect(['34款', '21款', '8款'].map((t) => [factAt(facts, t).metric, factAt(facts, t).geo])).toEqual([
      ['filed_models', 'shanghai'],
      ['filed_models', 'xuhui'],
      ['filed_models', 'pudong'],
    ]);
    const core = factAt(factsOf('“模力社区”总建筑面积逾20万平方米，其中核心承载区6.1万平方米。', '2024-08-10'), '6.1万平方米');
    expect(core.metric).toBeNull();
  });

  it('an English part that is one of Shanghai’s districts (of which 21 are in Xuhui; with about 400 of them in Pudong) is the district’s', () => {
    const models = factsOf('Shanghai has 34 registered large models, of which 21 are in Xuhui.', '2024-07-10');
    expect([factAt(models, '21').metric, factAt(models, '21').geo]).toEqual(['filed_models', 'xuhui']);
    const firms = factsOf('Shanghai has about 1,100 AI firms, with about 400 of them in Pudong.', '2024-07-10');
    expect([factAt(firms, 'about 400').metric, factAt(firms, 'about 400').geo]).toEqual(['ai_enterprises', 'pudong']);
    // A part that is not a district stays a part.
    expect(factAt(factsOf('Shanghai has about 1,100 AI firms, of which 300 are listed.', '2024-07-10'), '300').metric).toBeNull();
  });

  it('a district’s own report (徐汇区政府工作报告) speaks of the district even where a sentence names no place', () => {
    const report = factAt(factsOf('全年新增备案大模型8个，累计达到26个。', '2025-01-10', '徐汇区政府工作报告'), '26个');
    expect([report.metric, report.geo]).toEqual(['filed_models', 'xuhui']);
    // An article whose title only names the district is still guarded.
    const article = factAt(factsOf('全年新增备案大模型8个，累计达到26个。', '2025-01-10', '徐汇：大模型产业观察'), '26个');
    expect(article.metric).toBeNull();
  });

  it('words inside a place’s name are not the figure’s subject or exclusions (服务业 in 市北高新技术服务业园区)', () => {
    const park = factAt(factsOf('市北高新技术服务业园区已集聚人工智能相关企业200余家。', '2024-11-15'), '200余家');
    expect([park.metric, park.place]).toEqual(['cluster_enterprises', 'shibei']);
    // Outside a name the same words still count: firms served are not the park's firms.
    expect(factAt(factsOf('模速空间已服务企业200余家。', '2024-11-15'), '200余家').metric).toBeNull();
  });

  it('the subject after a figure is looked for only up to the next figure (300 tech startups, about 100 of which work on AI)', () => {
    const startups = factAt(
      factsOf("Minhang's Dalingwan area alone has incubated over 300 tech startups, about 100 of which work on AI.", '2025-06-10'),
      'over 300 tech startups',
    );
    expect(startups.metric).toBeNull();
    const firms = factAt(factsOf('Minhang is home to over 300 companies working on AI.', '2025-06-10'), 'over 300 companies');
    expect([firms.metric, firms.geo]).toEqual(['ai_enterprises', 'minhang']);
  });

  it('a gap between two rates in percentage points is neither a rate nor a share (增速比全国高5个百分点)', () => {
    const facts = factsOf('2023年，上海人工智能产业规模同比增长15%，增速比全国平均水平高5个百分点。', '2024-01-10');
    expect(factAt(facts, '15%').metric).toBe('ai_industry_scale__growth_yoy');
    expect(factAt(facts, '5个百分点').metric).toBeNull();
    const en = factsOf("Shanghai's AI industry grew 15 percent in 2023, 5 percentage points above the national rate.", '2024-01-10');
    expect(factAt(en, '5 percentage points').metric).toBeNull();
  });

  it('a total over several editions of WAIC is no edition’s figure; one edition’s total is', () => {
    const seven = factsOf('世界人工智能大会已连续举办七届，累计吸引超过1500家企业参展。', '2024-11-10', 'WAIC回顾');
    expect(factAt(seven, '超过1500家').metric).toBeNull();
    const six = factsOf('Over its six editions, WAIC has drawn a total of 2,000 exhibitors.', '2024-11-10', 'WAIC review');
    expect(factAt(six, '2,000 exhibitors').metric).toBeNull();
    // The seventh edition (第七届) is one edition.
    const one = factAt(factsOf('第七届世界人工智能大会累计吸引超过500家企业参展。', '2024-07-10'), '超过500家');
    expect([one.metric, one.period]).toEqual(['waic_exhibitors', '2024']);
  });

  it('Taipei and the world’s big cities are other places (台北市AI相關企業約600家)', () => {
    const taipei = factAt(factsOf('台北市AI相關企業約600家，上海則有超過3000家。', '2023-09-10', '城市比較'), '約600家');
    expect(taipei.metric).toBeNull();
    const tokyo = factAt(factsOf('Tokyo has about 900 AI companies.', '2023-09-10', 'Shanghai and Tokyo'), 'about 900 AI companies');
    expect(tokyo.metric).toBeNull();
    // 平台中 is no city.
    const platform = factAt(factsOf('上海人工智能平台中集聚企业超过300家。', '2023-09-10'), '超过300家');
    expect(platform.reason?.en ?? '').not.toMatch(/another city/);
  });

  it('"now" right after an English figure dates it as of the article, whatever year the sentence opened with', () => {
    const facts = factsOf(
      "Pudong's AI industry generated revenue of 150 billion yuan in 2024, with more than 1,000 AI companies now based in the district.",
      '2025-03-10',
    );
    expect(factAt(facts, '150 billion yuan').period).toBe('2024');
    const firms = factAt(facts, 'more than 1,000 AI companies');
    expect([firms.metric, firms.period, firms.periodBasis]).toEqual(['ai_enterprises', '2025-03', 'publication']);
  });

  it('people to be trained or cultivated are no talent pool (train 100,000 AI workers by 2027)', () => {
    const plan = factsOf('Shanghai plans to build 10 AI industrial parks and train 100,000 AI workers by 2027.', '2025-06-10');
    expect(factAt(plan, '100,000 AI workers').metric).toBeNull();
    const pool = factsOf('Shanghai aims to have 100,000 AI workers by 2027.', '2025-06-10');
    expect([factAt(pool, '100,000 AI workers').metric, factAt(pool, '100,000 AI workers').period]).toEqual(['ai_talent', '2027']);
  });

  it('全年 is the whole year of the date its sentence named before it (今年前三季度…，预计全年将超过4500亿元)', () => {
    const facts = factsOf('今年前三季度，全市人工智能产业规模达到3200亿元，预计全年将超过4500亿元。', '2025-11-10');
    expect(factAt(facts, '3200亿元').period).toBe('2025-Q1-Q3');
    const year = factAt(facts, '超过4500亿元');
    expect([year.metric, year.period, year.status]).toEqual(['ai_industry_scale', '2025', 'forecast']);
    // With no date before it in the sentence, 全年 says nothing of which year.
    expect(factAt(factsOf('全年人工智能产业规模超过4500亿元。', '2025-01-10', '上海人工智能'), '超过4500亿元').period).toBeNull();
  });

  it('a region of several provinces as a clause’s subject is another scope; as Shanghai’s role it is not', () => {
    const region = factAt(factsOf('2024年，长三角地区人工智能产业规模超过1万亿元，上海占比约40%。', '2025-01-10'), '超过1万亿元');
    expect(region.metric).toBeNull();
    const role = factAt(factsOf('上海作为长三角人工智能发展的龙头，2024年人工智能产业规模超过4000亿元。', '2025-01-10'), '超过4000亿元');
    expect([role.metric, role.geo]).toEqual(['ai_industry_scale', 'shanghai']);
    const en = factsOf("In 2024, the Yangtze River Delta's AI industry exceeded 1 trillion yuan.", '2025-01-10', 'Shanghai AI');
    expect(factAt(en, 'exceeded 1 trillion yuan').metric).toBeNull();
  });

  it('an English full-year figure is the year its sentence named, and "to top" is a bound, not "the top 100"', () => {
    const facts = factsOf(
      "In the first three quarters of 2025, Shanghai's AI industry revenue hit 320 billion yuan, and the full-year figure is expected to top 450 billion yuan.",
      '2025-11-10',
    );
    expect(factAt(facts, '320 billion yuan').period).toBe('2025-Q1-Q3');
    const year = factAt(facts, 'to top 450 billion yuan');
    expect([year.metric, year.period, year.qualifier, year.status]).toEqual(['ai_industry_scale', '2025', '>', 'forecast']);
    expect(
      factAt(factsOf('Shanghai is home to 30 of the top 100 AI companies in China.', '2025-07-10'), '100 AI companies').metric,
    ).toBeNull();
  });

  it('a heading line that is only a place is the scope of the paragraphs under it that name none', () => {
    const text =
      'Four cities compared.\n\nShenzhen\nIts AI industry grew 28 percent last year. It has 2,000 AI companies.\n\nShanghai\nIt has more than 1,400 core AI companies.';
    const facts = factsOf(text, '2023-11-20', 'Shanghai or Shenzhen: which city wins the AI race?');
    expect(factAt(facts, '28 percent').metric).toBeNull();
    expect(factAt(facts, '2,000 AI companies').metric).toBeNull();
    const own = factAt(facts, 'more than 1,400 core AI companies');
    expect([own.metric, own.geo]).toEqual(['ai_enterprises', 'shanghai']);
  });

  it('WAIC’s figures are the city’s, wherever its venue stands', () => {
    const facts = factsOf(
      "This year's exhibition covered 52,000 square meters at the Shanghai World Expo Exhibition and Convention Center, with more than 500 exhibitors.",
      '2024-07-08',
      'WAIC 2024 wraps up',
    );
    const area = factAt(facts, '52,000 square meters');
    expect([area.metric, area.geo, area.place, area.period]).toEqual(['waic_exhibition_area', 'shanghai', null, '2024']);
  });

  it('an edition’s figure is of its year, not the month of its dates (2018年9月17-19日…。其中，…企业超过150家)', () => {
    const f = factAt(
      factsOf('2018年9月17-19日，首届世界人工智能大会在上海成功举行。其中，参加展览展示的企业超过150家；', '2019-01-10', '2018 WAIC回顾'),
      '超过150家',
    );
    expect([f.metric, f.period]).toEqual(['waic_exhibitors', '2018']);
  });

  it('a place that opens a later clause with a figure of its own is not the earlier figure’s', () => {
    const facts = factsOf(
      'We now have more than 1,500 AI companies, and ModelSpeed Space alone hosts more than 150 large-model firms.',
      '2026-04-10',
    );
    expect(factAt(facts, 'more than 1,500 AI companies').place).not.toBe('mosu_space');
  });

  it('a foreign currency written before an amount is that currency (約新台幣1,260億元)', () => {
    const facts = factsOf('2023年臨港人工智慧產業規模約為280億元人民幣（約新台幣1,260億元），年增長超過35%。', '2024-07-10');
    expect(factAt(facts, '約為280億元').metric).toBe('ai_industry_scale');
    expect(facts.some((f) => f.text.includes('1,260'))).toBe(false);
  });

  it('约占 before a long whole still bounds the share (约占全国人工智能企业总数的14.7%)', () => {
    const f = factAt(factsOf('上海人工智能企业达到1116家，约占全国人工智能企业总数的14.7%。', '2019-12-10'), '14.7%');
    expect([f.metric, f.qualifier]).toEqual(['ai_enterprises__share_of_country', '~']);
  });

  it('talent by degree (其中博士学历人才约1.1万人, 11,000 PhD holders) is a part, not the pool', () => {
    const f = factAt(factsOf('上海人工智能人才约23万人，其中博士学历人才约1.1万人。', '2022-06-10'), '约1.1万人');
    expect(f.metric).toBeNull();
  });

  it('two of Shanghai’s places together are neither’s (浦东新区和徐汇区…合计占全市的近六成); a park after its district is the park', () => {
    const both = factAt(factsOf('浦东新区和徐汇区的人工智能人才合计占全市的近六成。', '2022-06-10'), '近六成');
    expect(both.metric).toBeNull();
    const zones = factAt(factsOf('张江和临港的人工智能企业合计超过1500家。', '2022-06-10'), '超过1500家');
    expect(zones.metric).toBeNull();
    const park = factAt(factsOf('徐汇模速空间集聚大模型企业100余家，占全市六成以上。', '2025-05-01'), '100余家');
    expect([park.metric, park.place]).toEqual(['large_model_enterprises', 'mosu_space']);
  });

  it('全年 and 年末 in a report on one year are that year’s; parts after ；keep the whole’s date', () => {
    const title = '2025年上海市国民经济和社会发展统计公报';
    const end = factAt(factsOf('年末全市智能算力规模达到98EFLOPS，通用算力规模12EFLOPS。', '2026-03-10', title), '98EFLOPS');
    expect([end.metric, end.period]).toEqual(['compute_capacity', '2025-12']);
    const parts = factsOf(
      '全年三大先导产业规模达到2.12万亿元。其中，集成电路产业规模8120.46亿元，增长10.3%；人工智能产业规模5108.63亿元，增长12.4%。',
      '2026-03-10',
      title,
    );
    expect([factAt(parts, '5108.63亿元').metric, factAt(parts, '5108.63亿元').period]).toEqual(['ai_industry_scale', '2025']);
    // An article that is no report leaves a bare 年末 alone, unless it appears in January to March (the year just ended).
    const news = factAt(factsOf('年末全市智能算力规模达到98EFLOPS。', '2026-07-10', '上海算力建设提速'), '98EFLOPS');
    expect(news.period).not.toBe('2025-12');
  });

  it('English firms above designated size are that metric, and a yearless month after "at the end of" or an abbreviated one dates them', () => {
    const end = factAt(
      factsOf('The city had 418 AI companies above designated size at the end of September, 47 more than a year earlier.', '2025-10-20'),
      '418 AI companies',
    );
    expect([end.metric, end.period]).toEqual(['ai_enterprises_above_scale', '2025-09']);
    const asOf = factAt(factsOf('As of Sept. 30, Shanghai had 418 AI firms above designated size.', '2025-10-20'), '418 AI firms');
    expect([asOf.metric, asOf.period]).toEqual(['ai_enterprises_above_scale', '2025-09']);
  });

  it('an as-of date in an English figure’s own clause beats a year of an earlier clause', () => {
    const facts = factsOf(
      "Shanghai's Yangpu district said its AI industry scale reached 68.3 billion yuan in 2025, and that 620 AI enterprises were registered in the district as of Dec. 31.",
      '2026-01-20',
    );
    expect(factAt(facts, '68.3 billion yuan').period).toBe('2025');
    expect([factAt(facts, '620 AI enterprises').metric, factAt(facts, '620 AI enterprises').period]).toEqual(['ai_enterprises', '2025-12']);
  });

  it('a talent gap is no talent pool; 成长 (Taiwan’s word) is growth; AI島 is the Zhangjiang AI Island', () => {
    expect(
      factAt(factsOf("The report puts the city's AI talent gap at about 100,000 people.", '2022-09-10'), 'about 100,000 people').metric,
    ).toBeNull();
    const growth = factAt(factsOf('2025年楊浦區人工智慧產業規模約520億元人民幣，較前一年成長21%。', '2026-01-10'), '21%');
    expect([growth.metric, growth.geo, growth.period]).toEqual(['ai_industry_scale__growth_yoy', 'yangpu', '2025']);
    const island = factAt(factsOf('AI島一期已經滿租，入駐企業超過100家。', '2025-06-10'), '超過100家');
    expect([island.metric, island.place]).toEqual(['cluster_enterprises', 'zhangjiang_ai_island']);
  });

  it('a zone’s short name (试验区) is the zone named last, when its name ends with it', () => {
    const facts = factsOf(
      '马桥人工智能创新试验区位于闵行区马桥镇。据介绍，目前试验区已累计集聚人工智能相关企业约120家。',
      '2020-09-10',
      '闵行马桥：人工智能产业加速集聚',
    );
    const f = factAt(facts, '约120家');
    expect([f.metric, f.place]).toEqual(['cluster_enterprises', 'maqiao_ai_zone']);
    // With no zone named before it, the short name names none.
    const alone = factAt(factsOf('目前试验区已累计集聚人工智能相关企业约120家。', '2020-09-10', '上海人工智能'), '约120家');
    expect(alone.place).toBeNull();
  });

  it('in English a place after the figure is where it is only after a word of where (in, at, within)', () => {
    const f = factAt(
      factsOf(
        "Zhangjiang Science City, in Shanghai's Pudong New Area, is home to more than 400 AI companies and the Zhangjiang AI Island.",
        '2023-11-10',
      ),
      'more than 400 AI companies',
    );
    expect(f.place).toBe('zhangjiang_science_city');
  });

  it('"nationwide" right after an English figure’s noun makes the country its scope', () => {
    const f = factAt(
      factsOf('It counted 4,580 AI companies nationwide, with Beijing home to 1,520.', '2020-03-10', 'Shanghai AI report'),
      '4,580 AI companies',
    );
    expect(f.metric).toBeNull();
    // A rank counted nationwide is no scope.
    const rank = factAt(factsOf('Shanghai ranked second nationwide with 4,500 AI enterprises.', '2024-05-10'), '4,500 AI enterprises');
    expect(rank.metric).toBe('ai_enterprises');
  });

  it('the year an English change is measured from is not the figure’s (rose 15.4 percent from 2020)', () => {
    const f = factAt(factsOf("Shanghai's AI industry revenue rose 15.4 percent from 2020.", '2021-03-10'), '15.4 percent');
    expect(f.period).not.toBe('2020');
    const span = factAt(factsOf('The number of AI firms in Shanghai rose from 1,100 in 2018 to 2,600 in 2023.', '2024-03-10'), '2,600');
    expect(span.period).toBe('2023');
  });

  it('a figure given as the same measure as an earlier one (这一数字, up from) is counted as that one is', () => {
    const talent = factsOf('去年全市引进人工智能领域海外高层次人才约800人，今年这一数字增至1100余人。', '2019-12-10', '上海AI人才');
    expect(factAt(talent, '1100余人').metric).toBeNull();
    const firms = factsOf(
      'A total of 88 AI companies were newly registered in or moved to Minhang in 2024, up from 71 in 2023.',
      '2025-03-10',
    );
    expect([factAt(firms, '71').metric, factAt(firms, '71').period]).toEqual(['new_ai_enterprises', '2023']);
    const stock = factsOf('Shanghai has 3,000 AI firms, up from 1,100 in 2018.', '2025-03-10');
    expect([factAt(stock, '1,100').metric, factAt(stock, '1,100').period]).toEqual(['ai_enterprises', '2018']);
  });

  it('a figure quoted from the statement a correction withdraws is not charted; the corrected one is', () => {
    const facts = factsOf(
      '一、文中“2025年上海人工智能产业规模达到5280亿元，同比增长20.3%”一句，经核实，应为“2025年上海人工智能产业规模达到5180亿元，同比增长15.1%”。',
      '2026-03-10',
      '更正说明',
    );
    expect(factAt(facts, '5280亿元').metric).toBeNull();
    expect(factAt(facts, '20.3%').metric).toBeNull();
    expect([factAt(facts, '5180亿元').metric, factAt(facts, '5180亿元').period]).toEqual(['ai_industry_scale', '2025']);
  });

  it('by how much a level grew (增加约160亿元, 较上年增长300亿元) is no level; 增加到2600家 is', () => {
    expect(factAt(factsOf('上海人工智能产业规模较上年增长300亿元，达到3000亿元。', '2024-03-10'), '300亿元').metric).toBeNull();
    expect(factAt(factsOf('上海人工智能企业数量增加到2600家。', '2024-03-10'), '2600家').metric).toBe('ai_enterprises');
    expect(factAt(factsOf('2023年上海人工智能产业规模同比增长20%。', '2024-03-10'), '20%').metric).toBe('ai_industry_scale__growth_yoy');
  });

  it('a month opening a clause dates it (7月世界人工智能大会期间，…签约…); a day’s date does not', () => {
    const f = factAt(factsOf('7月世界人工智能大会期间，徐汇集中签约人工智能项目18个，总投资约210亿元。', '2021-12-20'), '约210亿元');
    expect([f.metric, f.period]).toEqual(['ai_investment_signed', '2021-07']);
  });

  it('money of another kind in English (signed projects worth, a budget earmarks) is not the industry’s scale', () => {
    const signed = factAt(
      factsOf('The Maqiao AI Innovation Pilot Zone signed AI projects worth 14.8 billion yuan in 2024.', '2025-01-10'),
      '14.8 billion yuan',
    );
    expect(signed.metric).not.toBe('ai_industry_scale');
    const budget = factAt(
      factsOf("The city's 2022 budget earmarks 1 billion yuan for AI industry support.", '2022-03-10'),
      '1 billion yuan',
    );
    expect(budget.metric).toBeNull();
  });

  it('firms of a size (start-ups with fewer than 300 employees) are a class, not a talent count; capacity is not staff', () => {
    const size = factAt(
      factsOf(
        'AI start-ups younger than five years with fewer than 300 employees can claim a higher subsidy.',
        '2025-03-10',
        'Shanghai AI',
      ),
      'fewer than 300 employees',
    );
    expect(size.metric).toBeNull();
    const pool = factAt(
      factsOf('Shanghai, with more than 200,000 AI professionals, leads the country.', '2025-03-10'),
      'more than 200,000 AI professionals',
    );
    expect(pool.metric).toBe('ai_talent');
    const hq = factAt(
      factsOf('上海某人工智能公司新总部建筑面积约2.6万平方米，可容纳研发人员1500人。', '2024-09-10', '上海人工智能'),
      '1500人',
    );
    expect(hq.metric).toBeNull();
  });

  it('a place a subject leads (领跑全市) is what it is compared with; 中国大陆 is the country', () => {
    const f = factAt(factsOf('浦东今年继续领跑全市，人工智能产业规模预计突破1200亿元。', '2021-12-10'), '突破1200亿元');
    expect([f.metric, f.geo]).toEqual(['ai_industry_scale', 'pudong']);
    const mainland = factAt(factsOf('中國大陸人工智慧企業超過4000家，上海約佔三成。', '2024-05-10', '上海AI'), '超過4000家');
    expect(mainland.metric).toBeNull();
  });

  it('an English earlier level set against a figure (against 552 a year earlier, compared with 319 in 2023) is the same measure', () => {
    const year = factsOf('Minhang had 600 AI firms at the end of 2024, against 552 a year earlier.', '2025-03-10');
    const earlier = factAt(year, '552');
    expect([earlier.metric, earlier.geo, earlier.period]).toEqual(['ai_enterprises', 'minhang', '2023-12']);
    const stated = factAt(
      factsOf('Shanghai had 360 AI firms above designated size in 2024, compared with 319 in 2023.', '2025-03-10'),
      '319',
    );
    expect([stated.metric, stated.period]).toEqual(['ai_enterprises_above_scale', '2023']);
    // A range's start is not such a level: increased from 183 in 2018 to 348 in 2023.
    const range = factAt(factsOf('The number of AI firms in Shanghai increased from 183 in 2018 to 348 in 2023.', '2024-03-10'), '183');
    expect(range.period).toBe('2018');
  });

  it('a numbered section heading (一、2020年工作回顾) is a line of its own, dates the paragraphs under it, and a dateless one keeps the date above', () => {
    const review = factsOf(
      '闵行区2021年政府工作报告（摘要）\n\n——2021年1月18日在闵行区第七届人民代表大会第六次会议上\n\n一、2020年工作回顾\n\n创新策源能力持续增强。全区人工智能企业达到620家。',
      '2021-01-20',
      '闵行区2021年政府工作报告（摘要）',
    );
    expect([factAt(review, '620家').metric, factAt(review, '620家').period]).toEqual(['ai_enterprises', '2020']);
    const plan = factsOf(
      '上海市人工智能产业创新发展行动计划(2024—2026年)\n一、总体要求\n——技术体系。推动算力基础设施高质量发展，算力总规模达到12EFLOPS。',
      '2024-06-10',
    );
    expect(factAt(plan, '12EFLOPS').period).toBe('2026');
  });

  it('a government work report’s 全年 is the year before its own (2021年政府工作报告 looks back on 2020)', () => {
    const f = factAt(factsOf('全年全区人工智能产业规模突破500亿元。', '2021-01-20', '闵行区2021年政府工作报告'), '突破500亿元');
    expect([f.metric, f.period]).toEqual(['ai_industry_scale', '2020']);
  });

  it('a zone’s short name followed by 内 (试验区内) is the zone, not 区内 (the district)', () => {
    const f = factAt(
      factsOf('马桥人工智能创新试验区累计引进重点项目24个，试验区内已集聚人工智能企业85家。', '2021-01-20', '闵行区工作'),
      '85家',
    );
    expect([f.metric, f.place]).toEqual(['cluster_enterprises', 'maqiao_ai_zone']);
  });

  it('"N years ago" in English, as 两年前, is some years back from the article: no period a chart can hold', () => {
    const f = factAt(factsOf('Three years ago, Shanghai had about 1,000 AI companies.', '2025-08-10'), 'about 1,000 AI companies');
    expect([f.metric, f.period]).toEqual(['ai_enterprises', null]);
    const zh = factAt(factsOf('三年前，上海人工智能企业约1000家。', '2025-08-10'), '约1000家');
    expect([zh.metric, zh.period]).toEqual(['ai_enterprises', null]);
  });

  it('what lies within a radius of a park is around it, not in it; what a selection picked is a part', () => {
    const around = factAt(
      factsOf('模速空間周邊一公里範圍內聚集了1.2萬餘名人工智能從業人員。', '2026-05-10', '模速空間三週年'),
      '1.2萬餘名',
    );
    expect(around.metric).toBeNull();
    const picked = factAt(
      factsOf('今年首次设立“镇馆之宝”评选，从数百件参评展品中选出了11件。', '2023-07-10', '2023世界人工智能大会闭幕'),
      '11件',
    );
    expect(picked.metric).toBeNull();
  });

  it('a park that serves as the district’s base (作为全区…的主阵地) is the subject; another city after 作为 stays that city', () => {
    const park = factAt(
      factsOf('市北高新园区作为全区人工智能产业的主阵地，聚集人工智能企业逾百家。', '2020-12-10', '静安区人工智能'),
      '逾百家',
    );
    expect([park.metric, park.place]).toEqual(['cluster_enterprises', 'shibei']);
  });

  it('a total over several editions is no period’s flow (七届大会…累计签约项目总投资逾千亿元)', () => {
    const f = factAt(factsOf('七届世界人工智能大会累计签约人工智能项目总投资逾千亿元。', '2024-07-10', 'WAIC回顾'), '逾千亿元');
    expect(f.metric).toBeNull();
    const one = factAt(factsOf('本届世界人工智能大会签约人工智能项目总投资逾千亿元。', '2024-07-10', 'WAIC回顾'), '逾千亿元');
    expect(one.metric).toBe('ai_investment_signed');
  });

  it('compute a park can call on through a platform (可调用) is not its capacity; a themed zone of the show is a part of its area', () => {
    const call = factAt(factsOf('透過上海市算力調度平台，模速空間可調用的算力超過2,000P。', '2024-09-10', '模速空間'), '超過2,000P');
    expect(call.metric).toBeNull();
    const zone = factAt(factsOf('人形机器人相关展区面积约5000平方米。', '2024-07-10', '2024世界人工智能大会闭幕'), '约5000平方米');
    expect(zone.metric).toBeNull();
  });

  it('English: "is home to" in a clause of its own is the present; "Nationally," is the country; per employee is a ratio; "past" is a bound', () => {
    const facts = factsOf(
      "Shanghai's AI industry generated more than 300 billion yuan in 2021, up about 28 percent from 2020, and the city is home to roughly 1,100 core AI companies. Officials aim to lift the industry's output past 400 billion yuan by 2025.",
      '2022-09-10',
    );
    expect(factAt(facts, 'more than 300 billion yuan').period).toBe('2021');
    expect([factAt(facts, 'roughly 1,100 core AI companies').period, factAt(facts, 'roughly 1,100 core AI companies').periodBasis]).toEqual(
      ['2022-09', 'publication'],
    );
    expect([factAt(facts, 'past 400 billion yuan').qualifier, factAt(facts, 'past 400 billion yuan').period]).toEqual(['>', '2025']);
    // "has reached" stays with the date before it.
    const perfect = factAt(
      factsOf('As of the end of 2020, the number of AI-related companies in Shanghai has reached 6,425.', '2021-05-10'),
      '6,425',
    );
    expect(perfect.period).toBe('2020-12');
    expect(
      factAt(
        factsOf('Nationally, the core AI industry was worth about 400 billion yuan in 2021.', '2022-09-10', 'Shanghai AI'),
        'about 400 billion yuan',
      ).metric,
    ).toBeNull();
    expect(
      factAt(factsOf("Shanghai's AI output per employee averaged 1.6 million yuan last year.", '2026-02-10'), '1.6 million yuan').metric,
    ).toBeNull();
  });

  it('an English aside between spaced dashes does not cut its clause; "intelligent capacity" is compute; "should" is a forecast', () => {
    const aside = factAt(
      factsOf(
        "By the end of 2023, Shanghai's intelligent computing capacity - the GPU and AI-chip kind used to train and run large models - stood at 6.8 EFLOPS.",
        '2024-03-10',
      ),
      '6.8 EFLOPS',
    );
    expect([aside.metric, aside.period]).toEqual(['compute_capacity', '2023-12']);
    const plan = factsOf(
      'Intelligent capacity should exceed 15 EFLOPS by 2024 and reach 30 EFLOPS in 2025.',
      '2024-03-10',
      'Shanghai compute',
    );
    expect([factAt(plan, 'exceed 15 EFLOPS').metric, factAt(plan, 'exceed 15 EFLOPS').status]).toEqual(['compute_capacity', 'forecast']);
    // What a plan sets (under the plan, …) is its target.
    const under = factsOf(
      'Under the plan, intelligent capacity should exceed 15 EFLOPS by 2024 and reach 30 EFLOPS in 2025.',
      '2024-03-10',
      'Shanghai compute',
    );
    expect([factAt(under, 'exceed 15 EFLOPS').period, factAt(under, 'exceed 15 EFLOPS').status]).toEqual(['2024', 'target']);
  });

  it('a year report’s stock with no date of its own is the count at that year’s end (统计公报: 全市累计60款…通过备案)', () => {
    const title = '2024年上海市国民经济和社会发展统计公报';
    const f = factAt(factsOf('全市累计60款生成式人工智能大模型通过国家备案，全年新增18款。', '2025-03-10', title), '60款');
    expect([f.metric, f.period, f.periodBasis]).toEqual(['filed_models', '2024-12', 'context']);
    // 目前 still says now; an article that is no year report is as of its date.
    expect(factAt(factsOf('目前全市累计60款生成式人工智能大模型通过国家备案。', '2025-03-10', title), '60款').period).toBe('2025-03');
    expect(factAt(factsOf('全市累计60款生成式人工智能大模型通过国家备案。', '2025-03-10', '上海大模型'), '60款').period).toBe('2025-03');
  });

  it('a WAIC sub-venue’s area and one kind of exhibitor (60余家机器人企业参展) are parts of the show', () => {
    const sub = factAt(
      factsOf('在徐汇西岸设立的“西岸AI嘉年华”分会场展示面积约1.2万平方米。', '2025-07-30', '2025世界人工智能大会闭幕'),
      '约1.2万平方米',
    );
    expect(sub.metric).toBeNull();
    const robots = factAt(
      factsOf('本届大会机器人展区规模为历届之最，60余家机器人企业参展。', '2025-07-30', '2025世界人工智能大会闭幕'),
      '60余家',
    );
    expect(robots.metric).toBeNull();
    const all = factAt(factsOf('本届大会共有800余家企业参展。', '2025-07-30', '2025世界人工智能大会闭幕'), '800余家');
    expect(all.metric).toBe('waic_exhibitors');
  });

  it('one firm’s figures (一家…企业; 其中 one of the firms listed before) are its own, and so is the clause that goes on about it', () => {
    const listed = factsOf(
      '临空经济示范区内，携程、春秋航空、爱奇艺等企业正在加速应用人工智能技术，其中携程去年营收达到310亿元，研发人员超过1万人。',
      '2019-09-10',
      '长宁区人工智能',
    );
    expect(factAt(listed, '310亿元').metric).toBeNull();
    expect(factAt(listed, '超过1万人').metric).toBeNull();
    const one = factAt(factsOf('区内一家人工智能企业今年实现营收12.8亿元。', '2023-11-10', '普陀区人工智能'), '12.8亿元');
    expect(one.metric).toBeNull();
    // A part that is a kind, not a listed firm, stays the place's.
    const kind = factAt(factsOf('全区人才总量3.8万人，其中人工智能领域人才4200人。', '2025-01-10', '嘉定区人才'), '4200人');
    expect(kind.metric).toBe('ai_talent');
  });

  it('a part of an increase is an increase (新引进各类人才3.8万人，其中人工智能领域人才4200人); WAIC totals since its founding are no edition’s', () => {
    const part = factAt(factsOf('全年新引进各类人才3.8万人，其中人工智能领域人才4200人。', '2025-01-10', '嘉定区人才'), '4200人');
    expect(part.metric).toBeNull();
    const since = factAt(
      factsOf('自2018年創辦以來，大會已累計吸引超過2000家企業參展。', '2023-07-10', '2023世界人工智能大會'),
      '超過2000家',
    );
    expect(since.metric).toBeNull();
  });

  it('English: the country after a verb of saying, "Nationwide," a relative clause’s park, a facility’s own figure, talent brought in a year', () => {
    const said = factAt(
      factsOf('A vice minister said China has more than 4,300 AI companies.', '2023-07-10', 'Shanghai AI'),
      'more than 4,300 AI companies',
    );
    expect(said.metric).toBeNull();
    const nation = factAt(
      factsOf('Nationwide, the core AI industry was worth about 303.1 billion yuan in 2020.', '2021-03-10', 'Shanghai AI'),
      'about 303.1 billion yuan',
    );
    expect(nation.metric).toBeNull();
    const putuo = factAt(
      factsOf('Putuo, whose Taopu Smart City has become a base for robotics and AI firms, counted 8,200 AI professionals.', '2024-05-10'),
      '8,200 AI professionals',
    );
    expect([putuo.metric, putuo.geo, putuo.place]).toEqual(['ai_talent', 'putuo', null]);
    const platform = factAt(
      factsOf(
        "The district's public computing platform, which opened last year, offers 300P of intelligent computing power.",
        '2025-04-10',
        "Jing'an AI",
      ),
      '300P',
    );
    expect(platform.metric).toBeNull();
    const island = factAt(
      factsOf('Zhangjiang AI Island, a cluster in Pudong, hosts more than 100 AI firms.', '2025-04-10'),
      'more than 100 AI firms',
    );
    expect(island.metric).toBe('cluster_enterprises');
    const yearly = factAt(
      factsOf('The city plans to bring in about 10,000 AI professionals a year through 2027.', '2024-05-10', 'Shanghai talent'),
      'about 10,000 AI professionals',
    );
    expect(yearly.metric).toBeNull();
  });

  it('English: "Across China," is the country; one of the firms just named raised its own money; companies in a sector are no name', () => {
    const china = factAt(
      factsOf('Across China, 190 large AI models had been filed by the end of July.', '2024-08-10', 'Shanghai models'),
      '190 large AI models',
    );
    expect(china.reason?.en).toMatch(/another city, the country/);
    const one = factAt(
      factsOf('One of them, Qingmo AI, raised 1.2 billion yuan in July.', '2024-08-10', 'Shanghai AI financing'),
      '1.2 billion yuan',
    );
    expect(one.metric).toBeNull();
    const sector = factAt(
      factsOf("Companies in Shanghai's AI sector raised 46.8 billion yuan in the first half of 2025.", '2025-08-10'),
      '46.8 billion yuan',
    );
    expect(sector.metric).toBe('ai_financing');
  });

  it('English: a figure of several cities together (the nine cities’ combined AI industry) is no one place’s', () => {
    const group = factAt(
      factsOf(
        "Along the G60 Science and Technology Innovation Corridor, the nine cities' combined AI industry exceeded 420 billion yuan last year.",
        '2026-03-10',
        'Shanghai AI',
      ),
      'exceeded 420 billion yuan',
    );
    expect(group.metric).toBeNull();
    const own = factAt(
      factsOf("Shanghai's AI industry exceeded 420 billion yuan last year, ahead of the other eight cities.", '2026-03-10'),
      'exceeded 420 billion yuan',
    );
    expect(own.metric).toBe('ai_industry_scale');
  });
});

describe('a breakdown by place of the whole before it', () => {
  it('分区看: a district’s figure with no measure named is its part of the city’s whole, of the whole’s period', () => {
    const facts = factsOf(
      '2021年上海人工智能领域融资总额约1180亿元。从区域看，浦东新区融资额约420亿元，居全市首位；徐汇区、闵行区分别为210亿元和150亿元。',
      '2022-01-20',
    );
    const minhang = factAt(facts, '150亿元');
    expect([minhang.metric, minhang.geo, minhang.period, minhang.periodBasis]).toEqual(['ai_financing', 'minhang', '2021', 'context']);
    expect(factAt(facts, '约420亿元').period).toBe('2021');
  });
  it('By district: English does the same; a share stays unread; without the marker a place ranked "with" a figure still is', () => {
    const facts = factsOf(
      'AI companies in Shanghai raised a combined 41.2 billion yuan in the first three quarters of 2024. By district, Xuhui led with 12.6 billion yuan, and the two districts took 55 percent.',
      '2024-10-20',
    );
    const xuhui = factAt(facts, '12.6 billion yuan');
    expect([xuhui.metric, xuhui.geo, xuhui.period]).toEqual(['ai_financing', 'xuhui', '2024-Q1-Q3']);
    expect(factAt(facts, '55 percent').metric).toBeNull();
    const plain = factsOf(
      'AI companies in Shanghai raised a combined 41.2 billion yuan in the first three quarters of 2024. Xuhui led with 12.6 billion yuan.',
      '2024-10-20',
    );
    // A place that leads, follows or comes second "with" a figure is ranked by the measure before it.
    expect(factAt(plain, '12.6 billion yuan').metric).toBe('ai_financing');
    // A figure with no such verb inherits nothing.
    const bare = factsOf(
      'AI companies in Shanghai raised a combined 41.2 billion yuan in the first three quarters of 2024. Xuhui spent 12.6 billion yuan on roads.',
      '2024-10-20',
    );
    expect(factAt(bare, '12.6 billion yuan').metric).toBeNull();
  });
});

describe('a report on a period dates the flows it states with no date', () => {
  it('an English statistics release titled with its period', () => {
    const facts = factsOf(
      "The city's gross domestic product in the first three quarters of 2025 was 4.03 trillion yuan.\n\nLeading industries. Revenue of the artificial intelligence industry was 408.6 billion yuan, up 19.7 percent year on year.",
      '2025-10-24',
      "Shanghai's economy in the first three quarters of 2025",
    );
    const f = factAt(facts, '408.6 billion yuan');
    expect([f.metric, f.period, f.periodBasis]).toEqual(['ai_industry_scale', '2025-Q1-Q3', 'context']);
  });
  it('a Chinese one; an article that is no report leaves such a flow undated; sensors and the internet of things are not AI', () => {
    const title = '2025年前三季度上海经济运行情况';
    const body = '全市经济运行总体平稳。\n\n人工智能产业营收4086亿元，智能传感器及物联网产业产值2037亿元。';
    const facts = factsOf(body, '2025-10-24', title);
    expect(factAt(facts, '4086亿元').period).toBe('2025-Q1-Q3');
    expect(factAt(facts, '2037亿元').metric).toBeNull();
    expect(factAt(factsOf(body, '2025-10-24', '上海人工智能产业观察'), '4086亿元').period).toBeNull();
  });
});

describe('the end of an article on a web page', () => {
  it('headlines listed after 相关阅读 or Related Stories are other articles’, not this one’s figures', () => {
    const zh = factsOf('2024年上海人工智能产业规模达到4500亿元。\n\n相关阅读\n\n2023年上海人工智能企业超过1000家\n', '2025-01-10');
    expect(zh.map((f) => f.text)).toEqual(['4500亿元']);
    const en = factsOf(
      "Shanghai's AI industry output reached 450 billion yuan in 2024.\n\nRelated Stories\n\nShanghai had more than 1,000 AI companies in 2023\n",
      '2025-01-10',
    );
    expect(en.map((f) => f.text)).toEqual(['450 billion yuan']);
  });
});

describe('WAIC online views', () => {
  it('全网总浏览量 counts online views', () => {
    const facts = factsOf(
      '2023世界人工智能大会闭幕。大会线下入场超过50万人次，全网总浏览量突破31亿人次。',
      '2023-07-10',
      '2023世界人工智能大会闭幕',
    );
    expect(factAt(facts, '突破31亿人次').metric).toBe('waic_online_visits');
  });
});

describe('a telecom operator’s own network', () => {
  it('is not the city’s capacity, unless the clause names the whole', () => {
    expect(factAt(factsOf('上海电信智能算力21EFlops，"息壤"平台接入39家伙伴。', '2025-08-10'), '21EFlops').metric).toBeNull();
    expect(factAt(factsOf('上海移动构建算力网络布局，智算规模超43EFLOPS。', '2025-08-10'), '超43EFLOPS').metric).toBeNull();
    expect(factAt(factsOf('上海移动等运营商助力全市智能算力规模超过30EFLOPS。', '2025-08-10'), '超过30EFLOPS').metric).toBe(
      'compute_capacity',
    );
  });
});

describe('the fields a figure spans, listed after it', () => {
  it('AI named beside other industries makes the figure theirs; fields inside AI leave it AI’s', () => {
    const mixed = factAt(
      factsOf(
        '2025世界人工智能大会闭幕。大会期间，28个重大产业项目集中签约，总投资约510亿元，涉及人工智能、集成电路、生物医药、高端装备等领域。',
        '2025-07-30',
      ),
      '约510亿元',
    );
    expect([mixed.metric, mixed.reason?.en]).toEqual([null, 'about AI and integrated circuits, not AI']);
    const ai = factAt(
      factsOf(
        '大会期间，共有25个人工智能重大产业项目签约，总投资约330亿元，覆盖大模型、智能算力、智能机器人等领域。',
        '2023-07-10',
        '2023世界人工智能大会在上海闭幕',
      ),
      '约330亿元',
    );
    expect(ai.metric).toBe('ai_investment_signed');
    const scale = factAt(
      factsOf('2025年上半年，上海人工智能核心产业营收达78.8亿元，覆盖算力服务、数据服务、算法模型及智能终端等多个领域。', '2025-08-01'),
      '78.8亿元',
    );
    expect(scale.metric).toBe('ai_industry_scale');
  });
});

describe('a daily figure or an average is a rate, not a total', () => {
  it('"an average of over 280 new businesses registered daily", 日均', () => {
    const en = factAt(
      factsOf(
        'Shanghai has seen an average of over 280 new AI businesses registered daily since the beginning of this year.',
        '2025-02-10',
      ),
      'over 280 new AI businesses',
    );
    expect([en.metric, en.reason?.en.startsWith('a ratio')]).toEqual([null, true]);
    expect(factAt(factsOf('上海日均新增人工智能企业12家。', '2025-02-10'), '12家').metric).toBeNull();
    expect(factAt(factsOf('上海人工智能企业达到2800家。', '2025-02-10'), '2800家').metric).toBe('ai_enterprises');
  });
});

describe('English levels after a verb of growth, and one deal', () => {
  it('"has tripled to 450" after "the number of AI companies", "totals about 300,000" after the workforce', () => {
    const tripled = factAt(
      factsOf('The number of AI companies in Minhang has tripled to 450 over the past five years.', '2025-03-10', 'Minhang AI'),
      '450',
    );
    expect([tripled.metric, tripled.geo]).toEqual(['ai_enterprises', 'minhang']);
    const totals = factAt(factsOf("The city's AI workforce totals about 300,000.", '2025-03-10', 'Shanghai AI'), 'about 300,000');
    expect([totals.metric, totals.qualifier]).toEqual(['ai_talent', '~']);
  });
  it('单笔融资 is one deal, not the city’s financing', () => {
    const f = factsOf('2024年，上海人工智能领域融资总额约450亿元，其中商汤科技单笔融资就达到50亿元。', '2025-03-10', '上海人工智能');
    expect(factAt(f, '约450亿元').metric).toBe('ai_financing');
    expect(factAt(f, '50亿元').metric).toBeNull();
  });
});

describe('periods written in words of their own', () => {
  it('全年 after a bare half names that half’s year', () => {
    const f = factsOf('上半年，浦东人工智能产业规模达到1100亿元，同比增长15%；全年预计突破2400亿元。', '2025-08-10', '浦东新区人工智能');
    expect(factAt(f, '1100亿元').period).toBe('2025-H1');
    expect([factAt(f, '突破2400亿元').period, factAt(f, '突破2400亿元').status]).toEqual(['2025', 'forecast']);
  });
  it('what stood N年前 is not today’s: no period; what stands 如今 is', () => {
    const f = factsOf('两年前，模速空间只有18家企业入驻；如今，这里已集聚大模型企业100余家。', '2025-07-10', '模速空间');
    expect(factAt(f, '18家').period).toBeNull();
    expect(factAt(f, '100余家').period).toBe('2025-07');
  });
  it('"today" after a past clause is the article’s date', () => {
    const f = factsOf(
      'Two years ago, Shanghai had 2,000 AI companies; today the city counts more than 3,000 AI companies.',
      '2025-07-10',
      'Shanghai AI',
    );
    expect(factAt(f, 'more than 3,000 AI companies').period).toBe('2025-07');
  });
});

describe('English: a noun, where it is, and the verb before its number; a date in a relative clause', () => {
  it('"AI companies in the city numbered 2,600 at the end of June, up from 2,100 a year earlier"', () => {
    const f = factsOf(
      'AI companies in the city numbered 2,600 at the end of June, up from 2,100 a year earlier.',
      '2024-07-10',
      'Shanghai AI',
    );
    expect([factAt(f, '2,600').metric, factAt(f, '2,600').period]).toEqual(['ai_enterprises', '2024-06']);
  });
  it('"home to 1,100 AI companies that generated 372 billion yuan last year": last year is the revenue’s', () => {
    const f = factsOf(
      'Shanghai, home to more than 1,100 key AI companies that generated revenue of 372 billion yuan last year, is betting big on large models.',
      '2024-07-10',
      'Shanghai AI',
    );
    expect(factAt(f, 'more than 1,100 key AI companies').period).toBe('2024-07');
    expect(factAt(f, '372 billion yuan').period).toBe('2023');
  });
});

describe('a quarter’s end and the first months with no year written', () => {
  it('截至三季度末 is the quarter’s last month; 1-9月 is the first three quarters', () => {
    const f = factsOf('截至三季度末，全市人工智能企业412家；1-9月全市新引进人工智能企业37家。', '2020-10-15', '上海人工智能产业三季度通报');
    expect(factAt(f, '412家').period).toBe('2020-09');
    expect(factAt(f, '37家').period).toBe('2020-Q1-Q3');
    expect(factAt(factsOf('截至2025年三季度末，全市已有82款大模型通过备案。', '2025-10-10'), '82款').period).toBe('2025-09');
  });
});

describe('parts named after 其中, and other places beside Shanghai', () => {
  it('a figure of the whole’s measure after 其中 is a part, unless it names its own place or date', () => {
    const f = factsOf(
      '截至2024年9月底，上海人工智能从业人员规模约29.6万人，约占全国的31%；其中硕士及以上学历人才占42%，海外留学归国人才约3.1万人。',
      '2024-11-10',
      '上海人工智能人才报告',
    );
    expect(factAt(f, '约29.6万人').metric).toBe('ai_talent');
    expect([factAt(f, '约3.1万人').metric, factAt(f, '约3.1万人').reason?.en]).toEqual([
      null,
      'a part of the whole stated before it (of which …), not the whole',
    ]);
    const districts = factsOf('截至2024年底，上海人工智能企业2800家，其中浦东新区1200家。', '2025-03-10', '上海人工智能');
    expect([factAt(districts, '1200家').metric, factAt(districts, '1200家').geo]).toEqual(['ai_enterprises', 'pudong']);
  });
  it('Hong Kong’s parks, Taiwan’s cities, hard tech and all sectors are not Shanghai’s AI', () => {
    expect(
      factAt(factsOf('局方表示，目前已有逾160家人工智能及數據相關企業落戶數碼港。', '2023-07-10', '世界人工智能大會 滬港'), '逾160家')
        .metric,
    ).toBeNull();
    expect(factAt(factsOf('大零号湾则集聚硬科技企业约1100家。', '2026-01-10', '上海闵行人工智能'), '约1100家').metric).toBeNull();
    expect(
      factAt(
        factsOf('Across all sectors, the district counted 2,870 enterprises above designated size.', '2024-01-10', 'Xuhui AI review'),
        '2,870 enterprises',
      ).metric,
    ).toBeNull();
  });
  it('a WAIC count since the first edition is not this edition’s', () => {
    const f = factsOf(
      'Since its first edition in 2018, the conference has held over 1,000 forums.',
      '2025-07-30',
      'WAIC 2025 wraps up in Shanghai',
    );
    expect(factAt(f, 'over 1,000 forums').metric).toBeNull();
  });
});

describe('parts of a wider grouping, the new area, teams, and the venues of a yearly event', () => {
  it('AI’s own part of a wider grouping of industries is AI’s; a part of industrial output stays that kind', () => {
    const f = factsOf(
      '全年全区战略性新兴产业实现营业收入1,206.4亿元，比上年增长21.7%。其中，人工智能产业实现营业收入412.6亿元，增长18.4%。',
      '2022-03-10',
      '2021年杨浦区国民经济和社会发展统计公报',
    );
    expect([factAt(f, '412.6亿元').metric, factAt(f, '412.6亿元').geo]).toEqual(['ai_industry_scale', 'yangpu']);
    const output = factsOf('2024年，全市规上工业总产值4万亿元。其中，人工智能制造业产值1500亿元。', '2025-01-10', '上海工业经济');
    expect(factAt(output, '1500亿元').metric).toBeNull();
  });
  it('新片区 is the Lingang New Area', () => {
    const f = factAt(factsOf('截至去年底，新片区人工智能产业规模达到230亿元。', '2024-04-10', '临港人才政策'), '230亿元');
    expect([f.metric, f.place]).toEqual(['ai_industry_scale', 'lingang']);
  });
  it('firms and teams counted together are not a count of firms', () => {
    expect(factAt(factsOf('模力社区一期已投用，入驻企业和团队43家。', '2025-07-10', '浦东模力社区'), '43家').metric).toBeNull();
  });
  it('a yearly event held at two venues is one event, not a group of places', () => {
    const f = factsOf(
      '2024世界人工智能大会在上海世博中心和世博展览馆举办，展览面积超过5.2万平方米，参展企业500余家。',
      '2024-07-10',
      '2024世界人工智能大会',
    );
    expect([factAt(f, '超过5.2万平方米').metric, factAt(f, '500余家').metric]).toEqual(['waic_exhibition_area', 'waic_exhibitors']);
  });
});

describe('上年同期 as a figure’s own date', () => {
  it('opening a statement with no comparison after it, it is the same months of the year before', () => {
    const f = factsOf(
      '1-9月，全市人工智能产业规模达到3200亿元，同比增长13.1%。上年同期，全市人工智能产业规模为2830亿元。',
      '2020-10-15',
      '上海人工智能产业三季度运行',
    );
    expect(factAt(f, '3200亿元').period).toBe('2020-Q1-Q3');
    expect(factAt(f, '2830亿元').period).toBe('2019-Q1-Q3');
    // The base of a comparison dates nothing: 较上年同期增长 leaves the figure its own months.
    const g = factsOf('1-9月，全市人工智能产业规模达到3200亿元，较上年同期增长13.1%。', '2020-10-15', '上海人工智能产业三季度运行');
    expect(factAt(g, '13.1%').period).toBe('2020-Q1-Q3');
  });
});

describe('这一数字 in the sentence after its measure', () => {
  it('takes the measure of the last figure of the sentence before, in its paragraph', () => {
    const f = factsOf(
      '前三季度，全区人工智能产业产值达到712亿元，同比增长19%。去年同期，这一数字是598亿元。',
      '2024-12-10',
      '徐汇区年终盘点',
    );
    expect([factAt(f, '598亿元').metric, factAt(f, '598亿元').period]).toEqual(['ai_industry_scale', '2023-Q1-Q3']);
    // In a paragraph of its own, there is nothing to point back to.
    const g = factsOf('前三季度，全区人工智能产业产值达到712亿元。\n\n去年同期，这一数字是598亿元。', '2024-12-10', '徐汇区年终盘点');
    expect(factAt(g, '598亿元').metric).toBeNull();
  });
});

describe('a clause that says only when and how much', () => {
  it('goes on with the measure of the figure of its unit before it', () => {
    const f = factsOf('截至去年底，全市智能算力规模达到58EFLOPS，预计今年底将突破80EFLOPS。', '2025-03-10', '上海经信委访谈');
    expect([factAt(f, '突破80EFLOPS').metric, factAt(f, '突破80EFLOPS').status]).toEqual(['compute_capacity', 'forecast']);
    const g = factsOf('2018年全区人工智能产业规模达到128亿元，今年预计将超过150亿元。', '2019-11-10', '静安区人工智能产业投资推介会');
    expect([factAt(g, '超过150亿元').metric, factAt(g, '超过150亿元').period]).toEqual(['ai_industry_scale', '2019']);
    // A clause that names something else is not an ellipsis.
    const h = factsOf('全市人工智能产业规模达到3000亿元，集成电路超过2000亿元。', '2025-03-10', '上海经信委访谈二');
    expect(factAt(h, '超过2000亿元').metric).toBeNull();
  });
});

describe('English catalogue words of the thirteenth session', () => {
  it('"added N AI companies" is new firms; "N people now work on the island" is the island’s talent', () => {
    const added = factAt(factsOf('Shanghai added 236 AI companies in 2023.', '2024-01-10', 'Shanghai AI review'), '236 AI companies');
    expect([added.metric, added.period]).toEqual(['new_ai_enterprises', '2023']);
    const people = factAt(
      factsOf('Some 3,500 people now work on the island, which opened last year.', '2019-09-10', 'Zhangjiang AI Island'),
      'Some 3,500 people',
    );
    expect([people.metric, people.place]).toEqual(['ai_talent', 'zhangjiang_ai_island']);
  });
});

describe('the end of a web page’s body after a line that ends on a number', () => {
  it('推荐阅读 after a line of counters is not joined to it, and the headlines after it are not read', () => {
    const f = factsOf(
      '全市人工智能企业超过2000家。\n\n阅读 10万+　赞 2318　在看 976\n\n推荐阅读\n▶ 上海人工智能产业规模去年超4500亿元\n▶ 7月起这些新规开始施行',
      '2025-07-10',
      '上海人工智能',
    );
    expect(factAt(f, '超过2000家').metric).toBe('ai_enterprises');
    expect(f.some((x) => x.text.includes('4500'))).toBe(false);
    const g = factsOf('全市人工智能企业超过2000家。\n\n■ 相关链接\n上海人工智能产业规模去年超4500亿元', '2025-07-10', '上海人工智能二');
    expect(g.some((x) => x.text.includes('4500'))).toBe(false);
  });
});

describe('English dates and bounds of devset65', () => {
  it('end-2023, the end of the third quarter, a bare year-end after the paragraph’s year; north of', () => {
    const c = factsOf(
      "The city's intelligent computing capacity reached 6.8 exaflops by end-2023, up from 3.1 exaflops a year earlier.",
      '2024-01-10',
      'Shanghai compute doubles',
    );
    expect([factAt(c, '6.8 exaflops').period, factAt(c, '3.1 exaflops').period]).toEqual(['2023-12', '2022-12']);
    const t = factsOf("Shanghai's AI workforce had grown to 252,000 by the end of the third quarter.", '2023-11-10', 'Shanghai AI talent');
    expect(factAt(t, '252,000').period).toBe('2023-09');
    const y = factsOf("In 2025, Shanghai's AI industry grew 12 percent. Jing'an counted 150 AI firms at year-end.", '2026-01-10', 'Review');
    expect(factAt(y, '150 AI firms').period).toBe('2025-12');
    const n = factsOf('The Lingang Special Area, now home to north of 560 AI companies, is growing fast.', '2025-09-10', 'Lingang');
    expect(factAt(n, 'north of 560 AI companies').qualifier).toBe('>');
  });
});

describe('English precision of devset65', () => {
  it('Haidian, Zhongguancun and "the capital’s" are another city’s; "the area" after a zone stays the zone across a mention of Shanghai', () => {
    const h = factsOf(
      'Haidian district, home to about 1,300 AI firms, generates more AI revenue than all of Shanghai.',
      '2021-07-10',
      'West Bund',
    );
    expect(factAt(h, 'about 1,300 AI firms').metric).toBeNull();
    const c = factsOf(
      "The capital's government has said its core AI industry generated more than 400 billion yuan last year.",
      '2024-08-10',
      'AI race',
    );
    expect(factAt(c, 'more than 400 billion yuan').metric).toBeNull();
    const a = factsOf(
      "The Lingang Special Area has become one of Shanghai's fastest-growing AI bases. The area's AI industry generated 27.4 billion yuan in 2024.",
      '2025-09-10',
      "Lingang's AI push",
    );
    expect([factAt(a, '27.4 billion yuan').metric, factAt(a, '27.4 billion yuan').place]).toEqual(['ai_industry_scale', 'lingang']);
  });
  it('a fund’s portfolio, data drawn from firms, an example in an aside, a list of industries at an AI park', () => {
    const fund = factsOf("The district's guidance fund has backed 23 AI start-ups.", '2021-07-10', 'Xuhui AI');
    expect(factAt(fund, '23 AI start-ups').metric).toBeNull();
    const data = factsOf(
      'The report draws on human-resources data from more than 2,000 companies in Shanghai.',
      '2023-11-10',
      'AI talent report',
    );
    expect(factAt(data, 'more than 2,000 companies').metric).toBeNull();
    const robots = factsOf(
      "The district's robotics industry, including humanoid robots, generated 27 billion yuan in 2024.",
      '2025-01-10',
      'Minhang robots',
    );
    expect(factAt(robots, '27 billion yuan').metric).toBeNull();
    const mixed = factsOf(
      'Last year the zone signed 18 projects in AI, new energy and biomedicine with a total investment of 12.6 billion yuan.',
      '2025-01-10',
      'Maqiao AI zone Minhang',
    );
    expect(factAt(mixed, '12.6 billion yuan').metric).toBeNull();
  });
});

describe('Hongqiao airport, the Linkong zone and a part’s place', () => {
  it('Hongqiao airport is in Changning, not the Hongqiao CBD; a place after "a quarter of them" is the part’s', () => {
    const f = factsOf(
      'Changning has built up a cluster of AI firms next to Hongqiao airport. The district has 240 AI enterprises, and roughly a quarter of them sit in the Linkong zone.',
      '2022-11-18',
      'Changning AI',
    );
    expect([factAt(f, '240 AI enterprises').geo, factAt(f, '240 AI enterprises').place]).toEqual(['changning', null]);
  });
});

describe('companies developing large models', () => {
  it('are large-model firms', () => {
    const f = factsOf('The city now counts roughly 60 companies developing large language models.', '2023-06-10', 'Shanghai LLM race');
    expect(factAt(f, 'roughly 60 companies').metric).toBe('large_model_enterprises');
  });
});

describe('全年 after a year named earlier in its paragraph', () => {
  it('is that year, and leaves the as-of date of that year in force', () => {
    const f = factsOf(
      '截至2024年末，全市共有人工智能企业1860家。全年新增通过国家备案的大模型16款，累计达到66款。',
      '2025-03-28',
      '2024年上海市三大先导产业发展情况简析',
    );
    expect(factAt(f, '16款').period).toBe('2024');
    expect(factAt(f, '66款').period).toBe('2024');
    const g = factsOf(
      '截至2022年底，全市人工智能企业超过1100家。全年新增人工智能领域独角兽企业4家。\n\n在算力方面，全市智能算力规模约为2.1EFLOPS。',
      '2023-01-18',
      '2022年本市产业发展情况',
    );
    expect(factAt(g, '约为2.1EFLOPS').period).toBe('2022-12');
  });
});

describe('the chain beside a narrower count', () => {
  it('firms along the chain listed after the above-size AI firms are a wider measure, not more of them', () => {
    const facts = factsOf('上海已集聚人工智能规上企业894家、人工智能产业链关联企业1.2万家。', '2025-06-10');
    expect(factAt(facts, '894家').metric).toBe('ai_enterprises_above_scale');
    expect([factAt(facts, '1.2万家').metric, factAt(facts, '1.2万家').reason?.en]).toEqual([
      null,
      'the related industries or firms along the chain, stated beside the core figure: a wider measure, not the AI industry itself',
    ]);
    // Without 人工智能 it names its own kind of firm (below), none of the list's metrics either.
    expect(factAt(factsOf('上海已集聚人工智能规上企业894家、产业链关联企业1.2万家。', '2025-06-10'), '1.2万家').metric).toBeNull();
  });
});

describe('the items of a list of firms', () => {
  it('a later item that names its own kind of firm counts that kind, not the first item’s', () => {
    const facts = factsOf('全区集聚人工智能企业410家、科技型中小企业2000家。', '2025-06-10', '徐汇区人工智能');
    expect(factAt(facts, '410家').metric).toBe('ai_enterprises');
    expect(factAt(facts, '2000家').metric).toBeNull();
    // An item with no noun of its own continues the list's.
    expect(factAt(factsOf('全区集聚人工智能企业410家、1200家。', '2025-06-10', '徐汇区人工智能'), '1200家').metric).toBe('ai_enterprises');
  });
  it('an earlier item with its own noun after its number does not take a later item’s, in digits or in numerals', () => {
    for (const later of ['超千家', '1000余家', '上千家'])
      expect(
        factAt(factsOf(`闵行拥有超200家配套企业、${later}人工智能规上企业。`, '2026-01-10', '闵行区人工智能'), '超200家').metric,
      ).toBeNull();
    const facts = factsOf('闵行拥有超200家上下游企业、超千家人工智能规上企业。', '2026-01-10', '闵行区人工智能');
    expect(factAt(facts, '超200家').qualifier).toBe('>');
    expect(factAt(facts, '超千家').metric).toBe('ai_enterprises_above_scale');
  });
  it('规上 in a later item names that item, not the first', () => {
    const facts = factsOf('全区人工智能企业410家、规上企业78家。', '2025-06-10', '徐汇区人工智能');
    expect([factAt(facts, '410家').metric, factAt(facts, '78家').metric]).toEqual(['ai_enterprises', 'ai_enterprises_above_scale']);
    expect(factAt(factsOf('上海规上人工智能企业达到348家。', '2025-06-10'), '348家').metric).toBe('ai_enterprises_above_scale');
  });
});

describe('a parallel clause that names only its place', () => {
  it('takes the measure of the clause before it; another city or the country stays off the charts', () => {
    const facts = factsOf('浦东新区人工智能企业超过1200家，徐汇区超过800家，长宁区则为300家，北京超过3000家。', '2025-03-10');
    expect([factAt(facts, '超过800家').metric, factAt(facts, '超过800家').geo]).toEqual(['ai_enterprises', 'xuhui']);
    expect([factAt(facts, '300家').metric, factAt(facts, '300家').geo]).toEqual(['ai_enterprises', 'changning']);
    expect([factAt(facts, '超过3000家').metric, factAt(facts, '超过3000家').reason?.en]).toEqual([
      null,
      'a figure for another city, the country or the world, not Shanghai’s',
    ]);
    // A clause with a noun of its own is not the earlier measure's.
    expect(factAt(factsOf('浦东新区人工智能企业超过1200家，徐汇区有800家创新平台。', '2025-03-10'), '800家').metric).toBeNull();
  });
});

describe('WAIC views and disclosed financing', () => {
  it('views counted in 次 are the online participation; a small count in 次 is not', () => {
    const text = '2025世界人工智能大会闭幕。大会期间，线下参观人数突破30万人次，线上观看量超过10亿次。';
    const f = factAt(factsOf(text, '2025-07-29'), '超过10亿次');
    expect([f.metric, f.value, f.period]).toEqual(['waic_online_visits', 1e9, '2025']);
    expect(factAt(factsOf('2025世界人工智能大会期间，线上举办活动50次。', '2025-07-29'), '50次').metric).toBeNull();
  });
  it('the disclosed amount of a year’s AI deals is AI financing', () => {
    const f = factAt(factsOf('2024年上海人工智能领域投融资事件达到400起，披露金额超过600亿元。', '2025-03-01'), '超过600亿元');
    expect([f.metric, f.period, f.qualifier]).toEqual(['ai_financing', '2024', '>']);
  });
});

describe('what a count counts', () => {
  it('a count of projects, scenarios or datasets is not a count of filed models, in either language', () => {
    const zh = factsOf('今年以来，上海已有30个人工智能项目通过备案，15个人工智能应用场景完成备案。', '2025-04-10');
    expect([factAt(zh, '30个').metric, factAt(zh, '30个').reason?.en]).toEqual([
      null,
      'a count of projects, scenarios, patents or the like, not of firms, models or people',
    ]);
    expect(factAt(zh, '15个').metric).toBeNull();
    const en = 'Shanghai has approved 30 AI application projects so far this year. So far, 12 AI datasets have been filed in Shanghai.';
    expect(factAt(factsOf(en, '2025-04-10'), '30 AI application projects').metric).toBeNull();
    expect(factAt(factsOf(en, '2025-04-10'), '12 AI datasets').metric).toBeNull();
  });
  it('models and firms are still counted, nouns run together read by their last word', () => {
    expect(factAt(factsOf('上海已有80个大模型完成备案。', '2025-04-10'), '80个').metric).toBe('filed_models');
    expect(factAt(factsOf('Shanghai has 82 registered large models.', '2025-04-10'), '82 registered large models').metric).toBe(
      'filed_models',
    );
    expect(factAt(factsOf('上海人工智能产业园区企业超过300家。', '2025-04-10'), '超过300家').metric).toBe('ai_enterprises');
  });
});

describe('one venue of WAIC', () => {
  it('a district or park that is the subject of a WAIC figure holds its own part of the edition', () => {
    const facts = factsOf('2024年大会期间，西岸共举办论坛和活动46场，接待观众8.2万人次。', '2024-12-20', '2024世界人工智能大会');
    expect(factAt(facts, '46场').metric).toBeNull();
    expect(factAt(facts, '8.2万人次').reason?.en).toBe(
      "one venue's or district's part of the conference (the West Bund hosted 46 forums), not the whole edition's",
    );
  });
  it('where the conference is held, or its own halls, leave the figure the edition’s; 观众 are on-site visits', () => {
    const held = factsOf('本届大会在浦东世博中心举办，吸引500余家企业参展，现场观众超过30万人次。', '2024-07-30', '2024世界人工智能大会');
    expect([factAt(held, '500余家').metric, factAt(held, '超过30万人次').metric]).toEqual(['waic_exhibitors', 'waic_onsite_visits']);
    const hall = factsOf('世博中心作为主会场，展览面积超过5.2万平方米。', '2024-07-30', '2024世界人工智能大会');
    expect(factAt(hall, '超过5.2万平方米').metric).toBe('waic_exhibition_area');
  });
});

describe('a sentence that goes through several districts', () => {
  it('leaves none of them the topic of the next sentence', () => {
    const text =
      "Shanghai's AI sector now counts some 2,300 companies. Pudong alone is home to 900 of them, Xuhui to 400. Their combined revenue topped 450 billion yuan last year.";
    const f = factAt(factsOf(text, '2025-03-10'), 'topped 450 billion yuan');
    expect([f.metric, f.geo, f.period]).toEqual(['ai_industry_scale', 'shanghai', '2024']);
    // One district named is still carried on.
    const one = factsOf('徐汇区今年举办了人工智能大会。全区人工智能企业超过1100家。', '2025-03-10');
    expect(factAt(one, '超过1100家').geo).toBe('xuhui');
  });
  it('其中 and a place opening each clause: the parts of the sentence before, district by district', () => {
    const facts = factsOf('截至2024年底，上海人工智能企业2300家。其中，浦东900家，徐汇400家。', '2025-03-10');
    expect([factAt(facts, '900家').metric, factAt(facts, '900家').geo, factAt(facts, '900家').period]).toEqual([
      'ai_enterprises',
      'pudong',
      '2024-12',
    ]);
    expect([factAt(facts, '400家').metric, factAt(facts, '400家').geo]).toEqual(['ai_enterprises', 'xuhui']);
    // Without 其中 a sentence of its own is no ellipsis.
    expect(factAt(factsOf('上海人工智能企业2300家。浦东900家。', '2025-03-10'), '900家').metric).toBeNull();
  });
});

describe('English subjects and funds', () => {
  it('a firm named before an aside is the subject of a later verb joined by "and"', () => {
    const text = "MiniMax, one of the city's AI unicorns, has raised more than 1 billion US dollars and employs about 1,000 people.";
    const f = factAt(factsOf(text, '2025-06-10'), 'about 1,000 people');
    expect([f.metric, f.reason?.en]).toEqual([
      null,
      "one company's or institution's own figure (its staff, revenue, the firms it incubated), not a place's",
    ]);
    // The city before an aside stays the city.
    const city = factsOf(
      "Shanghai, the country's AI hub, has built 40 computing centres and employs about 300,000 AI professionals.",
      '2025-06-10',
    );
    expect(factAt(city, 'about 300,000 AI professionals').metric).toBe('ai_talent');
  });
  it('an amount in industry funds is no industry scale', () => {
    const f = factAt(factsOf('Shanghai aims to have 100 billion yuan in AI industry funds by 2027.', '2025-06-10'), '100 billion yuan');
    expect(f.metric).toBeNull();
  });
});

describe('a clause of where the measure came from and went to', () => {
  it('takes the measure of the clause before it, in either language', () => {
    const zh = factsOf('上海人工智能产业规模快速增长，从2018年的1340亿元增至2024年的3800亿元。', '2025-06-10');
    expect([factAt(zh, '1340亿元').metric, factAt(zh, '1340亿元').period]).toEqual(['ai_industry_scale', '2018']);
    expect([factAt(zh, '3800亿元').metric, factAt(zh, '3800亿元').period]).toEqual(['ai_industry_scale', '2024']);
    const en = factsOf(
      "Shanghai's AI industry has grown rapidly, from 130 billion yuan in 2018 to 380 billion yuan in 2024.",
      '2025-06-10',
    );
    expect([factAt(en, '130 billion yuan').metric, factAt(en, '380 billion yuan').period]).toEqual(['ai_industry_scale', '2024']);
    // A clause that names something else after 从 is its own.
    const other = factsOf('上海人工智能产业规模快速增长，研发投入从2018年的60亿元增至2024年的150亿元。', '2025-06-10');
    expect(factAt(other, '150亿元').metric).toBeNull();
  });
});

describe('"the number of" before a clause of level', () => {
  it('an adverb and a comma may stand between the noun and its level (has risen steadily, reaching 2,300)', () => {
    const text = 'The number of AI companies in Shanghai has risen steadily, reaching 2,300 at the end of 2024.';
    const f = factAt(factsOf(text, '2025-06-10'), '2,300');
    expect([f.metric, f.period]).toEqual(['ai_enterprises', '2024-12']);
  });
});

describe('a year or its end still to come, with no year named', () => {
  it('年底 or 全年 with a word of forecast or aim is the article’s year', () => {
    const end = factAt(factsOf('到年底，上海智能算力规模有望突破5万P。', '2025-03-10'), '突破5万P');
    expect([end.metric, end.period, end.status]).toEqual(['compute_capacity', '2025-12', 'forecast']);
    const year = factAt(factsOf('预计全年上海人工智能产业规模将超过4500亿元。', '2025-03-10'), '超过4500亿元');
    expect([year.metric, year.period]).toEqual(['ai_industry_scale', '2025']);
    // Without one it says nothing of which year's end: the stock stands as of the article's date.
    expect(factAt(factsOf('年底上海智能算力规模突破5万P。', '2025-03-10'), '突破5万P').period).toBe('2025-03');
  });
  it('a sentence about one facility (这是…) is not the city’s compute', () => {
    const text = '这是上海首个专注于垂直领域的千卡集群，预计年底总算力规模达1000P。';
    expect(factAt(factsOf(text, '2023-12-10'), '1000P').metric).toBeNull();
  });
});

describe('research notes, venues by hall, plans', () => {
  it('a sentence that opens with 公司 is the company’s, clause after clause; a count of companies is not', () => {
    const note = factsOf(
      '公司A在临港建设的智算中心规模已达2000P，2024年上半年实现营收12.3亿元，同比增长45%。',
      '2024-09-10',
      '上海人工智能',
    );
    expect([factAt(note, '12.3亿元').metric, factAt(note, '45%').metric]).toEqual([null, null]);
    expect(factAt(factsOf('公司数量方面，上海人工智能企业已超过2000家。', '2024-09-10'), '超过2000家').metric).toBe('ai_enterprises');
  });
  it('WAIC figures broken down by hall are parts', () => {
    const text = '分館來看：世博展覽館H1、H2館展覽面積約3.5萬平方米，集中展示30餘款大模型。';
    expect(factAt(factsOf(text, '2023-07-06', '2023世界人工智能大會開幕'), '約3.5萬平方米').metric).toBeNull();
  });
  it('a plan is a target; a figure for a date still to come is never what already is', () => {
    const plan = factAt(factsOf('上海计划到2027年把智能算力规模提升至10万P。', '2025-03-10'), '10万P');
    expect([plan.metric, plan.period, plan.status]).toEqual(['compute_capacity', '2027', 'target']);
    const later = factAt(factsOf('上海人工智能企业目前已达2000家，到2027年将达到3000家。', '2025-03-10'), '3000家');
    expect([later.period, later.status]).toEqual(['2027', 'forecast']);
  });
  it('technology-based firms of every sector are not AI firms', () => {
    const text = '上海人工智能产业规模达到3800亿元。全市计划引育科技型企业5000家。';
    expect(factAt(factsOf(text, '2025-03-10'), '5000家').metric).toBeNull();
  });
});

describe('a park’s own page', () => {
  const page = [
    '马桥人工智能创新试验区位于闵行区西南部，距虹桥综合交通枢纽约35公里。',
    '',
    '试验区聚焦智能终端、智能制造三大方向。目前已集聚人工智能企业230余家。2025年，试验区人工智能产业产值达到186亿元。',
    '',
    '已建成产业载体68万平方米，在建载体35万平方米。',
  ].join('\n');
  it('the short name is the last place named whose name ends so, not the last place named', () => {
    const f = factAt(factsOf(page, '2026-05-10', '马桥人工智能创新试验区简讯'), '186亿元');
    expect([f.metric, f.place, f.period]).toEqual(['ai_industry_scale', 'maqiao_ai_zone', '2025']);
  });
  it('a park’s guide speaks of the park throughout; space still being built is not its office space', () => {
    const facts = factsOf(page, '2026-05-10', '马桥人工智能创新试验区招商指南（2026版）');
    expect([factAt(facts, '68万平方米').metric, factAt(facts, '68万平方米').place]).toEqual(['office_space', 'maqiao_ai_zone']);
    expect(factAt(facts, '35万平方米').metric).toBeNull();
    // Another article with the park in its title does not lend it to a sentence that names no place.
    expect(factAt(factsOf(page, '2026-05-10', '马桥人工智能创新试验区举行签约活动'), '68万平方米').metric).toBeNull();
  });
});

describe('an interview’s answers', () => {
  const qa = [
    'Three weeks after Shanghai lifted its lockdown, we spoke with a deputy director of the Lingang Special Area Administration.',
    '',
    'Q: How big is Lingang’s AI sector today?',
    '',
    'A: We have around 200 AI companies in the special area. AI industry output was 18 billion yuan last year.',
    '',
    'A: Hong Kong Science Park is our partner. It hosts about 300 AI firms.',
  ].join('\n');
  it('speak for the place the interview is with, sentence after sentence, unless a sentence opens with someone else', () => {
    const facts = factsOf(qa, '2022-06-24', 'Q&A: Lingang official on the area’s AI ambitions');
    const f = factAt(facts, '18 billion yuan');
    expect([f.metric, f.geo, f.place, f.period]).toEqual(['ai_industry_scale', 'pudong', 'lingang', '2021']);
    expect(factAt(facts, 'about 300 AI firms').metric).toBeNull();
  });
});

describe('a plan the sentence follows', () => {
  it('依规划 / according to the plan make every later clause a target, of its year', () => {
    const f = factAt(factsOf('依規劃，到2023年底新片區算力將提升至4000P。', '2021-11-10', '臨港新片區算力'), '4000P');
    expect([f.metric, f.place, f.period, f.status]).toEqual(['compute_capacity', 'lingang', '2023', 'target']);
  });
});

describe('a value after its label’s colon', () => {
  it('takes the label’s measure, in a list of such items or alone', () => {
    const facts = factsOf('上海人工智能产业规模：3800亿元（2024年）；人工智能企业数：2300家（截至2024年底）。', '2025-01-10');
    expect([factAt(facts, '3800亿元').metric, factAt(facts, '3800亿元').period]).toEqual(['ai_industry_scale', '2024']);
    expect([factAt(facts, '2300家').metric, factAt(facts, '2300家').period]).toEqual(['ai_enterprises', '2024-12']);
    const en = factAt(factsOf('Shanghai AI industry scale: 380 billion yuan (2024).', '2025-01-10'), '380 billion yuan');
    expect([en.metric, en.period]).toEqual(['ai_industry_scale', '2024']);
  });
});

describe('a place of several words set beside the one before', () => {
  it('while the Lingang Special Area has more than 200: the same measure, of that place', () => {
    const text = 'Zhangjiang now hosts over 400 AI companies, while the Lingang Special Area has more than 200.';
    const f = factAt(factsOf(text, '2024-07-10'), 'more than 200');
    expect([f.metric, f.place]).toEqual(['cluster_enterprises', 'lingang']);
  });
});

describe('a year-end with no year named', () => {
  it('年末 (or 截至年底) in an article of January to March is the year just ended', () => {
    const f = factAt(factsOf('年末全区共有人工智能企业510家，比上年末增加62家。', '2025-03-10', '杨浦区统计公报'), '510家');
    expect([f.metric, f.geo, f.period]).toEqual(['ai_enterprises', 'yangpu', '2024-12']);
    // Later in the year, or 年底 of a plan, it says nothing of which year.
    expect(factAt(factsOf('年末全区共有人工智能企业510家。', '2025-07-10', '杨浦区统计公报'), '510家').period).not.toBe('2024-12');
    expect(factAt(factsOf('年底全区人工智能企业达到600家。', '2025-02-10', '杨浦区人工智能'), '600家').period).not.toBe('2024-12');
  });
});

describe('English wire shapes (devset68)', () => {
  it('a grouping whose aside lists AI among other things is not AI (which covers e-commerce, online entertainment and AI)', () => {
    const text =
      'The district\'s "online new economy," which covers e-commerce, online entertainment and AI, generated revenue of 220 billion yuan in the January-September period.';
    expect(factAt(factsOf(text, '2021-11-10', 'Yangpu district'), '220 billion yuan').metric).toBeNull();
  });
  it('the day after a month’s name in a dateline is no count (Aug. 6 -- Artificial intelligence companies …)', () => {
    const facts = factsOf(
      '(Yicai) Aug. 6 -- Artificial intelligence companies in Shanghai raised CNY32.4 billion in the first half.',
      '2025-08-06',
    );
    expect(facts.some((f) => f.value === 6)).toBe(false);
    expect(factAt(facts, 'CNY32.4 billion').metric).toBe('ai_financing');
  });
  it('between 30 and 40 is a range, charted as more than its low end; firms developing their own large models', () => {
    const f = factAt(
      factsOf('"Between 30 and 40 companies in the city are developing their own large models," he said.', '2023-09-10', 'Shanghai AI'),
      '30 and 40 companies',
    );
    expect([f.metric, f.value, f.qualifier]).toEqual(['large_model_enterprises', 30, '>']);
  });
  it('the date of what a multiple is of is no date of the figures after it (约为去年…的五倍；…逾150家)', () => {
    const text = '三日會期內線上瀏覽量逾4.5億次，約為去年第二屆大會的五倍；大會吸引逾150家企業線上線下參展。';
    const f = factAt(factsOf(text, '2020-07-12', '世界人工智能大會雲端閉幕'), '逾150家');
    expect([f.metric, f.period]).toEqual(['waic_exhibitors', '2020']);
  });
  it('力拚 sets a target, of its year', () => {
    const f = factAt(factsOf('上海今年力拚在年底前將智慧算力規模提升至80EFLOPS。', '2026-05-10'), '80EFLOPS');
    expect([f.metric, f.period, f.status]).toEqual(['compute_capacity', '2026', 'target']);
  });
});

describe('Hong Kong and Taiwan reports (devset68)', () => {
  it('an outlet’s tag names no scope; 首三季 is the first three quarters; 料逾 is a forecast of the clause before’s measure', () => {
    const text =
      '【香港經濟日報訊】上海市經濟和信息化委員會周二公布，今年首三季上海人工智能核心產業規模約3,400億元人民幣，全年料逾4,500億元。';
    const facts = factsOf(text, '2024-11-06', '滬AI核心產業首三季約3400億 臨港智算規模按年增一倍');
    const q = factAt(facts, '約3,400億元');
    expect([q.metric, q.geo, q.place, q.period]).toEqual(['ai_industry_scale', 'shanghai', null, '2024-Q1-Q3']);
    const year = factAt(facts, '逾4,500億元');
    expect([year.metric, year.period, year.status]).toEqual(['ai_industry_scale', '2024', 'forecast']);
  });
  it('the city at the end of an apposition (中國大陸人工智慧重鎮上海，…) is the scope, not the country', () => {
    const text = '（中央社記者上海20日專電）中國大陸人工智慧（AI）重鎮上海，大模型企業數量已突破400家。';
    const f = factAt(factsOf(text, '2026-05-20', '上海大模型企業'), '突破400家');
    expect([f.metric, f.geo]).toEqual(['large_model_enterprises', 'shanghai']);
  });
});

describe('English shares and money (devset68)', () => {
  it('"a quarter of" is a share; a currency conversion in brackets does not end the figure’s words', () => {
    const share = factAt(factsOf('Shanghai now has a quarter of the country’s AI talent.', '2019-08-10'), 'a quarter');
    expect([share.metric, share.value]).toEqual(['ai_talent__share_of_country', 25]);
    const money = factAt(
      factsOf(
        "Investors poured 18.5 billion yuan (US$2.5 billion) into Shanghai's AI start-ups in the first half of the year.",
        '2023-09-10',
      ),
      '18.5 billion yuan',
    );
    expect([money.metric, money.period]).toEqual(['ai_financing', '2023-H1']);
  });
});

describe('places and dates within a paragraph', () => {
  it('a stock beside a flow that took the paragraph’s opening date shares it', () => {
    const text = '2024年，浦东新区人工智能产业规模达到1500亿元。徐汇区人工智能产业规模约900亿元，企业数量超过600家。';
    const f = factAt(factsOf(text, '2025-02-10', '上海各区人工智能产业发展观察'), '超过600家');
    expect([f.metric, f.geo, f.period]).toEqual(['ai_enterprises', 'xuhui', '2024']);
  });
  it('every item of what a subject relies on (依托大零号湾和马桥) is an object, not the figure’s place', () => {
    const f = factAt(factsOf('闵行区则依托大零号湾和马桥，人工智能企业达到400家。', '2025-02-10', '上海各区人工智能产业发展观察'), '400家');
    expect([f.metric, f.geo, f.place]).toEqual(['ai_enterprises', 'minhang', null]);
  });
});

describe('page furniture (devset69)', () => {
  it('a headline repeated as the first line gives way to the body’s own figure of the same measure and period', () => {
    const title = '上海人工智能产业规模去年突破4000亿元';
    const text = `${title}\n\n新华社上海1月8日电 2024年，上海人工智能产业规模达到4127亿元，同比增长9.6%。`;
    const facts = factsOf(text, '2025-01-08', title);
    expect(factAt(facts, '突破4000亿元').metric).toBeNull();
    expect(factAt(facts, '突破4000亿元').reason?.en).toBe('the headline’s figure: the body states its own for the same measure and place');
    expect([factAt(facts, '4127亿元').metric, factAt(facts, '4127亿元').period]).toEqual(['ai_industry_scale', '2024']);
    // A headline figure the body does not restate stays.
    const alone = factsOf(`${title}\n\n浦东新区人工智能企业超过800家。`, '2025-01-08', title);
    expect(factAt(alone, '突破4000亿元').metric).toBe('ai_industry_scale');
  });
  it('"Related:" on a line of its own ends the body', () => {
    const text = 'Xuhui is home to more than 1,100 AI companies.\n\nRelated:\n- Shanghai AI industry tops 450 billion yuan';
    const facts = factsOf(text, '2025-06-10', 'Xuhui AI');
    expect(facts.some((f) => f.text.includes('450 billion'))).toBe(false);
  });
  it('“last September” in an April article is the September before; “last February” is left undated', () => {
    expect(factAt(factsOf('ModelSpeed Space had 47 tenants last September.', '2024-04-17'), '47 tenants').period).toBe('2023-09');
    expect(factAt(factsOf('ModelSpeed Space had 47 tenants last February.', '2024-04-17'), '47 tenants').period).not.toBe('2024-02');
  });
});

describe('changes and their bases (devset69)', () => {
  it('a change against a year before the last is not year on year, in either language', () => {
    const zh = factsOf('2024年，上海人工智能产业规模达到4127亿元，同比增长9.6%，较2020年增长83.7%。', '2025-01-08');
    expect(factAt(zh, '9.6%').metric).toBe('ai_industry_scale__growth_yoy');
    expect(factAt(zh, '83.7%').reason?.en).toBe('a change against an earlier year (up 83.7% on 2020), not year on year');
    const en = factsOf("Shanghai's AI industry grew 83.7 percent in 2024 compared with 2020.", '2025-01-08');
    expect(factAt(en, '83.7 percent').metric).toBeNull();
  });
  it('the level a change started from is not today’s, unless the text says so', () => {
    const from = factsOf('ModelSpeed Space now houses 108 companies, up from 47 when it opened.', '2024-04-17');
    expect(factAt(from, '47').period).not.toBe('2024-04');
    const now = factsOf(
      'Shanghai aims for 100 EFLOPS of intelligent computing capacity by 2025, up from 58 EFLOPS at present.',
      '2024-04-17',
    );
    expect(factAt(now, '58 EFLOPS').period).toBe('2024-04');
  });
  it('signed projects at an AI park whose next clause lists other fields are not AI’s signed investment', () => {
    const text = '2022年，马桥人工智能创新试验区新签约项目15个，总投资约58亿元，涵盖人工智能、生物医药、新材料等领域。';
    expect(factAt(factsOf(text, '2023-03-10'), '约58亿元').metric).toBeNull();
  });
});

describe('the level compared against', () => {
  it('较2021年底的80家 is the same measure at the date it names; the date is no later clause’s', () => {
    const park = factsOf('目前，张江人工智能岛入驻企业126家，较2021年底的80家增长近六成。', '2024-07-10');
    const f = factAt(park, '80家');
    expect([f.metric, f.place, f.period, f.periodBasis]).toEqual(['cluster_enterprises', 'zhangjiang_ai_island', '2021-12', 'stated']);
    const city = factsOf('上海人工智能企业2300家，较2020年的1100家翻了一番，其中大模型企业120家。', '2024-07-10');
    expect([factAt(city, '1100家').metric, factAt(city, '1100家').period]).toEqual(['ai_enterprises', '2020']);
    expect(factAt(city, '120家').period).toBe('2024-07');
  });
});

describe('a place ranked with a figure', () => {
  it('came second with 85 billion yuan: the measure and period of the figure it is ranked against', () => {
    const text =
      "In 2025, Pudong New Area's AI industry reached 186 billion yuan. Xuhui, home to ModelSpeed Space, came second with 85 billion yuan, up from 73 billion yuan in 2024.";
    const facts = factsOf(text, '2026-06-10', 'Shanghai districts race');
    const f = factAt(facts, '85 billion yuan');
    expect([f.metric, f.geo, f.period]).toEqual(['ai_industry_scale', 'xuhui', '2025']);
    expect([factAt(facts, '73 billion yuan').metric, factAt(facts, '73 billion yuan').period]).toEqual(['ai_industry_scale', '2024']);
  });
});

describe('an English share that points back to a count', () => {
  it('"40 percent of them": a district\'s share of the count the city has', () => {
    const text = 'Shanghai now has more than 1,100 AI companies, and Pudong alone accounts for about 40 percent of them.';
    const f = factAt(factsOf(text, '2019-08-20'), 'about 40 percent');
    expect([f.metric, f.geo, f.period]).toEqual(['ai_enterprises__share_of_city', 'pudong', '2019-08']);
  });
  it('"That is 44 percent of the city\'s total": the share of the count before, as of its date', () => {
    const text =
      "As of the end of March, 61 generative AI models developed in Xuhui had completed national filing. That is 44 percent of the city's total.";
    const f = factAt(factsOf(text, '2026-04-15'), '44 percent');
    expect([f.metric, f.geo, f.period]).toEqual(['filed_models__share_of_city', 'xuhui', '2026-03']);
  });
  it("a district's own count is no whole of the city: a share of it is not charted", () => {
    const text = 'Our district now has 240 AI enterprises, and roughly a quarter of them sit in the Linkong zone.';
    expect(factAt(factsOf(text, '2022-11-20', 'Changning district interview'), 'roughly a quarter').metric).toBeNull();
  });
  it("a share of the city's count placed at the city is the city's own part, not charted", () => {
    const text = "Shanghai has 200,000 AI professionals, and 62 percent of them hold a master's degree.";
    expect(factAt(factsOf(text, '2024-05-20'), '62 percent').metric).toBeNull();
  });
  it('"nearly half of them are in Pudong": the place where the part is holds the share', () => {
    const text = 'Shanghai has 1,100 AI companies, and nearly half of them are in Pudong.';
    const f = factAt(factsOf(text, '2024-05-20'), 'nearly half');
    expect([f.metric, f.geo]).toEqual(['ai_enterprises__share_of_city', 'pudong']);
  });
  it('not a share of the city: a part of them with more said after it, another count nearer, another whole', () => {
    const none = (text: string, surface: string, date = '2024-05-20') => expect(factAt(factsOf(text, date), surface).metric).toBeNull();
    none("Shanghai has about 200,000 AI professionals, and 60 percent of them in Pudong hold a master's degree.", '60 percent');
    none('Minhang has 400 AI enterprises, and 30 percent of them rank among the top 100 in the city.', '30 percent');
    none('Shanghai has 1,100 AI companies serving 3,000 manufacturers, and Jiading accounts for 30 percent of them.', '30 percent');
    none("Xuhui's AI revenue was 80 billion yuan last year. That is 30 percent of the city's total AI investment.", '30 percent');
    none("Pudong has 500 AI companies and 60,000 AI workers. That is 30 percent of the city's total.", '30 percent');
  });
  it("not a share of the city: joint or other holders, a count that is no stock of the city, two counts, a district's share of the country", () => {
    const none = (text: string, surface: string) => expect(factAt(factsOf(text, '2024-05-20'), surface).metric).toBeNull();
    none('Shanghai has 1,100 AI companies, and Pudong and Xuhui account for 60 percent of them.', '60 percent');
    none('Shanghai has 200,000 AI professionals, and universities in Yangpu account for 10 percent of them.', '10 percent');
    none('Shanghai has 1,100 AI companies, and districts other than Pudong account for 60 percent of them.', '60 percent');
    none('Shanghai attracted 200 AI companies last year, and Pudong accounts for 40 percent of them.', '40 percent');
    none('Shanghai aims to have 1,500 AI companies by 2027, and Pudong hosts 40 percent of them.', '40 percent');
    none('Shanghai has 1,100 AI companies and 34 filed models, and Xuhui accounts for 40 percent of them.', '40 percent');
    none("Pudong has 500 AI firms. That's about 11 percent of the country's total.", 'about 11 percent');
  });
  it('"followed by Xuhui district with 17 percent": the measure of the share it is ranked after', () => {
    const text = "Pudong New Area is home to 41 percent of the city's AI professionals, followed by Xuhui district with 17 percent.";
    const f = factAt(factsOf(text, '2022-09-20'), '17 percent');
    expect([f.metric, f.geo]).toEqual(['ai_talent__share_of_city', 'xuhui']);
  });
  it('only a place of Shanghai follows with a figure of the same measure: not another city, not another subject', () => {
    const beijing = factsOf(
      "Shanghai's AI industry scale reached 450 billion yuan last year, followed by Beijing with 400 billion yuan.",
      '2024-05-20',
    );
    expect(factAt(beijing, '400 billion yuan').metric).toBeNull();
    const other = factsOf(
      "Pudong is home to 41 percent of the city's AI professionals, followed by universities with 17 percent.",
      '2024-05-20',
    );
    expect(factAt(other, '17 percent').metric).toBeNull();
    const more = factsOf(
      "Pudong is home to 41 percent of the city's AI companies, followed by Xuhui with 17 percent of its AI talent.",
      '2024-05-20',
    );
    expect(factAt(more, '17 percent').metric).toBeNull();
    const before = factsOf(
      "Shanghai's AI industry revenue grew 12 percent last year. By number of AI firms, Pudong ranked first, followed by Xuhui with 17 percent.",
      '2024-05-20',
    );
    expect(factAt(before, '17 percent').metric).toBeNull();
  });
});

describe('an English place holding a figure of a unit only one metric is measured in', () => {
  it('"Lingang has 2.1 EFLOPS in operation" and "ahead of Shanghai\'s 112 exaflops" are compute, with no noun for it', () => {
    const lingang = factAt(factsOf('Lingang has 2.1 EFLOPS in operation.', '2024-03-10'), '2.1 EFLOPS');
    expect([lingang.metric, lingang.geo, lingang.place]).toEqual(['compute_capacity', 'pudong', 'lingang']);
    const facts = factsOf("Beijing now has 150 exaflops, ahead of Shanghai's 112 exaflops.", '2026-02-10');
    expect([factAt(facts, '112 exaflops').metric, factAt(facts, '112 exaflops').geo]).toEqual(['compute_capacity', 'shanghai']);
    expect(factAt(facts, '150 exaflops').metric).toBeNull();
  });
  it('"Minhang district has 400 PFLOPS in operation": a district written in lower case holds it too', () => {
    const f = factAt(factsOf('Minhang district has 400 PFLOPS in operation.', '2025-05-10'), '400 PFLOPS');
    expect([f.metric, f.geo]).toEqual(['compute_capacity', 'minhang']);
  });
  it('"Shanghai had 6.5 EFLOPS at the end of 2024, up 60 percent year on year": a date and a change may follow', () => {
    const f = factAt(factsOf('Shanghai had 6.5 EFLOPS at the end of 2024, up 60 percent year on year.', '2025-05-10'), '6.5 EFLOPS');
    expect([f.metric, f.period]).toEqual(['compute_capacity', '2024-12']);
  });
  it('not an operator or use after a comma, a clause of its own time, an institution, a total of kinds, a plan', () => {
    const none = (text: string, surface: string) => expect(factAt(factsOf(text, '2025-05-10'), surface).metric).toBeNull();
    none('Lingang has 2.1 EFLOPS, run by SenseTime and China Telecom.', '2.1 EFLOPS');
    none('Lingang has 500 PFLOPS up for lease at subsidized prices.', '500 PFLOPS');
    none('When the lab opened, Xuhui had 50 PFLOPS.', '50 PFLOPS');
    none('Huawei Lianqiu Lake R&D Center has 2 EFLOPS.', '2 EFLOPS');
    none('Shanghai has 5 EFLOPS: 3 EFLOPS of intelligent computing and 2 EFLOPS of general computing.', '5 EFLOPS');
    none("Beijing aims for 50 EFLOPS by 2027, ahead of Shanghai's 30 EFLOPS.", '30 EFLOPS');
  });
  it('not a facility, operator, kind, increase or part named around the figure', () => {
    const none = (text: string, surface: string) => expect(factAt(factsOf(text, '2025-05-10'), surface).metric).toBeNull();
    none("SenseTime's AIDC in Lingang has 3.74 EFLOPS.", '3.74 EFLOPS');
    none('Shanghai has 1.2 EFLOPS of supercomputing capacity, mainly at the Shanghai Supercomputer Center.', '1.2 EFLOPS');
    none('Songjiang has 3 EFLOPS across four sites run by China Mobile.', '3 EFLOPS');
    none("Shanghai's 2 EFLOPS increase in 2024 was the largest in the country.", '2 EFLOPS');
    none("Lingang's 2.1 EFLOPS base opened in 2024.", '2.1 EFLOPS');
  });
  it("not one facility's figure, nor a figure no place holds", () => {
    expect(factAt(factsOf('Pudong has a 500 PFLOPS computing center.', '2025-05-10'), '500 PFLOPS').metric).toBeNull();
    expect(factAt(factsOf('Pudong will add 500 PFLOPS next year.', '2025-05-10'), '500 PFLOPS').metric).toBeNull();
    expect(factAt(factsOf('The new Huawei chip delivers 256 teraflops.', '2025-05-10'), '256 teraflops').metric).toBeNull();
  });
});

describe('English comparisons (devset68)', () => {
  it('"the number at the end of 2023" is the base of a multiple, not the date of a share after it', () => {
    const text =
      'As of February, Shanghai had 124 generative AI models registered with the regulator, more than triple the number at the end of 2023 and roughly one in five of the national total.';
    const f = factAt(factsOf(text, '2026-03-10'), 'roughly one in five');
    expect([f.metric, f.period]).toEqual(['filed_models__share_of_country', '2026-02']);
  });
  it('"which grew 14.4% to" continues the subject before it', () => {
    const f = factAt(
      factsOf("The city's AI industry, which grew 14.4% to 515 billion yuan last year, now leads.", '2026-03-10'),
      '515 billion yuan',
    );
    expect([f.metric, f.period]).toEqual(['ai_industry_scale', '2025']);
  });
});

describe('shares in a list, and firms newly set up', () => {
  it('the noun right after a share’s 的 is what it is a share of, in either order', () => {
    const a = factsOf('上海集聚了全国三分之一的人工智能人才和四分之一的人工智能企业。', '2025-03-10');
    expect([factAt(a, '三分之一').metric, factAt(a, '四分之一').metric]).toEqual([
      'ai_talent__share_of_country',
      'ai_enterprises__share_of_country',
    ]);
    const b = factsOf('上海集聚了全国四分之一的人工智能企业和三分之一的人工智能人才。', '2025-03-10');
    expect([factAt(b, '四分之一').metric, factAt(b, '三分之一').metric]).toEqual([
      'ai_enterprises__share_of_country',
      'ai_talent__share_of_country',
    ]);
  });
  it('新设 and 新成立 firms are new entries, not the stock', () => {
    expect(factAt(factsOf('2024年全市新设人工智能企业1200家。', '2025-03-10'), '1200家').metric).toBe('new_ai_enterprises');
    expect(factAt(factsOf('2024年上海新成立人工智能企业800家。', '2025-03-10'), '800家').metric).toBe('new_ai_enterprises');
  });
});

describe('the country named as 全中国 or 中国大陆', () => {
  it('is the whole of a share of the country', () => {
    const f = factAt(factsOf('上海人工智能人才逾30萬人，約佔全中國的三分之一。', '2024-06-10'), '三分之一');
    expect([f.metric, f.geo]).toEqual(['ai_talent__share_of_country', 'shanghai']);
  });
});

describe('今年以来', () => {
  it('is a total up to now, as 2024年以来 is: a stock as of the article’s month, a flow undated', () => {
    const stock = factAt(factsOf('今年以来，上海新增备案大模型15个，累计达到100个。', '2025-11-10'), '100个');
    expect([stock.metric, stock.period]).toEqual(['filed_models', '2025-11']);
    expect(factAt(factsOf('今年以来，上海新设人工智能企业1200家。', '2025-11-10'), '1200家').period).toBeNull();
  });
});

describe('ratios and thresholds in English', () => {
  it('output per AI employee is a ratio; firms that have annual revenue above an amount are a class, not a total', () => {
    const ratio = factAt(
      factsOf('Average output per AI employee in Shanghai reached 3 million yuan last year.', '2024-08-10'),
      '3 million yuan',
    );
    expect(ratio.metric).toBeNull();
    const text = "Of Shanghai's 2,300 AI firms, 80 have annual revenue above 100 million yuan and 12 are listed.";
    expect(factAt(factsOf(text, '2024-08-10'), 'above 100 million yuan').reason?.en).toMatch(/^a threshold/);
  });
});

describe('devset70', () => {
  it('another event’s visitors in a WAIC article are not WAIC’s', () => {
    const text = '一週前，在國家會展中心舉行的另一場消費電子展吸引觀眾12萬人次。';
    expect(factAt(factsOf(text, '2025-07-28', '2025世界人工智能大會閉幕'), '12萬人次').metric).toBeNull();
  });
  it('firms of a kind as an English subject are not one organisation (Shanghai-based AI companies raised …)', () => {
    const f = factAt(
      factsOf('Shanghai-based artificial intelligence companies raised 38.6 billion yuan in the first half of 2023.', '2023-09-10'),
      '38.6 billion yuan',
    );
    expect([f.metric, f.period]).toEqual(['ai_financing', '2023-H1']);
  });
  it('a place after 在 alone before a comma is the setting, not the first of a group; 从事大模型研发的企业 are large-model firms', () => {
    const island = factAt(factsOf('在张江，张江人工智能岛目前入驻人工智能企业85家。', '2026-01-10'), '85家');
    expect([island.metric, island.place]).toEqual(['cluster_enterprises', 'zhangjiang_ai_island']);
    expect(factAt(factsOf('全市从事大模型研发的企业超过70家。', '2024-07-10', '上海大模型'), '超过70家').metric).toBe(
      'large_model_enterprises',
    );
  });
});

describe('English words of the sixteenth session: "N more", hiring, a cluster’s English name', () => {
  it('"N more AI companies" is an increase: new firms in the period, not the stock', () => {
    const facts = factsOf('The district attracted 120 more AI companies last year, bringing the total to 800.', '2026-01-10', 'Xuhui AI');
    expect([factAt(facts, '120 more AI companies').metric, factAt(facts, '800').metric]).toEqual(['new_ai_enterprises', 'ai_enterprises']);
    const target = factAt(
      factsOf('Xuhui wants to bring 100 more AI companies into the district by 2028.', '2026-01-10', 'Xuhui plan'),
      '100 more AI companies',
    );
    expect([target.metric, target.period]).toEqual(['new_ai_enterprises', '2028']);
    // "more than" stays a bound.
    expect(
      factAt(factsOf('Xuhui now has more than 600 AI companies.', '2026-01-10', 'Xuhui AI'), 'more than 600 AI companies').metric,
    ).toBe('ai_enterprises');
  });
  it('engineers a company is hiring are a hiring plan, not AI talent', () => {
    const facts = factsOf(
      'Shanghai has 300,000 AI professionals. One large-model company is hiring 2,000 AI engineers this year.',
      '2026-01-10',
      'Shanghai AI talent',
    );
    expect(factAt(facts, '300,000 AI professionals').metric).toBe('ai_talent');
    expect(factAt(facts, '2,000 AI engineers').metric).toBeNull();
  });
  it('Xinhua’s "Zhangjiang Mobility Community" is the Moli Community, not all of Zhangjiang', () => {
    const f = factAt(
      factsOf(
        'Its Zhangjiang Mobility Community has already attracted more than 150 large-model companies.',
        '2025-11-10',
        'Pudong industries',
      ),
      'more than 150 large-model companies',
    );
    expect(f.place).toBe('moli_community');
  });
});

describe('lines of a list that open with a place and a colon', () => {
  it('every figure on the line is the labelled place’s, past a ；, and the next line has its own', () => {
    const facts = factsOf(
      'Peer cities (2025)\n• Shenzhen: AI core industry RMB 390bn; 61 filed models\n• Shanghai: AI core industry RMB 512bn; 156 filed models',
      '2026-03-10',
      'Shanghai AI report slides',
    );
    expect(factAt(facts, '61 filed models').metric).toBeNull();
    expect(factAt(facts, '156 filed models').metric).toBe('filed_models');
    const zh = factsOf(
      '分区情况\n浦东新区：人工智能企业920家；规上企业210家\n徐汇区：人工智能企业510家；规上企业120家',
      '2024-04-10',
      '上海人工智能分区',
    );
    expect([factAt(zh, '210家').geo, factAt(zh, '120家').geo]).toEqual(['pudong', 'xuhui']);
  });
});

describe('reasons in the reader’s language', () => {
  const catalogueJson = JSON.parse(readFileSync(join(ROOT, 'data/curated/metric-catalogue.json'), 'utf8')) as {
    subjects: { other: string[]; words: Record<string, string[]>; english: Record<string, string> };
  };
  it('another industry is named in English for an English reader', () => {
    const f = factAt(factsOf('2024年，上海芯片产业规模达到2000亿元。', '2025-06-10', '上海产业'), '2000亿元');
    expect(f.metric).toBeNull();
    expect(f.reason?.en).toBe('about chips, not AI');
    expect(f.reason?.zh).toBe('说的是芯片，不是人工智能');
  });
  it('every Chinese subject word of the catalogue has an English name', () => {
    const others = catalogueJson.subjects.other.filter((w) => /[\u4e00-\u9fff]/.test(w));
    expect(others.length).toBeGreaterThan(50);
    expect(others.filter((w) => /[\u4e00-\u9fff]/.test(subjectWordEn(catalogue.subjects, w)))).toEqual([]);
    expect(subjectWordEn(catalogue.subjects, '生物医药、集成电路')).toBe('biomedicine and integrated circuits');
  });
  it('a catalogue whose Chinese subject word has no English name, or names a word it does not list, is refused', () => {
    const json = structuredClone(catalogueJson);
    delete json.subjects.english['芯片'];
    json.subjects.english['不存在的词'] = 'nothing';
    const parsed = parseCatalogue(json);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toMatch(/芯片 has no English name/);
    expect(parsed.ok ? '' : parsed.reason).toMatch(/不存在的词 is not a subject word/);
  });
});

describe('a total and its part', () => {
  it('intelligent computing named before the figure is that measure, though one centre’s figure follows 其中', () => {
    const facts = factsOf(
      '新片区已建成投运智算中心7座，智能算力规模突破1.8万P。其中，单体规模最大的滴水湖智算中心一期达到5000P。',
      '2025-07-08',
      '临港新片区智能算力',
    );
    expect(factAt(facts, '突破1.8万P').metric).toBe('compute_capacity');
    // A total of every kind still gives way to the intelligent part named after it.
    const total = factsOf('全市算力总规模达到2.4万P，其中智能算力2.18万P。', '2025-07-08', '上海算力');
    expect([factAt(total, '2.4万P').metric, factAt(total, '2.18万P').metric]).toEqual([null, 'compute_capacity']);
  });
});

describe('a district’s own plan', () => {
  it('speaks of the district throughout, also after a line that names the city', () => {
    const text =
      '宝山区促进人工智能与机器人产业融合发展行动方案（2024—2026年）\n\n一、发展基础\n宝山区是上海机器人产业的重要承载区。\n\n二、主要目标\n到2026年，打造上海北部人工智能与机器人产业高地。具体目标如下：\n① 产业规模：全区人工智能产业规模达到400亿元；\n③ 算力支撑：建成智能算力规模3000P以上，其中自主可控算力占比不低于50%；';
    const f = factAt(factsOf(text, '2024-06-12', '宝山区促进人工智能与机器人产业融合发展行动方案（2024—2026年）'), '3000P以上');
    expect([f.metric, f.geo, f.period]).toEqual(['compute_capacity', 'baoshan', '2026']);
    expect(f.status).not.toBe('actual');
  });
});

describe('English: a part "of its" kind', () => {
  it('"148 of its large models had been filed" counts filed models', () => {
    const f = factAt(
      factsOf('By the end of 2025, 148 of its large models had been filed with the national regulator.', '2026-01-10', 'Shanghai AI 2025'),
      '148',
    );
    expect([f.metric, f.period]).toEqual(['filed_models', '2025-12']);
    // "of them" names nothing: the number stays unread.
    expect(
      factsOf('Shanghai has many AI firms, and 40 of them are listed.', '2026-01-10', 'Shanghai AI').some((x) => x.text === '40'),
    ).toBe(false);
  });
});

describe('all the centres of a place together', () => {
  it('全市智算中心总规模 is the city’s capacity; one centre’s is not', () => {
    const all = factAt(factsOf('截至2025年底，全市智算中心总规模达1155P。', '2026-01-10', '上海算力'), '1155P');
    expect([all.metric, all.period]).toEqual(['compute_capacity', '2025-12']);
    expect(factAt(factsOf('截至2025年底，该智算中心算力规模达1155P。', '2026-01-10', '上海算力'), '1155P').metric).toBeNull();
    // 全市规上人工智能企业 are still the firms above designated size, not all AI firms.
    expect(factAt(factsOf('截至2025年底，全市规上人工智能企业达到436家。', '2026-01-10', '上海人工智能'), '436家').metric).toBe(
      'ai_enterprises_above_scale',
    );
  });
});

describe('a clause that continues the measure before it', () => {
  it('a year, an adverb (就, 又) and a verb with its bound (达到近) carry the measure of the clause before', () => {
    const facts = factsOf(
      '2024年上海人工智能核心产业规模近3500亿元，2025年就达到近4500亿元，增长势头强劲。',
      '2026-01-10',
      '上海人工智能核心产业',
    );
    const f = factAt(facts, '近4500亿元');
    expect([f.metric, f.period, f.qualifier]).toEqual(['ai_industry_scale', '2025', '<']);
  });
});

describe('a place’s part of the measure before it, as an amount', () => {
  it('…全球人工智能产业规模达3619亿美元，上海占4041亿元 is Shanghai’s AI industry scale', () => {
    const f = factAt(
      factsOf('2021年全球人工智能产业规模达3619亿美元，上海占4041亿元人民币，相当于约占全球的16%。', '2022-08-10', '上海人工智能产业'),
      '4041亿元',
    );
    expect([f.metric, f.geo, f.period]).toEqual(['ai_industry_scale', 'shanghai', '2021']);
  });
});

describe('the city as a part of the country’s whole', () => {
  it('…全国已有611款…完成备案，其中上海企业贡献40款 is Shanghai’s count; the country’s is not', () => {
    const facts = factsOf(
      '截至2025年11月1日，全国已有611款生成式人工智能服务完成备案，其中上海企业贡献40款，居全国前列。',
      '2025-11-10',
      '上海备案',
    );
    expect([factAt(facts, '611款').metric, factAt(facts, '40款').metric, factAt(facts, '40款').geo]).toEqual([
      null,
      'filed_models',
      'shanghai',
    ]);
  });
});

describe('a clause that continues the measure before it, as of now', () => {
  it('截至目前已突破126EFlops continues 算力规模 of the clause before', () => {
    const f = factAt(
      factsOf('上海数据中心加快集聚，算力规模持续提升，截至目前已突破126EFlops，其中智算占比超98%。', '2025-06-10', '上海算力'),
      '突破126EFlops',
    );
    expect([f.metric, f.period]).toEqual(['compute_capacity', '2025-06']);
  });
});

describe('an order of magnitude is said to be one, never charted', () => {
  it('千亿级, 突破万亿级, 5000亿级: facts whose reason says so; a figure beside them is still read', () => {
    const facts = factsOf(
      '到2025年，徐汇区力争形成千亿级人工智能产业集群。上海人工智能产业规模有望突破万亿级。到2027年，上海力争形成5000亿级人工智能产业集群，产业规模达到3000亿元。',
      '2024-07-04',
      '上海人工智能',
    );
    const reason = 'an order of magnitude (a 100-billion-yuan-level industry), not a figure';
    expect([factAt(facts, '千亿级').metric, factAt(facts, '千亿级').qualifier, factAt(facts, '千亿级').reason?.en]).toEqual([
      null,
      '~',
      reason,
    ]);
    expect([factAt(facts, '突破万亿级').qualifier, factAt(facts, '突破万亿级').reason?.en]).toEqual(['>', reason]);
    expect(factAt(facts, '5000亿级').metric).toBeNull();
    expect([factAt(facts, '3000亿元').metric, factAt(facts, '3000亿元').period]).toEqual(['ai_industry_scale', '2027']);
  });
});

describe('one facility, one sample', () => {
  it('a sentence that opens by pointing at one computing facility (这是…千卡集群) gives that facility’s compute, not the place’s', () => {
    const facts = factsOf(
      '宝山区算力产业加速发展。据介绍，这是上海首个专注于垂直领域的千卡集群，预计年底总算力规模达1000P。',
      '2023-12-05',
      '上海宝山',
    );
    expect(factAt(facts, '1000P').metric).toBeNull();
    // The district's own capacity in a sentence that points at nothing is still its capacity.
    const district = factsOf('这一年，宝山区智能算力规模达到1000P。', '2023-12-05', '上海宝山');
    expect(factAt(district, '1000P').metric).toBe('compute_capacity');
  });
  it('firms a study drew its data from are a sample; data from a bureau that counts the city’s firms are not', () => {
    const facts = factsOf(
      'The report draws on human-resources data from more than 2,000 companies in Shanghai. According to data from the municipal statistics bureau, Shanghai had 1,200 AI firms.',
      '2023-11-20',
      'Shanghai AI talent',
    );
    expect(factAt(facts, 'more than 2,000 companies').reason?.en).toBe('a sample (data drawn from so many firms), not the whole');
    expect(factAt(facts, '1,200 AI firms').metric).toBe('ai_enterprises');
  });
});

describe('a part in the sentence after its whole', () => {
  it('其中 opening the next sentence makes its figure a part of the whole before it, unless the part is a place', () => {
    const facts = factsOf(
      '2021年，上海人工智能领域企业从业人员共计57952人。其中，应用层共有从业人员45483人。',
      '2022-11-10',
      '上海人工智能报告',
    );
    expect(factAt(facts, '57952人').metric).toBe('ai_talent');
    expect(factAt(facts, '45483人').reason?.en).toMatch(/^a part of the whole/);
    const district = factsOf('2021年，上海人工智能企业共计2000家。其中，浦东新区800家。', '2022-11-10', '上海人工智能报告');
    expect([factAt(district, '800家').metric, factAt(district, '800家').geo]).toEqual(['ai_enterprises', 'pudong']);
    // Two sentences on, or in another paragraph, it is no longer the part of that whole.
    const later = factsOf(
      '2021年，上海人工智能领域企业从业人员共计57952人。\n其中，2022年从业人员达到6.2万人。',
      '2022-11-10',
      '上海人工智能报告',
    );
    expect(factAt(later, '6.2万人').metric).toBe('ai_talent');
  });
});

describe('a dateline is not a heading', () => {
  it('a line that is only the page’s date does not date the targets of the paragraphs under it', () => {
    const text =
      'Pudong to add 1,000 AI firms\n\n27/07/2025\n\nPudong plans to add 1000 new artificial intelligence companies in the next three years, and break through a core output value scale of over 200 billion yuan.';
    expect(factAt(factsOf(text, '2025-07-27', 'Shanghai Pudong AI plan'), 'over 200 billion yuan').period).toBeNull();
    // A heading that names a year still dates the paragraphs under it.
    const headed = '2025年主要目标\n\n浦东人工智能核心产业规模突破2000亿元。';
    expect(factAt(factsOf(headed, '2025-02-10', '浦东新区2025年工作要点'), '突破2000亿元').period).toBe('2025');
  });
});

describe('one example, research institutions', () => {
  it('以…为例 takes one example: a firm’s revenue is its own, a place’s count is the place’s', () => {
    const firm = factsOf('上海人工智能企业快速成长。以某语音公司为例，2013年，其营业收入达到12.54亿元。', '2020-09-01', '上海人工智能产业');
    expect(factAt(firm, '12.54亿元').reason?.en).toMatch(/^one company's or institution's own figure/);
    const place = factsOf('上海人工智能企业快速成长。以浦东为例，2019年人工智能企业超过600家。', '2020-09-01', '上海人工智能产业');
    expect([factAt(place, '超过600家').metric, factAt(place, '超过600家').geo]).toEqual(['ai_enterprises', 'pudong']);
    const city = factsOf('人工智能企业快速成长。以上海为例，2019年人工智能企业超过2600家。', '2020-09-01', '人工智能产业');
    expect(factAt(city, '超过2600家').metric).toBe('ai_enterprises');
  });
  it('research institutions counted with 家 are not firms', () => {
    const facts = factsOf('到2020年，引进培育5-10家技术引领型研究机构、100家以上人工智能企业。', '2019-07-01', '上海人工智能行动计划');
    expect(factAt(facts, '5-10家').metric).toBeNull();
    expect(factAt(facts, '100家以上').metric).not.toBeNull();
    const en = factsOf(
      'The plan aims to attract 20 AI research institutions and 300 AI companies by 2027.',
      '2024-07-01',
      'Shanghai AI plan',
    );
    expect(factAt(en, '20 AI research institutions').metric).toBeNull();
  });
});

describe('shares of the country and firms as market entities', () => {
  it('占我国…的29% and "28 percent of the country" are shares of the country', () => {
    const zh = factsOf('截至2022年10月，上海拥有人工智能核心企业1048家，占我国人工智能企业总量的29%。', '2023-02-01', '上海人工智能白皮书');
    expect(factAt(zh, '29%').metric).toBe('ai_enterprises__share_of_country');
    const en = factsOf(
      'There are about 1,500 AI-related companies in Shanghai, accounting for 28 percent of the country.',
      '2020-11-01',
      'Shanghai AI report',
    );
    expect(factAt(en, '28 percent').metric).toBe('ai_enterprises__share_of_country');
  });
  it('人工智能市场主体 (AI market entities) are AI firms', () => {
    const facts = factsOf('截至2021年底，上海共拥有人工智能市场主体597家。', '2022-11-01', '上海人工智能报告');
    expect([factAt(facts, '597家').metric, factAt(facts, '597家').period]).toEqual(['ai_enterprises', '2021-12']);
  });
});

describe('people working in a place', () => {
  it('在岛上工作的, 在园区内工作的, 在这里办公的: a place’s AI workforce, one pattern for the ways of saying it', () => {
    for (const where of ['在岛上工作的', '在园区内工作的', '在这里办公的'])
      expect(
        factAt(factsOf(`张江人工智能岛已入驻人工智能企业85家，目前${where}超过6000人。`, '2025-07-01', '上海张江人工智能岛'), '超过6000人')
          .metric,
      ).toBe('ai_talent');
  });
});

describe('plans, completions and dispatchable compute (devset76)', () => {
  it('what an article’s plan says will be is its goal for the plan’s last year, the plan named in quotes with its years', () => {
    const text =
      'On February 3rd, Shanghai released the "Action Plan for the Development of Shanghai\'s Digital and Intelligent Economy (2026 - 2028)". The "Action Plan" mentioned that Shanghai will use three years to achieve an artificial intelligence industry scale of over 200 billion yuan and have over 1,500 artificial intelligence-related enterprises in the city.';
    const facts = factsOf(text, '2026-02-05', 'Shanghai digital economy plan');
    for (const t of ['over 200 billion yuan', 'over 1,500 artificial intelligence-related enterprises'])
      expect([factAt(facts, t).period, factAt(facts, t).status]).toEqual(['2028', 'target']);
    // A forecast the plan does not speak is still a forecast with no year.
    const other = factsOf(
      `${text.split('. The')[0]}. Analysts say the AI industry will reach 300 billion yuan.`,
      '2026-02-05',
      'Shanghai digital economy plan',
    );
    expect(factAt(other, '300 billion yuan').period).toBeNull();
  });
  it('a building’s completion in the article’s own month is still to come (预计到2025年底, written in December 2025)', () => {
    const facts = factsOf('上海在建和投运的重点数据中心达到50个，算力总规模预计到2025年底将达到150EFLOPS。', '2025-12-10', '上海算力');
    expect([factAt(facts, '150EFLOPS').metric, factAt(facts, '150EFLOPS').period]).toEqual(['compute_capacity', '2025-12']);
  });
  it('"computational capacity" is compute; compute a platform can dispatch is not the city’s, the city’s dispatchable compute is', () => {
    expect(
      factAt(
        factsOf('Shanghai has proposed achieving a total computational capacity of 25 EFLOPS by 2027.', '2025-09-01', 'Shanghai computing'),
        '25 EFLOPS',
      ).metric,
    ).toBe('compute_capacity');
    expect(factAt(factsOf('上海力争到2027年可调度使用智能算力规模10000P以上。', '2025-02-01', '上海人工智能'), '10000P以上').metric).toBe(
      'compute_capacity',
    );
    const platform = factsOf(
      '依托人工智能公共算力服务平台，接入并调度4个以上算力基础设施，可调度智能算力达到1,000 PFLOPS以上。',
      '2023-07-01',
      '上海算力',
    );
    expect(factAt(platform, '1,000 PFLOPS以上').reason?.en).toBe("compute one platform or centre can dispatch, not the city's capacity");
  });
});

describe('a source released on a day', () => {
  it('a present count the sentence takes from a source released on a day is as of that day’s month', () => {
    const en = factsOf(
      'According to the Shanghai Artificial Intelligence Industry White Paper (2025), released by the municipal science commission on November 29, the city hosts more than 2,500 AI firms and has registered 183 large AI models.',
      '2026-01-25',
      'Shanghai AI white paper',
    );
    for (const t of ['more than 2,500 AI firms', '183 large AI models'])
      expect([factAt(en, t).period, factAt(en, t).periodBasis]).toEqual(['2025-11', 'context']);
    const zh = factsOf(
      '根据市科委11月29日发布的《上海人工智能产业白皮书（2025）》，全市拥有人工智能企业超2500家。',
      '2026-01-25',
      '上海人工智能白皮书',
    );
    expect(factAt(zh, '超2500家').period).toBe('2025-11');
    // Released in the article's own month: as of the article, as before.
    const same = factsOf('根据市科委12月3日发布的白皮书，全市拥有人工智能企业超2500家。', '2025-12-05', '上海人工智能白皮书');
    expect([factAt(same, '超2500家').period, factAt(same, '超2500家').periodBasis]).toEqual(['2025-12', 'publication']);
  });
});

describe('shares of the city', () => {
  it('全市三分之一的…: the place before is the part, 全市 the whole', () => {
    const a = factAt(factsOf('浦东新区集聚了全市三分之一的人工智能企业。', '2025-08-01', '上海浦东'), '三分之一');
    expect([a.metric, a.geo]).toEqual(['ai_enterprises__share_of_city', 'pudong']);
    const b = factAt(factsOf('浦东新区集聚了全市45%的人工智能人才。', '2025-08-01', '上海浦东'), '45%');
    expect([b.metric, b.geo]).toEqual(['ai_talent__share_of_city', 'pudong']);
  });
  it('a share of firms with filed models is a share of large-model firms; a share of filed models stays one', () => {
    const firms = factsOf('徐汇区模速空间已集聚大模型企业100余家，全市三分之二的备案大模型企业集聚于此。', '2024-09-01', '上海徐汇');
    expect(factAt(firms, '三分之二').metric).toBe('large_model_enterprises__share_of_city');
    expect(factAt(factsOf('徐汇区通过备案的大模型占全市的40%。', '2024-09-01', '上海徐汇'), '40%').metric).toBe(
      'filed_models__share_of_city',
    );
  });
});

describe('edges a review of the seventeenth session’s rules found', () => {
  it('以…为例 of a year or a field is not an organisation; of an organisation whose name holds 上海 it is', () => {
    expect(factAt(factsOf('以2024年为例，全市人工智能产业规模达到4500亿元。', '2024-07-01', '上海人工智能'), '4500亿元').metric).toBe(
      'ai_industry_scale',
    );
    expect(
      factAt(factsOf('以上海人工智能实验室为例，其汇聚研究人员3000余名。', '2024-07-01', '上海人工智能'), '3000余名').reason?.en,
    ).toMatch(/^one company's or institution's own figure/);
  });
  it('该区 pointing at a district is not a facility; 中心 inside 科创中心 is not a platform that dispatches compute', () => {
    expect(factAt(factsOf('该区现有智算中心3个，智能算力规模超过5000P。', '2024-07-01', '上海宝山区'), '超过5000P').metric).toBe(
      'compute_capacity',
    );
    expect(
      factAt(factsOf('上海加快建设国际科技创新中心，全市可调度智能算力规模已达10000P。', '2024-07-01', '上海人工智能'), '10000P').metric,
    ).toBe('compute_capacity');
  });
  it('截至 the article’s month is not a completion "by" it', () => {
    expect(factAt(factsOf('截至2025年12月，该项目已开工建设，规划算力5000P。', '2025-12-10', '上海算力'), '5000P').period).toBeNull();
  });
  it('千亿级参数 is a model’s size, not an order of magnitude of yuan; 1.5万亿级产业规模 is one', () => {
    const facts = factsOf('徐汇区力争形成千亿级人工智能产业集群，研发千亿级参数大模型，形成1.5万亿级产业规模。', '2024-07-01', '上海徐汇');
    expect(facts.filter((f) => f.text === '千亿级')).toHaveLength(1);
    expect(factAt(facts, '1.5万亿级').reason?.en).toBe('an order of magnitude (a 100-billion-yuan-level industry), not a figure');
  });
});

describe('rules of the eighteenth session', () => {
  it('a count this year, the year under way, is as of the article’s month; a year the text names stays its year', () => {
    const f = factsOf('今年全市共有27所高校开设人工智能本科专业，较2019年的9所大幅增加。', '2024-06-10', '上海人工智能');
    expect([factAt(f, '27所').metric, factAt(f, '27所').period]).toEqual(['universities_ai_majors', '2024-06']);
    expect(factAt(f, '9所').period).toBe('2019');
    const named = factsOf('2020年已经有215所高校获批开设人工智能本科专业。', '2020-03-10', '上海人工智能');
    expect(factAt(named, '215所').period).toBe('2020');
  });
  it('an English clause in the present after a dated one is as of the article', () => {
    const counts = factsOf(
      'Its core AI industry was worth more than 560 billion yuan last year, up 24 percent, and Shanghai counts some 6,000 AI companies.',
      '2026-01-10',
      'Shanghai AI',
    );
    expect([factAt(counts, 'some 6,000 AI companies').period, factAt(counts, 'some 6,000 AI companies').periodBasis]).toEqual([
      '2026-01',
      'publication',
    ]);
    const work = factsOf(
      'Shanghai is home to 137 AI companies, which generated 8.6 billion yuan last year, and about 6,800 people work in the sector.',
      '2019-08-10',
      'Shanghai AI',
    );
    expect([factAt(work, 'about 6,800 people').metric, factAt(work, 'about 6,800 people').period]).toEqual(['ai_talent', '2019-08']);
  });
  it('a clause led by "when" dates the clause it leads into', () => {
    const f = factAt(
      factsOf(
        'When Mosu Space opened in Xuhui District in September 2023, it had 18 tenants and one building.',
        '2026-06-10',
        'Shanghai AI',
      ),
      '18 tenants',
    );
    expect([f.metric, f.period]).toEqual(['cluster_enterprises', '2023-09']);
  });
  it('an amount that counted projects are worth is their signed investment when they were signed', () => {
    const f = factAt(
      factsOf('In April, the Maqiao AI Innovation Pilot Zone signed 18 AI projects worth 12.5 billion yuan.', '2026-05-10', 'Shanghai AI'),
      '12.5 billion yuan',
    );
    expect([f.metric, f.period]).toEqual(['ai_investment_signed', '2026-04']);
    const passive = factAt(
      factsOf('At the opening ceremony in Shanghai, 24 AI projects worth 31 billion yuan were signed.', '2026-07-10', 'Shanghai AI'),
      '31 billion yuan',
    );
    expect(passive.metric).toBe('ai_investment_signed');
    // A signing in another clause does not make projects under way signed ones.
    const built = factAt(
      factsOf(
        'Xuhui signed a cooperation agreement with SenseTime in March, and 40 AI projects worth 30 billion yuan are now being built in the district.',
        '2025-07-10',
        'Shanghai AI',
      ),
      '30 billion yuan',
    );
    expect(built.metric).not.toBe('ai_investment_signed');
    const mixed = factAt(
      factsOf('Fengxian district has signed 23 AI and data projects worth 11.6 billion yuan this year.', '2024-11-10', 'Shanghai AI'),
      '11.6 billion yuan',
    );
    expect(mixed.metric).toBeNull();
  });
  it('the whole year (全年) of a December article is its year; 力争全年 in a report on last year is the new year', () => {
    const dec = factAt(factsOf('马桥人工智能创新试验区：全年新签约项目21个，总投资约86亿元。', '2025-12-20', '闵行人工智能'), '约86亿元');
    expect([dec.metric, dec.period]).toEqual(['ai_investment_signed', '2025']);
    const report = factsOf(
      '一、2019年工作回顾\n\n全区人工智能企业达到368家。\n\n二、2020年主要工作\n\n深化“AI+徐汇”行动，新发布市级以上人工智能应用场景20个。力争全年人工智能核心产业规模突破350亿元。',
      '2020-01-08',
      '2020年徐汇区政府工作报告',
    );
    const aim = factAt(report, '突破350亿元');
    expect([aim.metric, aim.geo, aim.period, aim.status]).toEqual(['ai_industry_scale', 'xuhui', '2020', 'target']);
  });
  it('an English noun that modifies the next one counts that one: 10,000 talent apartments are not talent', () => {
    const f = factsOf(
      'Lingang graduates about 3,000 students a year in AI-related majors, and we have 10,000 talent apartments. Over 10,000 AI talent work here.',
      '2024-06-10',
      'Lingang AI',
    );
    expect(factAt(f, '10,000 talent').metric).toBeNull();
    expect(factAt(f, 'Over 10,000 AI talent').metric).toBe('ai_talent');
  });
  it('a known park named inside "the … incubator" is that park, not an unknown one; 在谈 is only an intention', () => {
    const f = factsOf(
      'Xuhui, home to the ModelSpeed Space incubator, counted some 1,300 AI firms at the end of 2023.',
      '2024-05-10',
      'Shanghai AI',
    );
    expect([factAt(f, 'some 1,300 AI firms').metric, factAt(f, 'some 1,300 AI firms').geo]).toEqual(['ai_enterprises', 'xuhui']);
    const talks = factsOf('目前已有15家企业签约上海张江人工智能岛，另有5家企业在谈。', '2019-04-11', '张江人工智能岛');
    expect(factAt(talks, '15家').metric).toBe('cluster_enterprises');
    expect(factAt(talks, '5家').metric).toBeNull();
  });
  it('a month abbreviated with a day after it (Aug 31, from Aug 29 to 31) is a date', () => {
    expect(factAt(factsOf('Shanghai had 1,100 AI firms as of Aug 31.', '2019-09-10', 'Shanghai AI'), '1,100 AI firms').period).toBe(
      '2019-08',
    );
    const range = factAt(
      factsOf('In Shanghai, from Aug 29 to 31, AI projects worth a combined 23.3 billion yuan were signed.', '2019-09-10', 'Shanghai AI'),
      '23.3 billion yuan',
    );
    expect(range.period).toBe('2019-08');
  });
  it('a listicle line opens with its figure and says after a dash what it is; a year-end in January is the one just passed', () => {
    const f = factsOf(
      "Shanghai's AI year in numbers.\n\n1. 450 billion yuan - The output of the city's AI industry in 2024.\n\n2. 84 - Large models developed in Shanghai that had completed the national filing process by the end of December.\n\n3. 3,800 - AI enterprises in the city at the end of the year.\n\n4. 1.8 trillion yuan - Combined output of the city's three leading industries.",
      '2025-01-06',
      "Shanghai's AI year in numbers",
    );
    expect([factAt(f, '450 billion yuan').metric, factAt(f, '450 billion yuan').period]).toEqual(['ai_industry_scale', '2024']);
    expect(factAt(f, '84 - Large models').metric).toBe('filed_models');
    expect([factAt(f, '3,800 - AI enterprises').period, factAt(f, '3,800 - AI enterprises').status]).toEqual(['2024-12', 'actual']);
    expect(factAt(f, '1.8 trillion yuan').metric).toBeNull();
  });
  it('a park the sentence looks past (beyond the campus) is not its subject', () => {
    const f = factAt(
      factsOf('Beyond the campus, Xuhui counted some 1,300 AI firms at the end of September.', '2024-11-10', 'Shanghai AI'),
      'some 1,300 AI firms',
    );
    expect([f.metric, f.geo, f.period]).toEqual(['ai_enterprises', 'xuhui', '2024-09']);
  });
  it('a threshold word after an "and" that opens another verb is not the figure’s', () => {
    const f = factsOf(
      'Under the plan, Yangpu aims to gather 1,000 AI firms and to lift AI industry revenue above 100 billion yuan by 2028.',
      '2026-03-10',
      'Shanghai AI',
    );
    expect([factAt(f, '1,000 AI firms').metric, factAt(f, '1,000 AI firms').period]).toEqual(['ai_enterprises', '2028']);
  });
  it('compute capacity pointed back to names compute, a bare "capacity" does not; a cluster at a computing hub is one facility', () => {
    const f = factsOf(
      "Shanghai's intelligent computing capacity reached 100 EFLOPS. The Lingang Special Area now hosts 21 EFLOPS of that capacity. SenseTime's AIDC in Songjiang has a capacity of 12 EFLOPS. Lingang accounts for about 30% after a 15 EFLOPS cluster at its computing hub went live in May.",
      '2026-03-10',
      'Shanghai AI compute',
    );
    expect([factAt(f, '21 EFLOPS').metric, factAt(f, '21 EFLOPS').place]).toEqual(['compute_capacity', 'lingang']);
    expect(factAt(f, '12 EFLOPS').metric).toBeNull();
    expect(factAt(f, '15 EFLOPS').metric).toBeNull();
  });
  it('AI in an aside of what a wider industry includes leaves the figure that industry’s; an acronym’s bracket closes no aside', () => {
    for (const part of ['a part', 'an important part', 'one key component']) {
      const f = factAt(
        factsOf(
          `Yangpu's digital economy, of which AI is ${part}, generated output of 290 billion yuan last year.`,
          '2026-03-10',
          'Shanghai AI',
        ),
        '290 billion yuan',
      );
      expect(f.metric).toBeNull();
    }
    const own = factAt(
      factsOf(
        "Shanghai's three leading industries had a combined output of 1.8 trillion yuan in 2024, of which artificial intelligence (AI) output reached 450 billion yuan.",
        '2025-03-10',
        'Shanghai AI',
      ),
      '450 billion yuan',
    );
    expect([own.metric, own.period]).toEqual(['ai_industry_scale', '2024']);
  });
  it('a clause that points back to the title’s park keeps it over a place in a later clause', () => {
    const f = factAt(
      factsOf(
        '运营方表示，2022年将加快二期载体招商，力争岛内入驻企业和机构突破130家，打造张江科学城“人工智能+”创新策源的核心引擎。',
        '2021-12-30',
        '张江人工智能岛2021年度运营回顾',
      ),
      '突破130家',
    );
    expect([f.metric, f.place, f.period]).toEqual(['cluster_enterprises', 'zhangjiang_ai_island', '2022']);
  });
  it('edges the review of these rules found', () => {
    const at = (text: string, date: string, figure: string) => factAt(factsOf(text, date, 'Shanghai AI review'), figure);
    // A part of this year named (年初, the start of) is not the article's month.
    expect(at('今年年初，全市人工智能企业已达3400家。', '2024-10-10', '3400家').period).not.toBe('2024-10');
    expect(at('At the start of this year, Shanghai had 3,400 AI companies.', '2024-10-10', '3,400 AI companies').period).not.toBe(
      '2024-10',
    );
    // 在谈到 is speaking of something; 市级层面 is the city.
    expect(at('市经信委负责人在谈到人工智能产业发展时表示全市人工智能企业已超过3400家。', '2024-06-10', '超过3400家').metric).toBe(
      'ai_enterprises',
    );
    const city = factsOf('浦东新区人工智能企业超过600家。市级层面，人工智能核心企业达到1100多家。', '2024-06-10', '上海人工智能');
    expect(factAt(city, '1100多家').geo).toBe('shanghai');
    // "and have annual revenue" continues the relative clause: a threshold still.
    expect(
      at(
        'Shanghai has 420 AI companies that are based in the city and have annual revenue of more than 100 million yuan.',
        '2025-06-10',
        '420 AI companies',
      ).metric,
    ).toBeNull();
    // "by the end of the year" is a deadline, and "on track to", "could" speak of the future.
    const track = at(
      "Shanghai's AI industry is on track to top 500 billion yuan by the end of the year.",
      '2025-03-10',
      'to top 500 billion yuan',
    );
    expect(track.period).toBe('2025');
    expect(at('By the end of the year, the number of AI firms in Xuhui could hit 1,500.', '2025-03-10', '1,500').period).toMatch(/^2025/);
    // A park near which firms cluster is not looked past; a known park with a district after it is still a park.
    expect(
      at('Close to the campus, about 400 AI companies in Shanghai have set up offices.', '2024-11-10', 'about 400 AI companies').metric,
    ).toBeNull();
    expect(
      at('The ModelSpeed Space incubator in Xuhui District now hosts 100 AI startups.', '2024-11-10', '100 AI startups').metric,
    ).toBeNull();
    // A source's year (according to a 2021 survey) dates the present clause after it, as before.
    expect(
      at(
        'According to a 2021 survey, the sector was worth 300 billion yuan, and 150,000 people work in AI in Shanghai.',
        '2026-01-10',
        '150,000 people',
      ).period,
    ).toBe('2021');
    // The whole year in another English clause, or in November, does not date a signing or an estimate.
    expect(
      at(
        "Minhang held 50 events over the whole year, and at this week's forum it signed 21 AI projects with a total investment of 8.6 billion yuan.",
        '2025-12-10',
        '8.6 billion yuan',
      ).period,
    ).toBe('2025-12');
    expect(at('会上透露，全年全市人工智能产业规模在4500亿元左右。', '2025-11-10', '4500亿元左右').period).toBeNull();
    // Speakers who are venture investors do not make an output financing.
    expect(
      at("Venture investors say Shanghai's AI industry output hit 450 billion yuan in 2024.", '2025-06-10', '450 billion yuan').metric,
    ).toBe('ai_industry_scale');
    // A bulleted line opens with its figure too; "at year-end" in January is the one just passed.
    const bullets = factsOf(
      'Key numbers\n\n• 3,800 – AI enterprises in Shanghai at year-end\n• 84 – large models filed',
      '2025-01-10',
      'Key numbers',
    );
    expect([factAt(bullets, '3,800').metric, factAt(bullets, '3,800').period]).toEqual(['ai_enterprises', '2024-12']);
  });
});

describe('traps found by probing sentences nobody tuned for (one firm, ratios, averages, editions, years so far, zones)', () => {
  const metricOf = (text: string, figure: string, date = '2024-03-01', title = '上海人工智能产业观察') =>
    factAt(factsOf(text, date, title), figure).metric;

  it("one firm's figures are not the city's: 某/一家 …企业, a clause about 其 after it, a business line's revenue", () => {
    expect(metricOf('上海某头部大模型企业去年营收突破10亿元，员工规模约1200人。', '突破10亿元')).toBeNull();
    expect(metricOf('一家数据中心运营商在上海的机架数超过3万架，其在沪智能算力约2000P。', '约2000P')).toBeNull();
    expect(metricOf('上海仪电去年营业收入突破600亿元，其人工智能业务收入同比增长约40%。', '约40%', '2025-02-01')).toBeNull();
    expect(metricOf('商汤科技2023年营收约34亿元，其位于临港的人工智能计算中心算力规模达到12000P。', '12000P', '2024-05-01')).toBeNull();
    // The city's own figures in the same shapes stay charted.
    expect(metricOf('2023年，上海人工智能产业规模突破3800亿元。', '突破3800亿元')).toBe('ai_industry_scale');
  });

  it('a density or a national average is no count and no share of the country', () => {
    expect(metricOf('浦东新区每平方公里集聚人工智能企业约0.5家，密度居全市前列。', '约0.5家', '2023-08-01')).toBeNull();
    expect(metricOf('上海人工智能企业中，独角兽企业占比约8%，高于全国平均的5%。', '5%')).toBeNull();
    // A growth above the national average keeps its own figure.
    expect(metricOf('2023年，上海人工智能产业规模同比增长15%，增速高于全国平均水平。', '15%')).toBe('ai_industry_scale__growth_yoy');
  });

  it('the previous edition of a yearly event is the year before; 当年 after a year its sentence names is that year', () => {
    const f = factsOf('本届大会参展企业超过500家，上届大会参展企业约400家。', '2024-07-08', '2024世界人工智能大会');
    expect([factAt(f, '超过500家').period, factAt(f, '约400家').period]).toEqual(['2024', '2023']);
    const visits = factsOf(
      "The conference drew 300,000 visits on site, up from 250,000 at last year's edition.",
      '2024-07-08',
      'WAIC 2024 closes',
    );
    expect(factAt(visits, '300,000 visits').period).toBe('2024');
    const first = factsOf(
      '首届世界人工智能大会于2018年举办，当年参展企业约200家；今年参展企业超过400家。',
      '2023-07-08',
      '2023世界人工智能大会',
    );
    expect([factAt(first, '约200家').period, factAt(first, '超过400家').period]).toEqual(['2018', '2023']);
  });

  it('a total of this year so far is no whole year: 截至11月底今年累计 is left undated, 截至9月底 is the first three quarters', () => {
    expect(
      factAt(factsOf('截至11月底，上海人工智能企业融资总额今年累计达到450亿元。', '2024-12-10', '上海AI融资'), '450亿元').period,
    ).toBeNull();
    expect(factAt(factsOf('截至9月底，上海人工智能领域今年累计融资300亿元。', '2024-10-10', '上海AI融资'), '300亿元').period).toBe(
      '2024-Q1-Q3',
    );
    // A cumulative total as of a month (no "this year") stays of that month; last year's figure beside it stays last year's.
    expect(
      factAt(
        factsOf("As of the end of June, the total financing of Shanghai's AI companies had exceeded 300 billion yuan.", '2020-11-01', 'AI'),
        'exceeded 300 billion yuan',
      ).period,
    ).toBe('2020-06');
    const lastYear = factsOf('截至今年6月底，上海人工智能企业超过1200家，规模以上产业规模去年达到4490亿元。', '2025-07-01', '上海AI');
    expect(factAt(lastYear, '4490亿元').period).toBe('2024');
  });

  it('December as a month is not the year; a year-end "as of" in January is the year just ended', () => {
    const dec = factsOf('去年12月，上海人工智能领域融资额达到60亿元。全年融资额达到520亿元。', '2025-01-13', '上海AI融资年报');
    expect([factAt(dec, '60亿元').period, factAt(dec, '520亿元').period]).toEqual(['2024-12', '2024']);
    expect(factAt(factsOf('截至年底，上海人工智能企业超过2400家。', '2025-01-09', '上海AI企业年终'), '超过2400家').period).toBe('2024-12');
    // 到年底 is still a deadline.
    expect(factAt(factsOf('到年底，上海人工智能企业将超过2600家。', '2025-01-09', '上海AI企业年终'), '超过2600家').period).toBe('2025-12');
  });

  it("a half's or quarter's end, and English parts of a year written without one", () => {
    expect(factAt(factsOf('截至2024年上半年末，上海人工智能算力总规模达到35EFLOPS。', '2024-07-01', '上海算力'), '35EFLOPS').period).toBe(
      '2024-06',
    );
    expect(
      factAt(
        factsOf("Shanghai's AI industry had 2,200 companies at the end of the first half.", '2024-07-22', 'AI firms'),
        '2,200 companies',
      ).period,
    ).toBe('2024-06');
    expect(
      factAt(
        factsOf('As of end-June, Shanghai had 40 large language models filed.', '2024-08-15', 'LLM filings'),
        '40 large language models',
      ).period,
    ).toBe('2024-06');
    const q4 = factsOf(
      "Shanghai's AI financing totaled 52 billion yuan last year, with 15 billion yuan raised in the fourth quarter alone.",
      '2025-01-20',
      'AI financing 2024',
    );
    expect([factAt(q4, '52 billion yuan').period, factAt(q4, '15 billion yuan').period]).toEqual(['2024', '2024-Q4']);
  });

  it('a past fact after "by the end of the year", a year in a document\'s name, and 这一年 after the year named before', () => {
    const filed = factsOf('By the end of the year, Shanghai had 34 registered large models.', '2024-01-11', 'LLM year end');
    expect(factAt(filed, '34 registered large models').period).toBe('2023-12');
    const report = factsOf(
      "The 2024 Shanghai AI Industry Development Report shows that the city's AI industry generated 390 billion yuan.",
      '2024-06-28',
      'AI report',
    );
    expect(factAt(report, '390 billion yuan').period).toBeNull();
    const thatYear = factsOf('2025年即将过去。这一年，上海人工智能产业规模突破5000亿元。', '2025-12-20', '上海AI年终');
    expect(factAt(thatYear, '突破5000亿元').period).toBe('2025');
  });

  it('上海 after a conjunction that opens its clause is its subject; a year inside 人工智能产业…规模 still names the measure', () => {
    const contrast = factsOf('北京累计完成备案的大模型为105个，而上海累计完成备案的大模型为62个。', '2024-05-01', '京沪对比');
    expect([factAt(contrast, '105个').metric, factAt(contrast, '62个').metric]).toEqual([null, 'filed_models']);
    const scale = factsOf('上海人工智能产业2021年规模达到3056亿元，较2018年的1340亿元增长一倍多。', '2022-03-01', '上海AI规模');
    expect([factAt(scale, '3056亿元').metric, factAt(scale, '3056亿元').period]).toEqual(['ai_industry_scale', '2021']);
  });

  it('区内 after a zone written as a 区 is the zone; 全市 in a rank among districts is no scope', () => {
    const zone = factAt(factsOf('漕河泾开发区亩均税收超过400万元，区内人工智能企业达到200余家。', '2023-08-01', '漕河泾'), '200余家');
    expect([zone.metric, zone.place]).toEqual(['cluster_enterprises', 'caohejing']);
    const ranked = factAt(
      factsOf('上海浦东新区人工智能产业规模已连续三年位居全市各区第一，2023年达到1500亿元左右。', '2024-03-01', '浦东AI'),
      '1500亿元左右',
    );
    expect([ranked.metric, ranked.geo]).toEqual(['ai_industry_scale', 'pudong']);
  });
});

describe('English traps found by probing wire-style sentences (ratios, one operator, changes by, bases, labels)', () => {
  const at = (text: string, figure: string, date = '2024-09-01', title = 'Shanghai AI') => factAt(factsOf(text, date, title), figure);

  it('a ratio per so many people or per deal is no count or total', () => {
    expect(at('Shanghai now has 1.2 AI firms per 10,000 residents, compared with 1.5 in Beijing.', '1.2 AI firms').metric).toBeNull();
    const workers = factsOf("Shanghai's AI workforce is dense, with 3.6 AI professionals per 1,000 workers.", '2024-11-25', 'Density');
    expect(factAt(workers, '1,000 workers').metric).toBeNull();
    const deal = factsOf(
      'The average financing per AI deal in Shanghai rose to 150 million yuan in the first half, while total AI financing in the city fell 10 percent to 12 billion yuan.',
      '2024-08-22',
      'Deals',
    );
    expect([factAt(deal, '150 million yuan').metric, factAt(deal, '12 billion yuan').metric]).toEqual([null, 'ai_financing']);
  });

  it("one operator's, one facility's or a supercomputer's compute, and all R&D staff, are not the city's AI figures", () => {
    expect(at('Shanghai Telecom said it operates 8 EFLOPS of intelligent computing power in Shanghai.', '8 EFLOPS').metric).toBeNull();
    expect(at("Shanghai Supercomputer Center's computing power stands at 200 PFLOPS.", '200 PFLOPS').metric).toBeNull();
    expect(
      at('SenseTime said its SenseCore AI computing facility in Lingang boasts 12,000 petaflops of computing power.', '12,000 petaflops')
        .metric,
    ).toBeNull();
    const rd = factsOf(
      "The number of AI professionals in Shanghai has reached 250,000, while the city's total R&D personnel exceeded 600,000.",
      '2025-01-06',
      'Talent',
    );
    expect([factAt(rd, '250,000').metric, factAt(rd, 'exceeded 600,000').metric]).toEqual(['ai_talent', null]);
  });

  it('by how much a level grew is no level; projects worth a total are signed investment, in a later clause too', () => {
    const grew = factsOf(
      "Shanghai's AI industry revenue grew by 50 billion yuan last year, reaching 500 billion yuan for the first time.",
      '2025-02-10',
      'Revenue',
    );
    expect([factAt(grew, '50 billion yuan').metric, factAt(grew, '500 billion yuan').metric]).toEqual([null, 'ai_industry_scale']);
    expect(at('Qingpu district has signed 12 AI projects worth a total 8 billion yuan this year.', '8 billion yuan').metric).toBe(
      'ai_investment_signed',
    );
    const waic = factsOf(
      'Shanghai signed 55 AI projects worth 100 billion yuan at the 2024 WAIC, up from 40 projects worth 70 billion yuan at the 2023 edition.',
      '2024-11-08',
      'Signed',
    );
    expect(factAt(waic, '70 billion yuan').metric).toBe('ai_investment_signed');
  });

  it("a later count's noun is its own, past a year; a place label that opens a later sentence of the line takes over", () => {
    const xuhui = factsOf(
      "Xuhui district's AI enterprises numbered 1,200 at the end of 2024, including 45 large model companies.",
      '2025-02-15',
      'Xuhui',
    );
    expect([factAt(xuhui, '1,200').metric, factAt(xuhui, '45 large model companies').metric]).toEqual([
      'ai_enterprises',
      'large_model_enterprises',
    ]);
    const list = factsOf('Pudong: 1,200 AI firms in 2023; Xuhui: 1,000 AI firms.', '2024-09-18', 'Districts');
    expect([factAt(list, '1,200 AI firms').geo, factAt(list, '1,000 AI firms').geo]).toEqual(['pudong', 'xuhui']);
  });

  it("the level a change or a plan starts from is today's or of no period, not the goal's or the base's date", () => {
    const plan = factsOf(
      'Shanghai plans to build 100 EFLOPS of intelligent computing power by 2025, up from the current 60 EFLOPS.',
      '2024-12-30',
      'Plan',
    );
    expect([factAt(plan, '60 EFLOPS').status, factAt(plan, '60 EFLOPS').period]).toEqual(['actual', '2024-12']);
    const of = factsOf("The city's AI workforce of 200,000 is expected to reach 300,000 by 2027.", '2024-06-08', 'Workforce');
    expect([factAt(of, '200,000').status, factAt(of, '200,000').period]).toEqual(['actual', '2024-06']);
    const from = factsOf("Shanghai's AI talent pool has expanded to 220,000 people from 150,000 in 2020.", '2024-06-15', 'Pool');
    expect(factAt(from, '220,000 people').period).toBe('2024-06');
    const review = factsOf('Shanghai 2024 in review: AI firms 4,300 (up from 3,800); filed models 80.', '2024-12-31', 'Review');
    expect([factAt(review, '4,300').period, factAt(review, '3,800').period]).toEqual(['2024', null]);
  });
});

describe('traps from a second probe of Chinese report shapes (revisions, changes from a level, plan periods, one day, value added)', () => {
  const one = (text: string, date: string, title: string) => factsOf(text, date, title);

  it('a figure the text revises is replaced by the revised one', () => {
    const f = one('2023年上海人工智能产业规模此前公布为3800亿元，经核实修订为3750亿元。', '2024-05-20', '上海修订');
    expect([factAt(f, '3800亿元').metric, factAt(f, '3750亿元').metric, factAt(f, '3750亿元').period]).toEqual([
      null,
      'ai_industry_scale',
      '2023',
    ]);
  });

  it('the level a change starts from (由…增至, 从2020年的…增至今年的) is not the edition or the year it reached', () => {
    const waic = one('參展企業數由400家增至500家以上。', '2024-07-04', '2024世界人工智能大會參展');
    expect([factAt(waic, '400家').period, factAt(waic, '500家以上').period]).toEqual([null, '2024']);
    const firms = one('上海人工智能企业从2020年的45家增至今年的150家。', '2024-12-20', '上海企业');
    expect([factAt(firms, '45家').period, factAt(firms, '150家').period]).toEqual(['2020', '2024-12']);
  });

  it('the start of a five-year plan is its first year; one day of an event is not the edition; value added is not the scale', () => {
    const plan = one('上海智能算力"十四五"初期不足1EFLOPS，目前已经超过7EFLOPS。', '2024-10-28', '上海算力');
    expect([factAt(plan, '不足1EFLOPS').period, factAt(plan, '超过7EFLOPS').period]).toEqual(['2021', '2024-10']);
    expect(
      factAt(one('世界人工智能大会首日入场观众超过9万人次。', '2024-07-06', '2024世界人工智能大会首日'), '超过9万人次').metric,
    ).toBeNull();
    expect(factAt(one('2023年上海人工智能核心产业增加值约为1000亿元。', '2024-04-01', '上海增加值'), '约为1000亿元').metric).toBeNull();
  });
});

describe("the session's new rules held back where a review found them overreaching", () => {
  const f = (text: string, date: string, title: string) => factsOf(text, date, title);

  it('an aside after one organisation keeps its figure its own; a firm as the source of a city figure does not take it', () => {
    expect(
      factAt(
        f('Revenue at SenseTime, the Shanghai-based AI company, rose to 3.77 billion yuan last year.', '2025-03-10', 'SenseTime'),
        '3.77 billion yuan',
      ).metric,
    ).toBeNull();
    expect(
      factAt(f('据某咨询公司统计，上海人工智能企业已超过3500家，其中大模型企业超过200家。', '2024-10-10', '上海AI'), '超过200家').metric,
    ).toBe('large_model_enterprises');
    expect(factAt(f('某咨询公司发布的报告显示上海人工智能企业已超过3500家。', '2024-10-10', '上海AI'), '超过3500家').metric).toBe(
      'ai_enterprises',
    );
    expect(
      factAt(f("China Mobile said Shanghai's intelligent computing capacity has reached 8 EFLOPS.", '2025-01-10', 'Compute'), '8 EFLOPS')
        .metric,
    ).toBe('compute_capacity');
    expect(factAt(f('全市人工智能计算中心智能算力规模合计达到8EFLOPS。', '2024-10-10', '上海算力'), '8EFLOPS').metric).toBe(
      'compute_capacity',
    );
  });

  it('该区 and 区内 after a district stay the district; 全市 before a period or a total stays the city; 上海以外 is not Shanghai', () => {
    const pudong = factAt(f('浦东新区拥有张江科学城和临港新片区，该区智能算力规模超过5EFLOPS。', '2024-10-10', '浦东'), '超过5EFLOPS');
    expect([pudong.geo, pudong.place]).toEqual(['pudong', null]);
    const q = factAt(f('全市前三季度人工智能产业规模达到3000亿元。', '2024-10-10', '徐汇区观察'), '3000亿元');
    expect([q.metric, q.geo, q.period]).toEqual(['ai_industry_scale', 'shanghai', '2024-Q1-Q3']);
    expect(factAt(f('全市各区人工智能企业合计超过4000家。', '2024-10-10', '徐汇区观察'), '超过4000家').geo).toBe('shanghai');
    expect(
      factAt(f('长三角人工智能企业快速集聚，而上海以外的长三角城市人工智能企业合计超过5000家。', '2024-10-10', '长三角'), '超过5000家')
        .metric,
    ).toBeNull();
  });

  it('periods: a release month, a plan span, the current edition after 上届, a cumulative total, a forecast quarter', () => {
    expect(factAt(f('2024年12月，上海人工智能核心产业规模达到4500亿元。', '2025-03-15', '上海AI'), '4500亿元').period).toBe('2024');
    expect(factAt(f('去年12月发布的《报告》显示，上海人工智能产业规模达到4000亿元。', '2025-01-15', '上海AI'), '4000亿元').period).toBe(
      '2024',
    );
    expect(factAt(f('力争截至年底全市智能算力规模达到100EFLOPS。', '2025-01-15', '上海算力'), '100EFLOPS').period).toBe('2025');
    expect(factAt(f('世界人工智能大会今日开幕。与上届相比本届大会参展企业增加至500家。', '2024-07-08', 'WAIC开幕'), '500家').period).toBe(
      '2024',
    );
    expect(
      factAt(f('截至今年6月底，上海人工智能企业累计完成融资超过1500亿元。', '2024-07-15', '上海AI融资'), '超过1500亿元').period,
    ).not.toBe('2024-H1');
    const q4 = f("Shanghai's AI industry is expected to reach 120 billion yuan in the fourth quarter.", '2024-10-15', 'Outlook');
    expect(factAt(q4, '120 billion yuan').period).toBe('2024-Q4');
    const h1 = f('By the end of the first half, Shanghai had 40 registered large models.', '2025-01-15', 'Models');
    expect(factAt(h1, '40 registered large models').period).toBe('2024-06');
  });

  it('English: "per a tally" is no ratio; R&D staff inside a workforce; a plan that takes shape; the level a simple-past rise started from', () => {
    expect(
      factAt(
        f('In 2024, AI startups in Shanghai raised 45 billion yuan per a tally by the municipal finance bureau.', '2025-01-10', 'VC'),
        '45 billion yuan',
      ).metric,
    ).toBe('ai_financing');
    const staff = f("Shanghai's AI industry employs 250,000 people, including 80,000 R&D personnel.", '2025-01-10', 'Staff');
    expect([factAt(staff, '250,000 people').metric, factAt(staff, '80,000 R&D personnel').metric]).toEqual(['ai_talent', null]);
    const cluster = factAt(
      f('A cluster of 1,000 AI firms is expected to form in Lingang by 2027.', '2024-06-10', 'Cluster'),
      '1,000 AI firms',
    );
    expect([cluster.status, cluster.period]).toEqual(['forecast', '2027']);
    const rose = f("Shanghai's AI industry rose to 450 billion yuan from 380 billion yuan in 2024.", '2025-01-10', 'Rise');
    expect([factAt(rose, '450 billion yuan').period, factAt(rose, '380 billion yuan').period]).toEqual(['2024', null]);
  });
});

describe('a figure of its own past date in a forecast sentence', () => {
  it('is what was (actual), unless its own clause speaks of a plan', () => {
    const en = factsOf(
      "Shanghai's intelligent computing capacity is expected to exceed 30 EFLOPS by the end of 2025, up from 7 EFLOPS at the end of 2023.",
      '2024-11-15',
      'Compute outlook',
    );
    expect([factAt(en, 'exceed 30 EFLOPS').status, factAt(en, '7 EFLOPS').status]).toEqual(['forecast', 'actual']);
    const zh = factsOf('预计到2025年底，上海智能算力规模将超过30EFLOPS，2023年底为7EFLOPS。', '2024-11-15', '上海算力展望');
    expect([factAt(zh, '超过30EFLOPS').status, factAt(zh, '7EFLOPS').status]).toEqual(['forecast', 'actual']);
    expect(factAt(factsOf('上海2023年的目标是人工智能产业规模达到3000亿元。', '2024-11-15', '上海目标回顾'), '3000亿元').status).toBe(
      'target',
    );
  });
});

describe('English parts a whole includes', () => {
  it('are parts of the whole when of its measure; a narrower measure they name stays theirs', () => {
    const parts = factsOf(
      "Shanghai's AI industry revenue last year included 120 billion yuan from smart hardware and 90 billion yuan from software services.",
      '2024-05-01',
      'Revenue parts',
    );
    expect([factAt(parts, '120 billion yuan').metric, factAt(parts, '90 billion yuan').metric]).toEqual([null, null]);
    const talent = factsOf("Shanghai's AI industry employs 250,000 people, including 80,000 AI engineers.", '2024-10-10', 'Talent incl');
    expect([factAt(talent, '250,000 people').metric, factAt(talent, '80,000 AI engineers').metric]).toEqual(['ai_talent', null]);
    const firms = factsOf('Shanghai now has 3,500 AI firms, including 200 large model companies.', '2024-10-10', 'Firms incl');
    expect(factAt(firms, '200 large model companies').metric).toBe('large_model_enterprises');
  });
});

describe('WAIC words Hong Kong and mainland reports use', () => {
  it('入场人次 are on-site visits and 展商 are exhibitors, in simplified and traditional Chinese', () => {
    for (const [text, visits, firms] of [
      ['2025世界人工智能大会入场人次逾36万，展商逾810家。', '逾36万', '逾810家'],
      ['2025世界人工智能大會入場人次逾35萬，展商逾800家。', '逾35萬', '逾800家'],
    ] as const) {
      const f = factsOf(text, '2025-07-28', '2025世界人工智能大会闭幕');
      expect([factAt(f, visits).metric, factAt(f, visits).period, factAt(f, firms).metric]).toEqual([
        'waic_onsite_visits',
        '2025',
        'waic_exhibitors',
      ]);
    }
  });
});

describe('Shanghai among other places in a list of figures', () => {
  it('the city that opens a later item after another place’s figure is that item’s subject, of the whole’s measure', () => {
    for (const text of [
      '截至2024年11月，全国共有188个生成式人工智能服务完成备案，其中北京94个、上海42个、广东20个。',
      '截至2024年11月，全国共有188个生成式人工智能服务完成备案，其中广东20个，上海42个。',
    ]) {
      const f = factsOf(text, '2024-12-26', '各地备案');
      expect([factAt(f, '42个').metric, factAt(f, '42个').geo, factAt(f, '42个').period]).toEqual(['filed_models', 'shanghai', '2024-11']);
      // The other places' items stay theirs: neither is charted as Shanghai's.
      expect(f.filter((x) => x.text !== '42个' && x.metric !== null)).toEqual([]);
    }
    const ranked = factsOf(
      '从城市分布看，人工智能企业数量排名前三的城市为北京2400余家、上海1800余家、深圳1500余家。',
      '2024-12-26',
      '城市分布',
    );
    expect([factAt(ranked, '1800余家').metric, factAt(ranked, '1800余家').geo]).toEqual(['ai_enterprises', 'shanghai']);
    expect([factAt(ranked, '2400余家').metric, factAt(ranked, '1500余家').metric]).toEqual([null, null]);
  });
  it('without a part word the items name no measure of their own, and stay unread', () => {
    const f = factsOf('截至2024年11月，全国共有188个生成式人工智能服务完成备案，北京94个、上海42个。', '2024-12-26', '各地备案二');
    expect(f.filter((x) => x.metric !== null)).toEqual([]);
    // 上海 written as a word inside a list of names, not before a figure, is not made a subject by this rule.
    const names = factsOf('北京、上海、深圳等城市人工智能企业超过4000家。', '2024-12-26', '城市名单');
    expect(names.filter((x) => x.metric !== null && x.geo === 'shanghai')).toEqual([]);
  });
});

describe('Shanghai’s clause after another city’s figure', () => {
  it('has the measure the other city’s figure was refused with, when it says no more than its figure', () => {
    const scale = factsOf('2023年，北京人工智能核心产业规模达2500亿元，上海为3800亿元，深圳为2000亿元。', '2024-05-20', '三城规模');
    expect([factAt(scale, '3800亿元').metric, factAt(scale, '3800亿元').geo, factAt(scale, '3800亿元').period]).toEqual([
      'ai_industry_scale',
      'shanghai',
      '2023',
    ]);
    expect([factAt(scale, '2500亿元').metric, factAt(scale, '2000亿元').metric]).toEqual([null, null]);
    const firms = factsOf('截至2023年底，北京人工智能企业超过2200家，上海超过1700家。', '2024-05-20', '两城企业');
    expect([factAt(firms, '超过1700家').metric, factAt(firms, '超过1700家').period]).toEqual(['ai_enterprises', '2023-12']);
  });
  it('a clause that names a measure of its own keeps it', () => {
    const other = factsOf('截至2023年底，北京人工智能企业超过2200家，上海集成电路企业超过1000家。', '2024-05-20', '两城企业二');
    expect(factAt(other, '超过1000家').metric).toBe(null);
  });
});

describe('wordings from probes of metric names and bounds', () => {
  it('约达 is about; 可望 is a forecast; "upward of" is a lower bound', () => {
    expect(factAt(factsOf('2023年，上海人工智能产业规模约达3800亿元。', '2024-05-20'), '约达3800亿元').qualifier).toBe('~');
    expect(factAt(factsOf('2023年，上海人工智能產業規模約達3800億元。', '2024-05-20'), '約達3800億元').qualifier).toBe('~');
    expect(factAt(factsOf('上海人工智能产业规模今年可望突破4500亿元。', '2024-05-20'), '突破4500亿元').status).toBe('forecast');
    const up = factAt(
      factsOf('By the end of 2023, Shanghai had upward of 1,700 AI companies.', '2024-05-20'),
      'upward of 1,700 AI companies',
    );
    expect([up.metric, up.qualifier]).toEqual(['ai_enterprises', '>']);
  });
  it('a count of universities at the end of a clause, after a verb or a bound, is read; an institute’s number is not', () => {
    const f = factAt(factsOf('截至2023年底，全市开设人工智能专业的高校已有14所。', '2024-05-20'), '14所');
    expect([f.metric, f.period]).toEqual(['universities_ai_majors', '2023-12']);
    expect(factAt(factsOf('截至2024年，全市开设人工智能专业的高校达到25所。', '2024-05-20'), '25所').metric).toBe('universities_ai_majors');
    expect(factsOf('中电科32所的研发团队在会上发布了新产品。', '2024-05-20').some((x) => x.text.startsWith('32'))).toBe(false);
    // 本次…获得首批建设资格的共有130所: this round's approvals, not the universities that teach AI.
    const round = factAt(factsOf('本次全市获得人工智能专业首批建设资格的共有130所，数量略有下降。', '2021-03-10'), '130所');
    expect(round.metric).toBe(null);
  });
  it('large-model, hyphenated, is about AI; 大型语言模型企业 are large-model firms', () => {
    const en = factAt(factsOf('Shanghai now has more than 40 large-model companies.', '2024-05-20'), 'more than 40 large-model companies');
    expect(en.metric).toBe('large_model_enterprises');
    expect(factAt(factsOf('截至2023年底，上海已集聚大型语言模型企业60余家。', '2024-05-20'), '60余家').metric).toBe(
      'large_model_enterprises',
    );
  });
  it('首8个月 (Hong Kong) are the year’s first months: no period unless they make quarters', () => {
    expect(factAt(factsOf('今年首8個月，上海新增人工智能企業60家。', '2025-09-10'), '60家').period).toBe(null);
    expect(factAt(factsOf('今年首9個月，上海人工智能產業規模達到3000億元。', '2025-10-10'), '3000億元').period).toBe('2025-Q1-Q3');
  });
  it('an average per firm (平均营收) is a ratio, not the industry’s scale', () => {
    expect(factAt(factsOf('截至2023年底，上海人工智能企业平均营收约1.2亿元。', '2024-05-20'), '约1.2亿元').metric).toBe(null);
  });
});

describe('precision traps from a probe of undated present-tense figures', () => {
  const one = (text: string, surface: string, date = '2024-05-20') => factAt(factsOf(text, date, `t ${text.slice(0, 12)}`), surface);
  it('one building, block or phase of a park, in the figure’s own clause, is not the park', () => {
    expect(one('张江人工智能岛11号楼目前已入驻人工智能企业12家。', '12家').metric).toBe(null);
    expect(one('西岸智塔T2栋目前入驻人工智能企业20家。', '20家').metric).toBe(null);
    expect(one('模速空间二期已入驻大模型企业30家。', '30家').metric).toBe(null);
    // The park itself; a phase opened in the clause before, with the park's count after it; a phase's floor area.
    expect(one('张江人工智能岛目前已入驻人工智能企业120家。', '120家').metric).toBe('cluster_enterprises');
    expect(one('2024年，模速空间二期投入使用，累计入驻企业突破120家。', '突破120家', '2025-01-10').metric).toBe('cluster_enterprises');
  });
  it('a total signed since a start is no month’s; one said as of now, or signed during the event, is', () => {
    expect(one('揭牌以来，马桥人工智能创新试验区累计签约项目总投资额约25亿元。', '约25亿元').period).toBe(null);
    expect(one('马桥人工智能创新试验区截至目前累计签约人工智能项目42个，总投资超过210亿元。', '超过210亿元').period).toBe('2024-05');
    expect(one('闵行区人工智能产业推介会现场累计签约项目24个，总投资超过200亿元。', '超过200亿元', '2024-07-06').period).toBe('2024-07');
  });
  it('what a plan or the city puts forward (提出) is a goal', () => {
    const plan = one('《上海市推动人工智能大模型创新发展若干措施》提出，集聚人工智能企业超过3000家。', '超过3000家');
    expect([plan.status, plan.period]).toEqual(['target', null]);
    expect(one('上海提出，到2025年人工智能人才规模达到50万人。', '50万人').status).toBe('target');
  });
  it('people an institute supplied, a reserve pool, a share of listed firms and one computing base are not the place’s figures', () => {
    expect(one('上海交通大学人工智能研究院已累计为企业输送人工智能人才5000余名。', '5000余名').metric).toBe(null);
    expect(one('截至2023年底，上海人工智能重点企业储备库收录企业1200家。', '1200家').metric).toBe(null);
    expect(one('上海人工智能企业数量占全国科创板人工智能企业约三成。', '约三成').metric).toBe(null);
    expect(one('上海人工智能企业数量约占全国的三成。', '三成').metric).toBe('ai_enterprises__share_of_country');
    expect(one('上海仪电智算基地目前算力规模达到4000PFLOPS。', '4000PFLOPS').metric).toBe(null);
    expect(one('截至2023年底，上海智能算力规模达到4000PFLOPS。', '4000PFLOPS').metric).toBe('compute_capacity');
  });
});

describe('a count with no time word in a paragraph a past period opened', () => {
  it('is of that period, at its end; a present word, a present English verb or an event’s date leave it as of the article', () => {
    const p = (text: string, date: string, surface: string): string | null =>
      factAt(factsOf(text, date, `t ${text.slice(0, 10)}`), surface).period;
    expect(p('2024年，全市人工智能产业规模达4500亿元。全市规模以上人工智能企业达到420家。', '2025-02-10', '420家')).toBe('2024-12');
    expect(p('今年上半年，全市人工智能产业规模达2000亿元。全市人工智能企业超过2000家。', '2024-08-10', '超过2000家')).toBe('2024-06');
    expect(
      p(
        "At the end of 2022, Shanghai's AI industry was worth 380 billion yuan. The city had 1,600 AI companies.",
        '2023-02-10',
        '1,600 AI companies',
      ),
    ).toBe('2022-12');
    expect(p('2024年，全市人工智能产业规模达4500亿元。目前，全市规模以上人工智能企业达到420家。', '2025-02-10', '420家')).toBe('2025-02');
    expect(
      p('In 2017, Shanghai granted 81,000 work permits. The city is home to 1,600 AI companies.', '2018-04-10', '1,600 AI companies'),
    ).toBe('2018-04');
    expect(p('2023年9月，模速空间正式揭牌。模速空间集聚大模型企业100余家。', '2024-07-10', '100余家')).toBe('2024-07');
  });
});

describe('wordings and periods from the English and Chinese probes', () => {
  const one = (text: string, surface: string, date = '2024-07-10') => factAt(factsOf(text, date, `t ${text.slice(0, 14)}`), surface);
  it('where participants came from (吸引了全球…参展) is not the scope of the count', () => {
    const f = factsOf('2024世界人工智能大会吸引了全球500余家企业参展，展览面积超过5.2万平方米。', '2024-07-10', 'WAIC 2024');
    expect([factAt(f, '500余家').metric, factAt(f, '超过5.2万平方米').metric]).toEqual(['waic_exhibitors', 'waic_exhibition_area']);
    expect(one('全球人工智能企业超过3万家，上海约占5%。', '超过3万家').metric).toBe(null);
  });
  it('就业人数 and AI specialists are talent; firms building their own foundation models are large-model firms', () => {
    expect(one('截至2023年底，上海人工智能产业就业人数超过25万人。', '超过25万人').metric).toBe('ai_talent');
    expect(one('By the end of 2023, Shanghai had more than 200,000 AI specialists.', 'more than 200,000 AI specialists').metric).toBe(
      'ai_talent',
    );
    expect(one('Shanghai now has about 40 companies building their own foundation models.', 'about 40 companies').metric).toBe(
      'large_model_enterprises',
    );
  });
  it('"last month" is the month before the article’s; a total so far this year is no period', () => {
    expect(one('As of last month, Shanghai had 1,700 AI companies.', '1,700 AI companies').period).toBe('2024-06');
    expect(one('As of last month, Shanghai had 1,700 AI companies.', '1,700 AI companies', '2025-01-10').period).toBe('2024-12');
    expect(one('So far this year, Shanghai has added 200 AI companies.', '200 AI companies').period).toBe(null);
    expect(one('今年以来，上海新增人工智能企业200家。', '200家').period).toBe(null);
    expect(one('今年上海新增人工智能企业200家。', '200家', '2024-12-20').period).toBe('2024');
  });
  it('a city’s share of the country after 其中 (其中上海约占四分之一) is its share', () => {
    const f = one('截至2024年11月，全国已有超过40款大模型通过备案，其中上海约占四分之一。', '四分之一', '2024-12-26');
    expect([f.metric, f.geo]).toEqual(['filed_models__share_of_country', 'shanghai']);
  });
});

describe('an English sentence whose subject is one organisation', () => {
  it('counts its own members, whatever the verb; an organisation as a source, a lab’s staff, a park are told apart', () => {
    const one = (text: string, surface: string) => factAt(factsOf(text, '2025-01-15', `t ${text.slice(0, 16)}`), surface);
    expect(
      one('Founded in 2019, the Shanghai AI Industry Alliance now counts 380 members, including 150 AI enterprises.', '150 AI enterprises')
        .metric,
    ).toBe(null);
    expect(
      one('The Shanghai AI Open Innovation Platform now connects 120 universities and 1,000 enterprises.', '1,000 enterprises').metric,
    ).toBe(null);
    expect(
      one('The Shanghai AI Industry Association said the city has more than 3,000 AI companies.', 'more than 3,000 AI companies').metric,
    ).toBe('ai_enterprises');
    expect(one('Zhangjiang Science City, a platform for AI, is home to more than 600 AI firms.', 'more than 600 AI firms').metric).toBe(
      'cluster_enterprises',
    );
  });
});

describe('clauses after a building word and parallel clauses with 有 or 以', () => {
  const one = (text: string, surface: string) => factAt(factsOf(text, '2025-03-10', `t ${text.slice(0, 16)}`), surface);
  it('a later clause about the whole city, or what has accumulated, is not the building’s forecast', () => {
    const f = one('截至2024年底，全市已建成或在建的智算中心超过30个，全市智能算力规模累计达到8.1万PFLOPS。', '8.1万PFLOPS');
    expect([f.metric, f.status, f.period]).toEqual(['compute_capacity', 'actual', '2024-12']);
    expect(one('项目正式开工，总建筑面积约27万平方米。', '约27万平方米').status).toBe('forecast');
  });
  it('上海则有…, 上海以…紧随其后 have the measure of the other city’s figure; a clause that goes on to name its own does not', () => {
    expect(one('截至2024年底，深圳人工智能企业约2,600家，上海則有約1,150家。', '約1,150家').metric).toBe('ai_enterprises');
    expect(one('截至2024年底，北京通过备案的大模型达180款，上海以120款紧随其后。', '120款').metric).toBe('filed_models');
    const own = factsOf('模速空间目前已有逾50家企业入驻，全区有9家企业机构通过国家网信办大模型备案。', '2024-05-10', '徐汇');
    expect(factAt(own, '9家').metric).not.toBe('cluster_enterprises');
  });
});

describe('the large-model sector’s own talent and financing', () => {
  it('are a part of AI’s, not the AI figures, in Chinese and English; large-model counts and shares stay theirs', () => {
    const one = (text: string, surface: string) => factAt(factsOf(text, '2024-07-10', `t ${text.slice(0, 16)}`), surface);
    expect(one('上海大模型产业从业人员约2万人。', '约2万人').metric).toBe(null);
    expect(one('去年，上海大模型企业融资总额达120亿元。', '120亿元').metric).toBe(null);
    expect(one('The large-model sector in Shanghai employs about 20,000 people.', 'about 20,000 people').metric).toBe(null);
    expect(one('Large-model firms in Shanghai raised 12 billion yuan last year.', '12 billion yuan').metric).toBe(null);
    expect(one('About 60 percent of the city’s large-model firms are in Xuhui.', 'About 60 percent').metric).toBe(
      'large_model_enterprises__share_of_city',
    );
    expect(one('去年，上海人工智能企业融资总额达800亿元。', '800亿元').metric).toBe('ai_financing');
  });
});

describe('wrong charts of the fresh blind probe', () => {
  const one = (text: string, surface: string, date = '2024-07-08') => factAt(factsOf(text, date, `t ${text.slice(0, 16)}`), surface);
  it('a clause that only names a day of the conference makes the next one’s visits that day’s', () => {
    expect(one('大会开幕首日，入场人次达到6.5万人次。', '6.5万人次').metric).toBe(null);
    expect(one('2024世界人工智能大会入场人次达到30万人次。', '30万人次').metric).toBe('waic_onsite_visits');
    expect(one('2024世界人工智能大会开幕首日，入场人次达到6.5万人次。', '6.5万人次').metric).toBe(null);
  });
  it('a part of a count of new entries is new entries too, not a stock of its own kind', () => {
    expect(one('2023年，徐汇区新引进人工智能企业150家，其中大模型企业25家。', '25家', '2023-12-27').metric).toBe(null);
    expect(
      one(
        'In the first half of the year, Shanghai added 210 new AI enterprises, including 35 large-model startups.',
        '35 large-model startups',
        '2024-07-03',
      ).metric,
    ).toBe(null);
    // A part of a stock stays charted; a growth rate before an amount is no count of new entries.
    expect(one('截至2023年底，徐汇区人工智能企业超过1000家，其中大模型企业60家。', '60家', '2024-01-10').metric).toBe(
      'large_model_enterprises',
    );
    expect(one('2020年上半年，全市人工智能产业规模逆势增长33.3%，其中一季度326亿元。', '326亿元', '2020-08-10').metric).toBe(
      'ai_industry_scale',
    );
  });
  it('tech talent is not AI talent; a corridor’s cities together are not Shanghai', () => {
    expect(one('张江科学城每平方公里集聚人工智能企业约15家，入驻科技人才超过40万人。', '超过40万人', '2025-03-25').metric).toBe(null);
    expect(
      one('Zhangjiang Science City hosts more than 1,000 AI-related companies and some 180,000 tech workers.', 'some 180,000 tech workers')
        .metric,
    ).toBe(null);
    expect(one('2022年，G60科创走廊九城市人工智能企业超过5000家。', '超过5000家', '2023-01-18').metric).toBe(null);
  });
  it('a total signed from one year to another is of no one year; the level a stretch of years rose to is its last year’s', () => {
    expect(
      one(
        'From 2018 to 2022, the city signed AI projects with a combined investment of 120 billion yuan.',
        '120 billion yuan',
        '2023-01-31',
      ).period,
    ).toBe(null);
    expect(one('From 2018 to 2022, the number of AI companies in the city rose to 3,000.', '3,000', '2023-01-31').period).toBe('2022');
    expect(one('2018年至2022年，全市人工智能企业数量增至3000家。', '3000家', '2023-01-31').period).toBe('2022');
  });
  it('what a district signed "this year" is the year’s, not the month’s', () => {
    expect(
      one("Jing'an has signed 45 AI projects this year with a total investment of 18 billion yuan.", '18 billion yuan', '2023-12-15')
        .period,
    ).toBe('2023');
  });
});

describe('other cities in comparisons, from a second fresh probe', () => {
  const f = (text: string) => factsOf(text, '2024-06-20', `t ${text.slice(0, 16)}`);
  it('北京大模型企业 is Beijing’s (北京大学 stays a university’s name)', () => {
    const beijing = f('上海大模型企业数量超过200家。北京大模型企业数量约为240家。');
    expect([factAt(beijing, '超过200家').metric, factAt(beijing, '约为240家').metric]).toEqual(['large_model_enterprises', null]);
  });
  it('三地…分别为… is several places together; a third city’s parallel clause after two others keeps the measure', () => {
    const three = f(
      '北京人工智能核心产业规模去年达到2170亿元，深圳约为1900亿元，上海为3800亿元。三地人工智能企业数量分别为1500家、1300家和1100家。',
    );
    expect(factAt(three, '3800亿元').metric).toBe('ai_industry_scale');
    expect([factAt(three, '1500家').metric, factAt(three, '1300家').metric, factAt(three, '1100家').metric]).toEqual([null, null, null]);
  });
});

describe('one firm’s revenue after a sentence about the industry', () => {
  const two = (text: string, surface: string) => factAt(factsOf(text, '2024-04-10', `t ${text.slice(0, 16)}`), surface);
  it('is the firm’s, in Chinese and English, with an aside naming a place; a place, a whole or a verb opening the clause is not a name', () => {
    expect(two('上海人工智能产业规模去年超过3800亿元。商汤科技2023年营收34亿元。', '34亿元').metric).toBe(null);
    expect(two('闵行区人工智能产业去年实现产值约800亿元。米哈游去年营收超过300亿元。', '超过300亿元').metric).toBe(null);
    expect(two('徐汇区人工智能产业规模去年达到1200亿元。其中，商汤科技去年营业收入约34亿元。', '约34亿元').metric).toBe(null);
    expect(
      two(
        "Shanghai's AI industry reached 380 billion yuan last year. SenseTime reported revenue of 3.4 billion yuan for 2023.",
        '3.4 billion yuan',
      ).metric,
    ).toBe(null);
    expect(
      two(
        "Changning's AI industry was worth about 60 billion yuan last year. Pinduoduo, headquartered in the district, reported revenue of about 390 billion yuan last year.",
        'about 390 billion yuan',
      ).metric,
    ).toBe(null);
    expect(two('上海人工智能产业规模去年达3800亿元。“我们去年的营收超过10亿元。”公司负责人说。', '超过10亿元').metric).toBe(null);
    expect(two('张江人工智能岛集聚人工智能企业100余家，去年实现营收约150亿元。', '约150亿元').metric).toBe('ai_industry_scale');
    expect(two('浦东新区人工智能产业规模去年达1500亿元，张江人工智能岛营收约200亿元。', '约200亿元').metric).toBe('ai_industry_scale');
    expect(two('上海人工智能企业去年营收超过3800亿元。', '超过3800亿元').metric).toBe('ai_industry_scale');
    expect(two("Xuhui's AI firms reported revenue of 120 billion yuan last year.", '120 billion yuan').metric).toBe('ai_industry_scale');
  });
});

describe('a whole beside the part a sentence ties to AI', () => {
  const one = (text: string, surface: string) => factAt(factsOf(text, '2023-05-10', `t ${text.slice(0, 16)}`), surface);
  it('the park’s revenue after its AI firms, and every firm’s financing before AI’s own part, are not AI’s', () => {
    const zh = '漕河泾开发区集聚高新技术企业逾1500家，其中人工智能企业约200家，去年园区营业收入超过5000亿元。';
    expect(one(zh, '超过5000亿元').metric).toBe(null);
    const en =
      'Caohejing Hi-Tech Park hosts more than 1,500 high-tech firms, about 200 of them in AI, and firms in the park generated over 500 billion yuan in revenue last year.';
    expect(one(en, 'over 500 billion yuan').metric).toBe(null);
    const financing =
      '马桥人工智能创新试验区去年人工智能产业产值约120亿元。去年，功能区内企业融资总额达到约80亿元，其中人工智能企业融资约35亿元。';
    expect(one(financing, '约80亿元').metric).toBe(null);
    expect(one(financing, '约35亿元').metric).toBe('ai_financing');
  });
  it('a clause that names AI itself, or a part in the next sentence, keeps the figure', () => {
    expect(one('漕河泾开发区集聚企业逾1500家，其中人工智能企业约200家，园区人工智能产业规模约800亿元。', '约800亿元').metric).toBe(
      'ai_industry_scale',
    );
    const next = '全年全市人工智能产业规模达到5020亿元，比上年增长14.6%。年末全市共有企业4600余家，其中人工智能企业530家。';
    expect(one(next, '14.6%').metric).toBe('ai_industry_scale__growth_yoy');
  });
});

describe('what an English noun’s modifier, a deal’s value and a call for bids say', () => {
  const one = (text: string, surface: string) => factAt(factsOf(text, '2024-10-20', `t ${text.slice(0, 16)}`), surface);
  it('firms working on another industry are that industry’s, even after AI firms in the same clause', () => {
    const en =
      'The Jinqiao Economic and Technological Development Zone now hosts more than 80 AI-related firms and about 70 companies working on 5G.';
    expect(one(en, 'about 70 companies').metric).toBe(null);
    expect(one(en, 'more than 80 AI-related firms').metric).toBe('cluster_enterprises');
    expect(one('Shanghai now has about 3,500 companies working on AI.', 'about 3,500 companies').metric).toBe('ai_enterprises');
    expect(one('目前，开发区已集聚人工智能相关企业超过80家，5G相关企业约70家。', '约70家').metric).toBe(null);
  });
  it('a growth rate after projects worth an amount is not the industry’s growth', () => {
    const en =
      "Shanghai signed 135 AI projects worth about 68 billion yuan in total in the first three quarters of this year, up about 22 percent year on year, the city's investment promotion center said.";
    expect(one(en, 'about 22 percent').metric).toBe(null);
    expect(one("Shanghai's AI industry was worth 380 billion yuan last year, up 12 percent.", '12 percent').metric).toBe(
      'ai_industry_scale__growth_yoy',
    );
  });
  it('firms drawn to bid or apply are not the city’s AI firms', () => {
    expect(
      one(
        'Shanghai has released 60 AI application scenarios in two batches, drawing more than 200 companies to bid.',
        'more than 200 companies',
      ).metric,
    ).toBe(null);
    expect(one('上海发布人工智能应用场景需求60项，吸引200余家人工智能企业揭榜。', '200余家').metric).toBe(null);
  });
});

describe('English growth verbs', () => {
  const one = (text: string, surface: string) => factAt(factsOf(text, '2025-01-16', `t ${text.slice(0, 16)}`), surface);
  it('growing, expanded and grow name a growth rate of the industry named beside them, targets included', () => {
    const a = one(
      "Shanghai's AI industry topped 450 billion yuan last year, growing by more than 10 percent from a year earlier.",
      'more than 10 percent',
    );
    expect([a.metric, a.period]).toEqual(['ai_industry_scale__growth_yoy', '2024']);
    expect(
      one('AI industry in the Lingang Special Area expanded about 35 percent to roughly 30 billion yuan in 2024.', 'about 35 percent')
        .metric,
    ).toBe('ai_industry_scale__growth_yoy');
    const t = one(
      'Putuo District aims to grow its AI industry by 15 percent this year, according to the district government.',
      '15 percent',
    );
    expect([t.metric, t.status]).toEqual(['ai_industry_scale__growth_yoy', 'target']);
    expect(one("The global market share of Shanghai's AI industry expanded to 12.56% in 2018 from 9.41%.", '12.56%').metric).toBe(null);
  });
  it('a change and the level it reached share the date after both', () => {
    const f = one(
      "Yangpu now has more than 400 AI companies, and the district's AI industry grew nearly 20 percent to about 48 billion yuan last year.",
      'nearly 20 percent',
    );
    expect([f.metric, f.period]).toEqual(['ai_industry_scale__growth_yoy', '2024']);
  });
});

describe('found in a blind probe of full-length articles', () => {
  const one = (text: string, surface: string, date = '2024-07-10') => factAt(factsOf(text, date, `t ${text.slice(0, 16)}`), surface);
  it('a flagship incubator’s firms are all of its firms: the word describes the place, not the firms', () => {
    const en = "ModelSpeed Space in Xuhui, the city's flagship large-model incubator, has attracted 70 large-model firms.";
    expect(one(en, '70 large-model firms').metric).toBe('large_model_enterprises');
    expect(one('Xuhui is home to more than 30 top AI firms.', 'more than 30 top AI firms').metric).toBe(null);
  });
  it('a goal of an amount goes on with the measure before it in the sentence', () => {
    const f = one(
      "Shanghai's AI industry was worth 224.6 billion yuan last year, and authorities have set a goal of 400 billion yuan by 2025.",
      '400 billion yuan',
      '2021-05-10',
    );
    expect([f.metric, f.period, f.status]).toEqual(['ai_industry_scale', '2025', 'target']);
  });
  it('a lab’s researchers are the lab’s; two more firms (又有) are an increase', () => {
    expect(one('全市人工智能人才规模超过23万人。此外，上海人工智能实验室研究人员超过1000名。', '超过1000名').metric).toBe(null);
    expect(one('上周，又有两家人工智能企业落户徐汇滨江。', '两家').metric).toBe(null);
  });
});

describe('the park a sentence points back to', () => {
  const facts = (text: string) => factsOf(text, '2024-04-12', `t ${text.slice(0, 16)}`);
  it('firms that settled in (签约入驻), and a clause whose subject is 园区, are the park last named', () => {
    const a = facts('9月8日，位于徐汇西岸的模速空间正式揭牌。首批已有28家大模型企业签约入驻。');
    expect(factAt(a, '28家').place).toBe('mosu_space');
    const b = facts(
      '截至今年3月底，临港滴水湖AI产业园已引进人工智能企业65家。今年一季度，园区签约人工智能项目18个，签约项目总投资约80亿元。',
    );
    expect(factAt(b, '约80亿元').place).toBe('lingang_dishui_lake_ai_park');
    const c = facts('模速空间正式揭牌。全市已有大模型企业200余家。');
    expect(factAt(c, '200余家').place).toBe(null);
  });
});

describe('a statistics report whose title names no year', () => {
  it('is of the year its body opens with, when that year is over: 全年 and 年末 are that year’s', () => {
    const text =
      '2019年，全市实现生产总值38155亿元，比上年增长6.0%。\n（二）人工智能\n全年人工智能产业规模约1800亿元，比上年增长约33%。年末全市人工智能重点企业1150家。';
    const facts = factsOf(text, '2020-03-09', '上海市国民经济和社会发展统计公报（摘录）');
    expect([factAt(facts, '约1800亿元').metric, factAt(facts, '约1800亿元').period]).toEqual(['ai_industry_scale', '2019']);
    const current = factsOf(text.replace('2019年', '2020年'), '2020-03-09', '上海市国民经济和社会发展统计公报（摘录）');
    expect(factAt(current, '约1800亿元').period).toBe(null);
  });
});

describe('a WAIC edition named by its number', () => {
  const facts = (text: string) => factsOf(text, '2019-08-31', '世界人工智能大会闭幕');
  it('首届 and 第N届 date the figure to that edition; one compared with, or followed by 本届, does not', () => {
    const a = facts('2019世界人工智能大会昨天闭幕。回顾首届大会，展览面积约3万平方米，参展企业200余家。');
    expect([factAt(a, '约3万平方米').metric, factAt(a, '约3万平方米').period]).toEqual(['waic_exhibition_area', '2018']);
    expect(factAt(a, '200余家').period).toBe('2018');
    const b = facts('2019世界人工智能大会昨天闭幕。本届大会展览面积达5.5万平方米，较首届扩大近一倍，共有400余家企业参展。');
    expect(factAt(b, '5.5万平方米').period).toBe('2019');
    expect(factAt(b, '400余家').period).toBe('2019');
    const c = facts('2019世界人工智能大会昨天闭幕。与首届相比，本届大会参展企业达400余家。');
    expect(factAt(c, '400余家').period).toBe('2019');
    const d = factsOf('2024世界人工智能大会即将开幕。回看第三届大会，展览面积约1万平方米。', '2024-07-01', '大会前瞻');
    expect(factAt(d, '约1万平方米').period).toBe('2020');
  });
});

describe('a part after a ；under a dated heading', () => {
  it('keeps the heading’s year for a flow when the part before the ；gave no date of its own; goals under a goals heading are targets', () => {
    const text =
      '一、2021年工作回顾\n全区人工智能产业规模达到380亿元，增长21.3%；新引进人工智能企业65家；马桥人工智能创新试验区新增签约项目18个，总投资120亿元。\n二、2022年主要目标\n全区生产总值增长7%左右；人工智能产业规模增长15%以上。';
    const facts = factsOf(text, '2022-02-18', '闵行区政府工作报告（摘要）');
    expect([factAt(facts, '65家').metric, factAt(facts, '65家').period]).toEqual(['new_ai_enterprises', '2021']);
    expect(factAt(facts, '120亿元').period).toBe('2021');
    expect([factAt(facts, '15%以上').period, factAt(facts, '15%以上').status]).toEqual(['2022', 'target']);
  });
});

describe('a label and its value on a line', () => {
  it('are one clause in Chinese (规上…：412家, 新增…：188家) and read with the label in English (Above-scale AI firms: 365)', () => {
    const zh = factsOf(
      '上海人工智能产业\n规上人工智能企业：412家\n人工智能企业融资额：156亿元；新增人工智能企业：188家。',
      '2025-08-15',
      '上海人工智能产业指标',
    );
    expect(factAt(zh, '412家').metric).toBe('ai_enterprises_above_scale');
    expect(factAt(zh, '188家').metric).toBe('new_ai_enterprises');
    const en = factsOf(
      "Shanghai's AI industry in the first half of 2024:\nAbove-scale AI firms: 365\nNew AI firms in the first half: 212",
      '2024-08-15',
      'Shanghai AI half-year figures',
    );
    expect(factAt(en, '365').metric).toBe('ai_enterprises_above_scale');
    expect(factAt(en, '212').metric).toBe('new_ai_enterprises');
  });
});

describe('found in the second blind probe (read after it was scored)', () => {
  const one = (text: string, surface: string, date = '2025-03-10') => factAt(factsOf(text, date, `t ${text.slice(0, 16)}`), surface);
  it('a planned floor area, the edition after this one, one lab’s researchers, a company’s revenue growth and a whole are told apart', () => {
    expect(one('截至2月底，浦东模力社区已签约入驻企业57家。社区规划办公面积10万平方米，目前已投用3万平方米。', '10万平方米').metric).toBe(
      null,
    );
    const next = factsOf(
      '2019世界人工智能大会闭幕。组委会表示，下一届大会将进一步扩大展览规模，预计展览面积将超过6万平方米。',
      '2019-08-31',
      'WAIC',
    );
    expect([factAt(next, '超过6万平方米').period, factAt(next, '超过6万平方米').status]).toEqual(['2020', 'forecast']);
    expect(one("Microsoft's AI lab in the area employs 200 researchers.", '200 researchers').metric).toBe(null);
    expect(one('Microsoft said it would open a lab with 200 researchers in Xuhui.', '200 researchers').metric).toBe(null);
    expect(
      one(
        '上海人工智能产业规模约2000亿元。一位在沪经营机器视觉公司的台商表示，公司员工已从50人增至120人，今年营收可望成长三成。',
        '三成',
        '2020-05-10',
      ).metric,
    ).toBe(null);
    expect(one('上海人工智能产业规模约5000亿元。业者分析，台厂今年在沪相关营收可望成长两成以上。', '两成以上').metric).toBe(null);
    const among = 'Greater Neo Bay hosts about 240 AI companies among its 1,300 tech firms.';
    expect(one(among, '1,300 tech firms').metric).toBe(null);
    expect(one(among, 'about 240 AI companies').metric).toBe('cluster_enterprises');
  });
});

describe('a district’s part of a city figure', () => {
  it('其中<district>约占四成 is the district’s share of the city’s measure before it; 其中上海约占 of the country’s, Shanghai’s share', () => {
    const a = factAt(factsOf('上海人工智能企业目前超过1100家，其中浦东新区约占四成。', '2019-08-20', '上海人工智能企业'), '四成');
    expect([a.metric, a.geo]).toEqual(['ai_enterprises__share_of_city', 'pudong']);
    const b = factAt(factsOf('2023年上海人工智能产业规模约3800亿元，其中徐汇区占比约三成。', '2024-03-10', '上海人工智能产业'), '约三成');
    expect([b.metric, b.geo, b.period]).toEqual(['ai_industry_scale__share_of_city', 'xuhui', '2023']);
    const c = factAt(factsOf('2023年全国人工智能企业约4500家，其中上海约占15%。', '2024-03-10', '全国人工智能企业'), '15%');
    expect([c.metric, c.geo]).toEqual(['ai_enterprises__share_of_country', 'shanghai']);
  });
});

describe('the whole year of a measure just given for part of it', () => {
  it('预计全年规模将超过520亿元 after the first three quarters’ industry scale is that scale’s forecast for the year', () => {
    const facts = factsOf(
      '今年前三季度，闵行区人工智能产业规模达390亿元，同比增长16%。区经委表示，预计全年规模将超过520亿元。',
      '2024-10-20',
      '闵行',
    );
    const f = factAt(facts, '超过520亿元');
    expect([f.metric, f.period, f.status, f.qualifier]).toEqual(['ai_industry_scale', '2024', 'forecast', '>']);
  });
});

describe('a breakdown 从上海内部分布看', () => {
  it('breaks down the city’s figure before it: its parts take its measure and date', () => {
    const text =
      '《中国人工智能发展报告》显示，截至2019年3月，全国人工智能企业4000余家，北京1500家，上海约800家，占全国的19%。\n从上海内部分布看，浦东新区和徐汇区，各分布了210家、130家企业。';
    const facts = factsOf(text, '2019-06-10', '报告：上海人工智能企业数量居全国第二');
    const f = factAt(facts, '210家');
    expect([f.metric, f.geo, f.period]).toEqual(['ai_enterprises', 'pudong', '2019-03']);
  });
});

describe('a count of tokens with its unit before it', () => {
  it('开放文本Token约2万亿 and 开放文本Token4000亿 are open text tokens; a model name with digits stays a name', () => {
    const a = factsOf(
      '在语料供给方面，静安区语料平台已汇聚高质量语料超过1.2PB，其中开放视频图文数据300TB，开放文本Token约2万亿。',
      '2024-11-10',
      '静安',
    );
    const f = factAt(a, '约2万亿');
    expect([f.metric, f.value, f.qualifier]).toEqual(['open_text_tokens', 2e12, '~']);
    const b = factsOf('语料方面，全市已汇聚高质量语料规模超2PB，累计开放文本Token4000亿、视频图文数据1.5PB。', '2024-11-10', '上海语料');
    expect(factAt(b, '4000亿').metric).toBe('open_text_tokens');
    expect(factsOf('商汤发布GPT4000模型。', '2024-11-10', '模型').some((x) => x.text.includes('4000'))).toBe(false);
  });
});

describe('the zone a park lies in', () => {
  it('is not what the next sentence is about: the park is (张江人工智能岛位于张江科学城… 。岛上已建成办公载体…)', () => {
    const facts = factsOf(
      '张江人工智能岛位于张江科学城核心区域，是上海人工智能创新应用先导区的重要载体。岛上已建成办公载体6.6万平方米。',
      '2020-07-12',
      '张江人工智能岛',
    );
    expect(factAt(facts, '6.6万平方米').place).toBe('zhangjiang_ai_island');
  });
});

describe('a word for the kind of place', () => {
  it('岛内, 社区入驻 point back to the last island or community the article named, over a district named since', () => {
    const text =
      '张江人工智能岛已集聚人工智能企业100余家。\n目前浦东新区人工智能企业约1100家。\n问：未来目标是什么？答：到2025年，我们希望岛内企业突破200家。';
    const f = factAt(factsOf(text, '2024-03-10', '张江人工智能岛访谈'), '突破200家');
    expect([f.metric, f.place, f.status]).toEqual(['cluster_enterprises', 'zhangjiang_ai_island', 'target']);
    const moli =
      '截至2月底，浦东模力社区已签约入驻企业57家。\n去年浦东新区人工智能产业规模达1500亿元。\n管理方表示，预计到今年底社区入驻企业将超过100家。';
    expect(factAt(factsOf(moli, '2025-03-10', '模力社区'), '超过100家').place).toBe('moli_community');
  });
});

describe('labels mid-line and a zone described by 是', () => {
  it('reads each label: value after the sentence before it on the line', () => {
    const facts = factsOf(
      'Shanghai AI figures for the first half of 2024.\nNew AI firms in the first half: 212. Above-scale AI firms: 365.',
      '2024-08-10',
      'Shanghai AI figures',
    );
    expect(factAt(facts, '212').metric).toBe('new_ai_enterprises');
    expect(factAt(facts, '365').metric).toBe('ai_enterprises_above_scale');
  });
  it('a park or zone that opens the sentence with 是 is the subject of its later clauses', () => {
    const f = factAt(factsOf('创智天地是杨浦人工智能企业最集中的区域，目前集聚人工智能企业150家。', '2024-04-10', '杨浦'), '150家');
    expect([f.metric, f.place]).toEqual(['cluster_enterprises', 'kic']);
  });
});

describe('registered generative AI applications', () => {
  it('are registrations (登记), not filed models, in English', () => {
    const text =
      'By mid-December, 98 large models developed in Shanghai had completed national filing, while more than 50 generative AI applications had been registered.';
    const facts = factsOf(text, '2025-12-20', 'Shanghai filings');
    expect(factAt(facts, 'more than 50 generative AI applications').metric).toBe('genai_services_registered');
    expect(factAt(facts, '98 large models').metric).toBe('filed_models');
  });
});

describe('a date carried across a ；', () => {
  it('beats the as-of date the paragraph opened with, for a flow', () => {
    const text = '截至去年底，全市人工智能重点企业达到1500余家。去年全年，全市新增人工智能企业约210家；人工智能领域融资额约350亿元。';
    const facts = factsOf(text, '2024-01-25', '上海人工智能');
    expect([factAt(facts, '约350亿元').metric, factAt(facts, '约350亿元').period]).toEqual(['ai_financing', '2023']);
    expect(factAt(facts, '1500余家').period).toBe('2023-12');
  });
});

describe('a figure that counts every kind a list names as examples', () => {
  it('主论坛、分论坛等各类活动60余场 is all the events; 大模型及上下游企业112家 all the firms; a sub-forum count alone stays a part', () => {
    const waic = factsOf('2019世界人工智能大会在上海举行。大会期间共举办主论坛、分论坛等各类活动60余场。', '2019-09-02', 'WAIC');
    expect([factAt(waic, '60余场').metric, factAt(waic, '60余场').period]).toEqual(['waic_forums', '2019']);
    const part = factsOf('2019世界人工智能大会在上海举行。大会期间共举办分论坛30场。', '2019-09-02', 'WAIC');
    expect(factAt(part, '30场').metric).toBe(null);
    const mosu = factsOf('模速空间已集聚大模型及上下游企业112家。', '2025-01-10', '徐汇');
    expect([factAt(mosu, '112家').metric, factAt(mosu, '112家').place]).toEqual(['cluster_enterprises', 'mosu_space']);
    const near = factsOf('模速空间及周边已集聚起170家大模型企业。', '2024-09-10', '徐汇');
    expect(factAt(near, '170家').metric).toBe('large_model_enterprises');
  });
});

describe('English wordings found in a probe of how reporters word each metric', () => {
  const one = (text: string, surface: string, date = '2024-08-10') => factAt(factsOf(text, date, `t ${text.slice(0, 20)}`), surface);
  it('rates, shares, counts whose noun is left out and totals since a launch', () => {
    expect(
      one("In the first half, Shanghai's AI industry posted output of about 220 billion yuan, a 15-percent rise.", '15-percent').metric,
    ).toBe('ai_industry_scale__growth_yoy');
    expect(one('Shanghai hosts over 100 large-model companies, one in four of China’s total.', 'one in four').metric).toBe(
      'large_model_enterprises__share_of_country',
    );
    const unis = factsOf(
      'In Shanghai, 26 universities now offer undergraduate AI majors, and 14 have set up AI institutes.',
      '2021-04-20',
      'Unis',
    );
    expect(factAt(unis, '14').metric).toBe('universities_ai_institutes');
    expect(
      one(
        'Since its launch in 2018, WAIC has drawn a total of more than 1.5 million on-site visits.',
        'more than 1.5 million on-site visits',
      ).metric,
    ).toBe('waic_onsite_visits_total');
  });
  it('what a threshold, the city named later, employ, approval and registration say', () => {
    expect(
      one('Xuhui now hosts nearly 300 AI businesses, including 32 with annual revenue above 100 million yuan.', 'nearly 300 AI businesses')
        .metric,
    ).toBe('ai_enterprises');
    expect(one('Investors poured about 25 billion yuan into Shanghai AI start-ups last year.', 'about 25 billion yuan').metric).toBe(
      'ai_financing',
    );
    expect(one("Shanghai's about 4,000 AI companies employ some 450,000 people.", 'some 450,000 people').metric).toBe('ai_talent');
    expect(one('Shanghai has registered 63 generative AI applications so far.', '63 generative AI applications').metric).toBe(
      'genai_services_registered',
    );
  });
});

describe('English: an aim after "and", visits received, exhibitors showing', () => {
  const one = (text: string, surface: string, date = '2021-05-10') => factAt(factsOf(text, date, `t ${text.slice(0, 20)}`), surface);
  it('what a district counts before "and aims for" is actual; WAIC visits received and firms showing exhibits are charted', () => {
    const f = one("Jing'an District counts about 200 AI-related companies and aims for 400 by 2025.", 'about 200 AI-related companies');
    expect([f.metric, f.status, f.period]).toEqual(['ai_enterprises', 'actual', '2021-05']);
    const v = one(
      'Over three days, WAIC 2019 received 250,000 on-site visits, while online views topped 340 million.',
      '250,000 on-site visits',
      '2019-09-02',
    );
    expect([v.metric, v.period]).toEqual(['waic_onsite_visits', '2019']);
    const e = one(
      'WAIC 2021 covered 55,000 square meters and brought together more than 300 companies showing over 1,000 exhibits.',
      'more than 300 companies',
      '2021-07-10',
    );
    expect(e.metric).toBe('waic_exhibitors');
  });
});

describe('a second English predicate joined by "and"', () => {
  it('does not lend its words to the figure before it (added … AI enterprises and signed AI projects)', () => {
    const facts = factsOf(
      'In 2021, Xuhui added about 70 AI enterprises and signed AI projects with total investment of 15 billion yuan.',
      '2022-04-18',
      'Xuhui 2021',
    );
    const f = factAt(facts, 'about 70 AI enterprises');
    expect([f.metric, f.period]).toEqual(['new_ai_enterprises', '2021']);
  });
});

describe('English "it" pointing back, and average growth', () => {
  it('a share in a sentence opening with "It" is of the measure the sentence before named; "expanded by an average of" is average growth', () => {
    const text =
      "Since 2018, Shanghai's AI industry has expanded by an average of over 20 percent a year. It accounted for about 30 percent of the national total in 2022.";
    const facts = factsOf(text, '2023-09-10', 'Shanghai AI');
    const share = factAt(facts, 'about 30 percent');
    expect([share.metric, share.period]).toEqual(['ai_industry_scale__share_of_country', '2022']);
    expect(factAt(facts, 'over 20 percent').metric).toBe('ai_industry_scale__growth_avg');
  });
});

describe('found in a traditional-Chinese wording probe', () => {
  const one = (text: string, surface: string, date = '2024-04-10') => factAt(factsOf(text, date, `t ${text.slice(0, 16)}`), surface);
  it('all firms of a zone, one lab’s staff and corpus, large-model firms, an outlet’s bracketed tag', () => {
    expect(one('漕河涇開發區目前有人工智能企業約180家，區內企業總數逾5,000家。', '逾5,000家').metric).toBe(null);
    expect(one('閔行區大零號灣目前集聚人工智能企業約150家，整個大零號灣的科技企業則逾2,000家。', '逾2,000家').metric).toBe(null);
    expect(one('漕河涇開發區目前有人工智能企業約180家，區內企業總數逾5,000家。', '約180家').metric).toBe('cluster_enterprises');
    expect(one('上海人工智慧實驗室去年成立，目前研究人員約400人。', '約400人', '2021-12-10').metric).toBe(null);
    expect(one('上海全市匯聚的高質量語料總量逾100PB；其中上海人工智能實驗室單一機構開放的語料約2TB。', '約2TB', '2024-06-10').metric).toBe(
      null,
    );
    expect(one('上海人工智慧大模型企業目前約70家，占大陸總數約三成。', '約70家').metric).toBe('large_model_enterprises');
    expect(one('【澳門日報消息】上海市已累計完成82款生成式人工智能服務備案。', '82款', '2025-08-10').metric).toBe('filed_models');
  });
});

describe('more traditional-Chinese wordings', () => {
  const one = (text: string, surface: string, date = '2024-08-10') => factAt(factsOf(text, date, `t ${text.slice(0, 16)}`), surface);
  it('a period between 产业 and 规模, 去年则为, 厂商, 楼面面积, 全大陆 and 直播观看', () => {
    const f = one('上海人工智能產業2024年上半年規模約2,100億元，同比增長12%。', '約2,100億元');
    expect([f.metric, f.period]).toEqual(['ai_industry_scale', '2024-H1']);
    const g = one('上海市政府表示，今年上海人工智慧產業規模目標為人民幣4,000億元，去年則為3,821億元。', '3,821億元', '2023-03-10');
    expect([g.metric, g.period, g.status]).toEqual(['ai_industry_scale', '2022', 'actual']);
    expect(one('上海市經信委表示，截至今年6月，上海人工智慧廠商約1,150家。', '約1,150家', '2020-07-10').metric).toBe('ai_enterprises');
    expect(one('模速空間目前已入駐企業逾100家，樓面面積約3.6萬平方米。', '約3.6萬平方米', '2025-01-10').metric).toBe('office_space');
    expect(one('上海人工智慧產業規模2020年約占全大陸三成。', '三成', '2021-03-10').metric).toBe('ai_industry_scale__share_of_country');
  });
});

describe('what has been brought in or signed so far', () => {
  it('is what is there (累计引进, 目前…已引进), and a signed total told with no event is no month’s', () => {
    const facts = factsOf(
      '闵行区马桥人工智能创新试验区加快建设。目前，试验区已引进人工智能企业68家，签约项目总投资约180亿元。',
      '2019-07-10',
      '马桥',
    );
    const firms = factAt(facts, '68家');
    expect([firms.metric, firms.place, firms.period]).toEqual(['cluster_enterprises', 'maqiao_ai_zone', '2019-07']);
    expect(factAt(facts, '约180亿元').period).toBe(null);
    const total = factsOf('截至2024年底，马桥人工智能创新试验区累计引进人工智能企业106家。', '2025-02-10', '闵行');
    expect([factAt(total, '106家').metric, factAt(total, '106家').period]).toEqual(['cluster_enterprises', '2024-12']);
    const year = factsOf('今年以来，闵行区新引进人工智能企业46家。', '2020-11-10', '闵行');
    expect(factAt(year, '46家').metric).toBe('new_ai_enterprises');
  });
});

describe('found in a district and park probe', () => {
  const one = (text: string, surface: string, date = '2022-09-10') => factAt(factsOf(text, date, `t ${text.slice(0, 16)}`), surface);
  it('a phase’s, a building’s or a whole park’s floor area, and a contrasted district', () => {
    expect(one('长阳创谷一期建筑面积约12万平方米。', '约12万平方米', '2025-06-10').metric).toBe(null);
    expect(one('市北高新目前集聚人工智能企业约200家，园区总建筑面积约150万平方米。', '约150万平方米', '2025-04-10').metric).toBe(null);
    const c = one('2021年，普陀区人工智能产业规模约48亿元，而同期长宁区为160亿元左右。', '160亿元左右', '2022-03-10');
    expect([c.metric, c.geo, c.period]).toEqual(['ai_industry_scale', 'changning', '2021']);
  });
});

describe('the whole edition after a district’s part of it', () => {
  it('本届大会全部签约项目 is the city’s, not the district’s whose signing came first', () => {
    const facts = factsOf(
      '2024世界人工智能大会浦东专场共签约28个重点项目，投资总额约320亿元；本届大会全部签约项目总投资超过800亿元。',
      '2024-07-08',
      'WAIC签约',
    );
    expect(factAt(facts, '约320亿元').geo).toBe('pudong');
    expect([factAt(facts, '超过800亿元').metric, factAt(facts, '超过800亿元').geo]).toEqual(['ai_investment_signed', 'shanghai']);
  });
});

describe('a labelled line with a bound before its figure', () => {
  it('- Exhibitors: more than 800 is read with its label', () => {
    const facts = factsOf(
      'WAIC 2025 closed in Shanghai on Monday.\n- Exhibition area: 70,000 square meters\n- Exhibitors: more than 800\n- On-site visits: 300,000',
      '2025-07-30',
      'WAIC 2025 numbers',
    );
    const f = factAt(facts, 'more than 800');
    expect([f.metric, f.period, f.qualifier]).toEqual(['waic_exhibitors', '2025', '>']);
  });
});

describe('WAIC area still to come', () => {
  it('is expected to cover … square meters: a forecast of the exhibition area', () => {
    const f = factAt(
      factsOf(
        'WAIC 2026 is expected to cover about 80,000 square meters and draw more than 1,000 exhibitors.',
        '2026-05-10',
        'WAIC 2026 preview',
      ),
      'about 80,000 square meters',
    );
    expect([f.metric, f.status]).toEqual(['waic_exhibition_area', 'forecast']);
  });
});

describe('a level aimed at with its noun left out', () => {
  it('aims for 400 by 2025 and wants 5,000 by 2027 count what the count before them counts; a range is left to the range reader', () => {
    const a = factAt(
      factsOf("Jing'an District counts about 200 AI-related companies and aims for 400 by 2025.", '2021-05-10', 'Jing’an'),
      '400',
    );
    expect([a.metric, a.period, a.status]).toEqual(['ai_enterprises', '2025', 'target']);
    const b = factAt(
      factsOf('Shanghai now has about 3,000 AI companies and the city wants 5,000 by 2027.', '2024-03-10', 'Shanghai'),
      '5,000',
    );
    expect([b.metric, b.period, b.status]).toEqual(['ai_enterprises', '2027', 'target']);
  });
});

describe('a running total with "its" or "the tally"', () => {
  it('bringing its total to about 400, taking the tally to 1,200: the total of what the clause before counted', () => {
    const a = factAt(
      factsOf('Minhang District attracted 65 new AI companies last year, bringing its total to about 400.', '2022-02-15', 'Minhang'),
      'about 400',
    );
    expect([a.metric, a.geo, a.period, a.qualifier]).toEqual(['ai_enterprises', 'minhang', '2021', '~']);
    const b = factAt(factsOf('Pudong attracted 40 new AI firms in 2022, taking the tally to 1,200.', '2023-03-15', 'Pudong'), '1,200');
    expect([b.metric, b.period]).toEqual(['ai_enterprises', '2022']);
  });
  it('12 more generative AI services is an increase, not the stock; the total after it is', () => {
    const facts = factsOf('Shanghai approved 12 more generative AI services, bringing its total to 46.', '2023-03-15', 'Shanghai');
    expect(factAt(facts, '12 more generative AI services').metric).toBeNull();
    expect(factAt(facts, '46').metric).toBe('filed_models');
  });
});

describe('look-alikes in full-length Chinese news', () => {
  it('a scale word with no number and no bound is never a figure: a column unit （亿元）, 亿元级以上 and 亿元以上 deals', () => {
    const facts = factsOf(
      '上半年上海各区人工智能融资额（亿元）\n浦东新区：128\n徐汇区：76\n从单笔规模看，上半年上海人工智能领域亿元级以上融资事件共52起，亿元以上项目30个。',
      '2022-09-05',
    );
    expect(facts.filter((f) => f.metric !== null && /^[万亿]/.test(f.text))).toEqual([]);
    expect(factAt(facts, '128').metric).toBe('ai_financing');
  });
  it('growth whose only year is the base it is measured against (与2020年的2246亿元相比增长近七成) is not year on year', () => {
    const facts = factsOf('2023年，上海人工智能规上企业产值达到3800亿元，同比增长8.5%，与2020年的2246亿元相比增长近七成。', '2024-07-08');
    expect(factAt(facts, '8.5%').metric).toBe('ai_industry_scale__growth_yoy');
    expect(factAt(facts, '近七成').metric).toBeNull();
  });
  it('a clause that opens with a firm’s own measure after a sentence that opened with one firm is that firm’s', () => {
    const f = factAt(factsOf('在浦东张江，一家成立仅三年的大模型企业已有员工600多人，去年营收突破5亿元。', '2024-07-08'), '突破5亿元');
    expect(f.metric).toBeNull();
    const g = factAt(factsOf('某台系代工廠首季AI伺服器營收年增逾80%。', '2026-05-20', '上海AI產值衝刺'), '逾80%');
    expect(g.metric).toBeNull();
  });
  it('营收超过100亿元的有2家: the amount picks out a class of firms', () => {
    const facts = factsOf('徐汇区人工智能企业中营收超过100亿元的有2家，超过10亿元的有26家。', '2025-01-20');
    expect(factAt(facts, '超过100亿元').metric).toBeNull();
    expect(factAt(facts, '超过10亿元').metric).toBeNull();
  });
  it('a single session’s viewing figure is not the edition’s online visits', () => {
    const facts = factsOf(
      '2020世界人工智能大会在线上举行。在线上展厅中，一款智能手术机器人“云”展示时单场观看量最高达到3200万人次。',
      '2020-07-12',
      '世界人工智能大会',
    );
    expect(factAt(facts, '3200万人次').metric).toBeNull();
  });
  it('new firms above designated size are not new AI enterprises; new AI enterprises are', () => {
    expect(factAt(factsOf('松江区人工智能企业中，去年新增规上企业9家。', '2023-02-17'), '9家').metric).toBeNull();
    expect(factAt(factsOf('松江区去年新增人工智能企业20家。', '2023-02-17'), '20家').metric).toBe('new_ai_enterprises');
  });
  it('exhibitors from Hong Kong, firms set up by Taiwanese business or foreign capital, firms filing to list are subsets', () => {
    const waic = factsOf('世界人工智能大會今屆共有逾30家港企參展，參展企業逾500家。', '2024-07-05', '世界人工智能大會');
    expect(factAt(waic, '逾30家').metric).toBeNull();
    expect(factAt(waic, '逾500家').metric).toBe('waic_exhibitors');
    expect(factAt(factsOf('台商在上海設立的AI相關企業約60家，多數規模不大。', '2019-09-03'), '約60家').metric).toBeNull();
    const foreign = factsOf('徐汇区人工智能企业216家，其中外资企业8家。', '2025-03-12');
    expect([factAt(foreign, '216家').metric, factAt(foreign, '8家').metric]).toEqual(['ai_enterprises', null]);
    expect(factAt(factsOf('2024年共有逾20家上海AI企業向港交所遞表。', '2025-03-12'), '逾20家').metric).toBeNull();
  });
  it('firms valued above a sum and five more universities to support are not the stock', () => {
    expect(factAt(factsOf('徐匯區官員並透露，區內已有3家人工智能企業估值超過10億美元。', '2018-12-28'), '3家').metric).toBeNull();
    expect(factAt(factsOf('到2025年，上海將再支持5所高校建設人工智慧學院。', '2021-11-25'), '5所').metric).toBeNull();
  });
});

describe('English parts of "them" across sentences, abbreviated halves and quarters, lines that are sentences', () => {
  it('a park that houses about 60 of them holds that many of the firms the sentence before counted', () => {
    const a = factAt(
      factsOf(
        'Yangpu District has more than 180 AI companies. The Knowledge and Innovation Community houses about 60 of them.',
        '2020-08-25',
        'Yangpu',
      ),
      'about 60',
    );
    expect([a.metric, a.place, a.qualifier]).toEqual(['cluster_enterprises', 'kic', '~']);
    const b = factAt(
      factsOf(
        'Xuhui is home to more than 60 large-model companies. ModelSpeed Space, the first large-model incubator, now houses about 40 of them.',
        '2024-05-20',
        'Xuhui',
      ),
      'about 40',
    );
    expect([b.metric, b.place]).toEqual(['cluster_enterprises', 'mosu_space']);
  });
  it('with no place of its own, "60 of them" is a subset and a share of them is not read as a count', () => {
    const facts = factsOf('Shanghai has more than 1,100 AI companies. About 60 of them are state-owned.', '2024-05-20', 'Shanghai');
    expect(factAt(facts, 'About 60').metric).toBeNull();
    const shares = factsOf(
      "A total of 18 large models developed in Shanghai had completed national filing by the end of December, about a quarter of the country's 72. Xuhui district accounted for half of them.",
      '2024-01-25',
      'Shanghai AI',
    );
    expect(factAt(shares, 'half').metric).not.toBe('filed_models__share_of_country');
  });
  it('the two districts together are several places, not the last one named', () => {
    const facts = factsOf(
      "Pudong accounts for about 30% of the city's AI talent; together with Xuhui, the two districts employ about half of them.",
      '2024-08-20',
      'Shanghai AI talent',
    );
    expect(factAt(facts, 'about half').metric).toBeNull();
  });
  it('H1 2025 and Q3 2025 are a half and a quarter of 2025', () => {
    const facts = factsOf('H1 2025 by the numbers:\nNew AI enterprises registered: 1,240', '2025-08-20', 'Shanghai AI in H1');
    expect(factAt(facts, '1,240').period).toBe('2025-H1');
    const q = factAt(factsOf('Shanghai AI companies raised 12 billion yuan in Q3 2025.', '2025-11-20', 'Shanghai'), '12 billion yuan');
    expect([q.metric, q.period]).toEqual(['ai_financing', '2025-Q3']);
  });
  it('a short line that ends with a full stop is a sentence, not a heading that dates what follows', () => {
    const f = factAt(
      factsOf(
        'Zhangjiang AI Island opened in 2019.\n\nZhangjiang Science City is home to more than 800 AI companies.',
        '2022-11-15',
        'Zhangjiang',
      ),
      'more than 800 AI companies',
    );
    expect([f.period, f.periodBasis]).toEqual(['2022-11', 'publication']);
  });
});

describe('English scopes and look-alikes from a development probe of wire and government copy', () => {
  it('a ministry that approved universities nationwide is the country; one that approved Shanghai’s is Shanghai', () => {
    const national = factsOf(
      'The expansion mirrors a national trend. Since 2019, the Ministry of Education has approved 345 universities to launch AI programs.',
      '2021-03-15',
      'Shanghai Universities Race to Teach AI',
    );
    expect(factAt(national, '345 universities').metric).toBeNull();
    const own = factsOf(
      'The Ministry of Education approved 12 Shanghai universities to offer AI majors last year.',
      '2021-03-15',
      'Shanghai universities',
    );
    expect(factAt(own, '12 Shanghai universities').metric).toBe('universities_ai_majors');
  });
  it('a wire’s dateline dash opens the clause of the country it names', () => {
    const f = factAt(
      factsOf(
        '(Bloomberg) -- China has now approved more than 40 generative AI models for public use, a sign Beijing is getting comfortable with the technology.',
        '2023-11-08',
        "China's Generative AI Approvals Top 40 as Shanghai Firms Gain Ground",
      ),
      'more than 40 generative AI models',
    );
    expect(f.metric).toBeNull();
  });
  it('the metaverse industry and data products are other subjects', () => {
    const facts = factsOf(
      "Officials also said the city's metaverse industry is expected to reach 350 billion yuan by 2025. The Shanghai Data Exchange traded 4 billion yuan worth of data products last year.",
      '2022-09-04',
      'Shanghai AI conference',
    );
    expect(factAt(facts, '350 billion yuan').reason?.en).toMatch(/metaverse/);
    expect(factAt(facts, '4 billion yuan').reason?.en).toMatch(/data/);
  });
  it('N more of a noun is an increase; the total it brings is the stock', () => {
    const facts = factsOf(
      'Six more Shanghai universities have been approved to offer undergraduate AI majors this year, bringing the total to 25.',
      '2022-06-15',
      'More Shanghai universities add AI majors',
    );
    expect(factAt(facts, 'Six more Shanghai universities').metric).toBeNull();
    expect(factAt(facts, '25').metric).toBe('universities_ai_majors');
    const goal = factsOf(
      'Key tasks for 2025\n- Support 20 more large models in completing national filing.',
      '2025-01-20',
      'Shanghai work report',
    );
    expect(factAt(goal, '20 more large models').metric).toBeNull();
  });
  it('residence permits issued to AI talent are not the talent pool', () => {
    const f = factAt(
      factsOf('By the numbers\nAI talent residence permits issued: 1,200', '2025-12-28', "Shanghai's AI year in review"),
      '1,200',
    );
    expect(f.metric).toBeNull();
  });
});

describe('English wordings of levels, parts and the conference', () => {
  it('increased by 217 this year to 1,380; bringing the city’s total to 49', () => {
    const a = factAt(
      factsOf('The number of AI firms in Shanghai increased by 217 this year to 1,380, Yicai Global learned.', '2020-12-28', 'Shanghai AI'),
      '1,380',
    );
    expect([a.metric, a.period]).toEqual(['ai_enterprises', '2020-12']);
    const b = factAt(
      factsOf(
        'Another seven large models developed in Shanghai have completed filing, bringing the city’s total to 49.',
        '2025-03-12',
        'Shanghai models',
      ),
      '49',
    );
    expect(b.metric).toBe('filed_models');
  });
  it('a district that contributed an amount gives its part of the city’s figure just before, for its period', () => {
    const facts = factsOf(
      "Shanghai's AI industry output rose 21 percent year on year to CNY104.3 billion in the first quarter.\n\nXuhui District contributed CNY26.8 billion, about a quarter of the total.\n\nAlibaba contributed 10 billion yuan.",
      '2025-05-15',
      "Shanghai's AI Industry Output Surges in First Quarter",
    );
    const x = factAt(facts, 'CNY26.8 billion');
    expect([x.metric, x.geo, x.period]).toEqual(['ai_industry_scale', 'xuhui', '2025-Q1']);
    expect(factAt(facts, '10 billion yuan').metric).toBeNull();
  });
  it('the conference’s floor across 25,000 square meters, its online platform’s visits and its livestreams’ views', () => {
    const area = factAt(
      factsOf(
        'The first World Artificial Intelligence Conference closed on Wednesday.\n\nA total of 237 exhibitors showed their products across 25,000 square meters at the Shanghai Expo Center.',
        '2018-09-20',
        'World AI conference closes in Shanghai',
      ),
      '25,000 square meters',
    );
    expect([area.metric, area.period]).toEqual(['waic_exhibition_area', '2018']);
    const online = factsOf(
      'The 2020 World Artificial Intelligence Conference closed in Shanghai on Saturday.\n\nThe "cloud" edition\'s online platform attracted more than 4.7 million visits, organizers said.\n\nOnline, the livestreams recorded 1.1 billion views.',
      '2020-07-11',
      'WAIC 2020 goes to the cloud',
    );
    expect(factAt(online, 'more than 4.7 million visits').metric).toBe('waic_online_visits');
    expect(factAt(online, '1.1 billion views').metric).toBe('waic_online_visits');
  });
  it('a clause of concession after the figure is not its own words (even though … a day)', () => {
    const f = factAt(
      factsOf(
        'The World Artificial Intelligence Conference returned this week.\n\nThe three-day expo drew about 120,000 visitors even though Covid-19 rules capped attendance at 30,000 people a day, organisers said.',
        '2021-07-11',
        'Shanghai AI conference back in person',
      ),
      'about 120,000 visitors',
    );
    expect([f.metric, f.period]).toEqual(['waic_onsite_visits', '2021']);
  });
  it('the humanoid robot industry in English: its scale and a district’s goal for it', () => {
    const facts = factsOf(
      "The scale of Shanghai's humanoid robot industry reached about 1.2 billion yuan in 2023. Pudong wants its own humanoid robot industry to top 5 billion yuan by 2026.",
      '2024-03-12',
      'Shanghai bets on humanoid robots',
    );
    expect(factAt(facts, 'about 1.2 billion yuan').metric).toBe('humanoid_robot_industry_scale');
    const p = factAt(facts, 'to top 5 billion yuan');
    expect([p.metric, p.geo, p.period]).toEqual(['humanoid_robot_industry_scale', 'pudong', '2026']);
  });
});

describe('English parts that open their sentence', () => {
  it('Among them, more than 90 are large-model companies: a part of the count before, with its own noun', () => {
    const f = factAt(
      factsOf(
        'The district added 210 AI companies during the year, bringing the total to 860. Among them, more than 90 are large-model companies.',
        '2026-03-05',
        "Xuhui's AI industry in 2025",
      ),
      'more than 90',
    );
    expect([f.metric, f.geo, f.qualifier]).toEqual(['large_model_enterprises', 'xuhui', '>']);
  });
  it('a part after "including" that names another noun is not read with the whole’s unit', () => {
    const facts = factsOf(
      'The Shanghai AI corpus platform now offers more than 5 PB of training data, including 800 billion open text tokens.',
      '2025-06-25',
      'Corpus platform',
    );
    expect(facts.some((f) => f.text === '800 billion' && f.metric !== null)).toBe(false);
  });
});

describe('signed investment said as 涉及投资', () => {
  it('签约人工智能项目12个，涉及投资约390亿元 is the signed investment', () => {
    const f = factAt(
      factsOf(
        '首届世界人工智能大会在上海西岸举行。上海与一批国内外企业签约人工智能项目12个，涉及投资约390亿元。',
        '2018-09-20',
        '首届世界人工智能大会',
      ),
      '约390亿元',
    );
    expect([f.metric, f.qualifier]).toEqual(['ai_investment_signed', '~']);
  });
});

describe('Chinese look-alikes of clusters and intakes', () => {
  it('产值超百亿元的产业集群 is a threshold; 截至3月底…已引进65家 is the stock, 新增12家 the increase', () => {
    const goal = factsOf(
      '根据规划，到2025年，马桥试验区将集聚人工智能企业200家以上，形成若干个产值超百亿元的产业集群。',
      '2023-05-18',
      '马桥试验区',
    );
    expect(factAt(goal, '超百亿元').metric).toBeNull();
    const park = factsOf(
      '截至今年3月底，临港滴水湖AI产业园已引进人工智能企业65家。今年一季度，园区新增签约人工智能企业12家。',
      '2024-04-12',
      '滴水湖畔，AI产业加速上新',
    );
    const stock = factAt(park, '65家');
    expect([stock.metric, stock.period]).toEqual(['cluster_enterprises', '2024-03']);
  });
  it('a park named for another industry counts that industry’s firms', () => {
    const facts = factsOf(
      '在張江，張江人工智能島已入駐企業和機構約130家。浦東軟件園入駐企業則超過2000家。',
      '2024-03-18',
      '浦東張江 打造人工智能創新策源地',
    );
    expect(factAt(facts, '約130家').metric).toBe('cluster_enterprises');
    expect(factAt(facts, '超過2000家').metric).toBeNull();
  });
});

describe('firms signed up to move in', () => {
  it('已签约入驻大模型企业40余家 counts firms; 签约 there is no money', () => {
    const f = factAt(
      factsOf('9月，模速空间正式揭牌。目前已签约入驻大模型企业40余家。', '2023-09-20', '模速空间揭牌 徐汇打造大模型创新生态社区'),
      '40余家',
    );
    expect([f.metric, f.place]).toEqual(['large_model_enterprises', 'mosu_space']);
  });
});

describe('English aims after a level, and growth as a fraction', () => {
  it('The city aims to hit 30 exaflops by the end of next year: the measure of the sentence before; not an aim in another field', () => {
    const aim = factAt(
      factsOf(
        "As of the end of October, Shanghai's intelligent computing capacity stood at 12.7 exaflops. The city aims to hit 30 exaflops by the end of next year.",
        '2024-12-10',
        'Shanghai races Beijing in AI computing',
      ),
      '30 exaflops',
    );
    expect([aim.metric, aim.period, aim.status]).toEqual(['compute_capacity', '2025', 'target']);
    const other = factAt(
      factsOf(
        "Shanghai's AI industry reached 300 billion yuan in 2023. The city aims to reach 500 billion yuan in digital trade by 2025.",
        '2024-12-10',
        'Shanghai AI',
      ),
      '500 billion yuan',
    );
    expect(other.metric).toBeNull();
  });
  it('up more than a third from the previous year is year-on-year growth', () => {
    const f = factAt(
      factsOf(
        "In 2021, Shanghai's artificial intelligence industry maintained rapid growth, with the industry scale exceeding 300 billion yuan, up more than a third from the previous year.",
        '2022-01-20',
        "Shanghai's AI industry posts strong growth in 2021",
      ),
      'more than a third',
    );
    expect([f.metric, f.period, f.qualifier]).toEqual(['ai_industry_scale__growth_yoy', '2021', '>']);
  });
});

describe('English "its" after a sentence that opened with a place', () => {
  it('Xuhui has long been the city’s AI hotspot. Its core AI industry …: Xuhui’s, not the city’s named last', () => {
    const f = factAt(
      factsOf(
        "Xuhui has long been the city's AI hotspot. Its core AI industry reached 75.6 billion yuan last year, accounting for about a fifth of the city's total.",
        '2023-09-16',
        'Xuhui opens large-model incubator at West Bund',
      ),
      '75.6 billion yuan',
    );
    expect([f.metric, f.geo, f.period]).toEqual(['ai_industry_scale', 'xuhui', '2022']);
  });
  it('the place may open its sentence after a phrase set before it (Since opening in 2023, ModelSpeed Space …)', () => {
    const f = factAt(
      factsOf(
        "Since opening in September 2023, ModelSpeed Space has grown into the city's largest large-model cluster. It now houses about 140 companies.",
        '2026-03-05',
        "Xuhui's AI industry in 2025: a year of firsts",
      ),
      'about 140 companies',
    );
    expect([f.metric, f.place]).toEqual(['cluster_enterprises', 'mosu_space']);
  });
});

describe('an English share said as a contribution to the total', () => {
  it('with Pudong contributing 47 percent of the total: Pudong’s share of the city’s industry', () => {
    const f = factAt(
      factsOf(
        "Shanghai's artificial intelligence industry output rose 27 percent year on year to CNY132.5 billion in the first quarter, with Pudong contributing 47 percent of the total.",
        '2026-04-20',
        "Shanghai's AI Industry Grows 27% in First Quarter",
      ),
      '47 percent',
    );
    expect([f.metric, f.geo, f.period]).toEqual(['ai_industry_scale__share_of_city', 'pudong', '2026-Q1']);
  });
});

describe('a first batch in English', () => {
  it('the first 11 large models approved are a first batch, not the stock', () => {
    const f = factAt(
      factsOf(
        'Of the first 11 large models approved for public release by national authorities at the end of August, four came from Shanghai-based developers.',
        '2023-09-16',
        'Xuhui opens large-model incubator',
      ),
      '11 large models',
    );
    expect(f.metric).toBeNull();
  });
});

describe('Shanghai’s own figure set against another place’s', () => {
  it('Beijing has about 180 filed large models, ahead of Shanghai’s 92: 92 is Shanghai’s filed models', () => {
    const facts = factsOf('Beijing has about 180 filed large models, ahead of Shanghai’s 92.', '2026-02-10', 'Shanghai or Hangzhou');
    expect(factAt(facts, 'about 180 filed large models').metric).toBeNull();
    const f = factAt(facts, '92');
    expect([f.metric, f.geo]).toEqual(['filed_models', 'shanghai']);
  });
});

describe('WAIC and statistics bulletins in Chinese news', () => {
  it('119家海内外企业携400余项新产品参展: both the exhibitors and the exhibits', () => {
    const facts = factsOf(
      '首届世界人工智能大会落下帷幕。本届大会119家海内外企业携400余项人工智能新技术、新产品参展。',
      '2018-09-20',
      '首届世界人工智能大会闭幕',
    );
    expect([factAt(facts, '119家').metric, factAt(facts, '400余项').metric]).toEqual(['waic_exhibitors', 'waic_exhibits']);
  });
  it('an article on a year’s statistics bulletin dates its flows by the bulletin’s year, not a level compared with', () => {
    const facts = factsOf(
      '第一财经记者\n上海市统计局日前发布《2020年上海市国民经济和社会发展统计公报》。公报显示，人工智能产业规模达到2246亿元，按可比口径比上年增长6%。\n“人工智能产业规模比前年的1477亿元大幅增加。”市统计局相关负责人解释。',
      '2021-03-15',
      '统计公报里的上海三大先导产业：人工智能增速放缓背后',
    );
    const scale = factAt(facts, '2246亿元');
    expect([scale.metric, scale.period]).toEqual(['ai_industry_scale', '2020']);
    expect(factAt(facts, '6%').period).toBe('2020');
    expect(factAt(facts, '1477亿元').period).not.toBe('2020');
  });
});

describe('English parts after their number: N of which …', () => {
  it('a park of all kinds of firms, 86 of which focus on AI: the park’s AI firms; 96 of which develop large models', () => {
    const ai = factAt(
      factsOf(
        "Shanghai International Automobile City in Anting, the district's auto hub, is home to about 500 companies, 86 of which focus on AI.",
        '2019-06-20',
        'Jiading bets on cars and AI',
      ),
      '86',
    );
    expect([ai.metric, ai.place]).toEqual(['cluster_enterprises', 'shanghai_auto_city']);
    const llm = factAt(
      factsOf(
        "ModelSpeed Space, Shanghai's large-model incubator at the West Bund in Xuhui District, now hosts 152 companies, 96 of which develop large models.",
        '2025-11-20',
        'ModelSpeed Space',
      ),
      '96',
    );
    expect([llm.metric, llm.place]).toEqual(['large_model_enterprises', 'mosu_space']);
  });
  it('a part is as of its whole’s date', () => {
    const f = factAt(
      factsOf(
        'ModelSpeed Space had signed up 86 companies by the end of 2023, 41 of which develop their own large models.',
        '2024-01-15',
        'Xuhui',
      ),
      '41',
    );
    expect([f.metric, f.period]).toEqual(['large_model_enterprises', '2023-12']);
  });
});

describe('what brings a running total is what was added', () => {
  it('12 AI firms registered …, bringing the district’s total to 310: 12 were added, 310 is the stock', () => {
    const facts = factsOf(
      'SONGJIANG. In October, 12 AI firms registered in Songjiang, bringing the district’s total to 310.',
      '2024-10-30',
      'Shanghai district round-up',
    );
    expect(factAt(facts, '12 AI firms').metric).toBeNull();
    const total = factAt(facts, '310');
    expect([total.metric, total.geo]).toEqual(['ai_enterprises', 'songjiang']);
  });
});

describe('totals over several editions and abbreviated parts of a year', () => {
  it('三届大会线上参与总量已超过11亿人次 is a total over editions', () => {
    const f = factAt(
      factsOf('2020世界人工智能大会闭幕。三届大会线上参与总量已超过11亿人次。', '2020-07-11', '2020世界人工智能大会闭幕'),
      '超过11亿人次',
    );
    expect(f.metric).toBe('waic_online_visits_total');
  });
  it('H1 with no year in a July article is this year’s first half', () => {
    const f = factAt(
      factsOf('Shanghai AI firms raised 15.8 billion yuan in H1, up 40 percent year on year.', '2025-07-20', 'Shanghai AI financing'),
      '15.8 billion yuan',
    );
    expect([f.metric, f.period]).toEqual(['ai_financing', '2025-H1']);
  });
});

describe('the AI island and the space by shorter names', () => {
  it('張江科學城的人工智能島…島上 is the island; "the space" after ModelSpeed Space is the space', () => {
    const island = factAt(
      factsOf(
        '位於上海浦東張江科學城的人工智能島，佔地僅0.66平方公里。島上目前集聚人工智能企業約110家。',
        '2024-03-20',
        '走進張江人工智能島',
      ),
      '約110家',
    );
    expect([island.metric, island.place]).toEqual(['cluster_enterprises', 'zhangjiang_ai_island']);
    const space = factAt(
      factsOf(
        'Many of them come from ModelSpeed Space, a large-model incubator on the West Bund in Xuhui District. The space has housed 51 companies since opening in late September.',
        '2023-11-20',
        "Shanghai's large-model cluster takes shape at ModelSpeed Space",
      ),
      '51 companies',
    );
    expect([space.metric, space.place]).toEqual(['cluster_enterprises', 'mosu_space']);
  });
});

describe('a district’s year in review speaks of the district', () => {
  it('徐汇：人工智能“西岸样本”这一年 — 全年新引进人工智能企业83家 is Xuhui’s', () => {
    const f = factAt(
      factsOf(
        '今年前三季度，全区人工智能产业规模约360亿元。\n三、招商引资成效显著\n全年新引进人工智能企业83家。',
        '2021-12-20',
        '徐汇：人工智能“西岸样本”这一年',
      ),
      '83家',
    );
    expect([f.metric, f.geo, f.period]).toEqual(['new_ai_enterprises', 'xuhui', '2021']);
  });
});

describe('Shanghai’s count set against another place’s, and parts focused purely on AI', () => {
  it('against Shanghai’s 91; against 64 in Shanghai', () => {
    const a = factAt(
      factsOf("Beijing has about 180 filed large models, against Shanghai's 91, she said.", '2026-02-10', 'Shanghai or Hangzhou'),
      '91',
    );
    expect([a.metric, a.geo]).toEqual(['filed_models', 'shanghai']);
    const b = factAt(factsOf('Beijing has 90 large-model developers against 64 in Shanghai.', '2023-11-10', 'City comparison'), '64');
    expect([b.metric, b.geo]).toEqual(['large_model_enterprises', 'shanghai']);
  });
  it('about 90 of them focused purely on AI are the AI firms of the place', () => {
    const f = factAt(
      factsOf("Jing'an's Shibei park hosts about 300 tech companies, about 90 of them focused purely on AI.", '2024-12-10', 'Jing’an'),
      'about 90',
    );
    expect([f.metric, f.qualifier]).toEqual(['ai_enterprises', '~']);
  });
});

describe('"there are N" with its noun in the sentence before', () => {
  it('Today there are over 1,100: what the sentence before counted', () => {
    const f = factAt(
      factsOf(
        'In 2014 the city had only about 100 AI companies. Today there are over 1,100, and they employ more than 100,000 people.',
        '2019-08-20',
        'Shanghai AI wire',
      ),
      'over 1,100',
    );
    expect([f.metric, f.period, f.qualifier]).toEqual(['ai_enterprises', '2019-08', '>']);
  });
  it('In 2019 we had about 400: the same, in an interview', () => {
    const f = factAt(
      factsOf(
        'The district counted 120 AI companies in 2018. In 2019 we had about 400, the official said.',
        '2025-06-10',
        'Interview with a Yangpu official',
      ),
      'about 400',
    );
    expect([f.metric, f.geo, f.period]).toEqual(['ai_enterprises', 'yangpu', '2019']);
  });
});

describe('"the number of" a park’s firms', () => {
  it('The number of companies at ModelSpeed Space has increased from over 100 in 2024 to over 200 in 2025', () => {
    const facts = factsOf(
      'The number of companies at ModelSpeed Space has increased from over 100 in 2024 to over 200 in 2025.',
      '2025-06-10',
      'ModelSpeed young industry',
    );
    const a = factAt(facts, 'over 100');
    const b = factAt(facts, 'over 200');
    expect([a.metric, a.place, a.period, b.period]).toEqual(['cluster_enterprises', 'mosu_space', '2024', '2025']);
  });
});

describe('a record among the editions is no total over them', () => {
  it('线下观展人数达35.6万人次，创历届新高: the edition’s on-site visits', () => {
    const f = factAt(
      factsOf('2025世界人工智能大会闭幕。三天时间里，线下观展人数达35.6万人次，创历届新高。', '2025-07-29', '2025世界人工智能大会闭幕'),
      '35.6万人次',
    );
    expect([f.metric, f.period]).toEqual(['waic_onsite_visits', '2025']);
  });
});

describe('more Chinese words for WAIC visits', () => {
  it('三天共接待约2.6万人次 and 全网总浏览量突破31亿人次', () => {
    const a = factAt(
      factsOf('2022世界人工智能大会闭幕。线下观众实行实名预约，三天共接待约2.6万人次。', '2022-09-03', '2022世界人工智能大会闭幕'),
      '约2.6万人次',
    );
    expect(a.metric).toBe('waic_onsite_visits');
    const b = factAt(
      factsOf('2023世界人工智能大会闭幕。大会全网总浏览量突破31亿人次。', '2023-07-08', '2023世界人工智能大会闭幕'),
      '突破31亿人次',
    );
    expect(b.metric).toBe('waic_online_visits');
  });
});

describe('twenty-fourth session: scope, firms and dates in English', () => {
  it('a part of "them" with no place of its own is where its whole is; "By 2027, it aims" is the sentence subject’s', () => {
    const f = factsOf(
      'Greater Neo Bay, the innovation belt around the Minhang campuses of Shanghai Jiao Tong University, has incubated more than 1,000 tech companies since 2021. About 300 of them are AI firms. By 2027, it aims to gather 500 AI companies.',
      '2025-09-18',
      'Minhang’s AI engines',
    );
    const part = factAt(f, 'About 300');
    const aim = factAt(f, '500 AI companies');
    expect([part.metric, part.place, aim.metric, aim.place, aim.status]).toEqual([
      'cluster_enterprises',
      'dalingwan',
      'cluster_enterprises',
      'dalingwan',
      'target',
    ]);
  });

  it('a city’s name that opens an institution’s name is no place: the lab’s city is not the carry', () => {
    const f = factsOf(
      'Greater Neo Bay works closely with Shanghai Jiao Tong University. Some 120 AI firms are based on the site.',
      '2024-05-10',
      'Neo Bay notes',
    );
    expect(factAt(f, 'Some 120 AI firms').place).toBe('dalingwan');
  });

  it('AI firms that settled in a place in a past year are new firms there, not its stock; "have settled" is the stock', () => {
    const f = factsOf(
      'Lingang is now home to close to 400 AI companies. In 2025, 74 AI companies settled in the special area.',
      '2026-03-18',
      'Lingang in review',
    );
    const added = factAt(f, '74 AI companies');
    expect([added.metric, added.place, added.period]).toEqual(['new_ai_enterprises', 'lingang', '2025']);
    const stock = factAt(
      factsOf('More than 300 AI companies have settled in the Lingang Special Area.', '2026-03-18', 'Lingang'),
      'More than 300 AI companies',
    );
    expect(stock.metric).toBe('cluster_enterprises');
    // Counted at a date, not arrived: "were registered in the city by the end of May".
    const counted = factAt(
      factsOf(
        'There were 339 AI companies registered in the city by the end of May, according to the Shanghai AI association.',
        '2018-10-10',
        'Shanghai AI',
      ),
      '339 AI companies',
    );
    expect(counted.metric).not.toBe('new_ai_enterprises');
  });

  it('"its revenue", a lab’s own researchers and "It employs" after a sentence about one company are one organisation’s', () => {
    const revenue = factAt(
      factsOf(
        'Shanghai’s AI industry grew 7.3 percent last year. Among listed players, SenseTime said its revenue last year fell about 10 percent to around CNY3.4 billion.',
        '2024-01-25',
        'Shanghai AI industry',
      ),
      'around CNY3.4 billion',
    );
    expect(revenue.metric).toBeNull();
    const lab = factAt(
      factsOf(
        'The Shanghai AI Laboratory hosts more than 7,700 datasets. The lab itself, based in Xuhui, has about 1,500 AI researchers.',
        '2025-11-12',
        'AI data',
      ),
      'about 1,500 AI researchers',
    );
    expect(lab.metric).toBeNull();
    const staff = factsOf(
      'The Shanghai-based AI company’s net loss narrowed to 2.1 billion yuan. It employs about 4,000 AI researchers and engineers.',
      '2026-04-28',
      'SenseTime results',
    );
    expect(factAt(staff, 'about 4,000 AI researchers').metric).toBeNull();
    // A centre that is a park ("The center is not just any other incubator") is not one firm.
    const park = factsOf(
      'Xi visited the Shanghai Foundation Model Innovation Center. The center is not just any other incubator. It already has a roster of more than 100 AI startups.',
      '2025-05-01',
      'Go, Shanghai',
    );
    expect(factAt(park, 'more than 100 AI startups').metric).toBe('cluster_enterprises');
  });

  it('what a plan calls for is a target in every clause after it', () => {
    const f = factsOf(
      'Shanghai aims to grow its AI industry to 400 billion yuan by 2025. The plan also calls for the city to nurture 10 leading AI companies and lift the number of AI professionals to 300,000.',
      '2021-12-21',
      'Shanghai targets 400 bln yuan AI industry by 2025',
    );
    expect(factAt(f, '300,000').status).toBe('target');
  });

  it('a signing "in the quarter" is not dated by the article’s month', () => {
    const f = factsOf(
      'Shanghai’s AI industry output rose 18.2 percent to CNY104.3 billion in the first quarter.\n\nThe city signed 31 AI projects worth a combined CNY12.6 billion in the quarter.',
      '2025-05-15',
      'Shanghai AI output in the first quarter',
    );
    expect(factAt(f, 'CNY12.6 billion').period).not.toBe('2025-05');
  });

  it('a later quarter with no year, told in the past before it has begun, is last year’s; once begun it is left open', () => {
    const text =
      'Shanghai AI startups raised a combined 43.7 billion yuan in 2020. Shanghai AI firms raised 9.8 billion yuan in Q3 and 15.3 billion yuan in Q4.';
    const january = factsOf(text, '2021-01-18', 'Shanghai AI funding');
    expect([factAt(january, '9.8 billion yuan').period, factAt(january, '15.3 billion yuan').period]).toEqual(['2020-Q3', '2020-Q4']);
    const september = factsOf(
      'Shanghai AI start-ups secured about 18 billion yuan in funding in the third quarter.',
      '2025-09-20',
      'Funding',
    );
    expect(factAt(september, 'about 18 billion yuan').period).not.toBe('2024-Q3');
  });

  it('a lower-case generic tail still names the park (the Dishui Lake AI park)', () => {
    const f = factsOf('The Dishui Lake AI park now hosts 120 AI companies.', '2024-08-14', 'Lingang');
    expect(factAt(f, '120 AI companies').place).toBe('lingang_dishui_lake_ai_park');
  });
});

describe('twenty-fourth session: Chinese', () => {
  it('比前年的1477亿元 is the level of the year before last; a level compared after ；is the measure before it', () => {
    const f = factsOf(
      '公报显示，上海人工智能产业规模达到2246亿元。“人工智能产业规模比前年的1477亿元大幅增加。”市统计局负责人解释。',
      '2021-03-15',
      '统计公报里的上海人工智能',
    );
    expect([factAt(f, '1477亿元').metric, factAt(f, '1477亿元').period]).toEqual(['ai_industry_scale', '2019']);
    const g = factsOf(
      '报告显示，截至2023年底，上海人工智能人才总量达24.6万人，约占全国的三分之一；较2020年的18万人增长36.7%。',
      '2024-05-20',
      '人才报告',
    );
    expect([factAt(g, '18万人').metric, factAt(g, '18万人').period]).toEqual(['ai_talent', '2020']);
  });

  it('模速空间在徐汇，目前已集聚企业超过150家: the park, not the district it is in', () => {
    const f = factsOf(
      '记者：两者如何分工？\n答：模速空间在徐汇，目前已集聚人工智能企业超过150家；模力社区位于浦东张江，开园一年来入驻人工智能企业近百家。',
      '2026-01-15',
      '访市经济信息化委负责人',
    );
    expect([factAt(f, '超过150家').place, factAt(f, '近百家').place]).toEqual(['mosu_space', 'moli_community']);
  });
});

describe('twenty-fourth session: analysts’ notes and briefs', () => {
  it('1H24, end-September and end-June with no year', () => {
    const f = factsOf(
      "Key takeaways\n- Shanghai's AI industry scale reached RMB215bn in 1H24, per SHEITC data.\n- City-level intelligent computing capacity stood at 6.5 EFLOPS at end-September.\n- AI enterprises above designated size numbered 395 at end-June, while AI financing in the city totalled RMB16.8bn in 1H24.",
      '2024-10-21',
      'Shanghai AI: the numbers',
    );
    expect([factAt(f, 'RMB215bn').period, factAt(f, '6.5 EFLOPS').period, factAt(f, '395').period, factAt(f, 'RMB16.8bn').period]).toEqual([
      '2024-H1',
      '2024-09',
      '2024-06',
      '2024-H1',
    ]);
  });

  it('"Figures are for end-2024" dates the undated list items under it; a profile heading of another city makes its items that city’s', () => {
    const f = factsOf(
      'Figures are for end-2024 unless otherwise noted.\n\nShanghai at a glance\n- AI enterprises: more than 2,600\n- Large models that passed national filing: 60\n\nBeijing at a glance\n- AI enterprises: over 2,800',
      '2025-06-10',
      "China's AI geography",
    );
    expect([factAt(f, 'more than 2,600').period, factAt(f, '60').period]).toEqual(['2024-12', '2024-12']);
    expect(factAt(f, 'over 2,800').metric).toBeNull();
  });

  it('a text table’s year-end row is at each year’s end; (RMB bn) puts the currency first; a label one space from its figure', () => {
    const f = factsOf(
      'Key data (Shanghai)\nMetric                              2023      2024      2025\nAI industry scale (RMB bn)           410       465       532\nIntelligent compute (EFLOPS, year-end) 4.5     7.8      12.0\nAI enterprises (year-end)          2,350     2,650     3,150\nSource: SHEITC',
      '2026-02-10',
      'Shanghai AI: full-year data wrap',
    );
    const scale = factAt(f, '410');
    expect([scale.metric, scale.value, scale.period]).toEqual(['ai_industry_scale', 410e9, '2023']);
    expect([factAt(f, '4.5').metric, factAt(f, '4.5').period]).toEqual(['compute_capacity', '2023-12']);
    expect(factAt(f, '2,350').period).toBe('2023-12');
  });

  it('"Its" after a sentence that opened with "The <place>" is the place’s', () => {
    const f = factsOf(
      "The Lingang Special Area, on the city's southeastern coast, had gathered more than 400 AI companies by the end of 2022. Its AI industry scale reached 31 billion yuan last year.",
      '2023-01-16',
      'Shanghai AI',
    );
    expect(factAt(f, '31 billion yuan').place).toBe('lingang');
  });

  it('one computing centre that has opened holds its own capacity, not the city’s', () => {
    const f = factsOf(
      '截至今年6月底，上海智能算力规模约3000PFLOPS。其中，某科技公司位于临港的人工智能计算中心已投入运营，算力约1200PFLOPS。',
      '2022-09-20',
      '上海智能算力',
    );
    expect([factAt(f, '约3000PFLOPS').metric, factAt(f, '约1200PFLOPS').metric]).toEqual(['compute_capacity', null]);
  });
});

describe('twenty-fourth session: what the AI conference signed', () => {
  it('signings "during the conference" in an article on WAIC are the AI event’s, past an earlier sentence on robots or cars', () => {
    const en = factsOf(
      'The 2024 World Artificial Intelligence Conference closed in Shanghai on Saturday. Exhibitors showed more than 1,500 products, including humanoid robots and smart cars.\n\nDuring the conference, 24 major industrial projects were signed, with a total investment of about 30 billion yuan.',
      '2024-07-06',
      'WAIC wraps up',
    );
    expect(factAt(en, 'about 30 billion yuan').metric).toBe('ai_investment_signed');
    const zh = factsOf(
      '2024世界人工智能大会6日在上海闭幕。展会集中展示了1500余项新产品，其中包括人形机器人、智能汽车等。\n\n大会期间，共签约重大产业项目24个，总投资约300亿元。',
      '2024-07-06',
      '2024世界人工智能大会闭幕',
    );
    expect(factAt(zh, '约300亿元').metric).toBe('ai_investment_signed');
    // …涉及人工智能、集成电路、生物医药等领域: the signings of several industries are not AI's.
    const mixed = factsOf(
      '2025世界人工智能大会闭幕。展会展示了人形机器人。\n\n大会期间，28个重大产业项目集中签约，总投资约510亿元，涉及人工智能、集成电路、生物医药、高端装备等领域。',
      '2025-07-29',
      '2025世界人工智能大会闭幕',
    );
    expect(factAt(mixed, '约510亿元').metric).toBeNull();
  });
});

describe('twenty-fourth session: 已 after a ；', () => {
  it('截至今年10月底，…；西岸已集聚…: as of the month before the ；, while a year before it leaves 已 as of the article', () => {
    const f = factsOf(
      '区科委介绍，截至今年10月底，徐汇全区人工智能企业逾400家；西岸人工智能核心区已集聚人工智能企业约150家，办公载体面积约25万平方米。',
      '2019-11-20',
      '徐汇西岸打造AI之城',
    );
    expect([factAt(f, '约150家').period, factAt(f, '约25万平方米').period]).toEqual(['2019-10', '2019-10']);
    const g = factsOf('2025年，全市人工智能产业规模突破5000亿元；全市已有41所高校开设人工智能相关本科专业。', '2026-03-10', '上海人工智能');
    expect(factAt(g, '41所').period).toBe('2026-03');
  });
});

describe('twenty-fourth session: supported firms and a whole zone’s revenue', () => {
  it('支持10家以上大模型企业 counts whom a policy supports; 算力支持等领域的模型企业近40家 is still the stock', () => {
    const f = factsOf('《若干措施》提出，支持10家以上大模型企业开展行业示范应用。', '2024-05-06', '上海出台大模型若干措施');
    expect(factAt(f, '10家以上').metric).toBeNull();
    const g = factsOf('截至目前，“模力社区”已集聚了覆盖底层技术、应用研发、算力支持等领域的模型企业近40家。', '2024-08-28', '张江模力社区');
    expect(factAt(g, '近40家').metric).toBe('cluster_enterprises');
  });

  it('园区全年营业收入 after a zone’s AI firms is every industry’s', () => {
    const f = factsOf(
      '人工智能产业加快集聚。漕河泾开发区集聚人工智能企业约180家，园区全年营业收入超过4000亿元。',
      '2019-01-16',
      '徐汇区2019年政府工作报告',
    );
    expect([factAt(f, '约180家').metric, factAt(f, '超过4000亿元').metric]).toEqual(['cluster_enterprises', null]);
  });
});

describe('twenty-fourth session: "the number of" a noun', () => {
  it('bare figures of a sentence about "the number of companies" count companies, from one level to the next', () => {
    const f = factsOf(
      'The number of companies in the “Model Speed Space” has increased from over 100 in 2024 to over 200 in 2025.',
      '2025-08-01',
      'Mosu young industry',
    );
    expect([factAt(f, 'over 100').metric, factAt(f, 'over 100').period, factAt(f, 'over 200').period]).toEqual([
      'cluster_enterprises',
      '2024',
      '2025',
    ]);
  });
});

describe('twenty-fourth session: a part "including N in" a park', () => {
  it('…close to 400 AI companies, including 160 in the Dishui Lake AI Park: the park’s own count', () => {
    const f = factsOf(
      'Lingang is now home to close to 400 AI companies, including 160 in the Dishui Lake AI Park.',
      '2026-03-18',
      'Lingang in review',
    );
    expect([factAt(f, '160').metric, factAt(f, '160').place]).toEqual(['cluster_enterprises', 'lingang_dishui_lake_ai_park']);
  });
});

describe('twenty-fourth session: a part is no larger than its whole', () => {
  it('a breakdown by district is not of the quarter’s figure before it when a part exceeds that figure', () => {
    const f = factsOf(
      'Activity picked up sharply in the second half. Shanghai AI firms raised 9.8 billion yuan in Q3 and 15.3 billion yuan in Q4, the busiest quarter on record.\nBy district, Pudong-based firms took 17.1 billion yuan and those in Xuhui 12.6 billion yuan.',
      '2021-01-18',
      'Shanghai AI startups pulled in record funding',
    );
    expect([factAt(f, '17.1 billion yuan').period, factAt(f, '12.6 billion yuan').period]).toEqual([null, null]);
  });
});

describe('twenty-fourth session: the latest whole, and the country’s whole in brackets', () => {
  it('从区域分布看 breaks down the figure now, not the earlier one it was compared with; 全国已备案总数（236款） is the country’s', () => {
    const f = factsOf(
      '截至今年8月底，上海累计有42款大模型完成国家生成式人工智能服务备案，占全国已备案总数（236款）的近两成。而截至2024年6月底，全市累计备案数为40款。\n从区域分布看，徐汇区备案大模型16款；浦东新区14款。',
      '2024-09-12',
      '备案大模型数量居全国前列',
    );
    expect([factAt(f, '16款').period, factAt(f, '14款').period]).toEqual(['2024-08', '2024-08']);
    expect(factAt(f, '236款').metric).toBeNull();
  });
});

describe('twenty-fourth session: analysts’ shorthand', () => {
  it('~290k is about 290,000; +8.7% YoY is a year-on-year growth', () => {
    const f = factsOf(
      "Key takeaways\n- Shanghai's AI industry scale reached RMB215bn in 1H24, +8.7% YoY, per SHEITC data.\n- AI talent in the city stood at ~290k at end-September.",
      '2024-10-21',
      'Shanghai AI: the numbers',
    );
    const talent = factAt(f, '~290k');
    expect([talent.value, talent.qualifier, talent.metric]).toEqual([290000, '~', 'ai_talent']);
    expect(factAt(f, '8.7%').metric).toBe('ai_industry_scale__growth_yoy');
  });
});

describe('twenty-fourth session: a slide’s caption', () => {
  it('"Slide 2 - Headline numbers, Shanghai (FY2025)" over labelled lines dates them', () => {
    const f = factsOf(
      'Slide 2 - Headline numbers, Shanghai (FY2025)\n• AI core industry: RMB 512.6bn (+14.8% YoY)\n• AI enterprises: 3,180 at end-2025',
      '2026-03-10',
      'Shanghai AI report 2025: key takeaways',
    );
    expect([factAt(f, 'RMB 512.6bn').period, factAt(f, '14.8%').period]).toEqual(['2025', '2025']);
  });
});

describe('twenty-fourth session: guests from around the world', () => {
  it('来自全球30余个国家和地区的1400余位嘉宾参会: where the guests came from, not the scope of the count', () => {
    const f = factsOf(
      '本届大会以“智联世界 生成未来”为主题。来自全球30余个国家和地区的1400余位嘉宾参会。',
      '2023-07-07',
      '在2023世界人工智能大会开幕式上的致辞',
    );
    expect([factAt(f, '1400余位').metric, factAt(f, '1400余位').period]).toEqual(['waic_guests', '2023']);
  });
});

describe('twenty-fourth session: "It" after "The space …"', () => {
  it('The space opened in September 2023. It now houses more than 100 companies: the space’s', () => {
    const f = factsOf(
      'Their desks come courtesy of ModelSpeed Space, the Xuhui district incubator.\n\nThe space opened in September 2023. It now houses more than 100 companies, most of them working on large models.',
      '2025-06-20',
      "How Shanghai's AI incubator keeps start-ups",
    );
    const c = factAt(f, 'more than 100 companies');
    expect([c.metric, c.place]).toEqual(['cluster_enterprises', 'mosu_space']);
  });
});

describe('twenty-fourth session: the share of large-model firms', () => {
  it('全区大模型企业数量占全市的比重超过六成 is the share of large-model firms, not of all AI firms', () => {
    const f = factsOf('徐汇区相关负责人介绍，目前全区大模型企业数量占全市的比重超过六成。', '2024-09-20', '徐汇人工智能');
    expect(factAt(f, '超过六成').metric).toBe('large_model_enterprises__share_of_city');
  });
});

describe('twenty-fourth session: a breakdown is of a whole at least its parts’ sum', () => {
  it('分区域看，徐汇区以41款居首，浦东新区28款次之 breaks down the 98 filed, not the 62 registered named last', () => {
    const f = factsOf(
      '截至10月31日，上海累计已有98款生成式人工智能服务完成备案，另有62款应用通过登记上线。\n\n分区域看，徐汇区以41款居首，浦东新区28款次之。',
      '2025-11-12',
      '上海生成式人工智能服务备案数量持续领跑',
    );
    expect([factAt(f, '41款').metric, factAt(f, '28款').metric]).toEqual(['filed_models', 'filed_models']);
  });
});

describe('twenty-fourth session: parts of a whole named first', () => {
  it('"Eight of the city’s filed large models …" and "Of Shanghai’s filed models, 19 … in Xuhui District and 11 in Pudong"', () => {
    const f = factsOf(
      "In 2024, Minhang's AI industry scale reached 59.2 billion yuan. Eight of the city's filed large models were developed by companies in the district.",
      '2025-09-18',
      'Minhang AI',
    );
    expect([factAt(f, 'Eight').metric, factAt(f, 'Eight').value, factAt(f, 'Eight').geo]).toEqual(['filed_models', 8, 'minhang']);
    const g = factsOf(
      "Shanghai's tally of filed large models reached 49. Of Shanghai's filed models, 19 were developed by companies in Xuhui District and 11 in Pudong New Area.",
      '2025-03-12',
      'Filed models',
    );
    expect([factAt(g, '19').geo, factAt(g, '11').geo, factAt(g, '11').metric]).toEqual(['xuhui', 'pudong', 'filed_models']);
  });
});

describe('twenty-fourth session: a part that came from Shanghai', () => {
  it('Of the 748 generative AI services filed nationally …, 141 came from Shanghai: Shanghai’s filed count', () => {
    const f = factsOf(
      'Of the 748 generative AI services filed nationally as of the end of December, 141 came from Shanghai and 205 from Beijing.',
      '2026-01-20',
      'Four cities',
    );
    const s = factAt(f, '141');
    expect([s.metric, s.geo, s.period]).toEqual(['filed_models', 'shanghai', '2025-12']);
    expect(factAt(f, '205').metric).toBeNull();
  });
});

describe('twenty-fourth session: parts developed in districts', () => {
  it('Of Shanghai’s filed models, 19 were developed by companies in Xuhui District and 11 in Pudong New Area (no count just before)', () => {
    const f = factsOf(
      "Shanghai's filed large models account for about 16 percent of the national total.\n\nOf Shanghai's filed models, 19 were developed by companies in Xuhui District and 11 in Pudong New Area.",
      '2025-03-12',
      "Shanghai's tally of filed large models",
    );
    expect([factAt(f, '19').metric, factAt(f, '19').geo, factAt(f, '11').metric, factAt(f, '11').geo]).toEqual([
      'filed_models',
      'xuhui',
      'filed_models',
      'pudong',
    ]);
  });
});

describe('twenty-fourth session: 其中 with no comma', () => {
  it('…去年突破5300亿元。其中浦东新区…约2100亿元，徐汇区逾1500亿元: the parts keep the whole’s year', () => {
    const f = factsOf(
      '上海人工智能产业规模去年突破5300亿元，同比增长14%。其中浦东新区人工智能产业规模约2100亿元，徐汇区逾1500亿元。',
      '2026-01-30',
      '上海AI产业规模再创新高',
    );
    expect([factAt(f, '约2100亿元').period, factAt(f, '逾1500亿元').period]).toEqual(['2025', '2025']);
  });
});

describe('twenty-fourth session: a share of the national industry, and its year in brackets', () => {
  it('Shanghai’s share of the national AI industry rose to ~16% in 2025 (2024: ~15%)', () => {
    const f = factsOf(
      "Shanghai released full-year AI data last week.\n\nOur view: Shanghai's share of the national AI industry rose to ~16% in 2025 (2024: ~15%).",
      '2026-02-10',
      'Shanghai AI: full-year data wrap',
    );
    expect([factAt(f, '~16%').metric, factAt(f, '~15%').metric, factAt(f, '~15%').period]).toEqual([
      'ai_industry_scale__share_of_country',
      'ai_industry_scale__share_of_country',
      '2024',
    ]);
  });
});

describe('twenty-fourth session: signed "during the conference" after the figure', () => {
  it('Projects worth more than 40 billion yuan were signed during the conference', () => {
    const f = factsOf(
      'The 2022 World Artificial Intelligence Conference closed on Saturday. Humanoid robots and smart cars drew the biggest crowds. Projects worth more than 40 billion yuan were signed during the conference.',
      '2022-09-03',
      'WAIC wraps up with more online',
    );
    expect(factAt(f, 'more than 40 billion yuan').metric).toBe('ai_investment_signed');
  });
});

describe('twenty-fourth session: 前3季 and one zone of the exhibition', () => {
  it('今年前3季 is the first three quarters; a hall’s robot zone is not the exhibition area', () => {
    const f = factsOf('上海市经信委资料显示，今年前3季，上海人工智能产业规模达2230亿元人民币，年增21.3%。', '2021-11-25', '上海抢AI人才');
    expect(factAt(f, '2230亿元').period).toBe('2021-Q1-Q3');
    const g = factsOf(
      '2025世界人工智能大会闭幕。\n三、机器人成为“顶流”\n世博展览馆H3馆的机器人展区面积超过1.2万平方米，集中展示了人形机器人60余款。',
      '2025-07-29',
      'WAIC 2025落幕',
    );
    expect(factAt(g, '超过1.2万平方米').metric).toBeNull();
  });
});

describe('twenty-fourth session: a change’s years across a ；', () => {
  it('从2016年的约500亿元增长到2020年的2246亿元；…企业从不到500家增加到1150家: the second change takes the first one’s years', () => {
    const f = factsOf(
      '《规划》显示，上海人工智能产业规模从2016年的约500亿元增长到2020年的2246亿元；人工智能重点企业从不到500家增加到1150家。',
      '2021-12-30',
      '上海发布人工智能产业发展十四五规划',
    );
    expect([factAt(f, '不到500家').period, factAt(f, '1150家').period]).toEqual(['2016', '2020']);
  });
});

describe('twenty-fourth session: "the number of" with the verb read into the figure', () => {
  it('the number of AI professionals working in the city has exceeded 280,000', () => {
    const f = factsOf('Zhang said the number of AI professionals working in the city has exceeded 280,000.', '2024-07-06', 'WAIC wraps up');
    const t = factAt(f, 'exceeded 280,000');
    expect([t.metric, t.qualifier, t.value]).toEqual(['ai_talent', '>', 280000]);
  });
});

describe('twenty-fourth session: online views as the noun before a bare figure', () => {
  it('online views of its forums topped 1.6 billion; online page views surpassing 2.3 billion', () => {
    const f = factsOf(
      "This year's WAIC brought together more than 500 exhibitors. Organizers said the event recorded over 300,000 on-site visits, while online views of its forums topped 1.6 billion.",
      '2024-07-06',
      'WAIC wraps up',
    );
    expect([factAt(f, 'topped 1.6 billion').metric, factAt(f, 'topped 1.6 billion').period]).toEqual(['waic_online_visits', '2024']);
  });
});

describe('twenty-fourth session: a goal year across a ；', () => {
  it('到2027年，…；培育…，累计备案大模型超过150款: the count after the ；is for 2027 too', () => {
    const f = factsOf(
      '《方案》提出，到2027年，全市人工智能核心产业规模突破7500亿元；智能算力规模超过100EFLOPS；累计备案大模型超过150款。',
      '2025-03-10',
      '上海人工智能新三年行动方案出炉',
    );
    expect(factAt(f, '超过150款').period).toBe('2027');
  });
});

describe('twenty-fourth session: one zone’s exhibitors', () => {
  it('元宇宙专区有30余家企业参展; 21 resident companies exhibited in a joint pavilion: a part of the exhibition', () => {
    const f = factsOf(
      '本届世界人工智能大会参展企业200余家。大会首次设立的元宇宙专区有30余家企业参展。',
      '2022-09-03',
      '世界人工智能大会破圈',
    );
    expect([factAt(f, '200余家').metric, factAt(f, '30余家').metric]).toEqual(['waic_exhibitors', null]);
  });
});

describe('twenty-fourth session: "during the year"', () => {
  it('In 2025, … . The district added 210 AI companies during the year: of 2025', () => {
    const f = factsOf(
      "In 2025, Xuhui District's AI industry reached 128.6 billion yuan.\n\nNew companies\nThe district added 210 AI companies during the year, bringing the total to 860.",
      '2026-03-05',
      "Xuhui's AI industry in 2025",
    );
    expect([factAt(f, '210 AI companies').metric, factAt(f, '210 AI companies').period]).toEqual(['new_ai_enterprises', '2025']);
  });
});

describe('twenty-fourth session: a breakdown three paragraphs after its whole', () => {
  it('By district, Xuhui attracted 14.2 billion yuan and Pudong 12.6 billion yuan, after a paragraph on other things', () => {
    const f = factsOf(
      'Artificial intelligence companies in Shanghai raised 46.8 billion yuan in the first six months of 2025, according to the association.\n\nThe city accounted for about 17 percent of the country’s AI financing in the period.\n\nLarge-model developers took the lion’s share of the deals.\n\nBy district, Xuhui attracted 14.2 billion yuan and Pudong 12.6 billion yuan.',
      '2025-07-20',
      'Shanghai AI firms raise 46.8 billion yuan in first half',
    );
    expect([factAt(f, '14.2 billion yuan').metric, factAt(f, '12.6 billion yuan').period]).toEqual(['ai_financing', '2025-H1']);
  });
});

describe('twenty-fourth session: the next place of a breakdown', () => {
  it('By district, Xuhui led with 12.6 billion yuan. … Pudong followed with 11.8 billion yuan', () => {
    const f = factsOf(
      'Shanghai AI startups raised 41.2 billion yuan in the first three quarters of 2024.\n\nBy district, Xuhui led with 12.6 billion yuan, thanks to the cluster of model makers on the West Bund. ModelSpeed Space now counts 72 investment institutions among its partners and houses more than 100 model companies. Pudong followed with 11.8 billion yuan.',
      '2024-10-20',
      'Shanghai AI funding round-up',
    );
    const p = factAt(f, '11.8 billion yuan');
    expect([p.metric, p.geo, p.period]).toEqual(['ai_financing', 'pudong', '2024-Q1-Q3']);
  });
});
