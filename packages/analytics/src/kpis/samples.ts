import {
  ces,
  compareCes,
  compareMedians,
  compareNps,
  type Difference,
  type Estimate,
  type EstimateOptions,
  type MeanSummary,
  meanEstimate,
  medianEstimate,
  type NpsCounts,
  nps,
  proportionEstimate,
  twoProportionTest,
} from '@tropa/core';

/**
 * What one KPI needs of the observations in one bucket (and segment): NPS group counts, successes out of n,
 * a mean summary, or the durations themselves (for medians and rank tests).
 */
export type Sample =
  | { kind: 'nps'; counts: NpsCounts }
  | { kind: 'proportion'; successes: number; n: number }
  | { kind: 'ces'; summary: MeanSummary }
  | { kind: 'mean'; summary: MeanSummary }
  | { kind: 'durations'; hours: number[] };

/** Samples of one KPI by bucket key, then by segment (`''` when not segmented). */
export type SampleTable = Map<string, Map<string, Sample>>;

export function sampleSize(s: Sample): number {
  switch (s.kind) {
    case 'nps':
      return s.counts.promoters + s.counts.passives + s.counts.detractors;
    case 'proportion':
      return s.n;
    case 'ces':
    case 'mean':
      return s.summary.n;
    case 'durations':
      return s.hours.length;
  }
}

/** The KPI's figure for a sample, by core's formula for its kind. */
export function estimateOf(s: Sample, options: EstimateOptions): Estimate {
  switch (s.kind) {
    case 'nps':
      return nps(s.counts, options);
    case 'proportion':
      return proportionEstimate(s, options);
    case 'ces':
      return ces(s.summary, options);
    case 'mean':
      return meanEstimate(s.summary, options);
    case 'durations':
      return medianEstimate(s.hours, options);
  }
}

/**
 * `later − earlier` with its interval and p: z-test for NPS and proportions, Welch's t for means,
 * Mann–Whitney U for durations (medians).
 */
export function compareSamples(earlier: Sample, later: Sample, options: EstimateOptions): Difference {
  const weak = sampleSize(earlier) < (options.minN ?? 30) || sampleSize(later) < (options.minN ?? 30);
  if (earlier.kind === 'nps' && later.kind === 'nps')
    return compareNps(earlier.counts, later.counts, options);
  if (earlier.kind === 'proportion' && later.kind === 'proportion') {
    const t = twoProportionTest(earlier, later, options);
    return { delta: t.delta, low: t.low, high: t.high, p: t.p, weak };
  }
  if (
    (earlier.kind === 'ces' || earlier.kind === 'mean') &&
    (later.kind === 'ces' || later.kind === 'mean')
  ) {
    return compareCes(earlier.summary, later.summary, options);
  }
  if (earlier.kind === 'durations' && later.kind === 'durations') {
    return compareMedians(earlier.hours, later.hours, options);
  }
  throw new Error(`cannot compare a ${earlier.kind} sample with a ${later.kind} sample`);
}

/** An empty sample of a kind, for buckets with no observation. */
export function emptySample(kind: Sample['kind']): Sample {
  switch (kind) {
    case 'nps':
      return { kind, counts: { promoters: 0, passives: 0, detractors: 0 } };
    case 'proportion':
      return { kind, successes: 0, n: 0 };
    case 'ces':
    case 'mean':
      return { kind, summary: { n: 0, mean: Number.NaN, sd: 0 } };
    case 'durations':
      return { kind, hours: [] };
  }
}
