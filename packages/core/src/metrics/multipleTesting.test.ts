import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from './multipleTesting.ts';

describe('Benjamini–Hochberg', () => {
  it('adjusts by the step-up rule, keeping the input order', () => {
    // sorted 0.01 (r1), 0.03 (r2), 0.04 (r3), 0.5 (r4), m = 4
    // p·m/r = 0.04, 0.06, 0.053333, 0.5; running minimum from the top: 0.5, 0.053333, 0.053333, 0.04
    const adjusted = benjaminiHochberg([0.01, 0.04, 0.03, 0.5]);
    expect(adjusted[0]).toBeCloseTo(0.04, 12);
    expect(adjusted[1]).toBeCloseTo(0.053333, 5);
    expect(adjusted[2]).toBeCloseTo(0.053333, 5);
    expect(adjusted[3]).toBeCloseTo(0.5, 12);
  });

  it('caps at 1, skips NaN and checks the input', () => {
    const adjusted = benjaminiHochberg([0.9, Number.NaN, 0.8]);
    // m = 2: 0.8·2/1 = 1.6 → min(0.9, 1.6) = 0.9; 0.9·2/2 = 0.9
    expect(adjusted[0]).toBeCloseTo(0.9, 12);
    expect(Number.isNaN(adjusted[1])).toBe(true);
    expect(adjusted[2]).toBeCloseTo(0.9, 12);
    expect(benjaminiHochberg([])).toEqual([]);
    expect(() => benjaminiHochberg([1.2])).toThrow(/#1 is 1.2/);
  });
});
