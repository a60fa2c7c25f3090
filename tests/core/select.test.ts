import { describe, expect, it } from 'vitest';
import { selectFacts, selectYearBounds } from '../../src/core/select';
import { extractSeedsFile } from '../extract/helpers';

const data = extractSeedsFile();

describe('the facts in a view', () => {
  it('a range at the end of the charted years takes in figures beyond it (a target for 2035)', () => {
    const { min, max } = selectYearBounds(data, 2026);
    const beyond = data.facts.filter((f) => f.period !== null && Number(f.period.slice(0, 4)) > max);
    expect(beyond.length).toBeGreaterThan(0);
    const ids = (from: number, to: number) => new Set(selectFacts(data, { from, to, district: 'shanghai' }).map((f) => f.id));
    for (const f of beyond) {
      expect(ids(min, max).has(f.id)).toBe(true);
      expect(ids(min, max - 1).has(f.id)).toBe(false);
    }
    // Inside the range nothing changes: a figure of the last year is in, one of a year cut off is out.
    const last = data.facts.find((f) => f.period?.startsWith(String(max)))!;
    expect(ids(min, max).has(last.id)).toBe(true);
    expect(ids(min, max - 1).has(last.id)).toBe(false);
  });
});
