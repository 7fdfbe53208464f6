import { normalQuantile, twoSidedNormalP } from './distributions.ts';
import {
  assertCount,
  clamp,
  confidenceOf,
  type Difference,
  type Estimate,
  type EstimateOptions,
  emptyEstimate,
  isWeak,
} from './estimate.ts';

/** Answers to "how likely are you to recommend us?" (0–10), counted by NPS group. */
export interface NpsCounts {
  /** Scores 9–10. */
  promoters: number;
  /** Scores 7–8. */
  passives: number;
  /** Scores 0–6. */
  detractors: number;
}

/** An NPS in points (−100..100) with its group counts and standard error (in points). */
export interface NpsEstimate extends Estimate, NpsCounts {
  se: number;
}

// Adjusted-Wald pseudo-observations: add 3 answers, 3/4 of them promoters, 3/4 detractors (so 1.5 passives).
// Rocks, B. (2016) "Interval Estimation for the 'Net Promoter Score'", The American Statistician 70(4):365–372,
// found this the best-covering simple interval; Sauro & Lewis (MeasuringU, 2021) recommend the same constants.
const ADJUST_N = 3;
const ADJUST_EACH = 0.75;

/** Counts 0–10 scores into promoters, passives and detractors; throws on a score that is not an integer 0–10. */
export function npsCounts(scores: readonly number[]): NpsCounts {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  scores.forEach((s, i) => {
    if (!Number.isInteger(s) || s < 0 || s > 10) {
      throw new RangeError(`NPS score #${i + 1} is ${s}; NPS answers are whole numbers from 0 to 10`);
    }
    if (s >= 9) counts.promoters++;
    else if (s >= 7) counts.passives++;
    else counts.detractors++;
  });
  return counts;
}

/** Standard error of an NPS in points (DESIGN.md): sqrt((p_pro + p_det − (p_pro − p_det)²) / n) × 100. */
export function npsStandardError(counts: NpsCounts): number {
  const n = counts.promoters + counts.passives + counts.detractors;
  if (n === 0) return Number.NaN;
  const pPro = counts.promoters / n;
  const pDet = counts.detractors / n;
  return Math.sqrt((pPro + pDet - (pPro - pDet) ** 2) / n) * 100;
}

/**
 * NPS = %promoters − %detractors in points, with the adjusted-Wald interval (Rocks 2016).
 * The value is the plain NPS; the interval is centred on the adjusted estimate, as the method prescribes.
 * @example nps({ promoters: 6, passives: 2, detractors: 2 }) // value 40, low ≈ −12.6, high ≈ 74.1
 */
export function nps(counts: NpsCounts, options: EstimateOptions = {}): NpsEstimate {
  assertCount(counts.promoters, 'promoters');
  assertCount(counts.passives, 'passives');
  assertCount(counts.detractors, 'detractors');
  const n = counts.promoters + counts.passives + counts.detractors;
  if (n === 0) return { ...emptyEstimate(), ...counts, se: Number.NaN };
  const z = normalQuantile(1 - (1 - confidenceOf(options)) / 2);
  const nAdj = n + ADJUST_N;
  const pPro = (counts.promoters + ADJUST_EACH) / nAdj;
  const pDet = (counts.detractors + ADJUST_EACH) / nAdj;
  const centre = pPro - pDet;
  const seAdj = Math.sqrt((pPro + pDet - centre ** 2) / nAdj);
  return {
    ...counts,
    n,
    value: ((counts.promoters - counts.detractors) / n) * 100,
    low: clamp((centre - z * seAdj) * 100, -100, 100),
    high: clamp((centre + z * seAdj) * 100, -100, 100),
    se: npsStandardError(counts),
    weak: isWeak(n, options),
  };
}

/** NPS of raw 0–10 answers. */
export function npsOfScores(scores: readonly number[], options: EstimateOptions = {}): NpsEstimate {
  return nps(npsCounts(scores), options);
}

/**
 * Change of NPS between two periods, `later − earlier` in points, by a z-test on the difference
 * (SE of the difference = sqrt(SE₁² + SE₂²), each SE from DESIGN.md's formula).
 * When both SEs are 0 (every answer in one group on both sides) the adjusted-Wald SEs are used instead,
 * so that two samples of 3 unanimous answers do not come out "certainly different".
 */
export function compareNps(earlier: NpsCounts, later: NpsCounts, options: EstimateOptions = {}): Difference {
  const a = nps(earlier, options);
  const b = nps(later, options);
  if (a.n === 0 || b.n === 0) {
    return { delta: Number.NaN, low: Number.NaN, high: Number.NaN, p: Number.NaN, weak: true };
  }
  const z = normalQuantile(1 - (1 - confidenceOf(options)) / 2);
  const delta = b.value - a.value;
  let se = Math.hypot(a.se, b.se);
  if (se === 0) se = Math.hypot(adjustedSe(earlier), adjustedSe(later));
  return {
    delta,
    low: delta - z * se,
    high: delta + z * se,
    p: twoSidedNormalP(delta / se),
    weak: a.weak || b.weak,
  };
}

function adjustedSe(counts: NpsCounts): number {
  const nAdj = counts.promoters + counts.passives + counts.detractors + ADJUST_N;
  const pPro = (counts.promoters + ADJUST_EACH) / nAdj;
  const pDet = (counts.detractors + ADJUST_EACH) / nAdj;
  return Math.sqrt((pPro + pDet - (pPro - pDet) ** 2) / nAdj) * 100;
}
