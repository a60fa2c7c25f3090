/**
 * The bad-input matrix (issue 10): one describe per input a real corpus will contain, each asserting
 * the promised message (file and line where there is one) and what is kept. The whole command —
 * exit code, no stack trace, the previous data/metrics.json left as it was — is checked at the end
 * through the CLI. The app-side cases (XSS, CSV formulas, URL parameters, a missing, invalid or
 * wrong-shape data file, a 20 MB data file) are tested where that code lives: see the last describe.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText, findInvalidUtf8 } from '../../src/extract/decode';
import { loadSeeds, parsePublished, tryParsePublished, type SeedIo } from '../../src/extract/load';
import { buildMetricsFile, checkValue, locateFailure, toJsonChunks } from '../../src/extract/pipeline';
import type { MetricsFile } from '../../src/schema/metricsFile';
import { catalogue, extractSeedsFile, gazetteerFile, ROOT } from './helpers';
import { enc, folder } from './memoryFolder';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...enc(p)] : p)));

/** GB18030 bytes of a text of ASCII and two-byte characters, found by decoding every two-byte code. */
function toGb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) table.set(decoder.decode(Uint8Array.of(lead, trail)), [lead, trail]);
  }
  return Uint8Array.from([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? []))));
}

const load = (files: Record<string, Uint8Array | string>) => loadSeeds('seeds', folder(files));

