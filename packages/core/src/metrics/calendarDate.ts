/** A calendar date as year, month (1–12) and day, free of time zones. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The calendar date of a moment. For an ISO string the date is the one written (`2025-06-30T23:30+03:00`
 * is 30 June, as the person who logged it saw it); a `Date` is read in UTC.
 */
export function calendarDateOf(when: string | Date): CalendarDate {
  if (when instanceof Date) {
    if (Number.isNaN(when.getTime())) throw new RangeError('Invalid Date');
    return { year: when.getUTCFullYear(), month: when.getUTCMonth() + 1, day: when.getUTCDate() };
  }
  const m = ISO_DATE.exec(when);
  const date = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
  if (
    !date ||
    date.month < 1 ||
    date.month > 12 ||
    date.day < 1 ||
    date.day > daysInMonth(date.year, date.month)
  ) {
    throw new RangeError(`"${when}" is not a date; write it as YYYY-MM-DD (optionally followed by a time)`);
  }
  return date;
}

/** Days in a month of a year (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` of a calendar date. */
export function formatCalendarDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Adds whole months; a day past the end of the target month becomes its last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}
