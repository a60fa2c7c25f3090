/** English and traditional-Chinese articles go through the same rules as simplified Chinese. */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/extract/language';
import { factAt, factsOf } from './helpers';

describe('language detection', () => {
  it('tells simplified, traditional and English apart', () => {
    expect(detectLanguage('上海人工智能产业规模超过3800亿元，人才规模近30万人。')).toBe('zh-Hans');
    expect(detectLanguage('上海人工智能產業規模超過3800億元，人才規模近30萬人。')).toBe('zh-Hant');
    expect(detectLanguage("Shanghai's AI industry exceeded 380 billion yuan last year.")).toBe('en');
  });
});

describe('traditional Chinese is read through simplified, quotes kept as written', () => {
  it('產業規模超900億 is the AI industry scale, with the original characters in the quote', () => {
    const f = factAt(factsOf('2024年，上海人工智能產業規模超900億元，同比增長20%。', '2025-03-04'), '超900億元');
    expect([f.metric, f.value, f.qualifier, f.period]).toEqual(['ai_industry_scale', 900e8, '>', '2024']);
    expect(f.source.quote).toContain('產業規模');
  });
  it("Taiwan's words read as the mainland's (人工智慧企業 are AI firms), offsets kept, and 新增 stays an increase", () => {
    const f = factsOf('截至2024年底，上海人工智慧企業超過2400家，資料中心機櫃超過50萬架。', '2025-03-04');
    const firms = factAt(f, '超過2400家');
    expect([firms.metric, firms.period]).toEqual(['ai_enterprises', '2024-12']);
    expect(firms.source.quote).toContain('人工智慧企業');
    const added = factsOf('上海去年新增人工智慧企業300家。', '2025-03-04');
    expect(factAt(added, '300家').metric).toBe('new_ai_enterprises');
  });
  it('7.5萬 reads as 75,000', () => {
    const f = factAt(factsOf('目前，上海人工智能人才總量已達7.5萬人。', '2025-03-04'), '7.5萬人');
    expect([f.metric, f.value, f.period, f.periodBasis]).toEqual(['ai_talent', 75000, '2025-03', 'publication']);
  });
});