/** Load and extract an in-memory folder; throws on a load error or an invalid file, so tests cannot pass vacuously. */
function extract(files: Record<string, Uint8Array | string>) {
  const loaded = load(files);
  if (loaded.errors.length > 0) throw new Error(JSON.stringify(loaded.errors));
  const r = buildMetricsFile({ articles: loaded.articles, catalogue, gazetteer: gazetteerFile, warnings: loaded.warnings });
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

const article = (body: string, front = 'title: 标题\ndate: 2025-06-30') => `---\n${front}\n---\n${body}`;
const ENTERPRISES = '截至2025年6月底，本市规模以上人工智能企业达到520家。';

describe("a 50 MB article (more figures than fit in one call's arguments)", () => {
  // `facts.push(...result.facts)` overflowed the stack past ~125k facts: a 50 MB article has millions.
  // 250k figures here. Checked by hand, too slow for every run: 50 MB of the seed articles repeated (90k
  // facts) in 9 s; 50 MB dense with figures (1.96M facts) in 2 minutes, 2.9 GB of memory, a 1.3 GB file.
  it('is read whole, without a stack overflow', () => {
    const data = extract({ 'big.txt': article('1家，'.repeat(250_000)) });
    expect(data.facts.length).toBe(250_000);
  }, 60_000);

  it("is written as the same bytes as JSON.stringify, in pieces (no string past V8's ~512 MB limit)", () => {
    const file = extractSeedsFile();
    expect([...toJsonChunks(file)].join('')).toBe(`${JSON.stringify(file, null, 2)}\n`);
    const empty: MetricsFile = { ...file, documents: [], series: [], facts: [], places: [], conflicts: [], unread: [], warnings: [] };
    expect([...toJsonChunks(empty)].join('')).toBe(`${JSON.stringify(empty, null, 2)}\n`);
    // Arrays longer than one piece (2000 records): the pieces join with the same commas and indent.
    const many: MetricsFile = { ...file, facts: Array.from({ length: 4001 }, (_, i) => file.facts[i % file.facts.length]!) };
    expect([...toJsonChunks(many)].join('')).toBe(`${JSON.stringify(many, null, 2)}\n`);
  });
});

describe('decoding', () => {
  it('one invalid byte at the end of a UTF-8 file: replaced, warned about with its offset and line, the article read as UTF-8', () => {
    const text = article(`${ENTERPRISES}\n`);
    const { articles, warnings } = load({ 'a.txt': bytes(text, [0xff]) });
    expect(articles[0]).toMatchObject({ encoding: 'utf-8', original: `${text}\uFFFD` });
    const offset = enc(text).length;
    expect(warnings).toEqual([
      {
        file: 'a.txt',
        line: 6,
        message: expect.stringContaining(`1 invalid UTF-8 byte sequence replaced with U+FFFD, at byte ${offset} (line 6)`),
      },
    ]);
    expect(extract({ 'a.txt': bytes(text, [0xff]) }).series).toContainEqual(
      expect.objectContaining({ metric: 'ai_enterprises_above_scale' }),
    );
  });

  it('a few invalid bytes in the middle: each offset listed, the first line named', () => {
    const { articles, warnings } = load({
      'a.txt': bytes('---\ndate: 2025\n---\n上海', [0xc0], '人工智能\n企业', [0xe4, 0xb8], '100家。'),
    });
    expect(articles[0]!.original).toBe('---\ndate: 2025\n---\n上海\uFFFD人工智能\n企业\uFFFD100家。');
    expect(warnings).toEqual([
      {
        file: 'a.txt',
        line: 4,
        message: expect.stringMatching(/^2 invalid UTF-8 byte sequences replaced with U\+FFFD, at byte 25 \(line 4\), 45 \(line 5\)/),
      },
    ]);
  });

  it('UTF-16 LE and BE with a byte-order mark are decoded and read', () => {
    const leText = article(ENTERPRISES, 'title: LE\ndate: 2025-06-30');
    const beText = article(ENTERPRISES.replace('520', '530'), 'title: BE\ndate: 2025-07-01');
    const le = Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(leText, (c) => c.charCodeAt(0)).buffer)]);
    const be = Uint8Array.from([0xfe, 0xff, ...[...beText].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    const loaded = load({ 'le.txt': le, 'be.txt': be });
    expect(loaded.articles.map((a) => [a.file, a.encoding, a.original, a.title])).toEqual([
      ['be.txt', 'utf-16be', beText, 'BE'],
      ['le.txt', 'utf-16le', leText, 'LE'],
    ]);
    expect(loaded.warnings).toEqual([]);
    const data = extract({ 'le.txt': le, 'be.txt': be });
    expect(data.documents.map((d) => d.encoding)).toEqual(['utf-16be', 'utf-16le']);
    expect(
      data.facts
        .filter((f) => f.metric === 'ai_enterprises_above_scale')
        .map((f) => f.value)
        .sort(),
    ).toEqual([520, 530]);
  });

  it('a UTF-16 file with a lone surrogate: replaced and warned about', () => {
    const units = [...'---\ndate: 2025\n---\n上海']
      .map((c) => c.charCodeAt(0))
      .concat(
        [0xd800],
        [...'100家。'].map((c) => c.charCodeAt(0)),
      );
    const le = Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(units).buffer)]);
    const { articles, warnings } = load({ 'a.txt': le });
    expect(articles[0]!.original).toContain('上海\uFFFD100家');
    expect(warnings).toEqual([{ file: 'a.txt', line: 4, message: expect.stringContaining('1 invalid UTF-16LE code unit replaced') }]);
  });

  it('GB18030 only when UTF-8 fails broadly: a GB18030 article is decoded and read, with a warning', () => {
    const gb = toGb18030(article(ENTERPRISES));
    expect(new TextDecoder('gb18030').decode(gb)).toBe(article(ENTERPRISES));
    const data = extract({ 'gb.txt': gb });
    expect(data.documents[0]!.encoding).toBe('gb18030');
    expect(data.warnings).toEqual([
      {
        file: 'gb.txt',
        line: null,
        message: expect.stringMatching(/^not UTF-8 \(\d+ invalid sequences in \d+ bytes\); decoded as GB18030$/),
      },
    ]);
    expect(data.series).toContainEqual(
      expect.objectContaining({
        metric: 'ai_enterprises_above_scale',
        points: [expect.objectContaining({ value: 520, period: '2025-06' })],
      }),
    );
  });

  it('a binary file (NUL bytes) is skipped with a warning that says so, not "no publication date"', () => {
    const { articles, warnings, errors } = load({ 'img.txt': bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR') });
    expect([articles, errors]).toEqual([[], []]);
    expect(warnings).toEqual([
      { file: 'img.txt', line: null, message: 'a binary file, not text (a NUL byte at byte 8; UTF-16 needs a byte-order mark), skipped' },
    ]);
  });

  it('a file of control codes with no NUL byte is not text either', () => {
    const { articles, warnings, errors } = load({ 'x.txt': Uint8Array.from({ length: 200 }, (_, i) => 1 + (i % 8)) });
    expect([articles, errors]).toEqual([[], []]);
    expect(warnings[0]).toMatchObject({
      file: 'x.txt',
      line: null,
      message: expect.stringMatching(/^a binary file, not text \(100% of it is control codes/),
    });
  });

  it('counts invalid UTF-8 sequences exactly as TextDecoder replaces them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (raw) => {
        const b = raw.map((x) => (x === 0xbd ? 0xbc : x)); // no genuine U+FFFD (EF BF BD) in the input
        const replaced = [...new TextDecoder().decode(b)].filter((c) => c === '\uFFFD').length;
        expect(findInvalidUtf8(b).count).toBe(replaced);
      }),
      { numRuns: 2000 },
    );
  });

  it('a mostly-ASCII file with one bad byte stays UTF-8 (it is not GB18030)', () => {
    const d = decodeText(bytes('---\ndate: 2025\n---\nShanghai has 520 AI firms.', [0x81]));
    expect(d).toMatchObject({ ok: true, encoding: 'utf-8', replacedCount: 1 });
  });
});

