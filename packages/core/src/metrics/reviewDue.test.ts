import { describe, expect, it } from 'vitest';
import { reviewDue } from './reviewDue.ts';

describe('review due date', () => {
  const policy = { cadenceMonths: 6, lastReviewedAt: '2026-05-15' };

  it('is ok well before the due date', () => {
    // due 2026-05-15 + 6 months = 2026-11-15; from 2026-09-01 that is 30 + 31 + 14 = 75 days
    expect(reviewDue(policy, '2026-09-01')).toEqual({ status: 'ok', dueDate: '2026-11-15', daysLeft: 75 });
  });

  it('is due soon within 30 days, on the day too, and overdue the day after', () => {
    expect(reviewDue(policy, '2026-10-16')).toMatchObject({ status: 'due-soon', daysLeft: 30 });
    expect(reviewDue(policy, '2026-10-15')).toMatchObject({ status: 'ok', daysLeft: 31 });
    expect(reviewDue(policy, '2026-11-15')).toMatchObject({ status: 'due-soon', daysLeft: 0 });
    expect(reviewDue(policy, '2026-11-16')).toMatchObject({ status: 'overdue', daysLeft: -1 });
    expect(reviewDue(policy, '2026-10-01', { soonDays: 60 }).status).toBe('due-soon');
  });

  it('follows the cadence and asks for a first review when there was none', () => {
    expect(reviewDue({ cadenceMonths: 3, lastReviewedAt: '2025-11-30' }, '2026-01-01').dueDate).toBe(
      '2026-02-28',
    );
    expect(reviewDue({ cadenceMonths: 6 }, '2026-01-01')).toEqual({
      status: 'never-reviewed',
      dueDate: null,
      daysLeft: null,
    });
  });
});
