// Working-day arithmetic on the Chinese statutory calendar (chinese-days: public holidays and the
// adjusted working weekends 调休), for legal deadlines such as complaint acceptance (DOMAIN.md §6).
// Dates are local calendar dates (YYYY-MM-DD) in the circle's time zone; a deadline falls at the end
// of its last working day, local time.
// chinese-days ships CommonJS: the default import works in Node's ESM and in bundles alike.
import chineseDays from 'chinese-days';
import { KernelError } from './errors';

/** Years the bundled calendar covers (chinese-days publishes each year's State Council notice). */
export const CALENDAR_FIRST_YEAR = 2004;
export const CALENDAR_LAST_YEAR = 2026;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function checkDate(date: string): void {
  const m = DATE.exec(date);
  if (!m) throw new KernelError('Q_KERNEL_INVALID', `${date} is not a YYYY-MM-DD date`);
  const year = Number(m[1]);
  // One year of grace after the last published year: its holidays are unknown, weekends still apply.
  if (year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR + 1) {
    throw new KernelError(
      'Q_KERNEL_CALENDAR_RANGE',
      `${date} is outside the holiday calendar (${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}); update chinese-days`,
    );
  }
}

/** Adds whole calendar days to a YYYY-MM-DD date. */
export function addCalendarDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** True on a working day: Monday–Friday unless a public holiday, plus adjusted working weekends. */
export function isWorkingDay(date: string): boolean {
  checkDate(date);
  return chineseDays.isWorkday(date);
}

/**
 * The date `n` working days after `start` (start itself not counted, as the law counts from the next
 * day): addWorkingDays('2025-09-30', 1) = '2025-10-09' (National Day week, 10-11 is a working Saturday).
 */
export function addWorkingDays(start: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new KernelError('Q_KERNEL_INVALID', `working days must be ≥ 0, got ${n}`);
  let d = start;
  checkDate(d);
  let left = n;
  while (left > 0) {
    d = addCalendarDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** Working days strictly after `from` up to and including `to` (0 when to ≤ from). */
export function workingDaysBetween(from: string, to: string): number {
  checkDate(from);
  checkDate(to);
  let n = 0;
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (isWorkingDay(d)) n++;
  return n;
}

/** The local calendar date (YYYY-MM-DD) of a UTC instant in a time zone. */
export function localDate(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(iso))
    .reduce<Record<string, string>>((acc, p) => ((acc[p.type] = p.value), acc), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Offset of a time zone from UTC at an instant, in minutes (Asia/Shanghai: +480, no daylight saving). */
export function zoneOffsetMinutes(iso: string, timeZone: string): number {
  const d = new Date(iso);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
    .formatToParts(d)
    .reduce<Record<string, string>>((acc, p) => ((acc[p.type] = p.value), acc), {});
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(d.getTime() / 1000) * 1000) / 60_000);
}

/** The UTC instant of a local wall-clock time (YYYY-MM-DD, HH:MM[:SS]) in a time zone. */
export function localTimeToUtc(date: string, time: string, timeZone: string): string {
  const [h, m, s] = time.split(':').map(Number);
  const guess = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    h,
    m,
    s || 0,
  );
  // Two passes settle the offset even across a daylight-saving change in zones that have one.
  let t = guess - zoneOffsetMinutes(new Date(guess).toISOString(), timeZone) * 60_000;
  t = guess - zoneOffsetMinutes(new Date(t).toISOString(), timeZone) * 60_000;
  return new Date(t).toISOString();
}

/**
 * A legal deadline: `n` working days after the local date of `startIso`, at the end of that day
 * (23:59:59.999 local), as a UTC instant.
 */
export function workingDayDeadline(startIso: string, n: number, timeZone: string): string {
  const last = addWorkingDays(localDate(startIso, timeZone), n);
  return new Date(Date.parse(localTimeToUtc(addCalendarDays(last, 1), '00:00:00', timeZone)) - 1).toISOString();
}
