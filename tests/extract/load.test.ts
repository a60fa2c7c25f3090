import { describe, expect, it } from 'vitest';
import { loadSeeds, parsePublished, type SeedIo } from '../../src/extract/load';
import { enc, folder } from './memoryFolder';

describe('loading a seeds folder', () => {
  it('reads front matter: title, date, source url, outlet', () => {
    const { articles, errors } = loadSeeds(
      's',
      folder({
        'a.txt': '---\ntitle: "标题"\ndate: "2025-02-08 10:17:10"\nsource: https://example.org/a\noutlet: 某报\n---\n\n正文。',
      }),
    );
    expect(errors).toEqual([]);
    expect(articles[0]).toMatchObject({
      id: 'a',
      title: '标题',
      published: '2025-02-08',
      url: 'https://example.org/a',
      outlet: '某报',
      date: { year: 2025, month: 2 },
    });
  });

  it('takes metadata from the manifest when the file has none', () => {
    const { articles } = loadSeeds(
      's',
      folder({
        'b.txt': '正文100家。',
        'sources.yaml': 'b.txt:\n  title: 标题B\n  outlet: 青年报\n  published: "2024"\n',
      }),
    );
    expect(articles[0]).toMatchObject({ title: '标题B', outlet: '青年报', published: '2024', date: { year: 2024, month: null } });
  });

  it('an article with no date anywhere is an error naming the file', () => {
    const { errors, articles } = loadSeeds('s', folder({ 'c.txt': '正文100家。' }));
    expect(articles).toEqual([]);
    expect(errors).toEqual([{ file: 'c.txt', line: null, message: expect.stringContaining('no publication date') }]);
  });

  it('malformed front matter is an error with the file and line', () => {
    const { errors } = loadSeeds('s', folder({ 'd.txt': '---\ntitle: ok\ndate: [2025\n---\n正文。' }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'd.txt', message: expect.stringContaining('malformed front matter') });
    expect(errors[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('front matter that never closes is an error at line 1', () => {
    const { errors } = loadSeeds('s', folder({ 'e.txt': '---\ntitle: x\n正文。' }));
    expect(errors).toEqual([{ file: 'e.txt', line: 1, message: expect.stringContaining('never closed') }]);
  });

  it('GB18030 text is decoded, with a warning', () => {
    // "上海100家企业" in GB18030
    const gb = Uint8Array.from([0xc9, 0xcf, 0xba, 0xa3, 0x31, 0x30, 0x30, 0xbc, 0xd2, 0xc6, 0xf3, 0xd2, 0xb5]);
    const { articles, warnings } = loadSeeds('s', folder({ 'f.txt': gb, 'sources.yaml': 'f.txt:\n  published: "2025-01"\n' }));
    expect(articles[0]).toMatchObject({ original: '上海100家企业', encoding: 'gb18030' });
    expect(warnings).toEqual([{ file: 'f.txt', line: null, message: expect.stringContaining('GB18030') }]);
  });

  it('an empty file is skipped with a warning', () => {
    const { articles, warnings, errors } = loadSeeds('s', folder({ 'g.txt': '  \n' }));
    expect([articles, errors]).toEqual([[], []]);
    expect(warnings).toContainEqual({ file: 'g.txt', line: null, message: 'empty file, skipped' });
  });

  it('an unreadable folder is an error', () => {
    const io: SeedIo = {
      list: () => {
        throw new Error('EACCES: permission denied');
      },
      read: () => enc(''),
    };
    expect(loadSeeds('nowhere', io).errors).toEqual([{ file: 'nowhere', line: null, message: expect.stringContaining('EACCES') }]);
  });

  it('a malformed manifest is an error naming it and its line', () => {
    const { errors } = loadSeeds('s', folder({ 'h.txt': '正文。', 'sources.yaml': 'h.txt:\n  title: [x\n' }));
    expect(errors[0]).toMatchObject({ file: 'sources.yaml', message: expect.stringContaining('malformed manifest') });
    expect(errors[0]!.line).not.toBeNull();
  });

  it('ignores README.md, SOURCES.md and non-article files', () => {
    const { articles } = loadSeeds('s', folder({ 'README.md': '# x', 'SOURCES.md': '# y', 'notes.json': '{}' }));
    expect(articles).toEqual([]);
  });
});

describe('publication dates', () => {
  it.each([
    ['2025-02-08 10:17:10', '2025-02-08'],
    ['2025/2/8', '2025-02-08'],
    ['2025年2月8日', '2025-02-08'],
    ['2025-01', '2025-01'],
    ['2024', '2024'],
    [2024, '2024'],
    ['昨天', null],
    ['2025-13-01', null],
  ])('%s → %s', (input, expected) => {
    expect(parsePublished(input)).toBe(expected);
  });
});
