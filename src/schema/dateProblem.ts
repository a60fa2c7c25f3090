/** What is wrong with a publication date, for a message in the reader's language: no date, no such month, no such day. */
export type DateProblem =
  | { kind: 'notDate'; shown: string }
  | { kind: 'noMonth'; shown: string; month: number }
  | { kind: 'noDay'; shown: string; year: number; month: number; days: number };

const MONTH_NAMES_EN = [
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

/** What is wrong, in English, with the value as given: "2025-02-30" is not a real date: February 2025 has 28 days. */
export function dateProblemEn(p: DateProblem): string {
  return p.kind === 'notDate'
    ? `${p.shown} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`
    : p.kind === 'noMonth'
      ? `${p.shown} is not a real date: there is no month ${p.month}`
      : `${p.shown} is not a real date: ${MONTH_NAMES_EN[p.month - 1]} ${p.year} has ${p.days} days`;
}
