import type { Lang } from '../journey/schema/common.ts';
import { addMonths, type CalendarDate, calendarDateOf, formatCalendarDate } from './calendarDate.ts';

/** How KPIs are bucketed in time; half-years by default, the method's review cadence. */
export type PeriodKind = 'half-year' | 'quarter' | 'month';

export const DEFAULT_PERIOD_KIND: PeriodKind = 'half-year';

/** One calendar period: `key` such as `2025-H1`, `2025-Q3`, `2025-03`; `start` inclusive, `end` exclusive. */
export interface Period {
  kind: PeriodKind;
  key: string;
  start: string;
  end: string;
}

const MONTHS_IN: Record<PeriodKind, number> = { 'half-year': 6, quarter: 3, month: 1 };

function periodStarting(kind: PeriodKind, year: number, firstMonth: number): Period {
  const start: CalendarDate = { year, month: firstMonth, day: 1 };
  const index = Math.floor((firstMonth - 1) / MONTHS_IN[kind]) + 1;
  const key =
    kind === 'half-year'
      ? `${year}-H${index}`
      : kind === 'quarter'
        ? `${year}-Q${index}`
        : `${year}-${String(firstMonth).padStart(2, '0')}`;
  return {
    kind,
    key,
    start: formatCalendarDate(start),
    end: formatCalendarDate(addMonths(start, MONTHS_IN[kind])),
  };
}

/**
 * The period a date falls in (the calendar date as written in an ISO string; a `Date` in UTC).
 * @example periodOf('2025-07-01T09:00:00+03:00') // { key: '2025-H2', start: '2025-07-01', end: '2026-01-01' }
 */
export function periodOf(when: string | Date, kind: PeriodKind = DEFAULT_PERIOD_KIND): Period {
  const d = calendarDateOf(when);
  const size = MONTHS_IN[kind];
  return periodStarting(kind, d.year, Math.floor((d.month - 1) / size) * size + 1);
}

/** Every period from the one holding `from` to the one holding `to`, in order. */
export function periodsBetween(
  from: string | Date,
  to: string | Date,
  kind: PeriodKind = DEFAULT_PERIOD_KIND,
): Period[] {
  const first = periodOf(from, kind);
  const last = periodOf(to, kind);
  if (first.start > last.start) {
    throw new RangeError(`period range is reversed: ${first.key} comes after ${last.key}`);
  }
  const periods = [first];
  let current = first;
  while (current.key !== last.key) {
    current = periodOf(current.end, kind);
    periods.push(current);
  }
  return periods;
}

/** The period named by a key such as `2025-H1`, `2025-Q3` or `2025-03`. */
export function periodFromKey(key: string): Period {
  const m = /^(\d{4})-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2]))$/.exec(key);
  if (!m) throw new RangeError(`"${key}" is not a period; write 2025-H1, 2025-Q3 or 2025-03`);
  const year = Number(m[1]);
  if (m[2]) return periodStarting('half-year', year, (Number(m[2]) - 1) * 6 + 1);
  if (m[3]) return periodStarting('quarter', year, (Number(m[3]) - 1) * 3 + 1);
  return periodStarting('month', year, Number(m[4]));
}

/** The period just before this one. */
export function previousPeriod(period: Period): Period {
  return periodOf(
    formatCalendarDate(addMonths(calendarDateOf(period.start), -MONTHS_IN[period.kind])),
    period.kind,
  );
}

const MONTH_NAMES: Record<Lang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
};

/** A short human label: `H1 2025` / `1-е полугодие 2025`, `Q3 2025` / `3 кв. 2025`, `Mar 2025` / `мар 2025`. */
export function periodLabel(period: Period, lang: Lang): string {
  const d = calendarDateOf(period.start);
  const index = Math.floor((d.month - 1) / MONTHS_IN[period.kind]) + 1;
  switch (period.kind) {
    case 'half-year':
      return lang === 'ru' ? `${index}-е полугодие ${d.year}` : `H${index} ${d.year}`;
    case 'quarter':
      return lang === 'ru' ? `${index} кв. ${d.year}` : `Q${index} ${d.year}`;
    case 'month':
      return `${MONTH_NAMES[lang][d.month - 1]} ${d.year}`;
  }
}