describe('English articles', () => {
  it('65 billion yuan with a year is the AI industry scale', () => {
    const f = factAt(factsOf("In 2023, the scale of Shanghai's AI industry reached 65 billion yuan.", '2024-05-01'), '65 billion yuan');
    expect([f.metric, f.value, f.period, f.qualifier]).toEqual(['ai_industry_scale', 65e9, '2023', '=']);
  });
  it('a currency code written against the amount (RMB65 billion, USD9 billion) is read as that currency', () => {
    const facts = factsOf("In 2023, the scale of Shanghai's AI industry reached RMB65 billion (USD9 billion).", '2024-05-01');
    const f = factAt(facts, 'RMB65 billion');
    expect([f.metric, f.value, f.period]).toEqual(['ai_industry_scale', 65e9, '2023']);
    expect(facts.some((x) => x.value === 9e9)).toBe(false);
  });
  it('a letter glued to a number is still a label (A100, H20)', () => {
    expect(factsOf('Shanghai data centres run 10,000 A100 chips and H20 cards.', '2024-05-01').map((f) => f.value)).not.toContain(100);
  });
  it('more than 200 firms as of a date, in Xuhui', () => {
    const f = factAt(
      factsOf('As of Nov. 30, 2024, Xuhui district was home to more than 200 AI firms.', '2024-12-05'),
      'more than 200 AI firms',
    );
    expect([f.metric, f.value, f.qualifier, f.period, f.geo]).toEqual(['ai_enterprises', 200, '>', '2024-11', 'xuhui']);
  });
  it('a pair of modifiers of origin (domestic and foreign) is one modifier; a pair of industries or of sizes is not', () => {
    const facts = factsOf(
      'The 2025 conference drew more than 800 domestic and international exhibitors.',
      '2025-07-28',
      'WAIC 2025 closes',
    );
    const f = factAt(facts, 'more than 800 domestic and international exhibitors');
    expect([f.metric, f.value, f.qualifier, f.period]).toEqual(['waic_exhibitors', 800, '>', '2025']);
    for (const text of [
      'Shanghai has more than 300 AI and big data companies.',
      'Shanghai has more than 300 small and medium-sized AI companies.',
    ])
      expect(factsOf(text, '2025-01-10').some((x) => x.metric === 'ai_enterprises')).toBe(false);
  });
  it('a forecast in a later predicate joined by "and" is not the earlier figure’s; "to top" is a bound, not a top-100 list', () => {
    const facts = factsOf(
      "Shanghai's computing power reached 80 EFLOPS in 2024 and is expected to top 100 EFLOPS this year.",
      '2025-03-10',
      'Shanghai compute',
    );
    expect([factAt(facts, '80 EFLOPS').status, factAt(facts, '80 EFLOPS').period]).toEqual(['actual', '2024']);
    const next = factAt(facts, 'to top 100 EFLOPS');
    expect([next.metric, next.status, next.qualifier, next.period]).toEqual(['compute_capacity', 'forecast', '>', '2025']);
    // Said of the figure itself, it stays a forecast.
    expect(factAt(factsOf('More than 3,000 AI firms are expected to attend.', '2025-03-10'), 'More than 3,000 AI firms').status).toBe(
      'forecast',
    );
  });
  it('a park inside a relative clause between commas is said of the subject, not the subject', () => {
    const f = factAt(
      factsOf('Xuhui district, which hosts the ModelSpeed Space, has 800 AI firms.', '2025-03-10', 'Shanghai AI'),
      '800 AI firms',
    );
    expect([f.metric, f.geo, f.place]).toEqual(['ai_enterprises', 'xuhui', null]);
    // The park that the relative clause is about keeps its figure.
    const g = factAt(
      factsOf('Pudong New Area hosts the Zhangjiang AI Island, which has more than 100 firms.', '2025-03-10', 'Shanghai AI'),
      'more than 100 firms',
    );
    expect([g.metric, g.place]).toEqual(['cluster_enterprises', 'zhangjiang_ai_island']);
  });
  it('a part by size of a count of firms is the firms above designated size', () => {
    const a = factsOf(
      'The city is now home to more than 2,800 AI companies, including 500 above designated size.',
      '2025-03-10',
      'Shanghai AI',
    );
    expect([factAt(a, '500').metric, factAt(a, '500').value]).toEqual(['ai_enterprises_above_scale', 500]);
    const b = factsOf('Of the 2,500 AI firms in the city, 400 are above designated size.', '2025-03-10', 'Shanghai AI');
    expect(factAt(b, '400').metric).toBe('ai_enterprises_above_scale');
    expect(factAt(b, '2,500 AI firms').metric).toBe('ai_enterprises');
  });
  it('a bare number after its noun and a verb of level: now number, stands at, rose to', () => {
    const firms = factAt(factsOf('AI companies in Shanghai now number more than 2,800.', '2025-03-10', 'Shanghai AI'), 'more than 2,800');
    expect([firms.metric, firms.value, firms.qualifier]).toEqual(['ai_enterprises', 2800, '>']);
    const talent = factAt(factsOf("The city's AI workforce stands at about 300,000.", '2025-03-10', 'Shanghai AI'), 'about 300,000');
    expect([talent.metric, talent.qualifier]).toEqual(['ai_talent', '~']);
    const models = factAt(factsOf("Shanghai's tally of registered large models rose to 82 last year.", '2025-03-10', 'Shanghai AI'), '82');
    expect([models.metric, models.period]).toEqual(['filed_models', '2024']);
  });
  it('between 2019 and 2024: the level a change reached is of the last year; a total over the years of none', () => {
    const level = factAt(factsOf('The number of AI firms doubled to 2,800 between 2019 and 2024.', '2025-03-10', 'Shanghai AI'), '2,800');
    expect([level.metric, level.period]).toEqual(['ai_enterprises', '2024']);
    const total = factAt(
      factsOf('AI financing totaled 300 billion yuan between 2020 and 2024.', '2025-03-10', 'Shanghai AI'),
      '300 billion yuan',
    );
    expect(total.period).toBeNull();
  });
  it('nearly 150,000 AI professionals, undated, is as of the article', () => {
    const f = factAt(factsOf('Shanghai now has nearly 150,000 AI professionals.', '2021-07-09'), 'nearly 150,000 AI professionals');
    expect([f.metric, f.value, f.qualifier, f.period, f.periodBasis]).toEqual(['ai_talent', 150000, '<', '2021-07', 'publication']);
  });
  it('a verb between the bound and its figure keeps the bound (Nearly Reached 85 Billion Yuan)', () => {
    const f = factAt(
      factsOf('AI financing in Shanghai in 2024 Nearly Reached 85 Billion Yuan.', '2025-01-20'),
      'Nearly Reached 85 Billion Yuan',
    );
    expect([f.metric, f.value, f.qualifier, f.period]).toEqual(['ai_financing', 85e9, '<', '2024']);
  });
  it('a unit glued to its number ends a sentence (5,000P. Last year …); an initial does not (J. Smith)', () => {
    const f = factAt(
      factsOf("Currently, Shanghai's intelligent computing power exceeds 5,000P. Last year alone, 818 projects were signed.", '2023-10-20'),
      'exceeds 5,000P',
    );
    expect([f.metric, f.period, f.periodBasis]).toEqual(['compute_capacity', '2023-10', 'publication']);
    const g = factAt(factsOf('Analyst J. Smith said Shanghai had 1,116 AI companies in 2018.', '2019-01-20'), '1,116 AI companies');
    expect([g.metric, g.period]).toEqual(['ai_enterprises', '2018']);
  });
  it('above-designated-size, hyphenated, names the firms above designated size', () => {
    const f = factAt(
      factsOf('Statistics show that Shanghai is home to 523 above-designated-size AI companies.', '2021-03-20'),
      '523 above-designated-size AI companies',
    );
    expect(f.metric).toBe('ai_enterprises_above_scale');
  });
  it('間, Hong Kong’s classifier for firms, counts AI firms (逾6200間人工智能企業)', () => {
    const f = factAt(factsOf('上海現有逾6200間人工智能企業。', '2026-03-10'), '逾6200間');
    expect([f.metric, f.value, f.qualifier]).toEqual(['ai_enterprises', 6200, '>']);
    expect(factAt(factsOf('上海現有500間人工智能實驗室。', '2026-03-10'), '500間').metric).toBeNull();
  });
  it('by the end of 2018 and the first three quarters of 2025', () => {
    const a = factAt(factsOf('By the end of 2018, Shanghai had 1,116 AI companies.', '2019-01-20'), '1,116 AI companies');
    expect([a.metric, a.period]).toEqual(['ai_enterprises', '2018-12']);
    const b = factAt(
      factsOf("In the first three quarters of 2025, Shanghai's AI industry scale reached 435.5 billion yuan.", '2026-01-09'),
      '435.5 billion yuan',
    );
    expect([b.metric, b.period, b.value]).toEqual(['ai_industry_scale', '2025-Q1-Q3', 435.5e9]);
  });
  it('another industry, a dollar amount and a ratio are not charted', () => {
    const facts = factsOf(
      "Shanghai's integrated circuit industry reached 300 billion yuan in 2023, while AI firms raised US$9 billion.",
      '2024-05-01',
    );
    expect(factAt(facts, '300 billion yuan').metric).toBeNull();
    expect(facts.some((f) => f.text.includes('9 billion'))).toBe(false);
  });
  it('hundreds of AI firms, tens of thousands of professionals, billions of yuan: vague amounts, said so, never charted', () => {
    const facts = factsOf(
      'Shanghai is home to hundreds of AI companies and tens of thousands of AI professionals, and attracted billions of yuan in AI investment last year.',
      '2025-07-10',
    );
    for (const text of ['hundreds of AI companies', 'tens of thousands of AI professionals', 'billions of yuan']) {
      const f = factAt(facts, text);
      expect([f.metric, f.qualifier, f.reason?.en]).toEqual([null, '>', 'a vague amount (dozens, hundreds), not a figure']);
    }
    expect(factAt(facts, 'tens of thousands of AI professionals').value).toBe(10000);
    // Not a count of anything the catalogue counts: not read at all.
    const other = factsOf('The city has thousands of years of history and hundreds of which are old.', '2025-07-10');
    expect(other).toEqual([]);
  });
});

