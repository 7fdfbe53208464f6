import { normalQuantile } from './distributions.ts';
import {
  confidenceOf,
  type Difference,
  type Estimate,
  type EstimateOptions,
  emptyEstimate,
  isWeak,
} from './estimate.ts';
import { mannWhitneyU } from './mannWhitney.ts';

/** The median of numbers (the mean of the two middle values for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Median of durations (or any skewed quantity) with a distribution-free interval from order statistics:
 * x(j)..x(k) with j = ⌊n/2 − z·√n/2⌋ and k = ⌈1 + n/2 + z·√n/2⌉ (Conover, Practical Nonparametric Statistics,
 * the normal approximation to the binomial), clipped to 1..n. No assumption about the shape of the distribution.
 * @example medianEstimate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) // value 5.5, low 1, high 10
 */
export function medianEstimate(values: readonly number[], options: EstimateOptions = {}): Estimate {
  const bad = values.findIndex((x) => !Number.isFinite(x));
  if (bad >= 0) throw new RangeError(`value #${bad + 1} is ${values[bad]}; values must be finite numbers`);
  const n = values.length;
  if (n === 0) return emptyEstimate();
  const sorted = [...values].sort((a, b) => a - b);
  const z = normalQuantile(1 - (1 - confidenceOf(options)) / 2);
  const spread = (z * Math.sqrt(n)) / 2;
  const j = Math.max(1, Math.floor(n / 2 - spread));
  const k = Math.min(n, Math.ceil(1 + n / 2 + spread));
  return {
    n,
    value: median(sorted),
    low: sorted[j - 1] as number,
    high: sorted[k - 1] as number,
    weak: isWeak(n, options),
  };
}

/**
 * Change of a median between two samples, `later − earlier`. The p-value is the Mann–Whitney U test's;
 * the interval is approximate: Δ ± √(h₁² + h₂²), h being the half-width of each median's order-statistic
 * interval (a normal-theory combination of two distribution-free intervals).
 */
export function compareMedians(
  earlier: readonly number[],
  later: readonly number[],
  options: EstimateOptions = {},
): Difference {
  const a = medianEstimate(earlier, options);
  const b = medianEstimate(later, options);
  if (a.n === 0 || b.n === 0) {
    return { delta: Number.NaN, low: Number.NaN, high: Number.NaN, p: Number.NaN, weak: true };
  }
  const delta = b.value - a.value;
  const half = Math.hypot((a.high - a.low) / 2, (b.high - b.low) / 2);
  return {
    delta,
    low: delta - half,
    high: delta + half,
    p: mannWhitneyU(earlier, later).p,
    weak: a.weak || b.weak,
  };
}
