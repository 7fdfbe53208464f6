import { normalQuantile, twoSidedNormalP } from './distributions.ts';
import { assertCount, confidenceOf } from './estimate.ts';

/** Successes out of trials in one group. */
export interface Proportion {
  successes: number;
  n: number;
}

export interface TwoProportionResult {
  p1: number;
  p2: number;
  /** p2 − p1. */
  delta: number;
  /** Unpooled (Wald) interval of the difference. */
  low: number;
  high: number;
  /** Pooled z statistic. */
  z: number;
  /** Two-sided p-value. */
  p: number;
}

/**
 * Two-proportion z-test of H0: p1 = p2. The test uses the pooled proportion (the usual textbook test);
 * the interval of the difference uses the unpooled standard error, which does not assume H0.
 * @example twoProportionTest({ successes: 40, n: 100 }, { successes: 55, n: 100 }) // z ≈ 2.12, p ≈ 0.034
 */
export function twoProportionTest(
  group1: Proportion,
  group2: Proportion,
  options: { confidence?: number } = {},
): TwoProportionResult {
  for (const [g, name] of [
    [group1, 'group 1'],
    [group2, 'group 2'],
  ] as const) {
    assertCount(g.successes, `${name} successes`);
    assertCount(g.n, `${name} n`);
    if (g.successes > g.n) throw new RangeError(`${name}: successes (${g.successes}) exceed n (${g.n})`);
  }
  const nan = Number.NaN;
  if (group1.n === 0 || group2.n === 0) {
    return { p1: nan, p2: nan, delta: nan, low: nan, high: nan, z: nan, p: nan };
  }
  const p1 = group1.successes / group1.n;
  const p2 = group2.successes / group2.n;
  const delta = p2 - p1;
  const pooled = (group1.successes + group2.successes) / (group1.n + group2.n);
  const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / group1.n + 1 / group2.n));
  // Both groups all-successes or all-failures: no evidence of a difference.
  const z = sePooled === 0 ? 0 : delta / sePooled;
  const seUnpooled = Math.sqrt((p1 * (1 - p1)) / group1.n + (p2 * (1 - p2)) / group2.n);
  const zCrit = normalQuantile(1 - (1 - confidenceOf(options)) / 2);
  return {
    p1,
    p2,
    delta,
    low: delta - zCrit * seUnpooled,
    high: delta + zCrit * seUnpooled,
    z,
    p: twoSidedNormalP(z),
  };
}