describe('precision: a figure maps only when the clause ties it to the subject', () => {
  it('another industry is vetoed, with the reason kept', () => {
    const f = factAt(factsOf('2024年，上海集成电路产业规模达到3000亿元。', '2025-01-10'), '3000亿元');
    expect(f.metric).toBeNull();
    expect(f.reason?.zh).toBe('说的是集成电路，不是人工智能');
    expect(f.reason?.en).toBe('about integrated circuits, not AI');
  });
  it('all-industry output is not AI industry scale', () => {
    expect(factAt(factsOf('2024年，园区规上工业产值达到1200亿元。', '2025-01-10'), '1200亿元').metric).toBeNull();
  });
  it('a ratio is not a total', () => {
    const f = factAt(factsOf('2024年，西岸人工智能企业每平方米产值达1万元。', '2025-01-10'), '1万元');
    expect([f.metric, f.reason?.en, f.reason?.zh]).toEqual([
      null,
      'a ratio (per square metre, per person …), not a total',
      '比率（每平方米、人均 …），不是总量',
    ]);
  });
  it('an increase is a flow of new entries, not the stock', () => {
    const f = factAt(factsOf('2024年，全市新增人工智能企业120家。', '2025-01-10'), '120家');
    expect([f.metric, f.period]).toEqual(['new_ai_enterprises', '2024']);
  });
  it('a subset of firms is not the whole', () => {
    expect(factAt(factsOf('目前，全区人工智能企业中有世界500强企业20家。', '2025-01-10'), '20家').metric).toBeNull();
  });
  it('growth is linked to the metric it qualifies', () => {
    const f = factAt(factsOf('2024年，上海人工智能产业规模超过4500亿元，同比增长20%。', '2025-01-10'), '20%');
    expect([f.metric, f.period]).toEqual(['ai_industry_scale__growth_yoy', '2024']);
  });
  it('a share names its whole, not the place: 占全市六成 stays at the cluster', () => {
    const f = factAt(factsOf('徐汇模速空间集聚大模型企业100余家，占全市六成以上。', '2025-05-01'), '六成以上');
    expect([f.metric, f.geo, f.qualifier, f.value]).toEqual(['large_model_enterprises__share_of_city', 'xuhui', '>', 60]);
  });
});

