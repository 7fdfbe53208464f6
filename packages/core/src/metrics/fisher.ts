import { lnGamma, normalQuantile } from './distributions.ts';
import { assertCount } from './estimate.ts';

/**
 * A 2×2 table. For drivers of drop-off: a = quit and exposed, b = quit and not exposed,
 * c = stayed and exposed, d = stayed and not exposed.
 */
export interface TwoByTwo {
  a: number;
  b: number;
  c: number;
  d: number;
}

function checkTable(t: TwoByTwo): void {
  assertCount(t.a, 'a');
  assertCount(t.b, 'b');
  assertCount(t.c, 'c');
  assertCount(t.d, 'd');
}

function lnChoose(n: number, k: number): number {
  return lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1);
}

/**
 * Fisher's exact test, two-sided: the sum of the probabilities of every table with the same margins
 * that is no more likely than the observed one (the convention of R's fisher.test and SciPy).
 * @example fisherExact({ a: 3, b: 1, c: 1, d: 3 }) // p ≈ 0.486
 */
export function fisherExact(table: TwoByTwo): number {
  checkTable(table);
  const { a, b, c, d } = table;
  const row1 = a + b;
  const col1 = a + c;
  const n = a + b + c + d;
  if (n === 0) return 1;
  const lnDenominator = lnChoose(n, col1);
  const lnP = (x: number) => lnChoose(row1, x) + lnChoose(n - row1, col1 - x) - lnDenominator;
  const observed = lnP(a);
  const lo = Math.max(0, col1 - (n - row1));
  const hi = Math.min(row1, col1);
  // Relative tolerance so that tables as likely as the observed one, up to rounding, are counted.
  const threshold = observed + Math.log1p(1e-7);
  let p = 0;
  for (let x = lo; x <= hi; x++) {
    const lx = lnP(x);
    if (lx <= threshold) p += Math.exp(lx);
  }
  return Math.min(1, p);
}

export interface OddsRatio {
  value: number;
  low: number;
  high: number;
  /** true when a zero cell made us add 0.5 to every cell (Haldane–Anscombe correction). */
  corrected: boolean;
}

/**
 * Odds ratio (a·d)/(b·c) with Woolf's logit interval exp(ln OR ± z·√(1/a + 1/b + 1/c + 1/d)).
 * When any cell is 0, 0.5 is added to every cell first (Haldane 1956), so the ratio and interval stay finite.
 * @example oddsRatio({ a: 10, b: 20, c: 30, d: 40 }) // value ≈ 0.667, low ≈ 0.273, high ≈ 1.631
 */
export function oddsRatio(table: TwoByTwo, confidence = 0.95): OddsRatio {
  checkTable(table);
  const corrected = table.a === 0 || table.b === 0 || table.c === 0 || table.d === 0;
  const k = corrected ? 0.5 : 0;
  const a = table.a + k;
  const b = table.b + k;
  const c = table.c + k;
  const d = table.d + k;
  const lnOr = Math.log((a * d) / (b * c));
  const se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  return { value: Math.exp(lnOr), low: Math.exp(lnOr - z * se), high: Math.exp(lnOr + z * se), corrected };
}
