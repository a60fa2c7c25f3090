/** Character tests shared by the scanners (ASCII only: full-width digits are folded earlier, in normalize). */

export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** A word as a literal inside a regular expression (its special characters escaped). */
export const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A Latin letter, either case. */
export const isLetter = (ch: string | undefined): boolean => ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
