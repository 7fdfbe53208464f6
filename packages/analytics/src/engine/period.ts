/**
 * A time range a dataset is read over: events, surveys and feedback with `from <= ts < until`.
 * Either end may be open. Cases keep only their events inside the range; a case with none is left out.
 */
export interface Period {
  from?: Date;
  until?: Date;
}

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HALF = /^(\d{4})-H([12])$/;

/** The start of an ISO date (UTC), or null when the text is not a real calendar date. */
export function parseIsoDate(text: string): Date | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : date;
}

/** The period of a named half-year (`2025-H2` = July to December 2025), or null when misspelt. */
export function halfYear(text: string): Period | null {
  const m = HALF.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  return m[2] === '1'
    ? { from: new Date(Date.UTC(year, 0, 1)), until: new Date(Date.UTC(year, 6, 1)) }
    : { from: new Date(Date.UTC(year, 6, 1)), until: new Date(Date.UTC(year + 1, 0, 1)) };
}

/** The period from one ISO date through another (both whole days, `to` included). */
export function dateRange(from: Date | undefined, to: Date | undefined): Period {
  return {
    ...(from ? { from } : {}),
    ...(to ? { until: new Date(to.getTime() + DAY_MS) } : {}),
  };
}

/** A stable text for a period (cache keys, logs). */
export function periodKey(period: Period | undefined): string {
  return `${period?.from?.toISOString() ?? ''}..${period?.until?.toISOString() ?? ''}`;
}
