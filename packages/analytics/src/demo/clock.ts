import type { Random } from './random.ts';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Milliseconds of a UTC calendar date at midnight. */
export function utcDate(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

/**
 * Moves a moment into the partner's working hours (Mon–Fri, 9:00–18:00 local time): people answer offers
 * and sign contracts at work. Keeps the moment when it already is in working hours.
 */
export function toWorkingHours(ms: number, offsetMinutes: number, rng: Random): number {
  let local = ms + offsetMinutes * 60_000;
  for (let guard = 0; guard < 8; guard++) {
    const d = new Date(local);
    const weekday = d.getUTCDay();
    const hour = d.getUTCHours() + d.getUTCMinutes() / 60;
    if (weekday !== 0 && weekday !== 6 && hour >= 9 && hour < 18) break;
    const startOfDay = local - (local % DAY);
    // Before nine: same day; otherwise the next day; weekends roll on until Monday.
    const nextDay = hour < 9 && weekday !== 0 && weekday !== 6 ? startOfDay : startOfDay + DAY;
    local = nextDay + 9 * HOUR + Math.floor(rng.uniform(0, 8.5) * HOUR);
  }
  return local - offsetMinutes * 60_000;
}

/** ISO 8601 with the local offset, as a CRM would export it: `2025-03-14T10:23:05+05:00`. */
export function formatLocal(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
