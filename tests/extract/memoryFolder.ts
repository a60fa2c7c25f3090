/** An in-memory seeds folder for the loader's tests: file names → bytes or UTF-8 text. */
import type { SeedIo } from '../../src/extract/load';

export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

export function folder(files: Record<string, Uint8Array | string>): SeedIo {
  return {
    list: () => Object.keys(files),
    read: (_dir, name) => {
      const f = files[name];
      if (f === undefined) throw new Error(`ENOENT: ${name}`);
      return typeof f === 'string' ? enc(f) : f;
    },
  };
}