describe('English dates without a year', () => {
  it('a month named without its year is the latest such month up to the article (as of June, by the end of December)', () => {
    const june = factAt(factsOf('As of June, Shanghai had 42 registered large models.', '2024-08-10'), '42 registered large models');
    expect([june.metric, june.period, june.periodBasis]).toEqual(['filed_models', '2024-06', 'context']);
    const december = factAt(
      factsOf('By the end of December, 60 large language models in Shanghai had been registered.', '2025-02-10'),
      '60 large language models',
    );
    expect([december.metric, december.period]).toEqual(['filed_models', '2024-12']);
  });
  it('a month after "since" is a total up to now, and a lower-case "may" is a verb, not May', () => {
    const since = factAt(
      factsOf('Since its inception in September, the AI center in Xuhui district has attracted over 200 firms.', '2024-10-10'),
      'over 200 firms',
    );
    expect([since.period, since.periodBasis]).toEqual(['2024-10', 'publication']);
    const may = factAt(factsOf('Shanghai may host 200 AI firms in Xuhui, officials said.', '2024-10-10'), '200 AI firms');
    expect(may.period).not.toBe('2024-05');
  });
  it('a part of "the year" is of the article’s year', () => {
    const f = factAt(
      factsOf("Shanghai's AI industry output reached 200 billion yuan in the first half of the year.", '2024-08-10'),
      '200 billion yuan',
    );
    expect([f.metric, f.period]).toEqual(['ai_industry_scale', '2024-H1']);
  });
  it('an event’s date set apart in its own clause does not date a figure of another clause', () => {
    const f = factAt(
      factsOf(
        'The initiative, launched in February 2025, marks an advance by the AI incubator hosting over 100 enterprises in Xuhui.',
        '2025-04-10',
      ),
      'over 100 enterprises',
    );
    expect([f.period, f.periodBasis]).toEqual(['2025-04', 'publication']);
  });
  it('beyond is a lower bound', () => {
    const f = factAt(factsOf('In 2024, Shanghai’s AI computing capacity went beyond 50 exaflops.', '2025-04-10'), 'beyond 50 exaflops');
    expect([f.metric, f.qualifier]).toEqual(['compute_capacity', '>']);
  });
});

describe('English qualifiers and provinces', () => {
  it('no less than is a lower bound, no more than an upper one', () => {
    const a = factAt(
      factsOf('By 2026, Shanghai will have no less than 3,000 AI companies.', '2025-03-01'),
      'no less than 3,000 AI companies',
    );
    expect([a.metric, a.qualifier]).toEqual(['ai_enterprises', '>']);
    const b = factAt(
      factsOf('By 2026, Shanghai will have no more than 3,000 AI companies.', '2025-03-01'),
      'no more than 3,000 AI companies',
    );
    expect(b.qualifier).toBe('<');
  });
  it('"expected to surpass" is a lower bound', () => {
    const f = factAt(
      factsOf("Shanghai's core AI industry is expected to surpass 1.2 trillion yuan in 2025.", '2026-01-10'),
      'surpass 1.2 trillion yuan',
    );
    expect([f.metric, f.qualifier, f.period]).toEqual(['ai_industry_scale', '>', '2025']);
  });
  it('a province after an opening phrase is the clause’s subject, even after a Shanghai dateline', () => {
    const facts = factsOf(
      'ChinaNews Service, Shanghai, December 18 According to statistics, Hubei has more than 200 AI enterprises in 2021, the scale of AI core industries exceeds 10 billion yuan.',
      '2021-12-20',
    );
    expect(factAt(facts, 'exceeds 10 billion yuan').metric).toBeNull();
  });
  it('provinces by their short names are elsewhere; a Shanghai road named after one is not', () => {
    expect(factAt(factsOf('2023年，江西人工智能企业超过500家。', '2024-03-01', '上海人工智能'), '超过500家').metric).toBeNull();
    const road = factAt(factsOf('2023年，河南中路沿线人工智能企业超过50家。', '2024-03-01', '上海人工智能'), '超过50家');
    expect(road.geo).toBe('shanghai');
  });
});

describe('English changes, plans and compute words', () => {
  it('"up N percent" after a level is its year-on-year growth, "set up" and "up to" are not', () => {
    const facts = factsOf(
      "Pudong's AI industry revenue reached 180 billion yuan in 2024, up 12.8 percent from a year earlier.",
      '2025-01-10',
    );
    const f = factAt(facts, '12.8 percent');
    expect([f.metric, f.period]).toEqual(['ai_industry_scale__growth_yoy', '2024']);
    const upTo = factAt(
      factsOf(
        "Shanghai's AI industry revenue reached 180 billion yuan in 2024, and subsidies cover up to 30 percent of costs.",
        '2025-01-10',
      ),
      'up to 30 percent',
    );
    expect(upTo.metric).toBeNull();
  });
  it('"aims for" is a target, and a long-term plan (远期) has no period of its own', () => {
    const f = factAt(factsOf('Shanghai aims for 45 EFLOPS of AI computing capacity by 2025.', '2024-07-01'), '45 EFLOPS');
    expect([f.metric, f.status, f.period]).toEqual(['compute_capacity', 'target', '2025']);
    const far = factAt(factsOf('上海智能算力规模远期规划超过10万P。', '2025-03-01'), '超过10万P');
    expect([far.status, far.period]).toEqual(['target', null]);
  });
  it('a date after a plan joined to an English figure is the plan’s, not the figure’s', () => {
    const f = factAt(
      factsOf(
        "Shanghai's AI computing capacity is growing fast. Lingang's computing capacity stands at 2.1 EFLOPS and it wants to more than double that next year.",
        '2024-03-01',
      ),
      '2.1 EFLOPS',
    );
    expect(f.period).not.toBe('2025');
  });
  it('a computing figure that defines a unit or measures storage is no capacity', () => {
    const facts = factsOf('Shanghai’s computing capacity is large. One EFLOPS of computing power equals 1,000 PFLOPS.', '2024-03-01');
    expect(factAt(facts, 'One EFLOPS').metric).toBeNull();
    const storage = factAt(factsOf('The computing park has a storage capacity of 50P of computing power data.', '2026-04-01'), '50P');
    expect(storage.metric).toBeNull();
  });
});

