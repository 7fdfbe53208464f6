import { describe, expect, it } from 'vitest';
import { addMonths, calendarDateOf, daysBetween } from './calendarDate.ts';
import { periodFromKey, periodLabel, periodOf, periodsBetween, previousPeriod } from './periods.ts';

describe('periods', () => {
  it('puts a date in its half-year, quarter and month', () => {
    expect(periodOf('2025-06-30')).toEqual({
      kind: 'half-year',
      key: '2025-H1',
      start: '2025-01-01',
      end: '2025-07-01',
    });
    expect(periodOf('2025-07-01T00:30:00+03:00').key).toBe('2025-H2');
    expect(periodOf('2025-11-03', 'quarter')).toMatchObject({
      key: '2025-Q4',
      start: '2025-10-01',
      end: '2026-01-01',
    });
    expect(periodOf('2024-02-29', 'month')).toMatchObject({
      key: '2024-02',
      start: '2024-02-01',
      end: '2024-03-01',
    });
    expect(periodOf(new Date(Date.UTC(2026, 11, 31, 23)), 'half-year').key).toBe('2026-H2');
  });

  it('lists the periods of a range', () => {
    expect(periodsBetween('2024-11-01', '2026-10-31').map((p) => p.key)).toEqual([
      '2024-H2',
      '2025-H1',
      '2025-H2',
      '2026-H1',
      '2026-H2',
    ]);
    expect(periodsBetween('2025-11-15', '2026-02-01', 'month').map((p) => p.key)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(() => periodsBetween('2026-01-01', '2025-01-01')).toThrow(/reversed/);
  });

  it('reads keys back, steps back and labels in both languages', () => {
    expect(periodFromKey('2025-Q3')).toEqual(periodOf('2025-08-15', 'quarter'));
    expect(periodFromKey('2025-H2')).toEqual(periodOf('2025-12-31'));
    expect(periodFromKey('2026-01').kind).toBe('month');
    expect(() => periodFromKey('2025-H3')).toThrow(/2025-H1/);
    expect(previousPeriod(periodFromKey('2025-H1')).key).toBe('2024-H2');
    expect(previousPeriod(periodFromKey('2025-01')).key).toBe('2024-12');
    expect(periodLabel(periodFromKey('2025-H2'), 'ru')).toBe('2-е полугодие 2025');
    expect(periodLabel(periodFromKey('2025-Q1'), 'en')).toBe('Q1 2025');
    expect(periodLabel(periodFromKey('2025-03'), 'ru')).toBe('мар 2025');
  });

  it('rejects what is not a date', () => {
    expect(() => periodOf('2025-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => periodOf('31.12.2025')).toThrow(/YYYY-MM-DD/);
  });
});

describe('calendar arithmetic', () => {
  it('adds months clamping to the month end and counts days', () => {
    expect(addMonths(calendarDateOf('2025-08-31'), 6)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(addMonths(calendarDateOf('2023-08-31'), 6)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonths(calendarDateOf('2025-03-15'), -4)).toEqual({ year: 2024, month: 11, day: 15 });
    expect(daysBetween(calendarDateOf('2025-12-31'), calendarDateOf('2026-01-01'))).toBe(1);
    expect(daysBetween(calendarDateOf('2024-03-01'), calendarDateOf('2024-02-01'))).toBe(-29);
  });
});
