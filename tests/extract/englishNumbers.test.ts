import { describe, expect, it } from 'vitest';
import { readEnglishNumber } from '../../src/extract/englishNumbers';
import { factAt, factsOf } from './helpers';

/** The number read at the start of `text`: its value and the text it spans. */
const read = (text: string, at = 0): [number, string] | null => {
  const n = readEnglishNumber(text, at);
  return n === null ? null : [n.value, text.slice(at, n.end)];
};

describe('English numbers: digits', () => {
  it.each([
    ['120,000 companies', 120000, '120,000'],
    ['1.2%', 1.2, '1.2'],
    ['4.3 per cent', 4.3, '4.3'],
    ['.25 points', 0.25, '.25'],
    ['2024 edition', 2024, '2024'],
    ['1,674,200.5', 1674200.5, '1,674,200.5'],
    ['1\u202f234\u202f567', 1234567, '1\u202f234\u202f567'],
    ['192. Then', 192, '192'],
    ['12-cent-a-share', 12, '12'],
  ])('%s = %d', (text, value, span) => {
    expect(read(text)).toEqual([value, span]);
  });
});

describe('English numbers: scale words', () => {
  it.each([
    ['1.2 trillion yuan', 1.2e12, '1.2 trillion'],
    ['65 billion yuan', 65e9, '65 billion'],
    ['4.3 billion', 4.3e9, '4.3 billion'],
    ['3.5 million people', 3.5e6, '3.5 million'],
    ['150 thousand', 150000, '150 thousand'],
    ['322 hundred', 32200, '322 hundred'],
    ['2 million', 2e6, '2 million'],
    ['1.5bn yuan', 1.5e9, '1.5bn'],
    ['2.3 mln', 2.3e6, '2.3 mln'],
    ['1,674.5 million', 1674.5e6, '1,674.5 million'],
  ])('%s = %d', (text, value, span) => {
    expect(read(text)).toEqual([value, span]);
  });
});

describe('English numbers: number words', () => {
  it.each([
    ['one hundred and twenty-three firms', 123, 'one hundred and twenty-three'],
    ['two thousand four hundred', 2400, 'two thousand four hundred'],
    ['a million visitors', 1e6, 'a million'],
    ['twenty-five', 25, 'twenty-five'],
    ['fifty - two', 52, 'fifty - two'],
    ['Three hundred  and  thirty one', 331, 'Three hundred  and  thirty one'],
    ['twenty-one trillion and three hundred', 21000000000300, 'twenty-one trillion and three hundred'],
    ['two hundred and two thousand', 202000, 'two hundred and two thousand'],
    ['hundred thousand dollars', 100000, 'hundred thousand'],
    ['a hundred and five', 105, 'a hundred and five'],
    ['one point five million', 1.5e6, 'one point five million'],
    ['two hundred point seventy-one', 200.71, 'two hundred point seventy-one'],
    ['zero', 0, 'zero'],
    ['Twenty-six people', 26, 'Twenty-six'],
    ['4 thousand 3 hundred and 21', 4321, '4 thousand 3 hundred and 21'],
    ['two  thousand  and  two hundred', 2200, 'two  thousand  and  two hundred'],
    ['one hundred and twenty thousand', 120000, 'one hundred and twenty thousand'],
    ['2.12 hundred', 212, '2.12 hundred'],
    ['2.12 hundred million yuan', 212e6, '2.12 hundred million'],
  ])('%s = %d', (text, value, span) => {
    expect(read(text)).toEqual([value, span]);
  });

  it.each([
    ['2 million 500 companies', '2 million'],
    ['one hundred and three and two thirds', 'one hundred and three'],
    ['one two three', 'one'],
    ['version two and a previous version', 'two'],
    ['three hundred and two dozens', 'three hundred and two'],
    ['seven one-off events', 'seven'],
    ['3 hundred and 2 hundred are two numbers', '3 hundred'],
    ['three hundred and two hundred more', 'three hundred'],
  ])('stops where the number stops: %s', (text, span) => {
    expect(read(text, text.indexOf(span))?.[1]).toBe(span);
  });
});

describe('English numbers: no number read', () => {
  it.each([
    ['5G networks', 0],
    ['GPT-4', 4],
    ['the 180ml liquid', 4],
    ['the May 4th', 8],
    ['version 1.2.3', 8],
    ['none', 1],
    ['phone', 2],
    ['someone', 4],
    ['one of the largest', 0],
    ['the one you mentioned', 4],
    ['Which one do you prefer?', 6],
    ['a', 0],
    ['a first class seat', 0],
    ['twenty-first century', 0],
    ['one-third of firms', 0],
    ['1m is not a number', 0],
    ['hundreds of firms', 0],
    ['1,234', 2],
    ['COVID-19', 6],
  ])('%s at %d', (text, at) => {
    expect(readEnglishNumber(text, at)).toBeNull();
  });

  it('stays linear on long runs of number-like text', () => {
    const runs = ['one '.repeat(50000), 'twenty-'.repeat(30000), '1,'.repeat(100000), 'hundred '.repeat(25000), 'a '.repeat(100000)];
    const t0 = performance.now();
    for (const text of runs) {
      for (let i = 0; i < text.length;) {
        const n = readEnglishNumber(text, i);
        i = n !== null && n.end > i ? n.end : i + 1;
      }
    }
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('a unit glued to a number with thousands separators', () => {
  it('5,000P is read from its 5, never from its 000', () => {
    const f = factAt(factsOf("Currently, Shanghai's intelligent computing power exceeds 5,000P.", '2023-10-10'), 'exceeds 5,000P');
    expect([f.metric, f.value, f.qualifier]).toEqual(['compute_capacity', 5000e15, '>']);
  });
});

describe('a qualifying verb before a named measure', () => {
  it('"exceeding a scale of 1 trillion yuan" is more than 1 trillion; "reached a scale of" is the figure itself', () => {
    const f = factAt(
      factsOf(
        'By 2030, Shanghai will achieve a 90 percent adoption rate, with the AI industry exceeding a scale of 1 trillion yuan.',
        '2026-01-10',
      ),
      'exceeding a scale of 1 trillion yuan',
    );
    expect([f.metric, f.qualifier, f.value]).toEqual(['ai_industry_scale', '>', 1e12]);
    const g = factAt(factsOf("In 2025, Shanghai's AI industry reached a scale of 450 billion yuan.", '2026-01-10'), '450 billion yuan');
    expect(g.qualifier).toBe('=');
  });
});