describe('traditional-Chinese growth and counted lists', () => {
  it('年增 is a year-on-year growth', () => {
    const f = factAt(factsOf('賽迪顧問預估，上海人工智慧產業規模今年將增至約4200億元，年增約10.5%。', '2024-03-01'), '約10.5%');
    expect([f.metric, f.period]).toEqual(['ai_industry_scale__growth_yoy', '2024']);
  });
  it('in 2場全體會議和133場論壇 only the forums are forums, an opening ceremony in the list notwithstanding', () => {
    const facts = factsOf('2023世界人工智能大會閉幕。大會共舉辦1場開幕式、2場全體會議和133場論壇。', '2023-07-10');
    expect(factAt(facts, '133場').metric).toBe('waic_forums');
    expect(factAt(facts, '2場').metric).toBeNull();
    expect(factAt(facts, '1場').metric).toBeNull();
  });
});

describe('an article about one district until it names another scope', () => {
  const body =
    "Minhang district released its 2024 figures for the artificial intelligence industry on Monday.\n\nOutput. Minhang's AI industry output reached 92.4 billion yuan in 2024.\n\nGrowth. The AI industry grew 18.3 percent last year, up from 11.6 percent the year before.";
  it('a paragraph that names no place speaks of the title’s district, and "up from … the year before" is a year back', () => {
    const facts = factsOf(body, '2025-02-18', 'Minhang AI industry in figures');
    const growth = factAt(facts, '18.3 percent');
    expect([growth.metric, growth.geo, growth.period]).toEqual(['ai_industry_scale__growth_yoy', 'minhang', '2024']);
    const before = factAt(facts, '11.6 percent');
    expect([before.metric, before.period]).toEqual(['ai_industry_scale__growth_yoy', '2023']);
  });
  it('once the text has named the city, such a paragraph may be the city’s and is not charted as the district’s', () => {
    const facts = factsOf(
      body.replace('on Monday.', 'on Monday, as Shanghai published its own.'),
      '2025-02-18',
      'Minhang AI industry in figures',
    );
    expect(factAt(facts, '18.3 percent').metric).toBeNull();
  });
});

describe('English firm nouns', () => {
  it('"large-model developers" are firms', () => {
    const f = factAt(factsOf('ModelSpeed Space in Xuhui is home to 18 large-model developers.', '2023-09-10'), '18 large-model developers');
    expect([f.metric, f.unit, f.counter]).toEqual(['large_model_enterprises', 'items', '家']);
  });
});

describe('English levels after a change, and shares in a breakdown', () => {
  it('"grew 22 percent to 19,500" reads the level in the unit of the noun before the change', () => {
    const f = factAt(factsOf("Changning's AI workforce grew 22 percent to 19,500 at the end of 2023.", '2024-05-14'), '19,500');
    expect([f.metric, f.unit, f.geo, f.period]).toEqual(['ai_talent', 'persons', 'changning', '2023-12']);
  });
  it('a share in a breakdown by district is of the period of the whole it is of, stated earlier in the article', () => {
    const facts = factsOf(
      "Shanghai's artificial intelligence workforce grew to about 285,000 people by the end of 2023.\n\nPay is rising fast.\n\nBy district, Pudong hosted the largest share, 34 percent of the city's AI professionals.",
      '2024-05-14',
    );
    const share = factAt(facts, '34 percent');
    expect([share.metric, share.geo, share.period, share.periodBasis]).toEqual([
      'ai_talent__share_of_city',
      'pudong',
      '2023-12',
      'context',
    ]);
  });
});

describe('district names in capitals', () => {
  it('a newsletter’s section lead in capitals names the district "the district" then means', () => {
    const facts = factsOf(
      "MINHANG. The Maqiao AI Innovation Pilot Zone now hosts more than 260 AI companies.\n\nJING'AN. The district counts 320 AI companies, officials told a briefing on Tuesday.",
      '2026-05-10',
    );
    expect(factAt(facts, '320 AI companies').geo).toBe('jingan');
  });
});

