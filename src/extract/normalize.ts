/**
 * Text clean-up that keeps every character's offset into the original file.
 *
 * `text[i]` came from `original[map[i]]`, so any span found in the clean text maps back with
 * `map[start]` and `map[end - 1] + 1`. Clean-up does only what the extractor needs:
 * - front matter is left out (the body starts after the closing `---`);
 * - full-width ASCII (０-９, ％, ，…) becomes half-width, the ideographic space a space;
 * - Markdown emphasis (`**`) and heading marks (`#`) are dropped, and so are the pinyin annotations
 *   some mirror sites insert after characters (產(chǎn)業(yè) → 產業);
 * - a paragraph break inside a sentence is re-joined. Print layouts break lines anywhere
 *   ("从10万人增长到25万⏎⏎人"); a paragraph that ends without sentence-final punctuation
 *   and reads like a sentence (it has a comma, or is long) continues in the next one.
 *   A short line with no punctuation is a heading or a byline and keeps its break, and so does the body's
 *   first line when it has no comma (the headline, most often repeated from the front matter).
 */
import { isDigit, isLetter } from './chars.ts';

export interface CleanText {
  text: string;
  /** map[i] = offset in the original string of text[i]; map[text.length] = end of original. */
  map: Int32Array;
}

const TERMINAL = new Set(['。', '.', '!', '?', ';', '！', '？', '；', ':', '：']);
const CLOSERS = new Set(['”', '’', '」', '』', '》', '"', "'", ']', '】']);
const CLAUSE_MARKS = new Set([',', '，', '、', ';', '；']);
/** The numbering a section heading opens with: 一、 （二） (3) 4. 5、 */
export const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[、.．])/;
/** A list item's bullet at a line's start. */
const BULLET_START = /^(?:[•·▪◦●■◆◇★☆✅✔➤►▶➢🔹🔸📌📈📊]|[-*–—]\s)/u;
/** A short label and its colon at a line's start (浦东新区：, Shenzhen:). */
const LABEL_START = /^(?:[\u4e00-\u9fff]{1,10}|[A-Z][A-Za-z.' -]{0,30})[:：]/;
/** 3.5亿元 at a line's start: a decimal, not a section's number. */
const DECIMAL_START = /^[0-9]{1,2}[、.．](?:[0-9]|$)/;
const NUMBERED_HEADING_MAX = 30;
/** Whether the line at `i` is a numbered section heading: short, and no sentence or clause punctuation after its number. */
function numberedHeadingAt(original: string, i: number): boolean {
  const head = original.slice(i, i + 5);
  if (!SECTION_NUMBER.test(head) || DECIMAL_START.test(head)) return false;
  const lineEnd = original.indexOf('\n', i);
  const line = original.slice(i, lineEnd < 0 ? original.length : lineEnd).trim();
  return line.length <= NUMBERED_HEADING_MAX && !/[。！？!?；;，,]/.test(line);
}
/** A paragraph with no final punctuation at least this long is a sentence cut by the layout. */
const LONG_PARAGRAPH = 30;

/** Offset at which the article body starts: after YAML front matter, if there is any. */
export function bodyOffset(original: string): number {
  const i = original.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!original.startsWith('---', i)) return i;
  const firstLineEnd = original.indexOf('\n', i);
  if (firstLineEnd < 0 || original.slice(i, firstLineEnd).trim() !== '---') return i;
  let pos = firstLineEnd + 1;
  while (pos < original.length) {
    const end = original.indexOf('\n', pos);
    const line = original.slice(pos, end < 0 ? original.length : end);
    if (line.trim() === '---') return end < 0 ? original.length : end + 1;
    if (end < 0) break;
    pos = end + 1;
  }
  return i; // no closing fence: the loader reports it; here the whole text counts as body
}

function halfWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  return ch;
}

/** Characters the clean-up must look at; runs of all others are copied in one step. */
const SPECIAL = new Uint8Array(0x10000);
for (const ch of ['\n', '\r', '#', '*', ' ', '\t', '\u3000', ...TERMINAL, ...CLOSERS, ...CLAUSE_MARKS, ')', '）', '('])
  SPECIAL[ch.charCodeAt(0)] = 1;
