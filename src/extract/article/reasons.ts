/**
 * Why a figure is not charted, in both languages: the reasons a fact carries.
 */
import type { Bilingual } from '../../schema/metricsFile';
import { NOT_SHANGHAI_REASONS } from '../../schema/factReasons';

/** Why a quantity is not charted, in both languages (the catalogue's vetoes carry their own). */
export const REASONS = {
  range: { zh: '区间的一端（3至5家），不是一个数', en: 'one end of a range (3至5家), not a figure' },
  vague: { zh: '约数（几十、数百），不是确数', en: 'a vague amount (dozens, hundreds), not a figure' },
  magnitude: { zh: '量级（千亿级、万亿级），不是确数', en: 'an order of magnitude (a 100-billion-yuan-level industry), not a figure' },
  unanchored: NOT_SHANGHAI_REASONS.unanchored,
  elsewhere: NOT_SHANGHAI_REASONS.elsewhere,
  undated: { zh: '无时间：原文未说明是何时的数字', en: 'no period: the text does not say when' },
  undatedTotal: {
    zh: '无时间：一年的总量（如产业规模）须有年份，原文只说“目前”，不知是哪一年的',
    en: 'no period: a year’s total (such as industry scale) needs its year; the text says only “now”, not which year',
  },
  placed: {
    zh: '某一园区或孵化器内的企业数，但原文未说明是哪类企业',
    en: 'a count of firms at one park or incubator, and the text does not say which kind',
  },
  partOfCity: {
    zh: '全市自身总量中的一部分所占的比例，不是某个区占全市的比重',
    en: "a part of the city's own total, not a district's or a park's share of the city",
  },
  building: {
    zh: '园区中一栋楼、一座或一期的数字，不是整个园区的',
    en: "one building, block or phase of a park (11号楼, A座, 二期), not the whole park's",
  },
  unnamedPark: {
    zh: '一个园区自己的数字，而该园区不是地名表里的任何一处：不是全市或全区的',
    en: "a park's or zone's own figure, and not a park the gazetteer knows: not the city's or the district's",
  },
  threshold: {
    zh: '划定一类企业或项目的门槛（投资额10亿元以上的项目），不是总量',
    en: 'a threshold that defines a class of firms or projects (projects of over 1 billion yuan each), not a total',
  },
  withdrawn: {
    zh: '更正中被撤回的原文数字（文中“…”应为…）',
    en: 'a figure a correction withdraws (the text "…" should read …)',
  },
  difference: {
    zh: '两个数之差（比…多/少N家），不是数量本身',
    en: 'a difference between two figures (N more or fewer than …), not a count',
  },
  part: {
    zh: '前面总数中的一部分（其中…），不是总数本身',
    en: 'a part of the whole stated before it (of which …), not the whole',
  },
  group: {
    zh: '几个地方合计的数字（江苏、浙江和上海共有…），不是上海一地的',
    en: "a total for several places together (Jiangsu, Zhejiang and Shanghai boast …), not one place's",
  },
  superseded: {
    zh: '已被文中更新的数字取代（此前公布为…，修订为…）',
    en: 'replaced in the text by a revised figure (previously reported as …, revised to …)',
  },
  ratio: { zh: '比率（每平方米、人均 …），不是总量', en: 'a ratio (per square metre, per person …), not a total' },
  organisation: {
    zh: '某一企业或机构自己的数字（员工、营收、孵化的企业），不是地区的',
    en: "one company's or institution's own figure (its staff, revenue, the firms it incubated), not a place's",
  },
  overYears: {
    zh: '与更早某年相比的变化（较2020年增长83.7%），不是同比',
    en: 'a change against an earlier year (up 83.7% on 2020), not year on year',
  },
  headline: {
    zh: '标题里的数字：正文另写了同一指标、同一地点的数字',
    en: 'the headline’s figure: the body states its own for the same measure and place',
  },
  venue: {
    zh: '大会某一会场或某一区的数字（西岸共举办论坛46场），不是整届大会的',
    en: "one venue's or district's part of the conference (the West Bund hosted 46 forums), not the whole edition's",
  },
  titlePlace: {
    zh: '句中未提及地点，也未指向前文；标题所说的地点未必适用',
    en: 'the sentence names no place and points back to none; the place in the title may not apply',
  },
} as const satisfies Record<string, Bilingual>;
