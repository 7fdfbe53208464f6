import type { ReviewPolicy } from '../journey/schema/review.ts';
import { addMonths, calendarDateOf, daysBetween, formatCalendarDate } from './calendarDate.ts';

/** Where a map stands against its review cadence. */
export type ReviewStatus = 'ok' | 'due-soon' | 'overdue' | 'never-reviewed';

export interface ReviewDue {
  status: ReviewStatus;
  /** `lastReviewedAt + cadenceMonths`; null when the map was never reviewed. */
  dueDate: string | null;
  /** Days from today to the due date (negative when overdue); null when never reviewed. */
  daysLeft: number | null;
}

/** Days before the due date from which a review counts as due soon. */
export const DEFAULT_DUE_SOON_DAYS = 30;

/**
 * The next review date of a map and whether it is due: `ok`, `due-soon` (within `soonDays`, 30 by default),
 * `overdue` (the due date has passed), or `never-reviewed` (no `lastReviewedAt`: review it now).
 * The due day itself counts as due soon, the day after as overdue.
 * @example reviewDue({ cadenceMonths: 6, lastReviewedAt: '2026-05-15' }, '2026-11-01') // due-soon, 2026-11-15, 14
 */
export function reviewDue(
  policy: Pick<ReviewPolicy, 'cadenceMonths' | 'lastReviewedAt'>,
  today: string | Date,
  options: { soonDays?: number } = {},
): ReviewDue {
  if (!policy.lastReviewedAt) return { status: 'never-reviewed', dueDate: null, daysLeft: null };
  if (!Number.isInteger(policy.cadenceMonths) || policy.cadenceMonths < 1) {
    throw new RangeError(
      `review.cadenceMonths must be a whole number of months ≥ 1, got ${policy.cadenceMonths}`,
    );
  }
  const due = addMonths(calendarDateOf(policy.lastReviewedAt), policy.cadenceMonths);
  const daysLeft = daysBetween(calendarDateOf(today), due);
  const soonDays = options.soonDays ?? DEFAULT_DUE_SOON_DAYS;
  const status: ReviewStatus = daysLeft < 0 ? 'overdue' : daysLeft <= soonDays ? 'due-soon' : 'ok';
  return { status, dueDate: formatCalendarDate(due), daysLeft };
}
