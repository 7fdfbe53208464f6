import type { Journey, Kpi, Localized } from '@tropa/core';
import type { JourneyRules } from '../mapping/journeyRules.ts';
import type { TimeBucket } from './buckets.ts';
import type { KpiSampler } from './kpiSampler.ts';
import type { KpiQuery, KpiUnit } from './kpiTypes.ts';
import type { Sample, SampleTable } from './samples.ts';

/** How to get a KPI's samples for any buckets and segmentation. */
export interface KpiMeasure {
  kind: Sample['kind'];
  unit: KpiUnit;
  fetch(buckets: readonly TimeBucket[], segmentBy?: string): Promise<SampleTable>;
}

export interface MeasureContext {
  /** The engine's sample queries. */
  sampler: KpiSampler;
  journey: Journey;
  rules: JourneyRules;
  hasSurveys: boolean;
  query: KpiQuery;
}

/** Why a KPI of the map is not computed, for the report (en and ru). */
const SKIP = {
  noSurveys: {
    en: 'the dataset has no surveys: add a surveys file to measure it',
    ru: 'в наборе данных нет опросов: добавьте файл опросов, чтобы его посчитать',
  },
  stagesMissing: {
    en: 'its fromStage and toStage must both be stages of the map',
    ru: 'его fromStage и toStage должны быть этапами карты',
  },
  repeatStage: {
    en: 'repeat-deal needs its stage (the repeat stage) in the map, after another stage',
    ru: 'для repeat-deal нужен этап повторных сделок в карте, не первый по порядку',
  },
  supportStage: {
    en: 'support-contacts needs a stage or a touchpoint of the map',
    ru: 'для support-contacts нужен этап или точка контакта карты',
  },
  custom: {
    en: 'a custom KPI has no formula Tropa knows; record its value in a review',
    ru: 'у пользовательского KPI нет формулы в Tropa; записывайте его значение при ревью карты',
  },
} satisfies Record<string, Localized>;

/** A touchpoint whose events are support contacts: staffed, or on the support channel (not self-service). */
function isContactTouchpoint(journey: Journey, id: string): boolean {
  const t = journey.touchpoints.find((x) => x.id === id);
  return t !== undefined && (t.kind === 'human' || t.channel === 'support');
}

/**
 * The measure of one KPI of the map, or the reason it cannot be measured (a `custom` KPI, a missing
 * stage, no surveys). Definitions are in packages/analytics/src/kpis/README.md.
 */
export function kpiMeasure(kpi: Kpi, ctx: MeasureContext): KpiMeasure | { skip: Localized } {
  const { sampler, journey, rules, query } = ctx;
  const stageIndex = (id: string | undefined) =>
    id === undefined ? -1 : rules.stages.findIndex((s) => s.id === id);
  const stageOfKpi = kpi.stage ?? journey.touchpoints.find((t) => t.id === kpi.touchpoint)?.stage;
  switch (kpi.type) {
    case 'nps':
    case 'csat':
    case 'ces': {
      if (!ctx.hasSurveys) return { skip: SKIP.noSurveys };
      const type = kpi.type;
      const filter = {
        ...(kpi.stage ? { stage: kpi.stage } : {}),
        ...(kpi.touchpoint ? { touchpoint: kpi.touchpoint } : {}),
      };
      return {
        kind: type === 'csat' ? 'proportion' : type,
        unit: type === 'nps' ? 'points' : type === 'csat' ? 'share' : 'score',
        fetch: async (buckets, segmentBy) => {
          const groups = await sampler.surveys(journey, {
            buckets,
            filter,
            ...(segmentBy ? { segmentBy } : {}),
          });
          return groups.get(null)?.[type] ?? new Map();
        },
      };
    }
    case 'conversion':
    case 'time-between': {
      const from = stageIndex(kpi.fromStage);
      const to = stageIndex(kpi.toStage);
      if (from < 0 || to < 0) return { skip: SKIP.stagesMissing };
      if (kpi.type === 'time-between') {
        return {
          kind: 'durations',
          unit: 'hours',
          fetch: (buckets, segmentBy) =>
            sampler.stageDurations({
              fromStage: from,
              toStage: to,
              buckets,
              ...(segmentBy ? { segmentBy } : {}),
            }),
        };
      }
      const windowDays = query.conversionWindowDays ?? 90;
      return {
        kind: 'proportion',
        unit: 'share',
        fetch: (buckets, segmentBy) =>
          sampler.cohorts({
            fromStage: from,
            toStage: to,
            windowDays,
            buckets,
            ...(segmentBy ? { segmentBy } : {}),
          }),
      };
    }
    case 'repeat-deal': {
      const to = stageIndex(stageOfKpi);
      // The first deal: the KPI's fromStage, else the stage right before the repeat stage.
      const from = kpi.fromStage ? stageIndex(kpi.fromStage) : to - 1;
      if (to < 1 || from < 0) return { skip: SKIP.repeatStage };
      const windowDays = query.repeatWindowDays ?? 365;
      return {
        kind: 'proportion',
        unit: 'share',
        fetch: (buckets, segmentBy) =>
          sampler.cohorts({
            fromStage: from,
            toStage: to,
            windowDays,
            strictlyAfter: true,
            buckets,
            ...(segmentBy ? { segmentBy } : {}),
          }),
      };
    }
    case 'response-time':
      return {
        kind: 'durations',
        unit: 'hours',
        fetch: (buckets, segmentBy) =>
          sampler.pairDurations({ pairs: kpi.pairs ?? [], buckets, ...(segmentBy ? { segmentBy } : {}) }),
      };
    case 'support-contacts': {
      const stage = stageIndex(stageOfKpi);
      if (stage < 0) return { skip: SKIP.supportStage };
      const contactTouchpoints = rules.touchpoints
        .map((t, i) => ({ t, i }))
        .filter(({ t }) =>
          kpi.touchpoint
            ? t.id === kpi.touchpoint
            : t.stage === stageOfKpi && isContactTouchpoint(journey, t.id),
        )
        .map(({ i }) => i);
      return {
        kind: 'mean',
        unit: 'per-case',
        fetch: (buckets, segmentBy) =>
          sampler.support({
            stage,
            contactTouchpoints,
            buckets,
            ...(segmentBy ? { segmentBy } : {}),
          }),
      };
    }
    case 'custom':
      return { skip: SKIP.custom };
  }
}
