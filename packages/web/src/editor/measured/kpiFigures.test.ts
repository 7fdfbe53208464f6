import { describe, expect, it } from 'vitest';
import { changeVerdict, kpiDelta, kpiValue, latestPeriod } from './kpiFigures.ts';
import type { MeasuredKpi } from './measuredReport.ts';

function kpi(overrides: Partial<MeasuredKpi> = {}): MeasuredKpi {
  return {
    kpi: 'k',
    unit: 'hours',
    better: 'lower',
    target: 24,
    overall: { n: 167, value: 70.05, low: 52.7, high: 88.5, weak: false },
    meetsTarget: false,
    periods: [
      { period: '2026-H1', estimate: { n: 80, value: 71, low: 60, high: 80, weak: false } },
      { period: '2026-H2', estimate: { n: 0, value: null, low: null, high: null, weak: true } },
    ],
    change: null,
    ...overrides,
  };
}

describe('KPI figures', () => {
  it('shows each unit as a person reads it', () => {
    expect(kpiValue('share', 0.587, 'en')).toBe('59%');
    expect(kpiValue('share', 0.0512, 'en')).toBe('5.1%');
    expect(kpiValue('points', 0.95, 'en')).toBe('1');
    expect(kpiValue('hours', 70.05, 'en')).toBe('70.1 h');
    expect(kpiValue('hours', 70.05, 'ru')).toBe('70,1 ч');
    expect(kpiValue('score', 4.377, 'en', false)).toBe('4.4');
    expect(kpiValue('points', -14.09, 'en')).toBe('−14');
  });

  it('signs a change, shares in percentage points', () => {
    expect(kpiDelta('share', -0.0769, 'en')).toBe('−7.7 pp');
    expect(kpiDelta('share', 0.05, 'ru')).toBe('+5 п.п.');
    expect(kpiDelta('points', -32.7, 'en')).toBe('−33');
    expect(kpiDelta('hours', 0, 'en')).toBe('±0 h');
  });

  it('calls a change better or worse only when its interval excludes zero and it is not weak', () => {
    const change = (delta: number, low: number, high: number, weak = false) => ({
      from: '2026-H1',
      to: '2026-H2',
      difference: { delta, low, high, p: 0.01, weak },
    });
    expect(changeVerdict(kpi({ change: change(-10, -15, -5) }))).toBe('better');
    expect(changeVerdict(kpi({ change: change(10, 5, 15) }))).toBe('worse');
    expect(changeVerdict(kpi({ better: 'higher', change: change(10, 5, 15) }))).toBe('better');
    expect(changeVerdict(kpi({ change: change(-10, -15, 2) }))).toBe('unclear');
    expect(changeVerdict(kpi({ change: change(-10, -15, -5, true) }))).toBe('unclear');
    expect(changeVerdict(kpi())).toBe('unclear');
  });

  it('judges the target on the latest period with data', () => {
    expect(latestPeriod(kpi())).toBe('2026-H1');
    expect(
      latestPeriod(
        kpi({
          change: {
            from: '2025-H2',
            to: '2026-H2',
            difference: { delta: 1, low: 0, high: 2, p: 0.5, weak: false },
          },
        }),
      ),
    ).toBe('2026-H2');
  });
});
