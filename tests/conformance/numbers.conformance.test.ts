/**
 * Conformance: numbers are read as the Recognizers-Text specs resolve them (vendored, MIT, see
 * recognizers-text/README.md). Chinese cases run through `scanQuantities`, the real extract path;
 * English cases through `readEnglishNumber`. A case is
 * - right: the number is read, over the spec's span, with the spec's value (or, for a case that
 *   expects no number, nothing is read);
 * - wrong: a different number is read (or any number where the spec has none);
 * - not read: nothing is read. A number not read is better than a wrong one.
 * A case with several numbers is judged number by number (the currency suites feed one amount per case).
 * Cases out of scope (fractions, ranges, dates…) are listed in excluded.json with a reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEnglishNumber } from '../../src/extract/englishNumbers';
import { cleanText } from '../../src/extract/normalize';
import { scanQuantities } from '../../src/extract/numbers';
import { isChineseNumeral } from '../../src/extract/numerals';
import { matchUnit } from '../../src/extract/units';

interface SpecResult {
  Text: string;
  Start: number;
  End: number;
  Resolution?: { value?: string | null; subtype?: string };
}
interface SpecCase {
  Input: string;
  Results?: SpecResult[];
}
interface Excluded {
  index: number;
  input: string;
  reason: string;
}
type Verdict = 'right' | 'wrong' | 'not read';
interface Outcome {
  verdict: Verdict;
  /** What was fed and read, for the failure message. */
  detail: string;
}

const HERE = __dirname;
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(HERE, path), 'utf8').replace(/^\uFEFF/, ''));
const excluded = readJson('excluded.json') as { reasons: Record<string, string>; suites: Record<string, Excluded[]> };

/** Same value to nine significant digits: spec values are decimal strings (1.2732E+15, 0.23456). */
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const expectedValue = (r: SpecResult): number => Number(r.Resolution?.value);
const ok = (detail: string): Outcome => ({ verdict: 'right', detail });
const wrong = (detail: string): Outcome => ({ verdict: 'wrong', detail });
const notRead = (detail: string): Outcome => ({ verdict: 'not read', detail });

/** The spec's span [Start, End] (inclusive, in the raw input) in the cleaned text. */
function cleanSpan(map: Int32Array, length: number, r: SpecResult): { start: number; end: number } {
  let start = 0;
  while (start < length && map[start]! < r.Start) start++;
  let end = start;
  while (end < length && map[end]! <= r.End) end++;
  return { start, end };
}

/**
 * Chinese cardinals through the scanner. The extractor keeps numbers with a unit, so the number is
 * fed with a classifier (三双 → 三个); a sentence whose number already has a unit is fed whole.
 */
function runChineseNumber(c: SpecCase): Outcome {
  const clean = cleanText(c.Input);
  const r = c.Results?.[0];
  if (r === undefined) {
    const read = scanQuantities(clean.text).mentions;
    return read.length === 0 ? ok('nothing read') : wrong(`read ${read.map((m) => m.text).join(', ')} where the spec has no number`);
  }
  const span = cleanSpan(clean.map, clean.text.length, r);
  const whole = matchUnit(clean.text, span.end) !== null;
  const fed = whole ? clean.text : `${clean.text.slice(span.start, span.end)}个`;
  const at = whole ? span.start : 0;
  return judgeMentions(fed, at, expectedValue(r));
}

function judgeMentions(fed: string, at: number, expected: number): Outcome {
  const read = scanQuantities(fed).mentions;
  const detail = `fed ${fed}: ${read.map((m) => `${m.text}=${m.value}`).join(', ') || 'nothing'} (spec ${expected})`;
  if (read.length === 0) return notRead(detail);
  const m = read[0]!;
  return read.length === 1 && m.numberStart === at && close(m.value, expected) ? ok(detail) : wrong(detail);
}

/**
 * A case with several numbers, each judged on its own: every number the reader finds must be one of
 * the spec's (same start, same value); a spec number nothing was read at is not read. The Chinese text
 * is fed whole, a classifier after each number that has no unit (三双 → 三个), so that neighbouring
 * numbers must still be told apart.
 */