describe('publication dates are real calendar dates', () => {
  it('2024-02-31 in front matter is rejected naming the file and the line of date:', () => {
    const { articles, errors } = load({ 'a.txt': article(ENTERPRISES, 'title: 标题\ndate: 2024-02-31') });
    expect(articles).toEqual([]);
    expect(errors).toEqual([{ file: 'a.txt', line: 3, message: 'date "2024-02-31" is not a real date: February 2024 has 29 days' }]);
  });

  it('2024-13-45 is an invalid date, not "no publication date"', () => {
    const { errors } = load({ 'a.txt': article(ENTERPRISES, 'date: "2024-13-45"') });
    expect(errors).toEqual([{ file: 'a.txt', line: 2, message: 'date "2024-13-45" is not a real date: there is no month 13' }]);
  });

  it('an invalid date in the manifest names sources.yaml and its line, once', () => {
    const { errors } = load({ 'a.txt': ENTERPRISES, 'sources.yaml': 'a.txt:\n  title: 标题\n  published: "2023-02-29"\n' });
    expect(errors).toEqual([
      { file: 'sources.yaml', line: 3, message: 'entry for a.txt: published "2023-02-29" is not a real date: February 2023 has 28 days' },
    ]);
  });

  it('a date that is no date at all says so, with its line', () => {
    const { errors } = load({ 'a.txt': article(ENTERPRISES, 'title: x\noutlet: y\ndate: 昨天') });
    expect(errors).toEqual([{ file: 'a.txt', line: 4, message: 'date "昨天" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)' }]);
  });

  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['1900-02-29', null],
    ['2025-04-31', null],
    ['2025-04-30', '2025-04-30'],
    ['2025-00', null],
    ['2025-12-00', null],
    ['2025年2月29日', null],
    ['2025/12/31 23:59', '2025-12-31'],
  ])('%s → %s', (input, expected) => {
    expect(parsePublished(input)).toBe(expected);
  });

  it('the reason names the problem', () => {
    expect(tryParsePublished('2025-04-31')).toEqual({
      ok: false,
      reason: '"2025-04-31" is not a real date: April 2025 has 30 days',
      problem: { kind: 'noDay', shown: '"2025-04-31"', year: 2025, month: 4, days: 30 },
    });
  });
});

