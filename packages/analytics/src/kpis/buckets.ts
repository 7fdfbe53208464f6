import { calendarDateOf, formatCalendarDate, type PeriodKind, periodsBetween } from '@tropa/core';
import { joinSql, type SqlFragment, sql } from '../sql/sql.ts';

/**
 * A span of time observations are counted in: a calendar period, the whole data, or the window before or
 * after an improvement. `start` is inclusive and `end` exclusive, both UTC dates (`YYYY-MM-DD`).
 * Buckets may overlap: an observation is counted in every bucket that holds it.
 */
export interface TimeBucket {
  key: string;
  start: string;
  end: string;
}

export const ALL_TIME: TimeBucket = { key: 'all', start: '0001-01-01', end: '9999-12-31' };

/** The calendar periods from the one holding `from` to the one holding `to`, as buckets keyed `2025-H1` etc. */
export function periodBuckets(kind: PeriodKind, from: string, to: string): TimeBucket[] {
  return periodsBetween(from, to, kind).map((p) => ({ key: p.key, start: p.start, end: p.end }));
}

function addDays(date: string, days: number): string {
  const d = calendarDateOf(date);
  return formatCalendarDate(calendarDateOf(new Date(Date.UTC(d.year, d.month - 1, d.day + days))));
}

/** `windowDays` before an improvement's done date and `windowDays` from it on. */
export function beforeAfterBuckets(id: string, doneAt: string, windowDays: number): [TimeBucket, TimeBucket] {
  return [
    { key: `before:${id}`, start: addDays(doneAt, -windowDays), end: doneAt },
    { key: `after:${id}`, start: doneAt, end: addDays(doneAt, windowDays) },
  ];
}

/** A CTE `buckets(bucket, b_start, b_end)` with the buckets as bound parameters. */
export function bucketsCte(buckets: readonly TimeBucket[]): SqlFragment {
  if (buckets.length === 0) {
    return sql`buckets AS (SELECT NULL::VARCHAR AS bucket, NULL::TIMESTAMP AS b_start, NULL::TIMESTAMP AS b_end WHERE false)`;
  }
  const values = buckets.map(
    (b) => sql`(${b.key}, CAST(${b.start} AS TIMESTAMP), CAST(${b.end} AS TIMESTAMP))`,
  );
  return sql`buckets AS (SELECT * FROM (VALUES ${joinSql(values, ', ')}) v(bucket, b_start, b_end))`;
}

/** The join condition putting a timestamp column into its buckets. */
export function inBucket(ts: SqlFragment): SqlFragment {
  return sql`${ts} >= b.b_start AND ${ts} < b.b_end`;
}
