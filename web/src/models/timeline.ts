import type { RelationData } from './types';

/**
 * Time as the article gives it: a relation is dated by a year, a month or a day, or spans a
 * period from a start (to an end, when known). Nothing here invents precision: a fact dated
 * "2025" overlaps every month of 2025 and is counted apart from the months.
 */

/** A time range picked on the time bar; `to` alone is "as of". Bounds are partial dates. */
export interface TimeRange {
  from: string | null;
  to: string | null;
}

/** How precise a partial date is. */
export type Precision = 'year' | 'month' | 'day';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Whether text is a partial date ("2025", "2025-10", "2025-10-30"). */
export function isPartialDate(text: string): boolean {
  return DATE.test(text);
}

/** The precision of a partial date. */
export function precisionOf(date: string): Precision {
  return date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
}

/** The first day a partial date can mean ("2025" → "2025-01-01"). */
export function firstDay(date: string): string {
  return date.length >= 10 ? date.slice(0, 10) : date.length >= 7 ? `${date}-01` : `${date}-01-01`;
}

/** The last day a partial date can mean ("2025-02" → "2025-02-28"). */
export function lastDay(date: string): string {
  if (date.length >= 10) return date.slice(0, 10);
  if (date.length < 7) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number);
  const days = new Date(Date.UTC(y ?? 0, m ?? 1, 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, '0')}`;
}

/** When a relation holds: its date as a point, or its period; null when undated. */
export function whenOf(
  r: Pick<RelationData, 'date' | 'start' | 'end'>,
): { start: string; end: string | null } | null {
  if (r.date) return { start: r.date, end: r.date };
  if (r.start) return { start: r.start, end: r.end };
  return null;
}

/**
 * Whether a relation falls in the range: undated ones always do (they stay visible, marked
 * undated); a dated one does when any day it may mean overlaps the range. An open period
 * ("since at least 2019") runs on to today.
 */
export function inRange(r: Pick<RelationData, 'date' | 'start' | 'end'>, range: TimeRange): boolean {
  const when = whenOf(r);
  if (!when) return true;
  if (range.to && firstDay(when.start) > lastDay(range.to)) return false;
  if (range.from && when.end !== null && lastDay(when.end) < firstDay(range.from)) return false;
  return true;
}

/**
 * The `asOf` to send to the API (contract 2, compared as text) so that it keeps exactly what
 * `inRange` keeps for a range ending at `to`: the last day `to` can mean.
 */
export function apiAsOf(range: TimeRange): string | null {
  return range.to ? lastDay(range.to) : null;
}

/** One month of the histogram. */
export interface MonthBucket {
  month: string;
  /** Relations dated to this month or to a day in it. */
  ids: string[];
}

/** The histogram: months with counts, and what cannot be placed in a month. */
export interface Histogram {
  months: MonthBucket[];
  /** Relations dated only by a year, by year ("2025" → ids). */
  yearOnly: Record<string, string[]>;
  /** Periods, by start (e.g. "since at least 2019"). */
  periods: string[];
  undated: string[];
}

const addMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number);
  const next = (m ?? 1) === 12 ? { y: (y ?? 0) + 1, m: 1 } : { y: y ?? 0, m: (m ?? 1) + 1 };
  return `${next.y}-${String(next.m).padStart(2, '0')}`;
};

/**
 * Buckets relations by month, over every month of the years that have month- or day-precise
 * facts (so January to December of 2025 for this story). Year-only facts and periods are kept
 * apart rather than pinned to a month the source does not give.
 */
export function bucketByMonth(relations: readonly RelationData[]): Histogram {
  const byMonth = new Map<string, string[]>();
  const yearOnly: Record<string, string[]> = {};
  const periods: string[] = [];
  const undated: string[] = [];
  for (const r of [...relations].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (r.date && precisionOf(r.date) !== 'year') {
      const month = r.date.slice(0, 7);
      byMonth.set(month, [...(byMonth.get(month) ?? []), r.id]);
    } else if (r.date) yearOnly[r.date] = [...(yearOnly[r.date] ?? []), r.id];
    else if (r.start) periods.push(r.id);
    else undated.push(r.id);
  }
  const years = [...new Set([...byMonth.keys()].map((m) => m.slice(0, 4)))].sort();
  const months: MonthBucket[] = [];
  if (years.length > 0) {
    const last = `${years[years.length - 1]}-12`;
    for (let m = `${years[0]}-01`; m <= last; m = addMonth(m))
      months.push({ month: m, ids: byMonth.get(m) ?? [] });
  }
  return { months, yearOnly, periods, undated };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A partial date in words, as precise as it is: "2025", "Jan 2025", "30 Oct 2025". */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? date;
}

/** A range in words for the time bar and the lesson card. */
export function describeRange(range: TimeRange): string {
  if (range.from && range.to) return `${formatPartialDate(range.from)} – ${formatPartialDate(range.to)}`;
  if (range.to) return `as of ${formatPartialDate(range.to)}`;
  if (range.from) return `from ${formatPartialDate(range.from)}`;
  return 'all time';
}