describe('a value outside any sane range', () => {
  it('a number too long for a double is dropped with a warning naming file:line; the run still validates', () => {
    const data = extract({ 'a.txt': article(`上海人工智能产业规模达${'9'.repeat(400)}亿元。\n${ENTERPRISES}`) });
    expect(data.facts.every((f) => Number.isFinite(f.value))).toBe(true);
    expect(data.facts.map((f) => f.value)).toContain(520);
    expect(data.warnings).toEqual([
      { file: 'a.txt', line: 5, message: `the figure "${'9'.repeat(40)}…" is too long to be a number; dropped` },
    ]);
  });

  it('an absurdly large value (above 1e16 yuan) is dropped with a warning', () => {
    const data = extract({ 'a.txt': article(`上海人工智能产业规模达1${'0'.repeat(20)}亿元。`) });
    expect(data.facts).toEqual([]);
    expect(data.warnings).toEqual([
      { file: 'a.txt', line: 5, message: expect.stringContaining('reads as 1e+28 CNY, more than 10000000000000000') },
    ]);
  });

  it.each([
    [Infinity, 'CNY', false],
    [NaN, 'items', false],
    [2e16, 'CNY', false],
    [1.2e20, 'FLOPS', true],
    [3.65e15, 'CNY', true],
    [-3, 'items', false],
    [-5, 'percent', true],
    [0, 'persons', true],
  ] as const)('%s %s is sane: %s', (value, unit, sane) => {
    expect(checkValue(value, unit).ok).toBe(sane);
  });

  it('a record the schema still rejects is named by file and line, not only by its index', () => {
    const file = extractSeedsFile();
    const i = 3;
    const reason = locateFailure(file, `facts.${i}.value: Invalid input`);
    const doc = file.documents.find((d) => d.id === file.facts[i]!.doc)!;
    expect(reason).toBe(`${doc.file}:${file.facts[i]!.source.line}: facts.${i}.value: Invalid input`);
  });
});

describe('duplicate articles', () => {
  it('an identical copy is reported and read once', () => {
    const text = article(ENTERPRISES);
    const data = extract({ 'a.txt': text, 'z-copy.txt': text });
    expect(data.documents.map((d) => d.file)).toEqual(['a.txt']);
    expect(data.warnings).toEqual([
      { file: 'z-copy.txt', line: null, message: 'duplicate article: the same bytes as a.txt; read once, as a.txt' },
    ]);
    expect(data.facts.filter((f) => f.value === 520)).toHaveLength(1);
  });

  it('the same title and date with different bytes (a re-saved copy) is reported and read once', () => {
    const { articles, warnings } = load({ 'a.txt': article(ENTERPRISES), 'b.md': article(`${ENTERPRISES}\n`) });
    expect(articles.map((a) => a.file)).toEqual(['a.txt']);
    expect(warnings).toEqual([
      { file: 'b.md', line: null, message: 'duplicate article: the same title and date as a.txt (2025-06-30); read once, as a.txt' },
    ]);
  });

  it('the same title on another date is another article', () => {
    const { articles, warnings } = load({ 'a.txt': article(ENTERPRISES), 'b.txt': article(ENTERPRISES, 'title: 标题\ndate: 2025-07-01') });
    expect([articles.length, warnings]).toEqual([2, []]);
  });

  it('two files that would be the same article id are an error naming both', () => {
    const { errors } = load({ 'a.txt': article(ENTERPRISES), 'a.md': article(ENTERPRISES, 'title: 另一篇\ndate: 2025') });
    expect(errors).toEqual([{ file: 'a.txt', line: null, message: 'a.md and a.txt would both be article a; rename one' }]);
  });
});

describe('URLs other than http(s)', () => {
  it('url: javascript:… in front matter is dropped with a warning naming its line', () => {
    const { articles, warnings } = load({ 'a.txt': article(ENTERPRISES, 'title: t\ndate: 2025\nurl: "javascript:alert(1)"') });
    expect(articles[0]!.url).toBeNull();
    expect(warnings).toEqual([{ file: 'a.txt', line: 4, message: 'url "javascript:alert(1)" is not an http(s) address; dropped' }]);
  });

  it('source: data:… is dropped too, not kept as the outlet; an http(s) source is the url', () => {
    const { articles, warnings } = load({
      'a.txt': article(ENTERPRISES, 'date: 2025\nsource: "data:text/html,<script>alert(1)</script>"'),
      'b.txt': article(ENTERPRISES, 'title: b\ndate: 2025\nsource: https://example.org/b'),
    });
    expect(articles.map((a) => [a.url, a.outlet])).toEqual([
      [null, null],
      ['https://example.org/b', null],
    ]);
    expect(warnings).toEqual([
      { file: 'a.txt', line: 3, message: expect.stringMatching(/^source "data:text\/html,.*" is not an http\(s\) address; dropped$/) },
    ]);
  });

  it('a non-http(s) url in the manifest is dropped with a warning naming sources.yaml and its line', () => {
    const { articles, warnings } = load({
      'a.txt': ENTERPRISES,
      'sources.yaml': 'a.txt:\n  published: "2025"\n  url: "file:///etc/passwd"\n',
    });
    expect(articles[0]!.url).toBeNull();
    expect(warnings).toEqual([
      { file: 'sources.yaml', line: 3, message: 'entry for a.txt: url "file:///etc/passwd" is not an http(s) address; dropped' },
    ]);
  });

  it('an outlet name with a colon and a space is a name, kept', () => {
    const { articles, warnings } = load({ 'a.txt': article(ENTERPRISES, 'date: 2025\nsource: "Xinhua: Shanghai bureau"') });
    expect([articles[0]!.outlet, warnings]).toEqual(['Xinhua: Shanghai bureau', []]);
  });
});

