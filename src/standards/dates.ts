// Calendar helpers for the date rules. China has one time zone, UTC+8, with no daylight saving.
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

// The last day computed and the instants it spans: record checks ask for today once per record.
let lastDay: { value: string; fromMs: number; untilMs: number } | undefined;

/** Today's date (YYYY-MM-DD) in Asia/Shanghai. */
export function todayInShanghai(now: Date = new Date()): string {
  const ms = now.getTime();
  if (lastDay && ms >= lastDay.fromMs && ms < lastDay.untilMs) return lastDay.value;
  const value = new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
  const fromMs = Date.parse(`${value}T00:00:00Z`) - SHANGHAI_OFFSET_MS;
  lastDay = { value, fromMs, untilMs: fromMs + DAY_MS };
  return value;
}

/** True when `s` is a real calendar date in the form YYYY-MM-DD. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** Days from date a to date b (both YYYY-MM-DD): positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** The date `days` after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** RFC 3339 with the +08:00 offset, to the second: 2026-12-04T10:00:00+08:00. */
export function toShanghaiDateTime(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19) + '+08:00';
}

/** Parses an RFC 3339 date-time with an explicit offset; undefined when it is not one. */
export function parseDateTime(s: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(s)) return undefined;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}
