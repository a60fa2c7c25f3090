import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'src', 'extract', 'cli.ts');
const work = mkdtempSync(join(tmpdir(), 'extract-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(seeds: string, out: string) {
  return spawnSync(TSX, [CLI, '--seeds', seeds, '--out', out], { encoding: 'utf8' });
}

describe('npm run extract -- --seeds DIR --out DIR', () => {
  const seeds = join(work, 'seeds');
  const out = join(work, 'out');
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });

  it('writes DIR/metrics.json and a summary on stderr', () => {
    const r = run(seeds, out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /5 articles read \(5 zh-Hans\), \d+ quantities found, \d+ mapped to a metric, \d+ points charted, \d+ mapped but undated \(not charted\), \d+ unmapped, \d+ conflicts/,
    );
    expect(r.stderr).toMatch(/not charted, by reason:\n {2}\d+ × /);
    expect(r.stderr).toMatch(/ai_industry_scale: \d+/);
    expect(JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8')).documents).toHaveLength(5);
  });

  it('running it twice gives byte-identical output', () => {
    const first = readFileSync(join(out, 'metrics.json'));
    expect(run(seeds, out).status).toBe(0);
    expect(readFileSync(join(out, 'metrics.json')).equals(first)).toBe(true);
  });

  it('a bad article fails with file and line, and leaves the previous data untouched', () => {
    const before = readFileSync(join(out, 'metrics.json'));
    writeFileSync(join(seeds, 'zz_bad.txt'), '---\ntitle: 坏\ndate: [oops\n---\n正文100家。');
    const r = run(seeds, out);
    rmSync(join(seeds, 'zz_bad.txt'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/zz_bad\.txt:\d+: malformed front matter/);
    expect(r.stderr).toContain('left as it was');
    expect(readFileSync(join(out, 'metrics.json')).equals(before)).toBe(true);
  });

  it('an article with no date fails naming the file', () => {
    writeFileSync(join(seeds, 'zz_nodate.txt'), '上海人工智能企业100家。');
    const r = run(seeds, out);
    rmSync(join(seeds, 'zz_nodate.txt'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/zz_nodate\.txt: no publication date/);
  });

  it('a new article with only front matter is read without a manifest entry', () => {
    const dir = join(work, 'fresh');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'new.md'),
      '---\ntitle: 新文章\ndate: 2025-09-30\noutlet: 测试报\n---\n\n截至2025年6月底,本市规模以上人工智能企业达到520家。',
    );
    const r = run(dir, join(work, 'fresh-out'));
    expect(r.status).toBe(0);
    const data = JSON.parse(readFileSync(join(work, 'fresh-out', 'metrics.json'), 'utf8'));
    expect(data.documents[0]).toMatchObject({ id: 'new', title: '新文章', outlet: '测试报', published: '2025-09-30' });
    expect(data.series).toContainEqual(expect.objectContaining({ metric: 'ai_enterprises_above_scale', geo: 'shanghai' }));
  });

  it('an unreadable seeds folder fails', () => {
    const r = run(join(work, 'does-not-exist'), out);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/cannot read the seeds folder/);
  });
});

describe('npm run extract: the bundled CLI run by node', () => {
  it('is bundled when missing or stale, and writes the same bytes as the TypeScript source', () => {
    const fromSource = join(work, 'source-out');
    const fromBundle = join(work, 'bundle-out');
    expect(run(join(ROOT, 'seeds'), fromSource).status).toBe(0);
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'extract.mjs'), '--seeds', join(ROOT, 'seeds'), '--out', fromBundle], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/5 articles read/);
    expect(readFileSync(join(fromBundle, 'metrics.json')).equals(readFileSync(join(fromSource, 'metrics.json')))).toBe(true);
  }, 60_000);

  it('reads on several threads to the same bytes as on one (Chinese, traditional and English articles)', () => {
    const many = join(work, 'many');
    mkdirSync(many);
    for (const set of ['devset49', 'devset61', 'devset68']) cpSync(join(ROOT, 'tests', set, 'articles'), many, { recursive: true });
    const extract = (threads: number, out: string) =>
      spawnSync(process.execPath, [join(ROOT, 'scripts', 'extract.mjs'), '--seeds', many, '--out', out], {
        encoding: 'utf8',
        env: { ...process.env, EXTRACT_THREADS: String(threads) },
      });
    const one = extract(1, join(work, 'one-thread'));
    const three = extract(3, join(work, 'three-threads'));
    expect([one.status, three.status]).toEqual([0, 0]);
    expect(three.stderr).toMatch(/articles read on 3 threads/);
    expect(one.stderr).not.toMatch(/threads/);
    const written = readFileSync(join(work, 'three-threads', 'metrics.json'));
    expect(JSON.parse(written.toString('utf8')).documents.length).toBeGreaterThan(30);
    expect(written.equals(readFileSync(join(work, 'one-thread', 'metrics.json')))).toBe(true);
  }, 60_000);
});
