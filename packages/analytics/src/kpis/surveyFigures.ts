import type { Journey } from '@tropa/core';
import { ALL_TIME, type TimeBucket } from './buckets.ts';
import type { KpiSampler, SurveyGrouping } from './kpiSampler.ts';
import type { KpiQuery, SurveyFigures } from './kpiTypes.ts';
import { emptySample, estimateOf, type SampleTable } from './samples.ts';

/** NPS, CSAT and CES of all survey answers, per stage, per touchpoint and per segment, overall and by period. */
export async function surveyFigures(
  sampler: KpiSampler,
  journey: Journey,
  periods: readonly TimeBucket[],
  query: KpiQuery,
): Promise<SurveyFigures[]> {
  const buckets = [ALL_TIME, ...periods];
  const opts = query.minN ? { minN: query.minN } : {};
  const out: SurveyFigures[] = [];
  const add = (
    scope: SurveyFigures['scope'],
    group: string,
    tables: { nps: SampleTable; csat: SampleTable; ces: SampleTable },
    segment = '',
  ) => {
    for (const b of buckets) {
      const at = (t: SampleTable, kind: 'nps' | 'proportion' | 'ces') =>
        t.get(b.key)?.get(segment) ?? emptySample(kind);
      const nps = estimateOf(at(tables.nps, 'nps'), opts);
      const csat = estimateOf(at(tables.csat, 'proportion'), opts);
      const ces = estimateOf(at(tables.ces, 'ces'), opts);
      if (nps.n + csat.n + ces.n > 0) out.push({ scope, group, period: b.key, nps, csat, ces });
    }
  };
  const groupings: [SurveyFigures['scope'], SurveyGrouping][] = [
    ['all', 'none'],
    ['stage', 'stage'],
    ['touchpoint', 'touchpoint'],
  ];
  for (const [scope, groupBy] of groupings) {
    const groups = await sampler.surveys(journey, { buckets, groupBy });
    for (const [group, tables] of [...groups].sort(([a], [b]) => String(a).localeCompare(String(b)))) {
      if (scope === 'all' || group !== null) add(scope, group ?? 'all', tables);
    }
  }
  if (query.segmentBy) {
    const tables = (await sampler.surveys(journey, { buckets, segmentBy: query.segmentBy })).get(null);
    const segments = new Set([...(tables?.nps.values() ?? [])].flatMap((m) => [...m.keys()]));
    for (const segment of [...segments].sort()) if (tables) add('segment', segment, tables, segment);
  }
  return out;
}
