/**
 * Golden test over seeds/: the whole metrics.json must equal tests/golden/metrics.expected.json.
 * On a mismatch it writes tests/golden/metrics-changed.json beside it and fails; review the diff
 * and, if the change is right, copy it over the expected file by hand. It never overwrites.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/extract/load';
import { buildMetricsFile } from '../../src/extract/pipeline';
import { catalogue, gazetteer, ROOT } from '../extract/helpers';

const EXPECTED = join(__dirname, 'metrics.expected.json');
const CHANGED = join(__dirname, 'metrics-changed.json');

export function extractSeeds() {
  const seeds = join(ROOT, 'seeds');
  const loaded = loadSeeds(seeds, { list: (d) => readdirSync(d), read: (d, n) => readFileSync(join(d, n)) });
  expect(loaded.errors).toEqual([]);
  const result = buildMetricsFile({ articles: loaded.articles, catalogue, gazetteer, warnings: loaded.warnings });
  if (!result.ok) throw new Error(result.reason);
  return result.data;
}

describe('golden: seeds/ → metrics.json', () => {
  it('matches the reviewed expected output', () => {
    const actual = `${JSON.stringify(extractSeeds(), null, 2)}\n`;
    const expected = readFileSync(EXPECTED, 'utf8');
    if (actual !== expected) {
      writeFileSync(CHANGED, actual);
      expect.fail(`extraction output changed: compare ${CHANGED} with ${EXPECTED}`);
    }
  });
});
