import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces, compareCes } from './ces.ts';
import { csat } from './csat.ts';
import { fisherExact, oddsRatio } from './fisher.ts';
import { mannWhitneyU } from './mannWhitney.ts';
import { medianEstimate } from './median.ts';
import { benjaminiHochberg } from './multipleTesting.ts';
import { compareNps, nps } from './nps.ts';

// Seeded property tests: invariants every formula must keep on any input, not only on the hand-computed cases.
const RUNS = { seed: 424242, numRuns: 200 };
const count = fc.integer({ min: 0, max: 400 });

describe('metric invariants', () => {
  it('NPS lies in −100..100 and its interval is ordered and inside the scale', () => {
    fc.assert(
      fc.property(count, count, count, (promoters, passives, detractors) => {
        fc.pre(promoters + passives + detractors > 0);
        const r = nps({ promoters, passives, detractors });
        expect(r.value).toBeGreaterThanOrEqual(-100);
        expect(r.value).toBeLessThanOrEqual(100);
        expect(r.low).toBeLessThanOrEqual(r.high);
        expect(r.low).toBeGreaterThanOrEqual(-100);
        expect(r.high).toBeLessThanOrEqual(100);
      }),
      RUNS,
    );
  });

  it('comparing a period with itself gives Δ 0 and p 1; swapping periods flips Δ', () => {
    fc.assert(
      fc.property(count, count, count, count, (a, b, c, d) => {
        fc.pre(a + b + c > 0 && b + c + d > 0);
        const x = { promoters: a, passives: b, detractors: c };
        const y = { promoters: d, passives: b, detractors: c };
        expect(compareNps(x, x).delta).toBe(0);
        expect(compareNps(x, x).p).toBe(1);
        expect(compareNps(x, y).delta).toBeCloseTo(-compareNps(y, x).delta, 9);
        expect(compareNps(x, y).p).toBeCloseTo(compareNps(y, x).p, 9);
      }),
      RUNS,
    );
  });

  it('the Wilson interval holds the observed share', () => {
    fc.assert(
      fc.property(count, count, (satisfied, others) => {
        fc.pre(satisfied + others > 0);
        const r = csat({ satisfied, n: satisfied + others });
        expect(r.low).toBeLessThanOrEqual(r.value + 1e-12);
        expect(r.high).toBeGreaterThanOrEqual(r.value - 1e-12);
        expect(r.low).toBeGreaterThanOrEqual(0);
        expect(r.high).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('CES intervals stay on 1..7 and hold the mean; Welch is antisymmetric', () => {
    const answers = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 60 });
    fc.assert(
      fc.property(answers, answers, (xs, ys) => {
        const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
        const sd = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + (x - mean(v)) ** 2, 0) / (v.length - 1));
        const a = { n: xs.length, mean: mean(xs), sd: sd(xs) };
        const b = { n: ys.length, mean: mean(ys), sd: sd(ys) };
        const r = ces(a);
        expect(r.low).toBeGreaterThanOrEqual(1);
        expect(r.high).toBeLessThanOrEqual(7);
        expect(r.low).toBeLessThanOrEqual(r.value + 1e-12);
        expect(r.high).toBeGreaterThanOrEqual(r.value - 1e-12);
        const ab = compareCes(a, b);
        const ba = compareCes(b, a);
        expect(ab.delta).toBeCloseTo(-ba.delta, 9);
        if (!Number.isNaN(ab.p)) expect(ab.p).toBeCloseTo(ba.p, 9);
      }),
      RUNS,
    );
  });

  it('Mann–Whitney: U₁ + U₂ = n₁n₂, p in (0, 1], symmetric', () => {
    const sample = fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(sample, sample, (xs, ys) => {
        const ab = mannWhitneyU(xs, ys);
        const ba = mannWhitneyU(ys, xs);
        expect(ab.u + ba.u).toBeCloseTo(xs.length * ys.length, 9);
        expect(ab.p).toBeGreaterThan(0);
        expect(ab.p).toBeLessThanOrEqual(1);
        expect(ab.p).toBeCloseTo(ba.p, 9);
      }),
      RUNS,
    );
  });

  it("Fisher's p is a probability, equal for the transposed table; the OR interval holds the OR", () => {
    const cell = fc.integer({ min: 0, max: 60 });
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, b, c, d) => {
        const p = fisherExact({ a, b, c, d });
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(fisherExact({ a, b: c, c: b, d })).toBeCloseTo(p, 9);
        const or = oddsRatio({ a, b, c, d });
        expect(or.low).toBeLessThanOrEqual(or.value);
        expect(or.high).toBeGreaterThanOrEqual(or.value);
      }),
      RUNS,
    );
  });

  it('BH-adjusted p-values are at least the raw ones, at most 1, and keep their order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 50 }), (ps) => {
        const q = benjaminiHochberg(ps);
        ps.forEach((p, i) => {
          expect(q[i]).toBeGreaterThanOrEqual(p - 1e-12);
          expect(q[i]).toBeLessThanOrEqual(1);
          ps.forEach((p2, j) => {
            if (p < p2) expect(q[i]).toBeLessThanOrEqual((q[j] as number) + 1e-12);
          });
        });
      }),
      RUNS,
    );
  });

  it('the median interval holds the median and lies within the data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 200 }),
        (xs) => {
          const r = medianEstimate(xs);
          expect(r.low).toBeLessThanOrEqual(r.value);
          expect(r.high).toBeGreaterThanOrEqual(r.value);
          expect(r.low).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(r.high).toBeLessThanOrEqual(Math.max(...xs));
        },
      ),
      RUNS,
    );
  });
});
