import { useEffect, useState } from 'react';

/**
 * What `run` resolves to, once it has; null before, and while `run` is null (nothing asked for yet). A result
 * that arrives after the component has gone, or for a `run` that has since been replaced, is dropped.
 */
export function useAsync<T>(run: (() => Promise<T>) | null): T | null {
  const [result, setResult] = useState<{ run: () => Promise<T>; value: T } | null>(null);
  useEffect(() => {
    if (!run) return;
    let live = true;
    void run().then((value) => {
      if (live) setResult({ run, value });
    });
    return () => {
      live = false;
    };
  }, [run]);
  return result !== null && result.run === run ? result.value : null;
}
