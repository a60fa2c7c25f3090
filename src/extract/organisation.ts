/**
 * Whether a figure is one organisation's own: the subject of its clause is a company, a lab or a university
 * (商汤科技拥有…人才超过5000人, MiniMax has more than 500 AI employees, 该公司已孵化企业50家), whose staff, revenue or
 * incubated firms are not a place's metric. A place the gazetteer knows (模速空间, Zhangjiang) is never one.
 */
import { sentenceBefore } from './englishWords';
import type { PlaceMention } from './places';
import type { Span } from './segment';

/** An organisation's name ends in one of these, and a verb of having or gathering follows it. */
const ZH_ORGANISATION =
  /(?:公司|集团|科技|实验室|研究院|研究所|大学|学院|该企业|该机构)(?:旗下)?(?:已经|已|目前|现|共|累计|还)*(?:拥有|有|聚集|集聚|汇聚|吸引|孵化|服务|带动|员工|研发人员|研究人员|科研人员|技术人员|团队|(?:为[^，,。；;]{1,6}?)?(?:输送|培养|培训))/;

/**
 * 区内一家智能驾驶企业今年实现营收12.8亿元, 上海某头部大模型企业去年营收突破10亿元, 一家数据中心运营商…: one firm's own figure.
 */
const ONE_FIRM =
  /(?<!据)(?:一家(?!家)|某家?|某一|这家)[^，,。；;]{0,12}?(?:企业|公司|运营商|集团|厂商|服务商|代工厂|工厂|厂|龙头|独角兽|巨头)(?![^，,。；;]{0,6}?(?:发布|统计|显示|报告|数据|测算|调研|披露|负责人|透露|表示|介绍|落户|扎根|入驻|认为|称))/;
/** 其中上海人工智能实验室单一机构开放的语料约2TB: what a single institution, firm or platform holds. */
const SINGLE_BODY = /(?:单一|单个|单家)(?:机构|企业|公司|平台|实验室)/;
/** …其在沪智能算力约2000P: a clause about "its" figure, after a sentence that opened with one firm, is that firm's. */
const ITS = /^[\s，,]*其(?!中|他|余|次|实)/;
/**
 * 一家成立仅三年的大模型企业已有员工600多人，去年营收突破5亿元: a clause that opens with a firm's own measure (营收, 估值, 员工),
 * after a sentence that opened with one firm, is that firm's.
 */
const OWN_MEASURE_LEAD =
  /^[\s，,]*(?:(?:今年|去年|上年|前年|当年|[0-9]{4}年)(?:上半年|前三季度|全年)?)?(?:营收|营业收入|销售收入|销售额|收入|估值|净利润|利润|员工)/;
/** 其人工智能业务收入同比增长约40%: a business line's revenue is a company's, not a place's industry. */
const BUSINESS_REVENUE = /业务(?:收入|营收|营业收入)/;
/** 携程、春秋航空、爱奇艺等企业: firms named in a list. */
const FIRM_LIST = /[^\s，,。；;、]{2,10}(?:[、和及与][^\s，,。；;、]{2,10})+等(?:企业|公司|龙头企业|头部企业|科技企业)/;

/**
 * 商汤科技2023年营收34亿元, 其中，米哈游去年营业收入超过300亿元: a clause that opens with a name and then its revenue (营收, 营业收入,
 * 净利润) is that name's. The name (group 1) is one firm's unless it is a place or a whole (see NOT_ONE_NAME).
 */
const ZH_NAMED_REVENUE =
  /^[\s，,“"「]*(?:其中[，,]?\s*)?(?:[0-9]{4}年|去年|今年)?([^\s，,。；;、：:“”"《》0-9（）()]{2,10}?)(?:[0-9]{4}年(?:度)?|去年|今年|上半年|前三季度|全年|一季度)*(?:在[^，,。；;、]{1,4}?)?(?:相关)?(?:实现|的)?(?:营业收入|营收|销售收入|销售额|净利润)/;
