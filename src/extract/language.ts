/**
 * Which language an article is in, and traditional Chinese read through simplified Chinese.
 *
 * The extractor's word lists are written once, in simplified Chinese and English. A traditional-
 * Chinese article is converted character for character with OpenCC's data (opencc-js), so that
 * every offset into the clean text still points at the same character of the original: quotes and
 * highlights stay as the article wrote them (產業規模超900億), while the scanners read 产业规模超900亿.
 */
import * as OpenCC from 'opencc-js/t2cn';
import type { Language } from '../schema/metricsFile';

const toSimplifiedPhrases = OpenCC.Converter({ from: 't', to: 'cn' });

const isHan = (code: number): boolean => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
const isLatinLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Traditional when at least this share of the Han characters change under conversion. */
const TRADITIONAL_SHARE = 0.04;
/** Only so much of a long article is looked at: the language does not change halfway through. */
const SAMPLE = 1_500;

/**
 * Taiwan's words for what the catalogue names, after conversion to simplified characters: 人工智慧 is 人工智能, 資料中心 a
 * 数据中心. Each keeps its length, so offsets still hold. (OpenCC's Taiwan phrase table is not used whole: it also turns
 * 新增 into 添加, and that is an increase word.)
 */
const TAIWAN_TERMS: ReadonlyArray<readonly [string, string]> = [
  ['人工智慧', '人工智能'],
  ['资料中心', '数据中心'],
  ['伺服器', '服务器'],
  ['软体', '软件'],
  ['硬体', '硬件'],
  ['晶片', '芯片'],
  ['资讯', '信息'],
  ['数位', '数字'],
  ['网路', '网络'],
];
const TAIWAN_TERM = new RegExp(TAIWAN_TERMS.map(([tw]) => tw).join('|'), 'g');
const TAIWAN_TO_MAINLAND = new Map(TAIWAN_TERMS);
const taiwanTerms = (text: string): string => text.replace(TAIWAN_TERM, (w) => TAIWAN_TO_MAINLAND.get(w) ?? w);

/** Simplified text of the same length as `text` (one character for one character). */
export function toSimplified(text: string): string {
  const whole = taiwanTerms(toSimplifiedPhrases(text));
  if (whole.length === text.length) return whole;
  // A phrase rule changed the length: fall back to characters, which never do.
  let out = '';
  for (const ch of text) {
    const one = toSimplifiedPhrases(ch);
    out += one.length === ch.length ? one : ch;
  }
  return taiwanTerms(out);
}

/** Han characters that OpenCC changes from traditional to simplified, computed once on first use. */
let traditionalOnly: Uint8Array | null = null;
function traditionalTable(): Uint8Array {
  if (traditionalOnly) return traditionalOnly;
  const table = new Uint8Array(0x10000);
  // One character a line, so that no phrase rule joins two of them.
  let all = '';
  for (let c = 0x3400; c <= 0x9fff; c++) all += `${String.fromCharCode(c)}\n`;
  const lines = toSimplifiedPhrases(all).split('\n');
  for (let c = 0x3400, k = 0; c <= 0x9fff; c++, k++) {
    const line = lines[k];
    if (line !== undefined && line !== String.fromCharCode(c)) table[c] = 1;
  }
  return (traditionalOnly = table);
}

/** English when Latin letters outnumber Han characters three to one; else simplified or traditional Chinese. */
export function detectLanguage(text: string): Language {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const traditional = traditionalTable();
  let han = 0;
  let latin = 0;
  let changed = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (isHan(code)) {
      han++;
      changed += traditional[code]!;
    } else if (isLatinLetter(code)) latin++;
  }
  if (latin > han * 3) return 'en';
  if (han === 0) return 'zh-Hans';
  return changed / han >= TRADITIONAL_SHARE ? 'zh-Hant' : 'zh-Hans';
}
