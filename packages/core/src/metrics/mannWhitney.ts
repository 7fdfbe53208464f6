import { twoSidedNormalP } from './distributions.ts';

export interface MannWhitneyResult {
  /** U of the first sample: the number of (x, y) pairs with x > y, ties counting one half. */
  u: number;
  n1: number;
  n2: number;
  /** Normal-approximation statistic with tie and continuity corrections. */
  z: number;
  /** Two-sided p-value. */
  p: number;
  /** U / (n1·n2): the chance a random x exceeds a random y (ties half); 0.5 means no shift. */
  effect: number;
}

/**
 * Mann–Whitney U test (Wilcoxon rank-sum) of two independent samples, e.g. times to answer an offer
 * in two segments. Midranks for ties, the tie-corrected variance
 * n1·n2/12 · ((N+1) − Σ(t³−t)/(N(N−1))) and a continuity correction of 0.5 (as R and SciPy by default).
 * @example mannWhitneyU([1, 2, 3], [4, 5, 6]) // u 0, z ≈ −1.746, p ≈ 0.081
 */
export function mannWhitneyU(sample1: readonly number[], sample2: readonly number[]): MannWhitneyResult {
  const n1 = sample1.length;
  const n2 = sample2.length;
  const nan = Number.NaN;
  if (n1 === 0 || n2 === 0) return { u: nan, n1, n2, z: nan, p: nan, effect: nan };
  for (const [sample, name] of [
    [sample1, 'sample 1'],
    [sample2, 'sample 2'],
  ] as const) {
    const bad = sample.findIndex((x) => !Number.isFinite(x));
    if (bad >= 0)
      throw new RangeError(`${name} value #${bad + 1} is ${sample[bad]}; values must be finite numbers`);
  }
  const pooled = [
    ...sample1.map((value) => ({ value, first: true })),
    ...sample2.map((value) => ({ value, first: false })),
  ].sort((a, b) => a.value - b.value);
  const total = n1 + n2;
  let rankSum1 = 0;
  let tieTerm = 0;
  for (let i = 0; i < total; ) {
    let j = i;
    while (j + 1 < total && pooled[j + 1]?.value === pooled[i]?.value) j++;
    const midrank = (i + j + 2) / 2;
    const t = j - i + 1;
    tieTerm += t ** 3 - t;
    for (let k = i; k <= j; k++) if (pooled[k]?.first) rankSum1 += midrank;
    i = j + 1;
  }
  const u = rankSum1 - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (total + 1 - tieTerm / (total * (total - 1)));
  if (variance <= 0) return { u, n1, n2, z: 0, p: 1, effect: u / (n1 * n2) };
  const diff = u - mean;
  const corrected = Math.sign(diff) * Math.max(0, Math.abs(diff) - 0.5);
  const z = corrected / Math.sqrt(variance);
  return { u, n1, n2, z, p: twoSidedNormalP(z), effect: u / (n1 * n2) };
}
