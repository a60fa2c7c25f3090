// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  headline,
  htmlToText,
  MAX_BYTES,
  readFile,
  readText,
  tooLarge,
  tryParsePublished,
  withoutHandlers,
} from '../../src/local/readInput';
import { localMessages } from '../../src/i18n/localMessages';

describe('reading what the reader gives', () => {
  it('takes event handlers out of every tag, however written, and leaves text alone', () => {
    expect(withoutHandlers('<img src=x onerror="a()" onload=\'b()\' ONCLICK=c()>text onclick=d')).toBe('<img src=x>text onclick=d');
  });
  it('reads a page as text: the article, one line per block, title, date, address and outlet from its meta tags', () => {
    const page = htmlToText(`<!doctype html><html><head><title>Fallback</title><meta property="og:title" content="标题">
      <meta property="article:published_time" content="2025-03-02T08:00:00+08:00"><meta property="og:site_name" content="新华网">
      <link rel="canonical" href="https://example.com/a"><style>p{}</style></head>
      <body><nav>首页</nav><article><h1>标题</h1><p>第一段<b>加粗</b>。</p><p>第二段<br>换行</p><script>x()</script></article></body></html>`);
    expect(page).toEqual({
      text: '标题\n第一段加粗。\n第二段\n换行',
      title: '标题',
      published: '2025-03-02',
      url: 'https://example.com/a',
      outlet: '新华网',
    });
    expect(htmlToText('<html><body><p>x</p><a href="javascript:alert(1)">y</a></body></html>').url).toBe('');
  });
  it("reads a piece of a page's markup pasted into the box as the page's text, not its tags", () => {
    const r = readText('<p>上海人工智能企业超过<b>2400家</b>。</p>\n<p>产业规模超过4500亿元。</p>', null);
    if (!r.ok) throw new Error('not read');
    expect(r.draft.text).toBe('上海人工智能企业超过2400家。\n产业规模超过4500亿元。');
    // Text that only mentions a tag stays as written.
    const plain = readText('用 <p> 标签分段的网页，上海人工智能企业超过2400家。', null);
    if (!plain.ok) throw new Error('not read');
    expect(plain.draft.text).toBe('用 <p> 标签分段的网页，上海人工智能企业超过2400家。');
  });
  it('cuts a long first line into a title at a word or clause break, with an ellipsis', () => {
    const line =
      'Shanghai now counts more than 400 AI enterprises above designated size and nearly 320,000 AI professionals across the city';
    expect(headline(line)).toBe(
      'Shanghai now counts more than 400 AI enterprises above designated size and nearly 320,000 AI professionals across the…',
    );
    expect(headline('短标题')).toBe('短标题');
    expect(headline('上'.repeat(130))).toBe(`${'上'.repeat(120)}…`);
  });
  it('reads front matter for the fields, and the first line as the title when there is none', () => {
    const r = readText('---\ntitle: "T"\ndate: 2024-07\nsource: https://example.com/x\n---\n正文100家。', 'a.md');
    expect(r.ok && [r.draft.title, r.draft.published, r.draft.url]).toEqual(['T', '2024-07', 'https://example.com/x']);
    const plain = readText('\n## 上海人工智能\n正文。', null);
    expect(plain.ok && [plain.draft.title, plain.draft.published]).toEqual(['上海人工智能', '']);
    expect(readText(' \n ', null)).toEqual({
      ok: false,
      problem: { zh: '没有可读的文字：内容为空', en: 'Nothing to read: the text is empty' },
    });
  });
  it('refuses front matter the build would refuse, with its line, instead of reading it as the article', () => {
    const quote = readText('---\ntitle: "Broken\ndate: 2025-10-20\n---\n上海人工智能企业超过1000家。', null);
    expect(quote.ok).toBe(false);
    expect(!quote.ok && quote.problem.en).toMatch(/^Line \d+: malformed front matter: /);
    expect(!quote.ok && quote.problem.zh).toMatch(/^第 \d+ 行：前置信息（front matter）的 YAML 无法解析/);
    const open = readText('---\ntitle: T\ndate: 2025-10-20\n上海人工智能企业超过1000家。', null);
    expect(open).toEqual({
      ok: false,
      problem: {
        zh: '第 1 行：以 --- 开头的前置信息（front matter）没有用 --- 结束',
        en: 'Line 1: front matter opened with --- but never closed',
      },
    });
    const list = readText('---\n- a\n- b\n---\n正文。', null);
    expect(!list.ok && list.problem.en).toBe('Line 2: front matter must be a mapping of keys to values');
  });
  it('refuses text in the box past the same limit, with its size; text below it is read', () => {
    const sentence = '上海人工智能企业超过1800家。\n';
    const big = sentence.repeat(Math.ceil(MAX_BYTES / new TextEncoder().encode(sentence).length) + 1);
    const r = readText(big, null);
    expect(!r.ok && r.problem.en).toMatch(/^The text is too large: 5\.\d MB, the limit is 5\.0 MB$/);
    expect(!r.ok && r.problem.zh).toMatch(/^文字太大：5\.\d MB，上限为 5\.0 MB$/);
    expect(readText(sentence.repeat(1000), null).ok).toBe(true);
  });
  it('refuses a file past the limit with its size, and one of another kind, before reading it', async () => {
    expect(tooLarge(50 * 1024 * 1024).en).toBe('The file is too large: 50.0 MB, the limit is 5.0 MB');
    const big = { name: 'a.txt', size: MAX_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as File;
    expect(await readFile(big)).toMatchObject({ ok: false });
    const pdf = new File(['%PDF'], 'a.pdf');
    expect(await readFile(pdf)).toMatchObject({
      ok: false,
      problem: { en: 'Cannot read a.pdf: only .txt, .md, .html, .htm files are accepted' },
    });
  });
  it('reads GB18030 and UTF-16 files as the build does, and says so', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('上海100家', (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat()]);
    const r = await readFile(new File([utf16], 'u.txt'));
    expect(r.ok && [r.draft.text, r.draft.encoding]).toEqual(['上海100家', 'UTF-16LE']);
  });
});

describe('a wrong publication date is explained in the reader’s language', () => {
  it('says what is wrong with it in Chinese as in English', () => {
    const r = tryParsePublished('2025-02-30');
    if (r.ok) throw new Error('2025-02-30 read as a date');
    expect(localMessages('zh').badDate(r.problem)).toBe('发布日期有误："2025-02-30" 不是真实的日期：2025年2月只有28天');
    expect(localMessages('en').badDate(r.problem)).toBe(
      'The publication date is wrong: "2025-02-30" is not a real date: February 2025 has 28 days',
    );
    const month = tryParsePublished('2025-13');
    if (month.ok) throw new Error('2025-13 read as a date');
    expect(localMessages('zh').badDate(month.problem)).toBe('发布日期有误："2025-13" 不是真实的日期：没有13月');
    const none = tryParsePublished('yesterday');
    if (none.ok) throw new Error('yesterday read as a date');
    expect(localMessages('zh').badDate(none.problem)).toContain('不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）');
    expect(localMessages('zh').badDate(none.problem)).not.toMatch(/[a-z]{4,} /);
  });
});
