import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import type { DocumentRecord, Fact } from '../../src/schema/metricsFile';
import { filtersLine, mapLegend, sourcesLines } from '../../src/ui/exportFrame';

const doc = (id: string, title: string): DocumentRecord => ({
  id,
  file: `${id}.txt`,
  title,
  outlet: '新华网',
  published: '2025-03-01',
  url: null,
  lang: 'zh-Hans',
  encoding: 'utf-8',
  sha256: '0'.repeat(64),
});

describe('the sources under an exported figure', () => {
  it('name an article the reader added in this browser as such', () => {
    const facts = new Map([
      ['a', { doc: 'site' } as Fact],
      ['b', { doc: 'local-x' } as Fact],
    ]);
    const documents = new Map([
      ['site', doc('site', '站点文章')],
      ['local-x', doc('local-x', '本地文章')],
    ]);
    expect(sourcesLines(['a', 'b'], facts, documents, messages('en'), new Set(['local-x']))).toEqual([
      'Source: 本地文章 (新华网, 2025-03-01, added here)',
      'Source: 站点文章 (新华网, 2025-03-01)',
    ]);
  });
});

describe("the map's key in an exported figure", () => {
  it('says what the shades count, in the reader’s language', () => {
    expect(mapLegend(messages('zh'), 'facts')).toContain('着色：图表中的数字数');
    expect(mapLegend(messages('en'), 'enterprises')).toContain('Shaded by: latest enterprise count (where given)');
  });
});

describe('the filters line of an exported figure', () => {
  it('names the whole city as the whole city, not as a district; a district as a district', () => {
    const all = { from: 2018, to: 2025, district: 'shanghai' as const };
    expect(filtersLine(all, 'en', messages('en'))).toBe('Years 2018–2025 · Shanghai · Whole city');
    expect(filtersLine({ ...all, district: 'xuhui' }, 'en', messages('en'))).toBe('Years 2018–2025 · District Xuhui');
    expect(filtersLine(all, 'zh', messages('zh'))).not.toContain(`${messages('zh').district} 上海`);
  });
});