interface Read {
  start: number;
  value: number;
  text: string;
}
function judgeSeveral(read: Read[], spans: Array<{ start: number; end: number; value: number }>): Outcome[] {
  const shown = read.map((m) => `${m.text}=${m.value}`).join(', ') || 'nothing';
  const overlapping = (s: { start: number; end: number }) => read.filter((m) => m.start >= s.start && m.start < s.end);
  const outcomes = spans.map((s) => {
    const at = overlapping(s);
    const detail = `read ${shown} (spec ${s.value} at ${s.start})`;
    if (at.length === 0) return notRead(detail);
    return at.length === 1 && at[0]!.start === s.start && close(at[0]!.value, s.value) ? ok(detail) : wrong(detail);
  });
  const strays = read.filter((m) => !spans.some((s) => m.start >= s.start && m.start < s.end));
  for (const m of strays) outcomes.push(wrong(`read ${m.text}=${m.value} where the spec has no number`));
  return outcomes;
}

function runChineseNumbers(c: SpecCase): Outcome[] {
  const clean = cleanText(c.Input);
  const results = c.Results ?? [];
  const spans = results.map((r) => ({ ...cleanSpan(clean.map, clean.text.length, r), value: expectedValue(r) }));
  let fed = '';
  let from = 0;
  const shifted: typeof spans = [];
  for (const s of spans) {
    fed += clean.text.slice(from, s.end);
    shifted.push({ ...s, start: s.start + fed.length - s.end, end: fed.length });
    if (matchUnit(clean.text, s.end) === null) fed += '个';
    from = s.end;
  }
  fed += clean.text.slice(from);
  const read = scanQuantities(fed).mentions.map((m) => ({ start: m.numberStart, value: m.value, text: m.text }));
  return judgeSeveral(read, shifted).map((o) => ({ ...o, detail: `fed ${fed}: ${o.detail}` }));
}

function runEnglishNumbers(c: SpecCase): Outcome[] {
  const read = readAll(c.Input).map((n) => ({ start: n.start, value: n.value, text: c.Input.slice(n.start, n.end) }));
  const spans = (c.Results ?? []).map((r) => ({ start: r.Start, end: r.End + 1, value: expectedValue(r) }));
  return judgeSeveral(read, spans);
}

/** The number part of a Chinese amount (1200亿美元 → 1200亿), fed with 元: its value in yuan. */
function runChineseCurrency(c: SpecCase): Outcome {
  const clean = cleanText(c.Input);
  const r = c.Results?.[0];
  if (r === undefined) {
    const read = scanQuantities(clean.text).mentions;
    return read.length === 0 ? ok('nothing read') : wrong(`read ${read.map((m) => m.text).join(', ')} where the spec has no amount`);
  }
  const span = cleanSpan(clean.map, clean.text.length, r);
  const numberish = (ch: string | undefined): boolean => ch !== undefined && (isChineseNumeral(ch) || /[0-9.,]/.test(ch));
  let s = span.start;
  let e = span.end;
  while (s < e && !numberish(clean.text[s])) s++;
  while (e > s && !numberish(clean.text[e - 1])) e--;
  return judgeMentions(`${clean.text.slice(s, e)}元`, 0, expectedValue(r));
}

/** Every English number in `text`, read at each position as a scanner would. */
function readAll(text: string): Array<{ start: number; end: number; value: number }> {
  const out: Array<{ start: number; end: number; value: number }> = [];
  for (let i = 0; i < text.length;) {
    const n = readEnglishNumber(text, i);
    if (n !== null && n.end > i) {
      out.push({ start: i, ...n });
      i = n.end;
    } else i++;
  }
  return out;
}

function runEnglishNumber(c: SpecCase): Outcome {
  const read = readAll(c.Input);
  const shown = read.map((n) => `${c.Input.slice(n.start, n.end)}=${n.value}`).join(', ') || 'nothing';
  const r = c.Results?.[0];
  if (r === undefined) return read.length === 0 ? ok('nothing read') : wrong(`read ${shown} where the spec has no number`);
  const detail = `read ${shown} (spec ${r.Text}=${expectedValue(r)})`;
  if (read.length === 0) return notRead(detail);
  const n = read[0]!;
  return read.length === 1 && n.start === r.Start && n.end === r.End + 1 && close(n.value, expectedValue(r)) ? ok(detail) : wrong(detail);
}

/** The first number inside an English amount's span ($ 75 million → 75 million), value only. */
function runEnglishCurrency(c: SpecCase): Outcome {
  const r = c.Results?.[0];
  if (r === undefined) return notRead('no amount in the spec');
  for (let k = r.Start; k <= r.End; k++) {
    const n = readEnglishNumber(c.Input, k);
    if (n === null) continue;
    const detail = `read ${c.Input.slice(k, n.end)}=${n.value} (spec ${r.Text}=${expectedValue(r)})`;
    return n.end <= r.End + 1 && close(n.value, expectedValue(r)) ? ok(detail) : wrong(detail);
  }
  return notRead(`nothing read in ${r.Text}`);
}

