/** What is wrong with a publication date, for a message in the reader's language: no date, no such month, no such day. */
export type DateProblem =
  | { kind: 'notDate'; shown: string }
  | { kind: 'noMonth'; shown: string; month: number }
  | { kind: 'noDay'; shown: string; year: number; month: number; days: number };

export const MONTH_NAMES_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
