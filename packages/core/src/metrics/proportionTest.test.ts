import { describe, expect, it } from 'vitest';
import { twoProportionTest } from './proportionTest.ts';

describe('two-proportion z-test', () => {
  it('matches the hand computation', () => {
    // p1 = 0.40, p2 = 0.55, pooled = 95/200 = 0.475
    // SE0 = √(0.475 × 0.525 × (1/100 + 1/100)) = √0.0049875 = 0.0706222; z = 0.15/0.0706222 = 2.123977
    // p = 2Φ(−2.123977) = 0.033672
    // unpooled SE = √(0.4·0.6/100 + 0.55·0.45/100) = √0.004875 = 0.0698212 → 0.15 ∓ 0.136848
    const r = twoProportionTest({ successes: 40, n: 100 }, { successes: 55, n: 100 });
    expect(r.delta).toBeCloseTo(0.15, 12);
    expect(r.z).toBeCloseTo(2.123977, 5);
    expect(r.p).toBeCloseTo(0.033672, 5);
    expect(r.low).toBeCloseTo(0.013152, 5);
    expect(r.high).toBeCloseTo(0.286848, 5);
  });

  it('is symmetric in the groups and handles degenerate samples', () => {
    const a = twoProportionTest({ successes: 3, n: 20 }, { successes: 9, n: 25 });
    const b = twoProportionTest({ successes: 9, n: 25 }, { successes: 3, n: 20 });
    expect(a.p).toBeCloseTo(b.p, 12);
    expect(a.z).toBeCloseTo(-b.z, 12);
    expect(twoProportionTest({ successes: 5, n: 5 }, { successes: 7, n: 7 }).p).toBe(1);
    expect(Number.isNaN(twoProportionTest({ successes: 0, n: 0 }, { successes: 1, n: 2 }).p)).toBe(true);
    expect(() => twoProportionTest({ successes: 3, n: 2 }, { successes: 1, n: 2 })).toThrow(/exceed n/);
  });
});
