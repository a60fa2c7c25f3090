/** Arbitrary text never makes the extractor throw, and pathological inputs finish (no catastrophic backtracking). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers';

/** Characters the extractor reacts to, so random text exercises its branches rather than skipping them. */
const ALPHABET = [
  ...'0123456789.,/+%-年月日底季度前上下半超近约余多以左右从到至的万亿千百十一二两三四五六七八九零家人次款个所项平方米元EFLOPSTBP全市徐汇浦东区模速空间黄浦江目前今年去年截至预计将目标规上产业规模人才备案。，、；：！？#*- ',
  '\n',
  '“',
  '”',
];

describe('robustness', () => {
  it('never throws on arbitrary text, and every fact points inside the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.array(fc.constantFrom(...ALPHABET), { maxLength: 400 }).map((a) => a.join('')),
        ),
        (text) => {
          const facts = factsOf(text);
          for (const f of facts) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(f.end).toBeGreaterThan(f.start);
            expect(Number.isFinite(f.value)).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on text with front matter of any shape', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 200 }), (front, body) => {
        factsOf(`---\n${front}\n---\n${body}`);
      }),
      { numRuns: 200 },
    );
  });

  // Inputs that make backtracking scanners explode; a linear scanner reads each in milliseconds.
  it.each([
    ['200k digits', '9'.repeat(200_000)],
    ['200k qualifiers', '超'.repeat(200_000)],
    ['a 200k sentence with no punctuation', '上海人工智能企业100家'.repeat(15_000)],
    ['200k commas between numbers', '1,'.repeat(100_000)],
    ['200k Chinese numerals', '十四五'.repeat(70_000)],
    ['100k paragraph breaks', '规模\n\n'.repeat(50_000)],
    ['50k English district names', 'Foo District and Xuhui District, '.repeat(50_000)],
    ['100k numbers set apart with spaces', '上海 100 家 '.repeat(100_000)],
  ])('finishes on %s', (_name, text) => {
    expect(() => factsOf(text)).not.toThrow();
  });
});