describe('an explainer’s figures standing alone', () => {
  const text =
    "Here is where the sector stands, in numbers.\n\n1. More than 450 billion yuan. That was the output of Shanghai's core AI industry in 2024.\n\n2. 394. The number of AI companies above designated size in Shanghai.\n\n3. Nearly 300,000. The number of people working in the city's AI sector.\n\n6. Some 200 companies expected to exhibit at WAIC.";
  it('a figure on its own is read with the sentence after it that says what it is', () => {
    const facts = factsOf(text, '2025-02-10');
    const scale = factAt(facts, 'More than 450 billion yuan');
    expect([scale.metric, scale.period, scale.qualifier]).toEqual(['ai_industry_scale', '2024', '>']);
    const firms = factAt(facts, '394');
    expect([firms.metric, firms.unit]).toEqual(['ai_enterprises_above_scale', 'items']);
    expect([factAt(facts, 'Nearly 300,000').metric, factAt(facts, 'Nearly 300,000').unit]).toEqual(['ai_talent', 'persons']);
  });
  it('a list’s number is not a figure', () => {
    expect(factsOf(text, '2025-02-10').some((f) => f.text === '6')).toBe(false);
  });
});

describe('scopes an English clause gives by itself', () => {
  it('"we" and "our" in an interview about a district are the district, whatever place was named last', () => {
    const facts = factsOf(
      'Yangpu District has long called itself a knowledge district.\n\nZhou: To be honest, Pudong is still roughly three times our size. Our AI workforce is now some 45,000 people.',
      '2025-06-20',
      'Interview: Yangpu wants to be where AI goes to work',
    );
    expect(factAt(facts, 'some 45,000 people').geo).toBe('yangpu');
  });
  it('a noun filed "nationally" is the country’s', () => {
    const facts = factsOf(
      'Of the 748 generative AI services filed nationally as of the end of December, many came from Shanghai.',
      '2026-01-10',
    );
    expect(factAt(facts, '748 generative AI services').metric).toBeNull();
  });
});

describe('Hong Kong and Taiwan writing', () => {
  it('第一季 and 首季 are quarters', () => {
    const f = factAt(factsOf('今年第一季上海人工智能領域融資總額約人民幣132億元。', '2025-04-20'), '約人民幣132億元');
    expect([f.metric, f.period]).toEqual(['ai_financing', '2025-Q1']);
    const g = factAt(factsOf('今年首季上海人工智能領域融資總額約人民幣132億元。', '2025-04-20'), '約人民幣132億元');
    expect(g.period).toBe('2025-Q1');
  });
  it('a statistics bulletin titled in traditional characters dates its 年末 counts at its year’s end', () => {
    const f = factAt(
      factsOf('截至年末，全市智能算力規模超過3.2萬P。', '2026-03-10', '上海市2025年國民經濟和社會發展統計公報'),
      '超過3.2萬P',
    );
    expect([f.metric, f.period]).toEqual(['compute_capacity', '2025-12']);
  });
  it('平方公尺 is a square metre; a daily cap on visits and new compute built are not totals', () => {
    const area = factAt(factsOf('2021世界人工智能大會今屆展覽面積約5萬平方公尺。', '2021-07-10'), '約5萬平方公尺');
    expect([area.unit, area.value]).toEqual(['m2', 50000]);
    const cap = factAt(factsOf('2021世界人工智能大會線下入場人數每日上限為1萬人次。', '2021-07-10'), '1萬人次');
    expect(cap.metric).toBeNull();
    const built = factAt(factsOf('2026年上海將新建智能算力1萬P。', '2026-02-10'), '1萬P');
    expect(built.metric).toBeNull();
  });
  it('a date compared against does not carry past a ；(較2019年的9所…；另有14所…)', () => {
    const facts = factsOf(
      '今年全市共有27所高校開設人工智能本科專業，較2019年的9所大幅增加；另有14所高校已成立人工智能學院。',
      '2024-06-10',
    );
    expect(factAt(facts, '14所').period).not.toBe('2019');
  });
});

describe('WAIC totals since the first edition', () => {
  it('visits "since the first edition" are the total over editions; "viewership" is online views', () => {
    const facts = factsOf(
      'WAIC 2026 closed on Sunday. Since the first edition in 2018, the conference has drawn a combined 2.1 million on-site visits. This year online viewership topped 3.1 billion.',
      '2026-07-30',
    );
    expect(factAt(facts, '2.1 million on-site visits').metric).toBe('waic_onsite_visits_total');
    expect(factAt(facts, 'topped 3.1 billion').metric).toBe('waic_online_visits');
  });
});

