import { describe, expect, it } from 'vitest';
import { mannWhitneyU } from './mannWhitney.ts';

describe('Mann–Whitney U', () => {
  it('separated samples', () => {
    // ranks of x = 1, 2, 3 → R1 = 6, U = 6 − 3·4/2 = 0; mean 4.5, var = 9/12 × 7 = 5.25
    // z = (0 − 4.5 + 0.5)/√5.25 = −4/2.291288 = −1.745743; p = 2Φ(−1.745743) = 0.080856
    const r = mannWhitneyU([1, 2, 3], [4, 5, 6]);
    expect(r.u).toBe(0);
    expect(r.z).toBeCloseTo(-1.745743, 5);
    expect(r.p).toBeCloseTo(0.080856, 5);
    expect(r.effect).toBe(0);
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
