/**
 * The development sets (tests/devset/ … tests/devset36/; devset21 to devset26 hold other cities' articles with the city's name swapped for Shanghai's, devset27 and devset28 other cities' district articles with the district swapped for one of Shanghai's, devset29, devset30 and devset33 provinces' articles with the province swapped for Shanghai, devset31, devset32 and devset36 national articles with the country swapped for Shanghai, devset34 city articles that mix the city's figures with its districts', devset35 and devset38 district articles, devset37 trap-heavy articles of several kinds, devset39 English city articles, devset40 provinces in English and traditional Chinese, devset41 city work reports and reviews, devset42 English national articles, devset43 traditional-Chinese city articles, devset44 cities' AI+ plans, devset45 national articles of 2024–2025, devset46 interviews, features and summaries, devset47 real Shanghai pages found late, mostly trap articles, devset48 other cities' district articles swapped to Shanghai's districts, mostly traps; devset71 other cities' and districts' pages of 2021–2026 swapped to Shanghai, mostly traps; devset74 real Shanghai pages not used before, mostly traps; devset75 and devset76 other cities' and provinces' pages swapped to Shanghai (2018–2023, and 2019–2026 of cities the earlier sets had few of); devset49 and devset51 (Chinese and traditional Chinese), devset50 and devset52 (English), devset53 (mixed), devset54 (Chinese), devset55 (English), devset56 (mixed, mostly traps), devset57 (Chinese, mostly traps), devset58 (English, mostly traps) devset59 (a balanced mix), devset60 (English), devset61 (traditional Chinese) and devset62 … devset68 (mixed; devset67 of kinds users paste: policy interpretations, investment pages, Q&A, digests, research notes; devset68 mostly English wire-service sentence shapes; devset69 place and time on messy pages; devset70 precision traps beside AI figures; devset72 the topics of 2025–2026; devset73 the layouts users paste) are synthetic: articles written by hand in real outlets' styles, figures invented, never to be copied into curated data): articles read while writing rules, with a gold list.
 * `DEV_VERBOSE=1` prints every miss and every wrong point, to work from.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../extract/helpers';
import { percent, score } from './score';

describe.each([
  'devset',
  'devset2',
  'devset3',
  'devset4',
  'devset5',
  'devset6',
  'devset7',
  'devset8',
  'devset9',
  'devset10',
  'devset11',
  'devset12',
  'devset13',
  'devset14',
  'devset15',
  'devset16',
  'devset17',
  'devset18',
  'devset19',
  'devset21',
  'devset22',
  'devset23',
  'devset24',
  'devset25',
  'devset26',
  'devset27',
  'devset28',
  'devset29',
  'devset30',
  'devset31',
  'devset32',
  'devset33',
  'devset34',
  'devset35',
  'devset36',
  'devset37',
  'devset38',
  'devset39',
  'devset40',
  'devset41',
  'devset42',
  'devset43',
  'devset44',
  'devset45',
  'devset46',
  'devset47',
  'devset48',
  'devset49',
  'devset50',
  'devset51',
  'devset52',
  'devset53',
  'devset54',
  'devset55',
  'devset56',
  'devset57',
  'devset58',
  'devset59',
  'devset60',
  'devset61',
  'devset62',
  'devset63',
  'devset64',
  'devset65',
  'devset66',
  'devset67',
  'devset68',
  'devset69',
  'devset70',
  'devset71',
  'devset72',
  'devset73',
  'devset74',
  'devset75',
  'devset76',
  'devset77',
  'devset78',
  'devset79',
  'devset80',
])('development articles (%s)', (set) => {
  const s = score(join(ROOT, 'tests', set));
  it('reports recall and precision', () => {
    console.log(
      `${set}: recall ${s.found}/${s.gold} = ${percent(s.found, s.gold)}; precision ${s.correct}/${s.charted} = ${percent(s.correct, s.charted)}; forbidden ${s.forbidden}; wrong by kind ${JSON.stringify(s.wrongKinds)}; on the chart: recall ${s.onChart.found}/${s.gold}, precision ${s.onChart.correct}/${s.charted}; by period basis ${JSON.stringify(s.byBasis)}`,
    );
    if (process.env['DEV_VERBOSE']) {
      for (const m of s.missed) {
        const f = m.figure;
        const near = m.near ? ` | charted as ${m.near.metric} ${m.near.geo} ${m.near.period} ${m.near.qualifier}` : ` | ${m.kind}`;
        console.log(`MISS ${m.file} ${f.text} → ${f.metric} ${f.geo} ${f.place ?? ''} ${f.period} ${f.qualifier}${near} | ${f.quote}`);
      }
      for (const w of s.wrong)
        console.log(
          `WRONG ${w.doc} ${w.text} → ${w.metric} ${w.geo} ${w.place ?? ''} ${w.period} ${w.qualifier} [${w.periodBasis}] | ${w.quote.replace(/\s+/g, '').slice(0, 80)}`,
        );
    }
    expect(s.gold).toBeGreaterThan(0);
  });
});
