import { DEFAULT_BETTER, type Journey } from '@tropa/core';
import { beforeAfterBuckets } from './buckets.ts';
import type { KpiMeasure } from './kpiMeasures.ts';
import type { ImprovementImpact } from './kpiTypes.ts';
import { compareSamples, emptySample, estimateOf, type SampleTable, sampleSize } from './samples.ts';

/**
 * The before/after impact of every done improvement on its KPI: the same number of days before and after its
 * done date, compared with the KPI's test. Improvements without a KPI, a date or a measurable KPI are skipped.
 */
export function improvementImpacts(
  journey: Journey,
  tables: ReadonlyMap<string, { measure: KpiMeasure; table: SampleTable }>,
  windowDays: number,
  minN: number | undefined,
): ImprovementImpact[] {
  const out: ImprovementImpact[] = [];
  for (const improvement of journey.improvements) {
    if (improvement.status !== 'done' || !improvement.doneAt || !improvement.kpi) continue;
    const kpi = journey.kpis.find((k) => k.id === improvement.kpi);
    const measured = tables.get(improvement.kpi);
    if (!kpi || !measured) continue;
    const { kind } = measured.measure;
    const [beforeKey, afterKey] = beforeAfterBuckets(improvement.id, improvement.doneAt, windowDays).map(
      (b) => b.key,
    );
    const before = measured.table.get(beforeKey ?? '')?.get('') ?? emptySample(kind);
    const after = measured.table.get(afterKey ?? '')?.get('') ?? emptySample(kind);
    const opts = { minN: minN ?? kpi.minN ?? 30 };
    const better = kpi.better ?? DEFAULT_BETTER[kpi.type];
    const difference = compareSamples(before, after, opts);
    const verdict: ImprovementImpact['verdict'] =
      sampleSize(before) === 0 || sampleSize(after) === 0 || Number.isNaN(difference.p)
        ? 'insufficient-data'
        : difference.p >= 0.05
          ? 'no-significant-change'
          : difference.delta > 0 === (better === 'higher')
            ? 'improved'
            : 'worsened';
    out.push({
      improvement: improvement.id,
      title: improvement.title,
      kpi: kpi.id,
      doneAt: improvement.doneAt,
      windowDays,
      before: estimateOf(before, opts),
      after: estimateOf(after, opts),
      difference,
      expected: improvement.expected ?? null,
      better,
      verdict,
    });
  }
  return out;
}
