/**
 * Periods: the one home for their form, their order and their wording, used by the extract step,
 * the derivations and the views alike. A period always starts with its four-digit year:
 * `2023` (a year), `2024-07` (a month, or "as of" that month), `2025-Q1`, `2025-H1`, `2025-Q1-Q3`
 * (the first three quarters). `null` is a figure the text did not date.
 */

/** `2023`, `2024-07`, `2025-Q1`, `2025-H1`, `2025-Q1-Q3`. */
export const PERIOD_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4]|-H[12]|-Q1-Q3)?$/;

export type PeriodKind = 'year' | 'month' | 'quarter' | 'half' | 'nine-months';

export interface PeriodInfo {
  year: number;
  kind: PeriodKind;
  /** The month, quarter or half within the year (1-based); null for a year and for 前三季度. */
  part: number | null;
  /** Milliseconds since the epoch (UTC) of the period's middle: where it sits on a time axis. */
  time: number;
  /** A part of a year (a month, quarter, half): a part of an annual flow is not the year's value. */
  partial: boolean;
}

const mid = (year: number, fromMonth: number, months: number): number =>
  Date.UTC(year, fromMonth - 1, 1) + (Date.UTC(year, fromMonth - 1 + months, 1) - Date.UTC(year, fromMonth - 1, 1)) / 2;

/** A period's parts and its place on a time axis (2023 at 1 July 2023, 2025-Q1 in mid-February); null when malformed. */
export function parsePeriod(period: string): Readonly<PeriodInfo> | null {
  // A corpus holds thousands of facts but few distinct periods, and sorting asks for each many times.
  const known = parsed.get(period);
  if (known !== undefined) return known;
  const info = readPeriod(period);
  if (parsed.size < PARSED_MAX) parsed.set(period, info);
  return info;
}

const PARSED_MAX = 4096;
const parsed = new Map<string, Readonly<PeriodInfo> | null>();

function readPeriod(period: string): PeriodInfo | null {
  if (!PERIOD_PATTERN.test(period)) return null;
  const year = Number(period.slice(0, 4));
  const rest = period.slice(5);
  if (rest === '') return { year, kind: 'year', part: null, time: mid(year, 1, 12), partial: false };
  if (rest === 'Q1-Q3') return { year, kind: 'nine-months', part: null, time: mid(year, 1, 9), partial: true };
  const n = Number(rest.slice(1));
  if (rest[0] === 'Q') return { year, kind: 'quarter', part: n, time: mid(year, (n - 1) * 3 + 1, 3), partial: true };
  if (rest[0] === 'H') return { year, kind: 'half', part: n, time: mid(year, n === 1 ? 1 : 7, 6), partial: true };
  const month = Number(rest);
  return { year, kind: 'month', part: month, time: mid(year, month, 1), partial: true };
}

export const periodYear = (period: string | null): number | null => (period === null ? null : Number(period.slice(0, 4)));

/** The last month a period covers: its month, a quarter's or half's last, 9 for the first three quarters, 12 for a year. */
export function lastMonthOf(info: Readonly<PeriodInfo>): number {
  if (info.kind === 'month') return info.part!;
  if (info.kind === 'quarter') return info.part! * 3;
  if (info.kind === 'half') return info.part! * 6;
  return info.kind === 'nine-months' ? 9 : 12;
}

/**
 * Where a count (a stock) dated only by its year sits on the time axis: a count "in 2025" written after 2025 stood at the
 * year's end (2025年…累计达到110款, published in January 2026, comes after the July count of 82), one written during 2025
 * as of the article's month; `published` is the article's date (YYYY, YYYY-MM or YYYY-MM-DD). Other periods are unchanged.
 */
export function stockPeriodInfo(info: Readonly<PeriodInfo>, published: string | undefined): Readonly<PeriodInfo> {
  if (info.kind !== 'year' || published === undefined) return info;
  const year = Number(published.slice(0, 4));
  if (year > info.year) return { ...info, time: mid(info.year, 12, 1) };
  const month = Number(published.slice(5, 7));
  return year === info.year && month >= 1 && month <= 12 ? { ...info, time: mid(info.year, month, 1) } : info;
}

/**
 * Oldest first, undated last. Periods compare by their middle on the time axis, then by their text,
 * so a year sorts after its first half and before its second (2024-H1, 2024, 2024-H2).
 */
export function comparePeriods(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const ta = parsePeriod(a)?.time ?? 0;
  const tb = parsePeriod(b)?.time ?? 0;
  return ta !== tb ? ta - tb : a < b ? -1 : 1;
}

/** Latest first, undated still last. */
export function comparePeriodsDesc(a: string | null, b: string | null): number {
  if (a === null || b === null) return comparePeriods(a, b);
  return comparePeriods(b, a);
}

const ZH_QUARTERS = ['一', '二', '三', '四'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A period as people write it: 2025年一季度 / Q1 2025, 2025年前三季度 / Jan–Sep 2025, 2024年7月 / Jul 2024, 2024年底 / end of 2024.
 * A malformed period is shown as written; null is "not stated".
 */
export function formatPeriod(period: string | null, lang: 'zh' | 'en'): string {
  if (period === null) return lang === 'zh' ? '未注明时间' : 'not stated';
  const p = parsePeriod(period);
  if (!p) return period;
  const { year, part } = p;
  if (lang === 'zh') {
    switch (p.kind) {
      case 'year':
        return `${year}年`;
      case 'month':
        // A December figure is a stock at the year's end (截至2024年底 is stored as 2024-12): said as articles say it.
        return part === 12 ? `${year}年底` : `${year}年${part}月`;
      case 'quarter':
        return `${year}年${ZH_QUARTERS[part! - 1]}季度`;
      case 'half':
        return `${year}年${part === 1 ? '上' : '下'}半年`;
      case 'nine-months':
        return `${year}年前三季度`;
    }
  }
  switch (p.kind) {
    case 'year':
      return String(year);
    case 'month':
      return part === 12 ? `end of ${year}` : `${EN_MONTHS[part! - 1]} ${year}`;
    case 'quarter':
      return `Q${part} ${year}`;
    case 'half':
      return `H${part} ${year}`;
    case 'nine-months':
      return `Jan–Sep ${year}`;
  }
}