describe('who speaks is not where the figure is', () => {
  it('visitors from another place (台灣媒體) are no scope; firms that have settled in (已入駐) are the park’s', () => {
    const facts = factsOf(
      '位於上海市徐匯區的「模速空間」號稱中國大陸首個大模型產業專業孵化器。營運方今天對來訪的台灣媒體表示，目前已入駐大模型相關企業逾120家。',
      '2026-01-15',
      '上海「模速空間」進駐企業逾120家',
    );
    const f = factAt(facts, '逾120家');
    expect([f.metric, f.geo, f.place]).toEqual(['large_model_enterprises', 'xuhui', 'mosu_space']);
  });
  it('"We have …" in an interview about a district is the district, though the sentence names no place', () => {
    const facts = factsOf(
      'Q: How does the district compare with Shanghai as a whole?\n\nA: We have about 420 AI companies, and the number keeps growing.',
      '2024-10-10',
      "Interview: Jing'an's AI ambitions",
    );
    const f = factAt(facts, 'about 420 AI companies');
    expect([f.metric, f.geo]).toEqual(['ai_enterprises', 'jingan']);
  });
});

describe('Taiwan words for start-ups', () => {
  it('大模型新創 are large-model firms, and firms that moved in (進駐) are the park’s', () => {
    const facts = factsOf('位於徐匯的模速空間在2023年9月開幕，至今進駐的大模型新創已有 85 家。', '2024-09-10', '上海大模型新創觀察');
    const f = factAt(facts, '85家');
    expect([f.metric, f.geo, f.place]).toEqual(['large_model_enterprises', 'xuhui', 'mosu_space']);
  });
});

describe('"its" after a sentence about another city', () => {
  it('is that city, not Shanghai; after one about Shanghai it stays Shanghai', () => {
    const other = factsOf(
      'Shanghai leads the four cities in AI. Shenzhen, the hardware capital, has about 2,600 AI firms and leads in robots; its AI output rose 28 percent last year.',
      '2026-01-10',
      'Four cities race in AI',
    );
    expect(factAt(other, '28 percent').metric).toBeNull();
    const own = factsOf(
      "Shanghai's core AI industry was worth more than 560 billion yuan last year; its AI output rose 24 percent.",
      '2026-01-10',
      'Four cities race in AI',
    );
    expect(factAt(own, '24 percent').metric).toBe('ai_industry_scale__growth_yoy');
  });
});

describe('an undated share of a flow', () => {
  it('is of the period of the level of that flow just before it', () => {
    const facts = factsOf(
      "Shanghai's AI industry revenue reached 450 billion yuan in 2024. Pudong produced 38 percent of the city's AI revenue.",
      '2025-03-10',
    );
    const f = factAt(facts, '38 percent');
    expect([f.metric, f.geo, f.period, f.periodBasis]).toEqual(['ai_industry_scale__share_of_city', 'pudong', '2024', 'context']);
  });
});

describe('a market is not an industry', () => {
  it('the AI market size is what buyers spend, not the industry’s output', () => {
    const f = factAt(
      factsOf('The market scale of artificial intelligence in Shanghai is expected to reach 71 billion yuan in 2020.', '2019-07-10'),
      '71 billion yuan',
    );
    expect(f.metric).toBeNull();
    const g = factAt(
      factsOf('The industry scale of artificial intelligence in Shanghai is expected to reach 71 billion yuan in 2020.', '2019-07-10'),
      '71 billion yuan',
    );
    expect(g.metric).toBe('ai_industry_scale');
  });
});

describe('English shares of the country', () => {
  it('"one third of those in China" is a share of the country', () => {
    const facts = factsOf('Shanghai is home to about 200,000 AI talents, accounting for one third of those in China.', '2022-09-10');
    expect(factAt(facts, 'one third').metric).toBe('ai_talent__share_of_country');
  });
});