// The cases that already behaved: kept here so the matrix is complete (load.test.ts has them too).
describe('inputs that were already handled', () => {
  it('no front matter: the manifest dates it; without one it is an error naming the file', () => {
    expect(load({ 'a.txt': ENTERPRISES, 'sources.yaml': 'a.txt:\n  published: "2025-07"\n' }).articles[0]).toMatchObject({
      published: '2025-07',
    });
    expect(load({ 'a.txt': ENTERPRISES }).errors).toEqual([
      { file: 'a.txt', line: null, message: expect.stringContaining('no publication date') },
    ]);
  });

  it('malformed YAML in front matter or manifest: an error at its line', () => {
    expect(load({ 'a.txt': article(ENTERPRISES, 'title: ok\ndate: [2025') }).errors).toEqual([
      { file: 'a.txt', line: 4, message: expect.stringContaining('malformed front matter') },
    ]);
    expect(load({ 'a.txt': ENTERPRISES, 'sources.yaml': 'a.txt:\n  title: [x\n' }).errors[0]).toMatchObject({
      file: 'sources.yaml',
      line: expect.any(Number),
    });
    expect(load({ 'a.txt': '---\ntitle: x\n正文。' }).errors).toEqual([
      { file: 'a.txt', line: 1, message: expect.stringContaining('never closed') },
    ]);
  });

  it('an empty file, or front matter with no text, is skipped with a warning', () => {
    const { articles, warnings, errors } = load({ 'a.txt': '', 'b.txt': ' \n', 'c.txt': article('\n') });
    expect([articles, errors]).toEqual([[], []]);
    expect(warnings).toEqual([
      { file: 'a.txt', line: null, message: 'empty file, skipped' },
      { file: 'b.txt', line: null, message: 'empty file, skipped' },
      { file: 'c.txt', line: null, message: 'front matter but no article text, skipped' },
    ]);
  });

  it('an unreadable folder or file is an error naming it', () => {
    const io: SeedIo = {
      list: () => {
        throw new Error('EACCES: permission denied');
      },
      read: () => enc(''),
    };
    expect(loadSeeds('nowhere', io).errors).toEqual([
      { file: 'nowhere', line: null, message: 'cannot read the seeds folder: EACCES: permission denied' },
    ]);
    const unreadable: SeedIo = {
      list: () => ['a.txt', 'sources.yaml'],
      read: () => {
        throw new Error('EACCES: permission denied');
      },
    };
    expect(loadSeeds('s', unreadable).errors).toEqual([
      { file: 'sources.yaml', line: null, message: 'cannot read: EACCES: permission denied' },
      { file: 'a.txt', line: null, message: 'cannot read: EACCES: permission denied' },
    ]);
  });
});

