// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useHeldWhileAway } from '../../src/ui/useNearScreen';

describe('useHeldWhileAway', () => {
  it('follows the value while live, keeps the last live one while away, and catches up when live again', () => {
    const { result, rerender } = renderHook(({ value, live }) => useHeldWhileAway(value, live), {
      initialProps: { value: 'a', live: false },
    });
    // Never live yet: the first value.
    expect(result.current).toBe('a');
    rerender({ value: 'b', live: false });
    expect(result.current).toBe('a');
    rerender({ value: 'c', live: true });
    expect(result.current).toBe('c');
    rerender({ value: 'd', live: false });
    expect(result.current).toBe('c');
    rerender({ value: 'e', live: false });
    expect(result.current).toBe('c');
    rerender({ value: 'e', live: true });
    expect(result.current).toBe('e');
  });
});