SPECIAL.fill(1, 0xff01, 0xff5f);

/** A pinyin syllable in parentheses, as some mirror sites put after a character: (chǎn), (yè). */
const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/y;
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/;
const isHan = (ch: string): boolean => ch >= '\u3400' && ch <= '\u9fff';
const isDigitOrLatin = (ch: string): boolean => isDigit(ch) || isLetter(ch);

/** A next line this short with no punctuation, followed by a break, is a heading (聚焦智算 上海“智”变), not a sentence's end. */
const HEADING_MAX = 20;
/**
 * The line that ends a web page's article body and opens its list of other articles (相关阅读, 推荐阅读, ■ 相关链接,
 * Related Stories, Read more): what follows is other articles' headlines. Shared with the extractor, which stops there.
 */
export const BODY_END_LINE =
  /^[ \t\u3000]*(?:[■▲●◆▶▷•·]\s*)?(?:相关阅读|相关新闻|相关报道|相关链接|推荐阅读|延伸阅读|热门推荐|猜你喜欢|相關閱讀|相關新聞|相關報道|相關鏈接|推薦閱讀|延伸閱讀|related(?: (?:stories|news|articles|reading|coverage|links|content))?|see also|also read|you may also like|read more|more from [a-z ]{1,30}|recommended(?: for you)?)[ \t\u3000]*[:：]?[ \t\u3000]*(?:\r?\n|$)/i;

function headingNext(original: string, from: number): boolean {
  let end = from;
  while (end < original.length && original[end] !== '\n' && original[end] !== '\r') {
    const ch = original[end]!;
    if (TERMINAL.has(ch) || CLAUSE_MARKS.has(ch)) return false;
    if (end - from >= HEADING_MAX) return false;
    end++;
  }
  return end > from && end < original.length;
}

const BODY_END_REACH = 48;

