/**
 * Why a number-like token was not read as a quantity: the `reason` of an unread token in the data file.
 * The extractor writes these English strings; the app shows them in the reader's language (src/i18n).
 */
export const UNREAD_REASONS = {
  nameLabel: 'label: part of a name or model number',
  formula: 'label: a formula such as “1+3+N”',
  institute: 'label: an institute’s number (21所)',
  edition: 'label: a year naming an event or edition',
  ordinal: 'ordinal',
  zeroDenominator: 'fraction with a zero denominator',
  otherCurrency: 'a currency other than yuan',
  compoundModifier: 'part of a compound modifier (three-day, 10-year)',
  bareNumber: 'no unit: a bare number',
  numberWord: 'no unit: a number word',
} as const;

export type UnreadReasonKey = keyof typeof UNREAD_REASONS;
export type UnreadReason = (typeof UNREAD_REASONS)[UnreadReasonKey];
