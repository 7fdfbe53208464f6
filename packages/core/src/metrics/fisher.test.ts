import { describe, expect, it } from 'vitest';
import { fisherExact, oddsRatio } from './fisher.ts';

describe("Fisher's exact test", () => {
  it('sums the tables no more likely than the observed one', () => {
    // margins 4, 4 of 8: P(x) = C(4,x)·C(4,4−x)/C(8,4) = 1, 16, 36, 16, 1 (/70) for x = 0..4
    // observed x = 3 (16/70): p = (1 + 16 + 16 + 1)/70 = 34/70 = 0.485714
    expect(fisherExact({ a: 3, b: 1, c: 1, d: 3 })).toBeCloseTo(34 / 70, 12);
    // margins 5, 5 of 10, observed x = 0: P = 1/C(10,5) = 1/252; x = 5 as likely → 2/252
    expect(fisherExact({ a: 0, b: 5, c: 5, d: 0 })).toBeCloseTo(2 / 252, 12);
  });

  it('gives 1 when the table is the most likely one, and is symmetric', () => {
    expect(fisherExact({ a: 2, b: 2, c: 2, d: 2 })).toBeCloseTo(1, 12);
    expect(fisherExact({ a: 1, b: 9, c: 11, d: 3 })).toBeCloseTo(
      fisherExact({ a: 9, b: 1, c: 3, d: 11 }),
      12,
    );
    expect(fisherExact({ a: 0, b: 0, c: 0, d: 0 })).toBe(1);
  });

  it('handles large tables (drivers over thousands of cases)', () => {
    const p = fisherExact({ a: 400, b: 600, c: 1600, d: 7400 });
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-20);
  });
});

describe('odds ratio', () => {
  it("computes Woolf's interval", () => {
    // OR = 10·40/(20·30) = 0.666667; SE = √(1/10 + 1/20 + 1/30 + 1/40) = √0.208333 = 0.456435
    // ln OR = −0.405465; bounds exp(−0.405465 ∓ 1.959964 × 0.456435) = exp(−1.300062) = 0.272515, exp(0.489132) = 1.630900
    const r = oddsRatio({ a: 10, b: 20, c: 30, d: 40 });
    expect(r.value).toBeCloseTo(0.666667, 5);
    expect(r.low).toBeCloseTo(0.272515, 5);
    expect(r.high).toBeCloseTo(1.6309, 5);
    expect(r.corrected).toBe(false);
  });

  it('adds 0.5 to every cell when one is zero (Haldane)', () => {
    // (0.5 · 0.5)/(5.5 · 5.5) = 0.25/30.25 = 0.00826446
    const r = oddsRatio({ a: 0, b: 5, c: 5, d: 0 });
    expect(r.corrected).toBe(true);
    expect(r.value).toBeCloseTo(0.00826446, 7);
    expect(Number.isFinite(r.low) && Number.isFinite(r.high)).toBe(true);
    expect(r.high).toBeLessThan(1);
  });
});