interface Suite {
  name: string;
  file: string;
  run: (c: SpecCase) => Outcome;
  /** For a case with several numbers: one outcome per number (and per stray reading). */
  several?: (c: SpecCase) => Outcome[];
  /** Share of the selected cases with a number that must be read right. */
  aim: number;
}

const SUITES: Suite[] = [
  {
    name: 'zh-number',
    file: 'recognizers-text/Number/Chinese/NumberModel.json',
    run: runChineseNumber,
    several: runChineseNumbers,
    aim: 0.98,
  },
  {
    name: 'en-number',
    file: 'recognizers-text/Number/English/NumberModel.json',
    run: runEnglishNumber,
    several: runEnglishNumbers,
    aim: 0.95,
  },
  { name: 'zh-currency', file: 'recognizers-text/NumberWithUnit/Chinese/CurrencyModel.json', run: runChineseCurrency, aim: 0.95 },
  { name: 'en-currency', file: 'recognizers-text/NumberWithUnit/English/CurrencyModel.json', run: runEnglishCurrency, aim: 0.95 },
];

const summary: string[] = [];
afterAll(() => {
  console.log(['conformance (Recognizers-Text specs): right / wrong / not read', ...summary].join('\n'));
});

describe.each(SUITES)('conformance $name', (suite) => {
  const cases = readJson(suite.file) as SpecCase[];
  const left = excluded.suites[suite.name] ?? [];
  const leftOut = new Map(left.map((e) => [e.index, e]));
  const selected = cases.map((c, index) => ({ c, index })).filter(({ index }) => !leftOut.has(index));

  it('selection and exclusions cover every case once, each exclusion with a known reason', () => {
    expect(leftOut.size, 'an index excluded twice').toBe(left.length);
    for (const e of left) {
      expect(cases[e.index]?.Input, `excluded #${e.index}`).toBe(e.input);
      expect(Object.keys(excluded.reasons), `reason of #${e.index}`).toContain(e.reason);
      if (e.reason === 'several numbers') {
        expect((cases[e.index]?.Results ?? []).length, `#${e.index}`).toBeGreaterThan(1);
        expect(suite.several, `#${e.index}: this suite runs cases with several numbers`).toBeUndefined();
      }
    }
    expect(selected.length + left.length).toBe(cases.length);
    for (const { c, index } of selected) {
      if (suite.several === undefined) expect((c.Results ?? []).length, `selected #${index} has one number or none`).toBeLessThanOrEqual(1);
      for (const r of c.Results ?? []) {
        const subtype = r.Resolution?.subtype;
        if (subtype !== undefined) expect(['integer', 'decimal'], `selected #${index}`).toContain(subtype);
      }
    }
  });

  it(`reads at least ${suite.aim * 100}% of the selected numbers right and none wrong`, () => {
    // One outcome per number the spec states (a case with none is one outcome: nothing must be read).
    const outcomes = selected.flatMap(({ c, index }) => {
      const several = (c.Results ?? []).length > 1 && suite.several !== undefined;
      const each = several ? suite.several!(c) : [suite.run(c)];
      return each.map((o) => ({ index, c, withNumber: (c.Results ?? []).length > 0, ...o }));
    });
    const count = (v: Verdict, withNumber: boolean): number =>
      outcomes.filter((o) => o.verdict === v && o.withNumber === withNumber).length;
    const numbers = outcomes.filter((o) => o.withNumber).length;
    summary.push(
      `${suite.name.padEnd(12)} numbers ${String(numbers).padStart(3)}: ${count('right', true)} / ${count('wrong', true)} / ${count('not read', true)}` +
        `; no-number cases ${outcomes.length - numbers}: ${count('right', false)} right, ${count('wrong', false)} wrong` +
        `; excluded ${left.length} of ${cases.length}`,
    );
    for (const o of outcomes.filter((x) => x.verdict === 'not read'))
      summary.push(`  not read #${o.index} ${o.c.Input.slice(0, 40)}: ${o.detail}`);
    const wrongs = outcomes.filter((o) => o.verdict === 'wrong').map((o) => `#${o.index} ${o.c.Input.slice(0, 60)}: ${o.detail}`);
    expect(wrongs).toEqual([]);
    expect(count('right', true) / numbers).toBeGreaterThanOrEqual(suite.aim);
  });
});
