/**
 * Bytes of a seed file → text, or the reason it is not text. Pure.
 * Order: a UTF-16 byte-order mark; NUL bytes (binary); strict UTF-8; GB18030 only when UTF-8 fails
 * broadly; otherwise UTF-8 with the few bad sequences replaced by U+FFFD, each reported by byte offset.
 */
import type { Encoding } from '../schema/metricsFile';

/** A place where the decoder could not read the bytes and put U+FFFD instead. */
export interface Replaced {
  /** Offset in the file's bytes. */
  byte: number;
  /** 1-based line in the decoded text. */
  line: number;
}

export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: Encoding;
      /** The first few replaced sequences (at most `SHOWN`), in file order. */
      replaced: Replaced[];
      /** How many sequences were replaced in all. */
      replacedCount: number;
      /** GB18030 was chosen because this many UTF-8 sequences were invalid. */
      invalidUtf8: number;
    }
  | { ok: false; reason: string };

/**
 * When UTF-8 "fails broadly": more invalid sequences than 1 in 100 bytes. GB18030 Chinese text has one
 * about every two or three bytes; a UTF-8 file with a damaged byte or a truncated end has a handful.
 */
export const BROAD_FAILURE = 0.01;
/** Above this share of control characters and U+FFFD the file is not text, whatever it decodes to. */
const NOT_TEXT = 0.1;
/** How many replaced sequences a warning lists by offset. */
export const SHOWN = 10;

interface Invalid {
  count: number;
  /** The first `SHOWN` offsets. */
  offsets: number[];
}

/**
 * Where a UTF-8 decoder puts U+FFFD: one per maximal invalid subpart, as the WHATWG Encoding Standard
 * (and so `TextDecoder`) decodes, so `count` is the number of U+FFFD it adds.
 */
export function findInvalidUtf8(bytes: Uint8Array): Invalid {
  const out: Invalid = { count: 0, offsets: [] };
  const report = (at: number): void => {
    if (out.count++ < SHOWN) out.offsets.push(at);
  };
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      if (b <= 0x7f) continue;
      start = i;
      if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      } else report(i);
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence so far is one bad subpart; this byte starts afresh.
      report(start);
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) needed = seen = 0;
  }
  if (needed !== 0) report(start);
  return out;
}

/** Lone surrogates (and an odd last byte) in UTF-16 code units: where the decoder puts U+FFFD. */
export function findInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): Invalid {
  const out: Invalid = { count: 0, offsets: [] };
  const report = (at: number): void => {
    if (out.count++ < SHOWN) out.offsets.push(at);
  };
  const unit = (i: number): number => (littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  const end = bytes.length - (bytes.length % 2);
  for (let i = 2; i < end; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < end ? unit(i + 2) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) i += 2;
      else report(i);
    } else if (u >= 0xdc00 && u <= 0xdfff) report(i);
  }
  if (end !== bytes.length) report(end);
  return out;
}

/** 1-based line of a byte offset: newlines counted as bytes (UTF-8, GB18030) or as code units (UTF-16). */
function lineAt(bytes: Uint8Array, offset: number, encoding: Encoding): number {
  let line = 1;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const [low, high] = encoding === 'utf-16le' ? [0, 1] : [1, 0];
    for (let i = 2; i < offset; i += 2) if (bytes[i + low] === 0x0a && bytes[i + high] === 0) line++;
    return line;
  }
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Share of characters that no text has: C0 controls other than tab, newline, form feed and CR; DEL; U+FFFD. */
function noiseShare(text: string): number {
  if (text.length === 0) return 0;
  let noise = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f || c === 0xfffd) noise++;
  }
  return noise / text.length;
}

function decoded(bytes: Uint8Array, text: string, encoding: Encoding, invalid: Invalid, invalidUtf8 = 0): Decoded {
  const share = noiseShare(text);
  if (share > NOT_TEXT) {
    return { ok: false, reason: `a binary file, not text (${Math.round(share * 100)}% of it is control codes or bytes no encoding reads)` };
  }
  const replaced = invalid.offsets.map((byte) => ({ byte, line: lineAt(bytes, byte, encoding) }));
  return { ok: true, text, encoding, replaced, replacedCount: invalid.count, invalidUtf8 };
}

const NONE: Invalid = { count: 0, offsets: [] };

export function decodeText(bytes: Uint8Array): Decoded {
  for (const [b0, b1, encoding] of [
    [0xff, 0xfe, 'utf-16le'],
    [0xfe, 0xff, 'utf-16be'],
  ] as const) {
    if (bytes[0] !== b0 || bytes[1] !== b1) continue;
    // TextDecoder drops the byte-order mark, so offsets count from the first character after it.
    return decoded(bytes, new TextDecoder(encoding).decode(bytes), encoding, findInvalidUtf16(bytes, encoding === 'utf-16le'));
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `a binary file, not text (a NUL byte at byte ${nul}; UTF-16 needs a byte-order mark)` };
  // Valid UTF-8, nearly every file: the decoder's own check is native code; the scan below is for the rest.
  try {
    return decoded(bytes, new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8', NONE);
  } catch {
    // Not valid UTF-8: find where, then decide between GB18030 and UTF-8 with replacements.
  }
  const invalid = findInvalidUtf8(bytes);
  if (invalid.count > bytes.length * BROAD_FAILURE) {
    try {
      return decoded(bytes, new TextDecoder('gb18030', { fatal: true }).decode(bytes), 'gb18030', NONE, invalid.count);
    } catch {
      // Not GB18030 either: read it as UTF-8 with the bad sequences replaced, if it is text at all.
    }
  }
  return decoded(bytes, new TextDecoder('utf-8').decode(bytes), 'utf-8', invalid);
}
