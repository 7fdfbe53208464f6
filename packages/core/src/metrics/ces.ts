import { studentTQuantile, twoSidedTP } from './distributions.ts';
import {
  assertCount,
  clamp,
  confidenceOf,
  type Difference,
  type Estimate,
  type EstimateOptions,
  emptyEstimate,
  isWeak,
} from './estimate.ts';

/** What a CES interval needs from the answers; SQL aggregates give exactly this. */
export interface MeanSummary {
  n: number;
  mean: number;
  /** Sample standard deviation (divisor n − 1); 0 when n < 2. */
  sd: number;
}

const CES_MIN = 1;
const CES_MAX = 7;

/** n, mean and sample SD of 1–7 answers; throws on an answer that is not an integer 1–7. */
export function cesSummary(scores: readonly number[]): MeanSummary {
  scores.forEach((s, i) => {
    if (!Number.isInteger(s) || s < CES_MIN || s > CES_MAX) {
      throw new RangeError(`CES answer #${i + 1} is ${s}; CES answers are whole numbers from 1 to 7`);
    }
  });
  return meanSummary(scores);
}

/** n, mean and sample standard deviation of numbers (Welford's update, stable for long series). */
export function meanSummary(values: readonly number[]): MeanSummary {
  let mean = 0;
  let m2 = 0;
  values.forEach((x, i) => {
    const d = x - mean;
    mean += d / (i + 1);
    m2 += d * (x - mean);
  });
  const n = values.length;
  return { n, mean: n === 0 ? Number.NaN : mean, sd: n < 2 ? 0 : Math.sqrt(m2 / (n - 1)) };
}

/**
 * CES = mean answer on the 1–7 scale with a Student-t interval, mean ± t(1−α/2, n−1)·sd/√n,
 * clipped to the scale. With one answer nothing is known of the spread: the interval is the whole scale.
 * @example ces({ n: 10, mean: 5, sd: 1 }) // low ≈ 4.285, high ≈ 5.715
 */
export function ces(summary: MeanSummary, options: EstimateOptions = {}): Estimate {
  assertCount(summary.n, 'n');
  if (summary.n === 0) return emptyEstimate();
  const weak = isWeak(summary.n, options);
  if (summary.n === 1) return { n: 1, value: summary.mean, low: CES_MIN, high: CES_MAX, weak };
  const half = meanHalfWidth(summary, confidenceOf(options));
  return {
    n: summary.n,
    value: summary.mean,
    low: clamp(summary.mean - half, CES_MIN, CES_MAX),
    high: clamp(summary.mean + half, CES_MIN, CES_MAX),
    weak,
  };
}

/** CES of raw 1–7 answers. */
export function cesOfScores(scores: readonly number[], options: EstimateOptions = {}): Estimate {
  return ces(cesSummary(scores), options);
}

/**
 * A mean with its Student-t interval, mean ± t(1−α/2, n−1)·sd/√n, for any quantity (e.g. support contacts
 * per case). With one value the interval is unknown (NaN).
 * @example meanEstimate({ n: 10, mean: 2, sd: 1 }) // low ≈ 1.285, high ≈ 2.715
 */
export function meanEstimate(summary: MeanSummary, options: EstimateOptions = {}): Estimate {
  assertCount(summary.n, 'n');
  if (summary.n === 0) return emptyEstimate();
  const half = meanHalfWidth(summary, confidenceOf(options));
  return {
    n: summary.n,
    value: summary.mean,
    low: summary.mean - half,
    high: summary.mean + half,
    weak: isWeak(summary.n, options),
  };
}

/** Half-width of the t interval of a mean. */
export function meanHalfWidth(summary: MeanSummary, confidence = 0.95): number {
  if (summary.n < 2) return Number.NaN;
  return studentTQuantile(1 - (1 - confidence) / 2, summary.n - 1) * (summary.sd / Math.sqrt(summary.n));
}

/**
 * Difference of two means, `later − earlier`, by Welch's t-test (unequal variances,
 * Welch–Satterthwaite degrees of freedom): the safe default when periods differ in size and spread.
 */
export function welchTTest(
  earlier: MeanSummary,
  later: MeanSummary,
  options: { confidence?: number } = {},
): { delta: number; low: number; high: number; t: number; df: number; p: number } {
  const nan = Number.NaN;
  const delta = later.mean - earlier.mean;
  if (earlier.n < 2 || later.n < 2) return { delta, low: nan, high: nan, t: nan, df: nan, p: nan };
  const v1 = earlier.sd ** 2 / earlier.n;
  const v2 = later.sd ** 2 / later.n;
  const se = Math.sqrt(v1 + v2);
  if (se === 0) return { delta, low: delta, high: delta, t: nan, df: nan, p: delta === 0 ? 1 : 0 };
  const df = (v1 + v2) ** 2 / (v1 ** 2 / (earlier.n - 1) + v2 ** 2 / (later.n - 1));
  const t = delta / se;
  const half = studentTQuantile(1 - (1 - confidenceOf(options)) / 2, df) * se;
  return { delta, low: delta - half, high: delta + half, t, df, p: twoSidedTP(t, df) };
}

/** Change of CES between two periods by Welch's t-test. */
export function compareCes(
  earlier: MeanSummary,
  later: MeanSummary,
  options: EstimateOptions = {},
): Difference {
  const test = welchTTest(earlier, later, options);
  return {
    delta: test.delta,
    low: test.low,
    high: test.high,
    p: test.p,
    weak: isWeak(earlier.n, options) || isWeak(later.n, options),
  };
}
