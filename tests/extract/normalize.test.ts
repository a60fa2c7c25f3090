import { factAt, factsOf } from './helpers';
import { describe, expect, it } from 'vitest';
import { bodyOffset, cleanText, toOriginalSpan } from '../../src/extract/normalize';

describe('text clean-up keeps offsets into the original', () => {
  it('re-joins a number split from its unit by a paragraph break', () => {
    const original = '上海人工智能人才规模从10万人增长到25万\n\n人，约占全国1/3。';
    const clean = cleanText(original);
    expect(clean.text).toBe('上海人工智能人才规模从10万人增长到25万人,约占全国1/3。');
    const at = clean.text.indexOf('25万人');
    const span = toOriginalSpan(clean, at, at + 4);
    expect(original.slice(span.start, span.end)).toBe('25万\n\n人');
  });

  it('keeps the break after a heading or a byline (short, no punctuation)', () => {
    expect(cleanText('重点打造人工智能“5个高地”\n\n发展新一代人工智能是国家重大战略。').text).toBe(
      '重点打造人工智能“5个高地”\n发展新一代人工智能是国家重大战略。',
    );
  });

  it("keeps the break after the body's first line when it has no comma (the headline), however long", () => {
    expect(cleanText('工信部副部长张云明:上海人工智能核心产业规模已超4000亿元\n截至今年9月底,已经建成5G基站222万个。').text).toBe(
      '工信部副部长张云明:上海人工智能核心产业规模已超4000亿元\n截至今年9月底,已经建成5G基站222万个。',
    );
    // A later long line with no final punctuation is still a sentence the layout cut.
    expect(cleanText('第一行。\n上海人工智能核心产业规模，在过去的五年里已经超过了\n4000亿元。').text).toBe(
      '第一行。\n上海人工智能核心产业规模,在过去的五年里已经超过了4000亿元。',
    );
  });

  it('ends a line before a short next line with no punctuation (a heading), even when the line has commas', () => {
    expect(cleanText('助力应用实现,明年上海算力产业规模将突破3500亿元\n聚焦智算 上海“智”变\n□ 记者 王国俊').text).toBe(
      '助力应用实现,明年上海算力产业规模将突破3500亿元\n聚焦智算 上海“智”变\n□ 记者 王国俊',
    );
    // A cut number still continues, and so does a line the next one ends with punctuation.
    expect(cleanText('第一行。\n上海人工智能人才从10万人增长到25万\n人,居全国前列。').text).toBe(
      '第一行。\n上海人工智能人才从10万人增长到25万人,居全国前列。',
    );
  });

  it('keeps the break before a bulleted line: each item is its own line', () => {
    expect(cleanText('Headline numbers, Shanghai, 2025:\n• AI enterprises: 3,180, up 14%\n• Filed models: 156').text).toBe(
      'Headline numbers, Shanghai, 2025:\n• AI enterprises: 3,180, up 14%\n• Filed models: 156',
    );
    expect(cleanText('两年来，模速空间持续扩容，\n🔹已集聚企业112家，\n- 算力规模1200P').text).toBe(
      '两年来,模速空间持续扩容,\n🔹已集聚企业112家,\n- 算力规模1200P',
    );
    // A line cut in the middle of a sentence is still re-joined.
    expect(cleanText('上海人工智能企业数量，\n已超过2400家。').text).toBe('上海人工智能企业数量,已超过2400家。');
  });

  it('keeps the break after a finished sentence, also inside quotes', () => {
    expect(cleanText('“全力保障算力可用、够用、好用。”\n\n下一段。').text).toBe('“全力保障算力可用、够用、好用。”\n下一段。');
  });

  it('in English, keeps words apart where it re-joins a cut sentence, and ends a line that the next opens with a capital', () => {
    const original = 'The industry reached 25\n\nbillion yuan, up 20%.';
    const cut = cleanText(original);
    expect(cut.text).toBe('The industry reached 25 billion yuan, up 20%.');
    const at = cut.text.indexOf('25 billion');
    const span = toOriginalSpan(cut, at, at + 10);
    expect(original.slice(span.start, span.end)).toBe('25\n\nbillion');
    expect(cleanText('Xi visited the center, home to over 100 enterprises\n\nHis tour of the city went on.').text).toBe(
      'Xi visited the center, home to over 100 enterprises\nHis tour of the city went on.',
    );
  });

  it('turns full-width digits and punctuation half-width', () => {
    expect(cleanText('规模达１３４０亿元，增长２９％').text).toBe('规模达1340亿元,增长29%');
  });

  it('drops Markdown emphasis and heading marks without losing offsets', () => {
    const original = '## 标题\n\n**已有255家企业**落地。';
    const clean = cleanText(original);
    expect(clean.text).toBe('标题\n已有255家企业落地。');
    const at = clean.text.indexOf('255家');
    const span = toOriginalSpan(clean, at, at + 4);
    expect(original.slice(span.start, span.end)).toBe('255家');
  });

  it('leaves out YAML front matter', () => {
    const original = '---\ntitle: "x"\ndate: "2025-02-08"\n---\n\n正文100家。';
    expect(bodyOffset(original)).toBe(original.indexOf('\n\n正文') + 1);
    expect(cleanText(original).text).toBe('正文100家。');
  });

  it('treats unclosed front matter as text (the loader reports it)', () => {
    expect(bodyOffset('---\ntitle: x\n正文')).toBe(0);
  });
});

describe('pinyin annotations of mirror sites', () => {
  it('產(chǎn)業(yè)規模 reads 產業規模, offsets still point into the original', () => {
    const original = '上海人工智能產(chǎn)業(yè)規模超900億元。';
    const clean = cleanText(original, 0);
    expect(clean.text).toBe('上海人工智能產業規模超900億元。');
    const at = clean.text.indexOf('900');
    expect(original.slice(clean.map[at], clean.map[at]! + 3)).toBe('900');
  });
  it('a parenthesis that is not pinyin stays: 人工智能(AI), 模型(2025)', () => {
    expect(cleanText('人工智能(AI)和模型(2025)', 0).text).toBe('人工智能(AI)和模型(2025)');
  });
});

describe('numbers set apart with spaces', () => {
  it('a number and the Chinese word beside it are read together (突破 4500 億元, 2500 家)', () => {
    const facts = factsOf('2025年，上海 AI 核心產業規模突破 4500 億元，擁有 2500 家 AI 企業。', '2026-01-10');
    const scale = factAt(facts, '突破4500億元');
    expect([scale.metric, scale.value, scale.qualifier, scale.period]).toEqual(['ai_industry_scale', 4500e8, '>', '2025']);
    expect(factAt(facts, '2500家').value).toBe(2500);
  });
  it('a Latin word and the Chinese word beside it too (2500 家 AI 企業)', () => {
    const f = factAt(factsOf('截至2025年底，上海擁有 2500 家 AI 企業。', '2026-01-10'), '2500家');
    expect([f.metric, f.period]).toEqual(['ai_enterprises', '2025-12']);
  });
  it('a rate per minute is a ratio (每 3 分鐘就有 250 萬元產值)', () => {
    expect(factAt(factsOf('2025年，上海每 3 分鐘就有 250 萬元人工智能產值誕生。', '2026-01-10'), '250萬元').metric).toBeNull();
  });
});
