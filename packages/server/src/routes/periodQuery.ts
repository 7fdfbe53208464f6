import { dateRange, halfYear, type Period, parseIsoDate } from '@tropa/analytics';
import { z } from 'zod';
import { invalidInput } from '../http/errors.ts';

const IsoDate = z.iso
  .date()
  .refine((text) => parseIsoDate(text) !== null, { message: 'not a calendar date' });

/** The query fields that name a period, shared by the analytics routes. */
export const PeriodFields = {
  /** First day of the period (ISO date, UTC). */
  from: IsoDate.optional(),
  /** Last day of the period, included (ISO date, UTC). */
  to: IsoDate.optional(),
  /** A named half-year instead of from/to: `2025-H1` (January–June) or `2025-H2` (July–December). */
  period: z
    .string()
    .regex(/^\d{4}-H[12]$/, { message: 'a half-year such as 2025-H2' })
    .optional(),
};

/** The period a request names: a half-year, or `from`/`to` dates (both included); none is the whole dataset. */
export function periodOf(query: {
  from?: string | undefined;
  to?: string | undefined;
  period?: string | undefined;
}): Period | undefined {
  if (query.period !== undefined) {
    if (query.from !== undefined || query.to !== undefined)
      throw invalidInput('query.period', 'give either a half-year or from/to dates, not both');
    return halfYear(query.period) ?? undefined;
  }
  const from = query.from === undefined ? undefined : (parseIsoDate(query.from) ?? undefined);
  const to = query.to === undefined ? undefined : (parseIsoDate(query.to) ?? undefined);
  if (from && to && from > to) throw invalidInput('query.to', 'the period ends before it starts');
  return from || to ? dateRange(from, to) : undefined;
}
