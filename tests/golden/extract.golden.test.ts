/**
 * Golden test over seeds/: the whole metrics.json must equal tests/golden/metrics.expected.json.
 * On a mismatch it writes tests/golden/metrics-changed.json beside it and fails; review the diff
 * and, if the change is right, copy it over the expected file by hand. It never overwrites.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSeedsFile } from '../extract/helpers';

const EXPECTED = join(__dirname, 'metrics.expected.json');
const CHANGED = join(__dirname, 'metrics-changed.json');

describe('golden: seeds/ → metrics.json', () => {
  it('matches the reviewed expected output', () => {
    const actual = `${JSON.stringify(extractSeedsFile(), null, 2)}\n`;
    const expected = readFileSync(EXPECTED, 'utf8');
    if (actual !== expected) {
      writeFileSync(CHANGED, actual);
      expect.fail(`extraction output changed: compare ${CHANGED} with ${EXPECTED}`);
    }
  });
});
