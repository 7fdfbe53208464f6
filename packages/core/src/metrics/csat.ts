import { normalQuantile } from './distributions.ts';
import {
  assertCount,
  confidenceOf,
  type Difference,
  type Estimate,
  type EstimateOptions,
  emptyEstimate,
  isWeak,
} from './estimate.ts';
import { twoProportionTest } from './proportionTest.ts';

/** CSAT answers (1–5) counted as satisfied (4–5) out of all. */
export interface CsatCounts {
  satisfied: number;
  n: number;
}

/** Counts 1–5 answers; throws on an answer that is not an integer 1–5. */
export function csatCounts(scores: readonly number[]): CsatCounts {
  let satisfied = 0;
  scores.forEach((s, i) => {
    if (!Number.isInteger(s) || s < 1 || s > 5) {
      throw new RangeError(`CSAT answer #${i + 1} is ${s}; CSAT answers are whole numbers from 1 to 5`);
    }
    if (s >= 4) satisfied++;
  });
  return { satisfied, n: scores.length };
}

/**
 * Wilson score interval of a proportion (Wilson 1927): good coverage at small n and near 0 or 1,
 * where the plain Wald interval fails.
 */
export function wilsonInterval(
  successes: number,
  n: number,
  confidence = 0.95,
): { low: number; high: number } {
  if (n === 0) return { low: Number.NaN, high: Number.NaN };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * CSAT = share of answers 4–5 on the 1–5 scale, as a fraction 0..1, with a Wilson interval.
 * @example csat({ satisfied: 8, n: 10 }) // value 0.8, low ≈ 0.490, high ≈ 0.943
 */
export function csat(counts: CsatCounts, options: EstimateOptions = {}): Estimate {
  assertCount(counts.satisfied, 'satisfied');
  assertCount(counts.n, 'n');
  if (counts.satisfied > counts.n) {
    throw new RangeError(`satisfied (${counts.satisfied}) cannot exceed n (${counts.n})`);
  }
  if (counts.n === 0) return emptyEstimate();
  const { low, high } = wilsonInterval(counts.satisfied, counts.n, confidenceOf(options));
  return { n: counts.n, value: counts.satisfied / counts.n, low, high, weak: isWeak(counts.n, options) };
}

/**
 * Any proportion (a conversion, a share of partners with a repeat deal) as a fraction 0..1 with its Wilson interval.
 * @example proportionEstimate({ successes: 8, n: 10 }) // value 0.8, low ≈ 0.490, high ≈ 0.943
 */
export function proportionEstimate(
  p: { successes: number; n: number },
  options: EstimateOptions = {},
): Estimate {
  return csat({ satisfied: p.successes, n: p.n }, options);
}

/** CSAT of raw 1–5 answers. */
export function csatOfScores(scores: readonly number[], options: EstimateOptions = {}): Estimate {
  return csat(csatCounts(scores), options);
}

/** Change of CSAT between two periods (`later − earlier`, a fraction) by the two-proportion z-test. */
export function compareCsat(
  earlier: CsatCounts,
  later: CsatCounts,
  options: EstimateOptions = {},
): Difference {
  const test = twoProportionTest(
    { successes: earlier.satisfied, n: earlier.n },
    { successes: later.satisfied, n: later.n },
    options,
  );
  return {
    delta: test.delta,
    low: test.low,
    high: test.high,
    p: test.p,
    weak: isWeak(earlier.n, options) || isWeak(later.n, options),
  };
}