export function cleanText(original: string, start = bodyOffset(original)): CleanText {
  let out = '';
  let length = 0;
  const map = new Int32Array(original.length - start + 2);
  // State of the paragraph being written, to decide whether a break ends it.
  let paraLength = 0;
  let paraHasClause = false;
  let lastChar = '';
  /** Last character that is not a closing quote: "…好用。”" ends a sentence, "…“寻数计划”" does not. */
  let lastSignificant = '';
  let atLineStart = true;
  let paraIsHeading = false;
  /** No paragraph break read yet: the body's first line, most often the headline repeated. */
  let firstLine = true;

  let previous = '';
  const emit = (ch: string, from: number): void => {
    out += ch;
    previous = ch;
    map[length++] = from;
    if (ch === '\n') {
      paraLength = 0;
      paraHasClause = false;
      lastChar = '';
      lastSignificant = '';
      paraIsHeading = false;
      return;
    }
    if (ch !== ' ') {
      paraLength++;
      lastChar = ch;
      if (!CLOSERS.has(ch)) lastSignificant = ch;
      if (CLAUSE_MARKS.has(ch)) paraHasClause = true;
    }
  };

  let i = start;
  const n = original.length;
  while (i < n) {
    const raw = original[i]!;
    if (raw === '\r' || raw === '\n') {
      // Swallow the whole run of blank lines and indentation.
      let j = i;
      while (
        j < n &&
        (original[j] === '\n' || original[j] === '\r' || original[j] === ' ' || original[j] === '\t' || original[j] === '\u3000')
      )
        j++;
      if (paraLength > 0) {
        const nextIsHeading = original[j] === '#';
        // • AI enterprises: 3,180 / 🔹模速空间已集聚… / - 智算规模…: a bulleted line is an item of its own, never the end of the line before.
        // 徐汇区：人工智能企业510家 / Shenzhen: AI core industry …: so is a line that opens with a short label and a colon.
        const nextIsItem = BULLET_START.test(original.slice(j, j + 2)) || LABEL_START.test(original.slice(j, j + 34));
        // A closing bracket ends a caption such as "（资料图片）"; a closing quote defers to what it closes.
        const ended = TERMINAL.has(lastSignificant) || lastChar === ')' || lastChar === '）';
        // Ending on a digit or a magnitude (…增长到25万) is a number cut from its unit.
        const cutNumber = /[0-9万亿]/.test(lastSignificant);
        // English: a line that ends on a word and a next line that opens with a capital is a new paragraph (a
        // headline, a caption, a sentence that lost its full stop), not a sentence the layout cut.
        const nextOpens = /[A-Za-z0-9%]/.test(lastSignificant) && /[A-Z“"‘]/.test(original[j] ?? '');
        // The body's first line with no comma is its headline (工信部副部长张云明:上海人工智能核心产业规模已超4000亿元).
        const headline = (firstLine && !paraHasClause && !cutNumber) || (!cutNumber && headingNext(original, j));
        const continues =
          !ended &&
          !nextOpens &&
          !nextIsHeading &&
          !nextIsItem &&
          !numberedHeadingAt(original, j) &&
          !paraIsHeading &&
          !headline &&
          (paraHasClause || paraLength >= LONG_PARAGRAPH || cutNumber) &&
          // …在看 976⏎⏎推荐阅读: the line that ends the body is never part of the sentence before it (tested last: rare).
          !BODY_END_LINE.test(original.slice(j, j + BODY_END_REACH));
        firstLine = false;
        if (!continues) emit('\n', i);
        // Words on either side of the re-joined break stay apart (…100\n\nbillion yuan).
        else if (/[A-Za-z0-9,%]/.test(lastChar) && /[A-Za-z0-9(“"]/.test(original[j] ?? '')) emit(' ', i);
      }
      atLineStart = true;
      i = j;
      continue;
    }
    // 一、2020年工作回顾 / （二）产业发展 / 3. Outlook: a numbered line of its own is a section heading, not a sentence the layout cut.
    if (atLineStart && numberedHeadingAt(original, i)) paraIsHeading = true;
    if (atLineStart && raw === '#') {
      paraIsHeading = true;
      while (i < n && original[i] === '#') i++;
      while (i < n && original[i] === ' ') i++;
      atLineStart = false;
      continue;
    }
    atLineStart = false;
    if (SPECIAL[original.charCodeAt(i)] !== 1) {
      // Fast path: a run of ordinary characters is copied as it is.
      let j = i + 1;
      while (j < n && SPECIAL[original.charCodeAt(j)] !== 1) j++;
      out += original.slice(i, j);
      for (let k = i; k < j; k++) map[length++] = k;
      paraLength += j - i;
      lastChar = lastSignificant = previous = original[j - 1]!;
      i = j;
      continue;
    }
    // Mirror sites annotate characters with pinyin: 產(chǎn)業(yè)規模 reads 產業規模.
    if (raw === '(' && isHan(previous)) {
      PINYIN.lastIndex = i;
      const m = PINYIN.exec(original);
      if (m && TONE.test(m[0])) {
        i += m[0].length;
        continue;
      }
    }
    if (raw === '*' && original[i + 1] === '*') {
      i += 2;
      continue;
    }
    const ch = halfWidth(raw);
    if ((ch === ' ' || ch === '\t') && (length === 0 || previous === ' ' || previous === '\n')) {
      i++;
      continue;
    }
    // Taiwan and Hong Kong outlets set numbers and Latin words apart with spaces (突破 4500 億元, 2500 家 AI 企業): a
    // number or a word and the Chinese word beside it are read together, as they are written elsewhere.
    const next = original[i + 1] ?? '';
    if (ch === ' ' && ((isDigitOrLatin(previous) && isHan(next)) || (isHan(previous) && isDigitOrLatin(next)))) {
      i++;
      continue;
    }
    emit(ch === '\t' ? ' ' : ch, i);
    i++;
  }
  map[length] = n;
  return { text: out, map: map.subarray(0, length + 1) };
}

/** Original span of the clean span [start, end). */
export function toOriginalSpan(clean: CleanText, start: number, end: number): { start: number; end: number } {
  const s = clean.map[start] ?? clean.map[clean.map.length - 1]!;
  const last = end > start ? clean.map[end - 1] : undefined;
  return { start: s, end: last === undefined ? s : last + 1 };
}
