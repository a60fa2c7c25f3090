/**
 * Periods on a time axis. A period is drawn at its middle: 2023 at 1 July 2023, 2024-07 on 15 July,
 * 2025-Q1 in mid-February, so a year, a month and a quarter sit where they belong relative to one another.
 */

export interface PeriodInfo {
  year: number;
  /** Milliseconds since the epoch (UTC) of the period's middle. */
  time: number;
  /** A whole year, or a part of one (a month, quarter, half): a part of an annual flow is not the year's value. */
  partial: boolean;
  kind: 'year' | 'month' | 'quarter' | 'half' | 'nine-months';
}

const mid = (year: number, fromMonth: number, months: number): number =>
  Date.UTC(year, fromMonth - 1, 1) + (Date.UTC(year, fromMonth - 1 + months, 1) - Date.UTC(year, fromMonth - 1, 1)) / 2;

export function parsePeriod(period: string): PeriodInfo | null {
  const m = /^(\d{4})(?:-(\d{2})|-Q([1-4])|-H([12])|(-Q1-Q3))?$/.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { year, time: mid(year, Number(m[2]), 1), partial: true, kind: 'month' };
  if (m[3]) return { year, time: mid(year, (Number(m[3]) - 1) * 3 + 1, 3), partial: true, kind: 'quarter' };
  if (m[4]) return { year, time: mid(year, m[4] === '1' ? 1 : 7, 6), partial: true, kind: 'half' };
  if (m[5]) return { year, time: mid(year, 1, 9), partial: true, kind: 'nine-months' };
  return { year, time: mid(year, 1, 12), partial: false, kind: 'year' };
}

export const periodYear = (period: string | null): number | null => (period === null ? null : Number(period.slice(0, 4)));
