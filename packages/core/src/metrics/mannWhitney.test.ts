import { describe, expect, it } from 'vitest';
import { mannWhitneyExactP, mannWhitneyU } from './mannWhitney.ts';

describe('Mann–Whitney U', () => {
  it('separated samples, normal approximation', () => {
    // ranks of x = 1, 2, 3 → R1 = 6, U = 6 − 3·4/2 = 0; mean 4.5, var = 9/12 × 7 = 5.25
    // z = (0 − 4.5 + 0.5)/√5.25 = −4/2.291288 = −1.745743; p = 2Φ(−1.745743) = 0.080856
    const r = mannWhitneyU([1, 2, 3], [4, 5, 6], { method: 'normal' });
    expect(r.u).toBe(0);
    expect(r.z).toBeCloseTo(-1.745743, 5);
    expect(r.p).toBeCloseTo(0.080856, 5);
    expect(r.effect).toBe(0);
    expect(r.method).toBe('normal');
  });

  it('small samples without ties get the exact p', () => {
    // U = 0 happens in 1 of C(6,3) = 20 equally likely arrangements: p = 2 × 1/20 = 0.1
    expect(mannWhitneyU([1, 2, 3], [4, 5, 6])).toMatchObject({ u: 0, p: 0.1, method: 'exact' });
    // U = 1: arrangements with U ≤ 1 are {0, 1} → 2 of 20: p = 2 × 2/20 = 0.2
    expect(mannWhitneyExactP(1, 3, 3)).toBeCloseTo(0.2, 12);
    // n1 = 2, n2 = 2: U ∈ {0, 1, 2, 2, 3, 4} over C(4,2) = 6; U = 2 is the centre: p = 2 × 4/6 → 1
    expect(mannWhitneyExactP(2, 2, 2)).toBe(1);
    // x = 1, 4, 7, 9 and y = 2, 3, 5, 6, 8: U = 0 + 2 + 4 + 5 = 11 of n1·n2 = 20; R's wilcox.test gives 0.9048
    const r = mannWhitneyU([1, 4, 7, 9], [2, 3, 5, 6, 8]);
    expect(r.u).toBe(11);
    expect(r.p).toBeCloseTo(114 / 126, 10);
    // large samples, or ties, keep the normal approximation
    expect(
      mannWhitneyU(
        Array.from({ length: 30 }, (_, i) => i),
        Array.from({ length: 30 }, (_, i) => i + 0.5),
      ).method,
    ).toBe('normal');
  });

  it('corrects the variance for ties', () => {
    // pooled 1a 2a 2a 2b 3a 3b 4b 4b 5b; midranks 1, 3, 3, 3, 5.5, 5.5, 7.5, 7.5, 9
    // R1 = 1 + 3 + 3 + 5.5 = 12.5; U = 12.5 − 10 = 2.5; mean = 4·5/2 = 10
    // ties: 3 twos (27 − 3 = 24), 2 threes (6), 2 fours (6) → Σ = 36
    // var = 20/12 × (10 − 36/72) = 1.666667 × 9.5 = 15.833333
    // z = (2.5 − 10 + 0.5)/√15.833333 = −7/3.979112 = −1.759186; p = 0.078546
    const r = mannWhitneyU([1, 2, 2, 3], [2, 3, 4, 4, 5]);
    expect(r.u).toBe(2.5);
    expect(r.z).toBeCloseTo(-1.759186, 5);
    expect(r.p).toBeCloseTo(0.078546, 5);
    expect(r.effect).toBeCloseTo(2.5 / 20, 12);
  });

  it('gives p = 1 for identical constant samples and rejects non-numbers', () => {
    expect(mannWhitneyU([3, 3], [3, 3, 3]).p).toBe(1);
    expect(mannWhitneyU([1, 2], [2, 1]).p).toBe(1);
    expect(() => mannWhitneyU([1, Number.NaN], [2])).toThrow(/sample 1 value #2/);
  });
});
