import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unreadReasonLabel } from '../../src/i18n/unreadReasons';
import { UNREAD_REASONS } from '../../src/schema/unreadReasons';
import { extractFolder } from '../eval/score';
import { ROOT } from './helpers';

describe('reasons for unread tokens', () => {
  // Two development sets in three scripts (English, simplified and traditional Chinese), read as the build reads them.
  const unread = ['devset11', 'devset12'].flatMap((set) => extractFolder(join(ROOT, 'tests', set)).unread);
  const known = new Set<string>(Object.values(UNREAD_REASONS));

  it('every reason the extractor gives is one the app can name in both languages', () => {
    expect(unread.length).toBeGreaterThan(20);
    expect(unread.filter((u) => !known.has(u.reason)).map((u) => u.reason)).toEqual([]);
    expect(new Set(unread.map((u) => u.reason)).size).toBeGreaterThanOrEqual(3);
  });

  it('shows each reason in Chinese in the Chinese view and as written in the English one', () => {
    for (const reason of known) {
      expect(unreadReasonLabel(reason, 'en')).toBe(reason);
      expect(unreadReasonLabel(reason, 'zh')).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(unreadReasonLabel(UNREAD_REASONS.bareNumber, 'zh')).toBe('无单位：单独的数字');
    expect(unreadReasonLabel('a reason from a newer extractor', 'zh')).toBe('a reason from a newer extractor');
  });
});
