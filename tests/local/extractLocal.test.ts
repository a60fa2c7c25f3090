/**
 * An article added in the browser is read by the build step's own code: for every seed article, the browser's
 * path (an in-memory folder, the catalogue and gazetteer bundled as JSON) gives exactly the build's facts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLocal } from '../../src/local/extractLocal';
import { withFrontMatter } from '../../src/local/frontMatter';
import { mergeLocal } from '../../src/local/merge';
import { TAKEN_OFF } from '../../src/extract/readerChoices';
import type { MetricsFile } from '../../src/schema/metricsFile';
import { extractSeedsFile, ROOT } from '../extract/helpers';

const build = extractSeedsFile();
const seedFiles = readdirSync(join(ROOT, 'seeds')).filter((n) => /\.(txt|md)$/.test(n) && !/^(README|SOURCES)\.md$/.test(n));

describe('extraction in the browser', () => {
  it.each(seedFiles)('gives the build step’s facts and unread tokens for %s', (file) => {
    const id = file.replace(/\.[^.]+$/, '');
    const manifest = readFileSync(join(ROOT, 'seeds', 'sources.yaml'), 'utf8');
    const r = extractLocal([{ id, file, original: readFileSync(join(ROOT, 'seeds', file), 'utf8') }], manifest);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.data.facts).toEqual(build.facts.filter((f) => f.doc === id));
    expect(r.data.unread).toEqual(build.unread.filter((u) => u.doc === id));
    expect(r.data.facts.length).toBeGreaterThan(0);
  });

  it('reports what the loader refuses, naming the line, and reads no article without a date', () => {
    const r = extractLocal([{ id: 'local-x', original: '---\ntitle: [broken\n---\n正文2024年企业100家。' }]);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toMatchObject({ file: 'local-x.md', line: expect.any(Number), message: expect.stringContaining('front matter') });
    const undated = extractLocal([{ id: 'local-y', original: '2024年，上海人工智能企业超过1000家。' }]);
    expect(undated.ok).toBe(false);
    if (!undated.ok) expect(undated.errors[0]?.message).toContain('no publication date');
  });

  it('writes front matter the loader reads back: title, date, outlet and address, the text after it as given', () => {
    const original = withFrontMatter('---\ntitle: old\n---\n\n2024年，上海人工智能企业超过1000家。', {
      title: 'A title: with a colon',
      published: '2025-03-01',
      url: 'https://example.com/a?b=1',
      outlet: '新华网',
    });
    expect(original.endsWith('\n2024年，上海人工智能企业超过1000家。')).toBe(true);
    const r = extractLocal([{ id: 'local-z', original }]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.data.documents[0]).toMatchObject({
      id: 'local-z',
      title: 'A title: with a colon',
      published: '2025-03-01',
      url: 'https://example.com/a?b=1',
      outlet: '新华网',
    });
    const fact = r.data.facts.find((f) => f.text === '超过1000家')!;
    expect(original.slice(fact.start, fact.end)).toBe('超过1000家');
  });
});

describe('figures the reader took off the charts', () => {
  it('are listed in the front matter, and the build step leaves them off too, with the reason', () => {
    const original = withFrontMatter('2024年，上海人工智能企业超过2000家，人工智能产业规模超过4500亿元。', {
      title: '读者移出',
      published: '2025-03-01',
      url: null,
      outlet: null,
      notCharted: ['超过4500亿元'],
    });
    expect(original).toContain('not_charted:\n  - 超过4500亿元\n');
    const r = extractLocal([{ id: 'local-n', original }]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.data.facts.find((f) => f.text === '超过4500亿元')).toMatchObject({ metric: null, reason: TAKEN_OFF });
    expect(r.data.facts.find((f) => f.text === '超过2000家')?.metric).toBe('ai_enterprises');
    expect(r.data.series.flatMap((x) => x.points.map((p) => p.value))).toEqual([2000]);
  });
  it('a not_charted that is not a list of figures is ignored, with a warning at its line', () => {
    const r = extractLocal([
      { id: 'local-w', original: '---\ntitle: t\ndate: "2025-03-01"\nnot_charted: 12\n---\n2024年，上海人工智能企业超过2000家。' },
    ]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.warnings).toEqual([{ file: 'local-w.md', line: 4, message: 'not_charted is not a list of figures as written; ignored' }]);
    expect(r.data.series).toHaveLength(1);
  });
});

describe('joining added articles to the site’s data', () => {
  const local = (): MetricsFile => {
    const r = extractLocal([
      {
        id: 'local-a',
        original: withFrontMatter('2026年一季度，上海人工智能企业超过2000家，人工智能产业规模超过5000亿元。', {
          title: '测试文章',
          published: '2026-04-10',
          url: null,
          outlet: null,
        }),
      },
    ]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };

  it('adds the points to the series the site has, and the documents, facts and unread tokens', () => {
    const added = local();
    const merged = mergeLocal(build, added);
    const scale = merged.series.find((s) => s.metric === 'ai_industry_scale' && s.geo === 'shanghai' && s.place === undefined)!;
    const before = build.series.find((s) => s.metric === 'ai_industry_scale' && s.geo === 'shanghai' && s.place === undefined)!;
    expect(scale.points.length).toBe(before.points.length + 1);
    expect(scale.points.at(-1)).toMatchObject({ period: '2026-Q1', value: 5e11, source: { doc: 'local-a' } });
    expect(merged.documents.length).toBe(build.documents.length + 1);
    expect(merged.facts.length).toBe(build.facts.length + added.facts.length);
    // The site's own data is untouched.
    expect(before.points.some((p) => p.source.doc === 'local-a')).toBe(false);
  });

  it('keeps a figure taken off the charts in the facts, off the charts, with the reason', () => {
    const r = extractLocal([
      {
        id: 'local-a',
        original: withFrontMatter('2026年一季度，上海人工智能企业超过2000家，人工智能产业规模超过5000亿元。', {
          title: '测试文章',
          published: '2026-04-10',
          url: null,
          outlet: null,
          notCharted: ['超过5000亿元'],
        }),
      },
    ]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const merged = mergeLocal(build, r.data);
    const dropped = r.data.facts.find((f) => f.text === '超过5000亿元')!;
    expect(merged.series.some((s) => s.points.some((p) => p.fact === dropped.id))).toBe(false);
    expect(merged.facts.find((f) => f.id === dropped.id)).toMatchObject({ metric: null, reason: TAKEN_OFF });
    expect(merged.series.some((s) => s.metric === 'ai_enterprises' && s.points.some((p) => p.source.doc === 'local-a'))).toBe(true);
  });

  it('lists a disagreement with a site figure as a conflict', () => {
    const site = build.series.find((s) => s.metric === 'ai_industry_scale' && s.geo === 'shanghai' && s.place === undefined)!;
    const p = site.points.find((x) => x.period === '2023' && x.status === 'actual')!;
    const r = extractLocal([
      {
        id: 'local-b',
        original: withFrontMatter('2023年，上海人工智能产业规模达到9999亿元。', {
          title: '不同的数字',
          published: '2024-01-05',
          url: null,
          outlet: null,
        }),
      },
    ]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const merged = mergeLocal(build, r.data);
    const conflict = merged.conflicts.find((c) => c.metric === 'ai_industry_scale' && c.period === '2023' && c.geo === 'shanghai')!;
    expect(conflict.facts).toContain(p.fact);
    expect(conflict.values).toContain(9.999e11);
  });
});
