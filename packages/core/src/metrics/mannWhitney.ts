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
  /** How p was found: the exact permutation distribution, or the normal approximation. */
  method: 'exact' | 'normal';
}

export interface MannWhitneyOptions {
  /**
   * `auto` (the default) uses the exact distribution of U when there are no ties and n1·n2 ≤ 400, where the
   * normal approximation is poor; `normal` always approximates (as R's wilcox.test with exact = FALSE).
   */
  method?: 'auto' | 'normal';
}

/** Exact two-sided p of U without ties: 2·min(P(U ≤ u), P(U ≥ u)), by counting rank arrangements. */
export function mannWhitneyExactP(u: number, n1: number, n2: number): number {
  // ways[j][k] = number of arrangements of j x-values among j + (current n) giving U = k, built up over n.
  const max = n1 * n2;
  let prev: number[][] = Array.from({ length: n1 + 1 }, (_, j) => {
    const row = new Array<number>(max + 1).fill(0);
    if (j === 0) row[0] = 1;
    return row;
  });
  for (let j = 1; j <= n1; j++) (prev[j] as number[])[0] = 1; // with no y-values, U is 0
  for (let n = 1; n <= n2; n++) {
    const next: number[][] = [new Array<number>(max + 1).fill(0)];
    (next[0] as number[])[0] = 1;
    for (let j = 1; j <= n1; j++) {
      const row = new Array<number>(max + 1).fill(0);
      const withoutLargestY = prev[j] as number[];
      const largestIsX = next[j - 1] as number[];
      for (let k = 0; k <= max; k++)
        row[k] = (withoutLargestY[k] ?? 0) + (k >= n ? (largestIsX[k - n] ?? 0) : 0);
      next.push(row);
    }
    prev = next;
  }
  const counts = prev[n1] as number[];
  const total = counts.reduce((s, c) => s + c, 0);
  let lower = 0;
  let upper = 0;
  counts.forEach((c, k) => {
    if (k <= u) lower += c;
    if (k >= u) upper += c;
  });
  return Math.min(1, (2 * Math.min(lower, upper)) / total);
}

/**
 * Mann–Whitney U test (Wilcoxon rank-sum) of two independent samples, e.g. times to answer an offer
 * in two segments. Midranks for ties, the tie-corrected variance
 * n1·n2/12 · ((N+1) − Σ(t³−t)/(N(N−1))) and a continuity correction of 0.5 (as R and SciPy by default);
 * small samples without ties get the exact p unless `method: 'normal'`.
 * @example mannWhitneyU([1, 2, 3], [4, 5, 6]) // u 0, exact p = 2/20 = 0.1
 */
export function mannWhitneyU(
  sample1: readonly number[],
  sample2: readonly number[],
  options: MannWhitneyOptions = {},
): MannWhitneyResult {
  const n1 = sample1.length;
  const n2 = sample2.length;
  const nan = Number.NaN;
  if (n1 === 0 || n2 === 0) return { u: nan, n1, n2, z: nan, p: nan, effect: nan, method: 'normal' };
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
  const effect = u / (n1 * n2);
  if (variance <= 0) return { u, n1, n2, z: 0, p: 1, effect, method: 'normal' };
  const diff = u - mean;
  const corrected = Math.sign(diff) * Math.max(0, Math.abs(diff) - 0.5);
  const z = corrected / Math.sqrt(variance);
  if ((options.method ?? 'auto') === 'auto' && tieTerm === 0 && n1 * n2 <= 400) {
    return { u, n1, n2, z, p: mannWhitneyExactP(u, n1, n2), effect, method: 'exact' };
  }
  return { u, n1, n2, z, p: twoSidedNormalP(z), effect, method: 'normal' };
}
