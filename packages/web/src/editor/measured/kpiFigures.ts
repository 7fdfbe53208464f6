import type { Lang } from '@tropa/core';
import type { KpiUnit, MeasuredKpi } from './measuredReport.ts';

const number = (v: number, lang: Lang, digits: number) =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(v);

const UNIT: Record<KpiUnit, { en: string; ru: string }> = {
  points: { en: '', ru: '' },
  share: { en: '%', ru: '%' },
  score: { en: '', ru: '' },
  hours: { en: ' h', ru: ' ч' },
  'per-case': { en: ' per case', ru: ' на партнёра' },
};

/** A KPI figure in its unit: shares as percent, NPS as whole points, hours and scores with one decimal. */
export function kpiValue(unit: KpiUnit, value: number, lang: Lang, withUnit = true): string {
  const shown =
    unit === 'share'
      ? number(value * 100, lang, value < 0.1 ? 1 : 0)
      : number(value, lang, unit === 'points' || Math.abs(value) >= 100 ? 0 : 1);
  // A true minus sign: a hyphen before a number reads as a dash in ranges.
  const signed = shown.replace(/^-/, '−');
  return withUnit ? `${signed}${UNIT[unit][lang]}` : signed;
}

/** A change between periods: shares in percentage points, the rest in the KPI's unit, always signed. */
export function kpiDelta(unit: KpiUnit, delta: number, lang: Lang): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const size = Math.abs(delta);
  if (unit === 'share') return `${sign}${number(size * 100, lang, 1)} ${lang === 'ru' ? 'п.п.' : 'pp'}`;
  return `${sign}${kpiValue(unit, size, lang)}`;
}

export type Verdict = 'better' | 'worse' | 'unclear';

/** A change is better or worse only when its interval excludes zero and its sample is not weak. */
export function changeVerdict(kpi: MeasuredKpi): Verdict {
  const d = kpi.change?.difference;
  if (!d || d.delta === null || d.low === null || d.high === null || d.weak) return 'unclear';
  if (d.low <= 0 && d.high >= 0) return 'unclear';
  const up = d.delta > 0;
  return up === (kpi.better === 'higher') ? 'better' : 'worse';
}

/** The period the target is judged on: the latest one with data. */
export function latestPeriod(kpi: MeasuredKpi): string | undefined {
  if (kpi.change) return kpi.change.to;
  return kpi.periods.filter((p) => p.estimate.n > 0).at(-1)?.period;
}
