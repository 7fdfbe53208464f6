import { describe, expect, it } from 'vitest';
import { compareCsat, csat, csatCounts, csatOfScores, wilsonInterval } from './csat.ts';

describe('CSAT', () => {
  it('counts 4–5 as satisfied', () => {
    expect(csatCounts([5, 4, 3, 2, 1, 4])).toEqual({ satisfied: 3, n: 6 });
    expect(() => csatCounts([0])).toThrow(/1 to 5/);
  });

  it('gives the Wilson interval by hand', () => {
    // p = 8/10 = 0.8, z = 1.959964, z² = 3.841459, denom = 1 + 0.3841459 = 1.3841459
    // centre = (0.8 + 3.841459/20)/1.3841459 = 0.9920729/1.3841459 = 0.716740
    // half = (1.959964/1.3841459) × √(0.016 + 3.841459/400) = 1.416003 × 0.160011 = 0.226578
    // → [0.490162, 0.943318]
    const r = csat({ satisfied: 8, n: 10 });
    expect(r.value).toBe(0.8);
    expect(r.low).toBeCloseTo(0.490162, 5);
    expect(r.high).toBeCloseTo(0.943318, 5);
    expect(r.weak).toBe(true);
  });

  it('stays inside 0..1 at the extremes, where Wald would collapse', () => {
    // p = 0: centre = (z²/2n)/(1 + z²/n) = half, so low = 0 and high = 2 × centre
    // n = 30: z²/60 = 0.0640243, 1 + z²/30 = 1.1280486 → high = 2 × 0.0567566 = 0.113513
    const none = wilsonInterval(0, 30);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.113513, 5);
    const all = csatOfScores(Array.from({ length: 30 }, () => 5));
    expect(all.high).toBe(1);
    expect(all.low).toBeCloseTo(1 - 0.113513, 5);
    expect(all.weak).toBe(false);
  });

  it('compares periods with the two-proportion test', () => {
    // 40/100 → 55/100: pooled 0.475, SE = √(0.475 × 0.525 × 0.02) = 0.0706222, z = 0.15/0.0706222 = 2.123977
    const d = compareCsat({ satisfied: 40, n: 100 }, { satisfied: 55, n: 100 });
    expect(d.delta).toBeCloseTo(0.15, 12);
    expect(d.p).toBeCloseTo(0.033672, 5);
    expect(d.weak).toBe(false);
  });

  it('rejects impossible counts', () => {
    expect(() => csat({ satisfied: 5, n: 4 })).toThrow(/cannot exceed/);
    expect(() => csat({ satisfied: -1, n: 4 })).toThrow(/non-negative integer/);
  });
});
