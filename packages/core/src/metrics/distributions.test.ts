import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  incompleteBeta,
  lnGamma,
  normalCdf,
  normalQuantile,
  studentTCdf,
  studentTQuantile,
  twoSidedNormalP,
  Z_95,
} from './distributions.ts';

describe('standard normal', () => {
  it('matches table values of Φ', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 7);
    expect(normalCdf(-1)).toBeCloseTo(0.1586553, 7);
    expect(normalCdf(-3)).toBeCloseTo(0.0013499, 7);
    expect(normalCdf(8)).toBeCloseTo(1, 14);
  });

  it('has the quantiles of the usual intervals', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 6);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959964, 6);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361341, 5);
    expect(Z_95).toBeCloseTo(normalQuantile(0.975), 12);
  });

  it('quantile inverts the CDF (seeded property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), (p) => {
        expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 9);
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });

  it('gives two-sided p-values', () => {
    expect(twoSidedNormalP(1.959964)).toBeCloseTo(0.05, 6);
    expect(twoSidedNormalP(-1.959964)).toBeCloseTo(0.05, 6);
    expect(twoSidedNormalP(0)).toBe(1);
  });
});

describe('gamma and incomplete beta', () => {
  it('lnGamma matches factorials', () => {
    // Γ(5) = 4! = 24, Γ(0.5) = √π
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(lnGamma(101)).toBeCloseTo(363.73937555556347, 9);
  });

  it('I_x(a, b) matches closed forms', () => {
    // I_x(1, 1) = x; I_x(2, 1) = x²; I_x(1, 2) = 1 − (1 − x)²
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(incompleteBeta(0.3, 2, 1)).toBeCloseTo(0.09, 12);
    expect(incompleteBeta(0.3, 1, 2)).toBeCloseTo(0.51, 12);
    expect(incompleteBeta(0, 2, 3)).toBe(0);
    expect(incompleteBeta(1, 2, 3)).toBe(1);
  });
});

describe("Student's t", () => {
  it('matches printed t tables (two-sided 95% and 99%)', () => {
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.262, 3);
    expect(studentTQuantile(0.975, 5)).toBeCloseTo(2.571, 3);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228, 3);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042, 3);
    expect(studentTQuantile(0.975, 100)).toBeCloseTo(1.984, 3);
    expect(studentTQuantile(0.995, 4)).toBeCloseTo(4.604, 3);
  });

  it('matches the closed forms of df = 1 and df = 2', () => {
    // df = 1 is Cauchy: t = tan(π(p − ½)) = tan(0.475π) = 12.7062047…
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(Math.tan(0.475 * Math.PI), 8);
    // df = 2: t = (2p − 1)/√(2p(1 − p)) = 0.95/√(2·0.975·0.025) = 0.95/0.2207940 = 4.3026527
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.3026527, 6);
    // CDF of df = 2 at t = 2: ½ + t/(2√(2 + t²)) = ½ + 2/(2√6) = 0.9082483
    expect(studentTCdf(2, 2)).toBeCloseTo(0.9082483, 7);
  });

  it('is symmetric and tends to the normal', () => {
    expect(studentTQuantile(0.025, 9)).toBeCloseTo(-studentTQuantile(0.975, 9), 10);
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959964, 4);
  });
});