describe('the command: messages name file and line, never a stack trace; a failed run keeps the previous data', () => {
  const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
  const CLI = join(ROOT, 'src', 'extract', 'cli.ts');
  const work = mkdtempSync(join(tmpdir(), 'extract-bad-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(TSX, [CLI, ...args], { encoding: 'utf8' });
  /** Every line is `warning: FILE[:LINE]: …`, `error: …`, the summary or the usage; none is a stack frame. */
  const plainLines = (stderr: string): void => {
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toMatch(/RangeError|TypeError|Error:/);
  };

  it('--out naming an existing file: a clear error, nothing written', () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'keep me');
    const r = run('--seeds', join(ROOT, 'seeds'), '--out', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `error: --out ${file} is a file; it must name a folder (metrics.json is written inside it)\nextract: nothing written\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('an unknown option: the usage, no stack trace', () => {
    const r = run('--output', work);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: Unknown option '--output'.*\nusage: npm run extract/s);
    plainLines(r.stderr);
  });

  it('bad inputs: warnings and errors each name file:line, exit 1, the previous metrics.json untouched', () => {
    const seeds = join(work, 'seeds');
    const out = join(work, 'out');
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'a.txt'), article(ENTERPRISES));
    expect(run('--seeds', seeds, '--out', out).status).toBe(0);
    const before = readFileSync(join(out, 'metrics.json'));

    writeFileSync(join(seeds, 'b.txt'), article(ENTERPRISES, 'title: b\ndate: 2024-02-31'));
    writeFileSync(join(seeds, 'c.txt'), bytes('PK', [3, 4, 0, 0]));
    writeFileSync(join(seeds, 'd.txt'), article(`产业规模达${'9'.repeat(400)}亿元。`, 'title: d\ndate: 2025\nurl: "javascript:alert(1)"'));
    const r = run('--seeds', seeds, '--out', out);
    expect(r.status).toBe(1);
    const dir = seeds; // outside the working folder: shown as an absolute path
    expect(r.stderr.split('\n')).toEqual([
      `warning: ${dir}/c.txt: a binary file, not text (a NUL byte at byte 4; UTF-16 needs a byte-order mark), skipped`,
      `warning: ${dir}/d.txt:4: url "javascript:alert(1)" is not an http(s) address; dropped`,
      `error: ${dir}/b.txt:3: date "2024-02-31" is not a real date: February 2024 has 29 days`,
      `extract: nothing written; ${out}/metrics.json left as it was`,
      '',
    ]);
    plainLines(r.stderr);
    expect(readFileSync(join(out, 'metrics.json')).equals(before)).toBe(true);
    expect(existsSync(join(out, `metrics.json.tmp-${r.pid}`))).toBe(false);

    rmSync(join(seeds, 'b.txt'));
    const ok = run('--seeds', seeds, '--out', out);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain(`warning: ${dir}/d.txt:6: the figure "${'9'.repeat(40)}…" is too long to be a number; dropped`);
    plainLines(ok.stderr);
  }, 30_000);
});

describe('app side: where those cases are tested', () => {
  // [case, test file, the test's name as written there]
  const elsewhere: Array<[string, string, string]> = [
    [
      'XSS in a title or quote (rendered as text)',
      'tests/features/dashboard.test.tsx',
      'shows KPIs with their qualifier and source, and the coverage',
    ],
    [
      'XSS in a title or quote, in Chromium',
      'tests/e2e/badInput.e2e.test.ts',
      'markup in a title or quote is shown as text and never runs',
    ],
    ['CSV formula injection', 'tests/core/exportRows.test.ts', 'escapes text cells that would run as formulas; numbers stay numbers'],
    ['CSV formula injection, in Chromium', 'tests/e2e/export.e2e.test.ts', 'a quote that begins with = is escaped, numbers stay numbers'],
    ['bad URL parameters', 'tests/store/url.test.ts', 'invalid years fall back to defaults'],
    ['bad URL parameters, in the app', 'tests/features/dashboard.test.tsx', 'invalid parameters fall back to defaults'],
    ['a missing, invalid or wrong-shape data file', 'tests/app/loadData.test.ts', 'a missing data file (404)'],
    ['a wrong-shape data file, field by field', 'tests/schema/metricsFile.test.ts', 'rejects %s with a reason'],
    ['the data file error on screen', 'tests/features/dashboard.test.tsx', 'shows a loading state, then a clear error naming the file'],
    [
      'a missing, invalid or wrong-shape data file, in Chromium',
      'tests/e2e/badInput.e2e.test.ts',
      'a missing, invalid or wrong-shape data file shows a clear error',
    ],
    // Known to fail today (about 150 s in Chromium): kept as `it.fails`; see the comment there.
    ['a 20 MB data file', 'tests/e2e/badInput.e2e.test.ts', 'a 20 MB data file loads, or shows a clear error'],
  ];
  it.each(elsewhere)('%s: %s', (_case, file, name) => {
    const source = existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), 'utf8') : '';
    expect(source.includes(name), `${file} has no test named "${name}"`).toBe(true);
  });
});