describe('English: a level pointed back to', () => {
  it('lift that to, push it past, expects it to reach, aims to exceed: the measure of the figure before', () => {
    const cases: Array<[string, string, string, string]> = [
      [
        'Shanghai had 19.1 exaflops of computing power a year earlier, the administration said. The city aims to lift that to 30 exaflops by 2025.',
        '30 exaflops',
        'compute_capacity',
        '2025',
      ],
      [
        'Pudong said its AI industry was worth 115 billion yuan in 2021, and aims to push it past 200 billion yuan by 2025.',
        'past 200 billion yuan',
        'ai_industry_scale',
        '2025',
      ],
      [
        "Shanghai's AI industry was worth 17 billion yuan in 2018, the report showed. CCID expects it to reach 27 billion yuan in 2020.",
        '27 billion yuan',
        'ai_industry_scale',
        '2020',
      ],
      [
        'Intelligent computing capacity in Lingang had reached 3.5 EFLOPS, and the area aims to exceed 10 EFLOPS by 2025.',
        'exceed 10 EFLOPS',
        'compute_capacity',
        '2025',
      ],
    ];
    for (const [text, figure, metric, period] of cases) {
      const f = factAt(factsOf(text, '2021-07-01', 'Shanghai AI'), figure);
      expect([f.metric, f.period]).toEqual([metric, period]);
    }
    // "In 2023 it was …": the year before's level of the same measure.
    const was = factsOf(
      "Minhang's AI industry output reached 92.4 billion yuan in 2024. In 2023 it was 78.1 billion yuan.",
      '2025-03-01',
      'Minhang AI',
    );
    expect([factAt(was, '78.1 billion yuan').metric, factAt(was, '78.1 billion yuan').period]).toEqual(['ai_industry_scale', '2023']);
    // With no figure of the unit before it, "it" points at nothing the text measured.
    expect(
      factAt(factsOf('The district aims to push it past 200 billion yuan by 2025.', '2021-07-01', 'Shanghai AI'), 'past 200 billion yuan')
        .metric,
    ).toBeNull();
  });
  it('an acronym in brackets inside the noun phrase (2,400 artificial intelligence (AI) companies) is read with it', () => {
    const f = factAt(
      factsOf(
        'Shanghai currently has more than 2,400 artificial intelligence (AI) companies, officials said.',
        '2025-01-15',
        'Shanghai AI',
      ),
      'more than 2,400 artificial intelligence (AI) companies',
    );
    expect([f.metric, f.qualifier]).toEqual(['ai_enterprises', '>']);
  });
  it('a bare number a count "plans to grow to" is that count’s level', () => {
    const f = factAt(
      factsOf(
        'The Zhangjiang AIsland has attracted more than 100 companies, with plans to grow to 1,200 by 2025.',
        '2019-09-01',
        'Zhangjiang AI',
      ),
      '1,200',
    );
    expect([f.metric, f.period, f.status]).toEqual(['cluster_enterprises', '2025', 'target']);
  });
  it('"crossed the one-million mark", "passed the 2,000 mark": a level and its bound', () => {
    const a = factAt(
      factsOf("Shanghai's AI talent pool has crossed the one-million mark.", '2025-05-01', 'Shanghai AI'),
      'crossed the one-million',
    );
    expect([a.metric, a.value, a.qualifier]).toEqual(['ai_talent', 1e6, '>']);
    const b = factAt(
      factsOf('The number of AI companies in Shanghai passed the 2,000 mark last year.', '2025-05-01', 'Shanghai AI'),
      'passed the 2,000',
    );
    expect([b.metric, b.value, b.qualifier, b.period]).toEqual(['ai_enterprises', 2000, '>', '2024']);
  });
  it('offices for 540 businesses are how many a place can hold, not how many are there', () => {
    const facts = factsOf(
      'Business Support Infra: Offices for 540 businesses, including AI software firms.',
      '2021-12-01',
      'Shanghai AI hub',
    );
    expect(factAt(facts, '540 businesses').reason?.en).toBe(
      'how many a place can hold (offices for 540 businesses), not how many are there',
    );
  });
  it('a sentence adverb before the country leaves it the subject (In comparison, China, despite having …)', () => {
    const facts = factsOf(
      'Shanghai hosts 759 AI startups. In comparison, China, despite having 518 AI startups, has only six AI research institutions.',
      '2024-05-01',
      'Shanghai AI',
    );
    expect(factAt(facts, '759 AI startups').metric).toBe('ai_enterprises');
    expect(factAt(facts, '518 AI startups').reason?.en).toMatch(/^a figure for another city, the country or the world/);
  });
  it('edges a review found: data from a bureau after the figure, "headquarters of", a release still to come, a difference, a plan word outside quotes', () => {
    expect(
      factAt(
        factsOf(
          'Shanghai was home to 1,200 AI firms according to data from the municipal economy commission.',
          '2024-07-01',
          'Shanghai AI',
        ),
        '1,200 AI firms',
      ).metric,
    ).toBe('ai_enterprises');
    expect(
      factAt(factsOf("The headquarters of Shanghai's top AI firms grew 25 percent last year.", '2024-07-01', 'Shanghai AI'), '25 percent')
        .metric,
    ).toBeNull();
    const future = factAt(
      factsOf('Shanghai has more than 2,500 AI firms, and a new plan will be released on November 29.', '2025-10-01', 'Shanghai AI'),
      'more than 2,500 AI firms',
    );
    expect([future.period, future.periodBasis]).toEqual(['2025-10', 'publication']);
    const diff = factsOf(
      "Shanghai's AI industry reached 450 billion yuan in 2024. That was 50 billion yuan more than in 2023.",
      '2025-03-01',
      'Shanghai AI',
    );
    expect(factAt(diff, '50 billion yuan').metric).toBeNull();
    const plan = factsOf(
      'The "AI Plus" push is part of the Five-Year Plan period (2021-2025). The city aims to lift its AI industry to 300 billion yuan.',
      '2024-07-01',
      'Shanghai AI',
    );
    expect(factAt(plan, '300 billion yuan').period).toBeNull();
  });
  it('"to pass" a level is a lower bound', () => {
    const f = factAt(
      factsOf(
        'Core AI revenue in Yangpu was 56 billion yuan last year. Our goal is to pass 100 billion yuan by 2027.',
        '2025-06-01',
        'Yangpu AI',
      ),
      'to pass 100 billion yuan',
    );
    expect([f.metric, f.qualifier, f.period]).toEqual(['ai_industry_scale', '>', '2027']);
  });
});
