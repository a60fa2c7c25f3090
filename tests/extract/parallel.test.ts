import { describe, expect, it } from 'vitest';
import { MAX_THREADS, PARALLEL_FROM, runsOf, threadsFor } from '../../src/extract/parallel';

describe('reading on threads', () => {
  it('cuts the articles into runs in order, of about the same size', () => {
    const articles = [5, 1, 1, 1, 1, 1, 4, 2, 2, 2].map((n, i) => ({ id: String(i), original: 'x'.repeat(n) }));
    const runs = runsOf(articles, 3);
    expect(runs.flat().map((a) => a.id)).toEqual(articles.map((a) => a.id));
    expect(runs).toHaveLength(3);
    expect(runs.map((r) => r.reduce((s, a) => s + a.original.length, 0))).toEqual([7, 7, 6]);
    expect(runsOf(articles.slice(0, 2), 5).flat()).toHaveLength(2);
  });

  it('uses one thread for few articles or two cores, one per two cores otherwise, and what EXTRACT_THREADS asks', () => {
    expect(threadsFor(PARALLEL_FROM - 1, 16)).toBe(1);
    expect(threadsFor(500, 2)).toBe(1);
    expect(threadsFor(500, 4)).toBe(2);
    expect(threadsFor(500, 64)).toBe(MAX_THREADS);
    expect(threadsFor(500, 2, 3)).toBe(3);
    expect(threadsFor(2, 2, 3)).toBe(2);
    expect(threadsFor(500, 2, 0)).toBe(1);
  });
});