/**
 * A name that is a field, a kind of firm or a whole (人工智能产业, 规上企业, 园区, 全市, 相关企业), not one firm; or no name at all
 * but a verb or a time (实现, 累计, 同比, 预计).
 */
const NOT_ONE_NAME =
  /人工智能|AI|智能|产业|行业|企业|园|区|市|县|镇|城|岛|空间|社区|基地|全|规上|相关|核心|板块|领域|集群|经济|这些|其|实现|达|完成|累计|共|总|合计|年|月|季|同比|预计|力争|目标|将|有望/;
/**
 * SenseTime reported revenue of …, Pinduoduo, headquartered in the district, posted revenue of …, iFlytek's revenue reached …: an
 * English sentence that opens with a name and its revenue. The name is group 1.
 */
const EN_NAMED_REVENUE =
  /^\s*((?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*?)(?:['’]s)?(?:\s*,[^,.;]{1,60},)?\s+(?:(?:also\s+)?(?:reported|posted|generated|recorded|booked|logged|achieved|had)\s+(?:(?:an?|its)\s+)?(?:(?:annual|total|operating|full-year|first-half)\s+)?(?:revenue|revenues|sales|net profit|income)|(?:(?:annual|total|operating)\s+)?(?:revenue|revenues|sales|net profit)\s+(?:of|was|were|reached|rose|fell|grew|hit|totaled|totalled|came to|stood at))\b/;

/** One firm's own money, said as "its": its revenue, its annual sales, its net loss. */
const EN_ITS_REVENUE =
  /\bits\s+(?:(?:annual|total|operating|full-year|first-half|half-year|quarterly)\s+)?(?:revenue|revenues|sales|net profit|net loss|earnings)\b/i;

/**
 * Whether the sentence before `at`, in its paragraph, opens with one organisation as its subject: its words up to the first
 * verb hold a noun of one firm or lab (The Shanghai-based company's net loss narrowed …; The lab opened …).
 */
function previousAboutOne(text: string, at: number): boolean {
  const previous = sentenceBefore(text, at);
  const opening =
    /^\s*((?:[A-Za-z][\w'’.&-]*\s+){0,6}?[A-Za-z][\w'’.&-]*)\s+(?:has|have|had|is|was|are|were|said|says|rose|fell|grew|narrowed|widened|reported|posted|employs|opened)\b/.exec(
      previous,
    );
  return opening !== null && opening[1]!.split(/\s+/).some((w) => ONE_FIRM_NOUNS.test(w));
}
/** Nouns of one firm or lab (not a centre or a platform, which may be a park's: The center is not just any other incubator). */
const ONE_FIRM_NOUNS = /^(?:company|firm|startup|start-up|lab|laboratory|corporation|unicorn)(?:['’]s)?$/i;

/** Words that open an English sentence about a whole's revenue (Citywide revenue rose …, Total sales reached …), not a name. */
const EN_NOT_ONE_NAME = new Set(
  'citywide city-wide districtwide district-wide total overall annual combined industry industrial sector sectors their sales revenue output'.split(
    ' ',
  ),
);

/** Whether the clause or English sentence up to the figure opens with a name that is one firm's, and its revenue. */
function namedRevenue(text: string, lead: Span, places: ReadonlyArray<PlaceMention>, english: boolean, sentenceStart: number): boolean {
  const from = english ? sentenceStart : lead.start;
  const m = (english ? EN_NAMED_REVENUE : ZH_NAMED_REVENUE).exec(text.slice(from, lead.end));
  if (!m) return false;
  const name = m[1]!;
  const at = from + m[0].indexOf(name);
  if (places.some((p) => p.start < at + name.length && p.end > at)) return false;
  if (english) return name.split(/\s+/).every((w) => !EN_NOT_A_NAME.has(w.toLowerCase()) && !EN_NOT_ONE_NAME.has(w.toLowerCase()));
  return !NOT_ONE_NAME.test(name);
}

/** A clause that opens with a verb of having or gathering: its subject is the sentence's. */
const ZH_VERB_LEAD = /^[\s，,]*(?:已经|已|目前|现|共|累计|还)?(?:拥有|汇聚|集聚|聚集|吸引|孵化|培养|培育|研究人员|科研人员|研发人员|员工)/;
/** A sentence whose subject, before its first verb, is an organisation's name. */
const ZH_ORGANISATION_HEAD = /^[^，,。；;]{0,24}?(?:公司|集团|实验室|研究院|研究所|大学|学院)(?![^，,。；;]*(?:区|园|城|岛|社区))/;

/**
 * An English sentence that opens (after at most one leading phrase: Founded in 2019,) with an organisation's name: the …
 * Alliance, Association, Platform, Laboratory, Fund (not a park, zone or town, which is a place).
 */
const EN_ORGANISATION_HEAD =
  /^\s*(?:[^,.;]{0,60},\s*)?(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){0,8}(?:Alliance|Association|Federation|Consortium|Platform|Institute|Laboratory|Lab|University|Fund|Foundation|Academy|Society|Council)\b(?![^,.;]{0,40}\b(?:Park|Zone|District|Town|Island|Space|Area|City)\b)/;
/**
 * Microsoft said it would open a lab with 200 researchers; Microsoft's AI lab in the area employs 200 researchers: the people of
 * one lab, centre or office, whatever place follows its noun.
 */
const EN_ORGANISATION_HOLDS =
  /\b(?:lab|laboratory|institute|centre|center|office|campus|team|headquarters)(?:\s+(?:in|at)\s+[^,.;]{1,40}?)?\s+(?:with|employs|employed|has|had|houses|housed|hosts|hosted)\s+(?:about |around |more than |over |nearly |some |roughly )?$/i;
/** …said the city has, according to: the organisation is a source, not the subject. */
const EN_SAYS = /\b(?:said|says|reported|reports|estimated|estimates|noted|found|finds|shows|showed|according|told|announced)\b/i;
/** A sentence whose subject is one telecom operator (中国移动, 上海电信, 上海联通), not the mobile internet. */
const OPERATOR_HEAD = /^[^，,。；;]{0,8}?(?:中国|上海)(?:移动|电信|联通)(?!通信|互联网|支付)/;
/** Shanghai Telecom said it operates 8 EFLOPS …: the English sentence opens with one operator. */
const OPERATOR_HEAD_EN = /^\s*(?:China|Shanghai) (?:Telecom|Mobile|Unicom)\b/;
/** China Mobile said Shanghai's capacity has reached …: the operator only says what the city's figure is (not "said it operates"). */
const OPERATOR_AS_SOURCE =
  /^\s*\S+ \S+(?: Shanghai| [A-Z][a-z]+)?(?:'s [^,.]{0,30})?(?:, [^,.]{0,60},)?\s+(?:said|says|reported|reports|told [^,.]{0,40}|noted|estimated|announced|revealed)\s+(?:that\s+)?(?!it\b|its\b)/;

/**
 * A sentence that opens with "the company" (公司A在临港建设的智算中心…，上半年实现营收12.3亿元; 该公司…): a research note's or a
 * report's firm, clause after clause. Not a count of companies (公司数量).
 */
const THE_COMPANY_HEAD =
  /^\s*(?:[^，,。；;]{0,30}?(?:表示|说|介绍|透露)[，,：:]?\s*)?(?:该|这家|此|本)?公司(?![^，,。；;]{0,3}(?:数|总数|家数))/;

/**
 * A sentence that opens by pointing at one computing facility (据介绍，这是上海首个…千卡集群，预计年底总算力规模达1000P; 该智算中心…):
 * its figures are that facility's, not a place's.
 */
const THE_FACILITY_HEAD =
  /^\s*(?:(?:据介绍|据悉|据了解)[，,]?\s*)?(?:这|该|此)(?!区|市|县|镇|园区)(?:也|还)?(?:是|座|个)?[^，,。；;]{0,24}?(?:智算中心|算力中心|数据中心|计算中心|超算中心|千卡集群|万卡集群|算力集群|智算集群|算力平台)/;

/**
 * 其中，商汤科技位于临港的人工智能计算中心已投入运营，算力约1200PFLOPS: a sentence whose subject is one computing centre
 * that has opened is about that centre's own capacity (not 区内数据中心, the district's centres together).
 */
const FACILITY_RUNNING =
  /^\s*(?:其中[，,]?)?[^，,。；;]{0,30}?(?<!区内|全部|各类|多个|[0-9]个)(?:智算中心|算力中心|计算中心|数据中心|超算中心)(?:已|已经|正式|于[^，,。；;]{1,10})?(?:投入运营|投运|建成|启用|上线|开业|落成)/;

/** 以科大讯飞为例，…其营业收入…: a sentence that takes one example; the example's span is group 1. */
const AN_EXAMPLE = /^\s*(?:[^，,。；;]{0,6}?)以([^，,。；;]{2,16}?)为例/;
/** An example that is a place: the city, a district, a park (以上海为例, 以张江科学城为例). */
const PLACE_LIKE = /^(?:上海市?|全市|本市|我市|全区|本区)$|[区市县省镇园城岛]$/;
/** An example that is a time or a field, not an organisation: 以2024年为例, 以人工智能产业为例. */
const NOT_AN_ORGANISATION = /年|月|季度|期|领域|行业|产业/;

/** The words that open an English sentence up to its first verb: its subject. */
const EN_SENTENCE_SUBJECT = /^\s*((?:[A-Za-z][\w'’.&-]*\s+){0,5}?[A-Za-z][\w'’.&-]*)\s+(?:has|have|had|is|was|are|were|now|also|already)\b/;

/** English nouns that name an organisation, not a place. */
const EN_ORGANISATION = new Set([
  'company',
  "company's",
  'firm',
  "firm's",
  'startup',
  "startup's",
  'start-up',
  'lab',
  "lab's",
  'laboratory',
  'institute',
  'university',
  'corporation',
  'corp',
  'inc',
  'ltd',
  'unicorn',
  'giant',
  // A facility's own capacity, firms or staff: the district's public computing platform … offers 300P.
  'platform',
  'center',
  'centre',
  'facility',
]);

/** Capitalised words that open a subject without naming anyone: pronouns, articles, adverbs, places' generic words. */
const EN_NOT_A_NAME = new Set(
  'the it its this that these those there they we our he she his her a an in by as at on of for with now today currently meanwhile also and but so overall together altogether shanghai china chinese city district area zone park cluster town island conference event exhibition companies firms enterprises startups start-ups businesses investors waic ai ai-related artificial intelligence world national municipal new january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** A word of the subject that makes it an event's (the edition's platform, the conference's website). */
const EVENT_OWNER = /^(?:edition|conference|expo|waic|event)(?:['’]s)?$/i;

/** A clause that is nothing but a verb of having or offering before its figure. */
const EN_VERB_ONLY =
  /^\s*(?:(?:now|currently|already|also|still)\s+)?(?:has|have|had|hosts|houses|offers|offered|provides|provided|delivers|delivered|employs|counts|boasts|raised|secured|closed)\s+$/i;
/** The noun phrase a sentence opens with, before its first comma: its subject, ahead of an aside. */
const EN_OPENING_SUBJECT = /^\s*((?:[A-Za-z][\w'’.&-]*\s+){0,6}?[A-Za-z][\w'’.&-]*)\s*,/;

/** Plural nouns of firms of a kind: a subject that ends with one is many firms, not one organisation. */
const GENERIC_FIRMS = new Set(['companies', 'firms', 'enterprises', 'startups', 'start-ups', 'businesses']);

/** A city or district as the word right before the verb: the subject is the place, whatever precedes it. */
const PLACE_SUBJECTS = new Set(['shanghai', 'city', 'district', 'municipality']);

/** The subject and its verb of having, right before the figure: "MiniMax has", "the company now employs". */
const EN_SUBJECT_VERB =
  /((?:[A-Za-z][\w'’.&-]*\s+){0,5}?[A-Za-z][\w'’.&-]*)\s+(?:(?:now|currently|already|also|still)\s+)?(?:(?:has|have|had)\s+)?(?:has|have|had|employs|employed|hosts|hosted|houses|boasts|counts|serves|served|attracted|incubated|gathered|brought together|assembled|trained|is home to|was home to|offers|offered|provides|provided|delivers|delivered|raised|secured|closed)\s+$/;

/**
 * `lead`: the figure's clause up to the figure; `places`: the places named in the text (a district or a cluster in
 * the lead makes the subject that place; the city's name does not: the Shanghai AI Lab is a lab).
 */
export function organisationSubject(
  text: string,
  lead: Span,
  places: ReadonlyArray<PlaceMention>,
  english: boolean,
  sentenceStart = lead.start,
): boolean {
  const local = (p: PlaceMention): boolean => !p.national && (p.place !== null || p.geo !== 'shanghai');
  const before = text.slice(lead.start, lead.end);
  // 区内一家人工智能企业今年实现营收12.8亿元: one firm, wherever it is.
  if (!english && (ONE_FIRM.test(before) || BUSINESS_REVENUE.test(before) || SINGLE_BODY.test(before))) return true;
  if (!english && (ITS.test(before) || OWN_MEASURE_LEAD.test(before)) && ONE_FIRM.test(text.slice(sentenceStart, lead.start))) return true;
  // The name before an aside that names a place (Pinduoduo, headquartered in the district, posted revenue of …) is still one firm's.
  if (namedRevenue(text, lead, places, english, sentenceStart)) return true;
  if (english && EN_ORGANISATION_HOLDS.test(before)) return true;
  // Among listed players, SenseTime said its revenue fell about 10 percent to around CNY3.4 billion: "its" revenue (not its
  // AI industry's) is one firm's.
  if (english && EN_ITS_REVENUE.test(text.slice(sentenceStart, lead.end))) return true;
  // The Shanghai-based company's net loss narrowed … It employs about 4,000 people: "it" after a sentence about one firm.
  if (english && /^\s*Its?\b/.test(text.slice(sentenceStart, sentenceStart + 5)) && previousAboutOne(text, sentenceStart)) return true;
  if (places.some((p) => local(p) && p.start >= lead.start && p.end <= lead.end)) return false;
  if (
    english &&
    OPERATOR_HEAD_EN.test(text.slice(sentenceStart, lead.end)) &&
    !OPERATOR_AS_SOURCE.test(text.slice(sentenceStart, lead.end)) &&
    !/\b(?:citywide|city-wide|the city's total)\b/i.test(before)
  )
    return true;
  // Founded in 2019, the Shanghai AI Industry Alliance now counts 380 members, including 150 AI enterprises; The … Platform now
  // connects 1,000 enterprises: a sentence whose subject is one association, platform, lab or fund counts its own members.
  if (english) {
    const head = text.slice(sentenceStart, lead.end);
    const org = EN_ORGANISATION_HEAD.exec(head);
    if (org && !EN_SAYS.test(head.slice(org.index + org[0].length))) return true;
  }
  if (!english) {
    if (ZH_ORGANISATION.test(before)) return true;
    // 携程、春秋航空、爱奇艺等企业…，其中携程去年营收达到310亿元: a part that names one of the firms listed before.
    const part = /^[\s，,]*其中([^\s，,。；;]{2,8})/.exec(before);
    if (part) {
      const list = FIRM_LIST.exec(text.slice(sentenceStart, lead.start));
      if (list && list[0].split(/[、和及与]|等/).some((name) => name.length >= 2 && part[1]!.startsWith(name))) return true;
    }
    // 上海人工智能实验室已发布大模型20余个，汇聚研究人员1000余名: a clause that opens with its verb has the sentence's subject.
    const head = text.slice(sentenceStart, lead.start);
    // 上海移动构建…布局，…智算规模超43EFLOPS: a sentence about one telecom operator is about its own network, clause after
    // clause, unless a clause names a whole (全市, 全区).
    const upTo = text.slice(sentenceStart, lead.end);
    // 以科大讯飞为例，2013年，其营业收入…12.54亿元: the one example a sentence takes is its subject, unless it is a place (以浦东为例).
    const example = AN_EXAMPLE.exec(upTo);
    if (example) {
      const from = sentenceStart + example[0].length - example[1]!.length - 2;
      const to = from + example[1]!.length;
      const name = example[1]!;
      const isPlace = places.some((p) => p.start <= from && p.end >= to) || PLACE_LIKE.test(name);
      if (!isPlace && !NOT_AN_ORGANISATION.test(name) && !/全市|全区|全国|全球/.test(upTo)) return true;
    }
    if (
      (OPERATOR_HEAD.test(upTo) || THE_COMPANY_HEAD.test(upTo) || THE_FACILITY_HEAD.test(upTo) || FACILITY_RUNNING.test(upTo)) &&
      !/全市|全区|全国|全球/.test(upTo)
    )
      return true;
    return (
      lead.start > sentenceStart &&
      ZH_VERB_LEAD.test(before) &&
      ZH_ORGANISATION_HEAD.test(head) &&
      !places.some((p) => local(p) && p.start >= sentenceStart && p.end <= lead.start)
    );
  }
  let subject = EN_SUBJECT_VERB.exec(before)?.[1];
  // The Shanghai AI Lab has released over 20 large models and brought together more than 1,000 researchers: a verb
  // joined by "and" to an earlier one has the sentence's subject.
  if (subject !== undefined && /\band$/i.test(subject)) {
    // MiniMax, one of the city's AI unicorns, has raised … and employs …: the subject before an aside between commas.
    const head =
      EN_SENTENCE_SUBJECT.exec(text.slice(sentenceStart, lead.end)) ?? EN_OPENING_SUBJECT.exec(text.slice(sentenceStart, lead.start));
    // Zhangjiang AI Island has attracted over 100 firms and gathered …: a place as the subject is no organisation.
    if (head && places.some((p) => local(p) && p.start >= sentenceStart && p.end <= sentenceStart + head[0].length)) return false;
    subject = head?.[1];
  }
  // The district's public computing platform, which opened last year, offers 300P: a clause that is only the verb has the
  // subject the sentence opened with before an aside; an organisation's or facility's noun there makes it theirs.
  if (subject === undefined && EN_VERB_ONLY.test(before)) {
    const opening = EN_OPENING_SUBJECT.exec(text.slice(sentenceStart, lead.start))?.[1];
    // Its head noun (the last word) must be one: the district's … platform is the platform's, Zhangjiang AI Island is a place.
    // (The lab itself, based in Xuhui, has …: the noun before "itself".)
    const head = opening
      ?.split(/\s+/)
      .filter((w) => !/^(?:itself|alone|too)$/i.test(w))
      .at(-1)
      ?.toLowerCase();
    // One of them, Qingmo AI, raised …: one of the firms just named.
    return (head !== undefined && EN_ORGANISATION.has(head)) || (opening !== undefined && /^one of (?:them|the)\b/i.test(opening));
  }
  if (subject === undefined) return false;
  const words = subject.split(/\s+/);
  // "… said Shanghai had": the word right before the verb is the subject; a place there is no organisation.
  if (PLACE_SUBJECTS.has(words[words.length - 1]!.toLowerCase().replace(/['’]s$/, ''))) return false;
  // The "cloud" edition's online platform attracted 4.7 million visits: the event's own platform is the event's.
  if (words.some((w) => EVENT_OWNER.test(w))) return false;
  if (words.some((w) => EN_ORGANISATION.has(w.toLowerCase().replace(/[.,]$/, '')))) return true;
  // Shanghai-based artificial intelligence companies raised …: firms of a kind, not one of them.
  if (GENERIC_FIRMS.has(words[words.length - 1]!.toLowerCase())) return false;
  // A name: a word with a capital inside it (MiniMax, SenseTime), or a capitalised word that is not a common one.
  return words.some(
    (w) => /^[A-Za-z]+[a-z][A-Z]/.test(w) || (/^[A-Z]/.test(w) && !EN_NOT_A_NAME.has(w.toLowerCase().replace(/['’]s$/, ''))),
  );
}
