import { benjaminiHochberg, mannWhitneyU, twoProportionTest } from '@tropa/core';
import type { JourneyRules } from '../mapping/journeyRules.ts';
import type { FunnelResult, SegmentsResult, SegmentTest } from './queries.ts';

/** What an engine measures per segment before the tests: cases and quitters, and stage-to-stage times. */
export interface SegmentMeasures {
  attribute: string;
  journey: JourneyRules;
  minN: number;
  /** Label of cases without a value of the attribute. */
  noSegment: string;
  funnel: FunnelResult;
  perCase: { segment: string | null; cases: number; quit: number }[];
  times: { segment: string | null; stage: number; secs: number[] }[];
}

type Untested = Omit<SegmentTest, 'q' | 'significant'>;

/**
 * Tests each segment against the rest of the cases — two-proportion z for conversion and quitting,
 * Mann–Whitney U for times between stages — with Benjamini–Hochberg over all tests. Engine-neutral:
 * every engine measures in its own SQL and ends here.
 */
export function testSegments(m: SegmentMeasures): SegmentsResult {
  const { attribute, journey, minN, perCase, times, funnel: f } = m;
  const label = (s: string | null) => s ?? m.noSegment;
  const names = [...new Set(perCase.map((r) => label(r.segment)))].sort();
  const total = { cases: 0, quit: 0 };
  for (const r of perCase) {
    total.cases += r.cases;
    total.quit += r.quit;
  }
  const stepCases = (name: string | null, k: number) =>
    name === null
      ? (f.steps[k]?.cases ?? 0)
      : (f.segments.find((s) => s.segment === name)?.steps[k]?.cases ?? 0);
  const timesOf = (name: string, k: number, inside: boolean) =>
    times.filter((t) => t.stage === k && (label(t.segment) === name) === inside).flatMap((t) => t.secs);
  const median = (xs: number[]) => {
    if (xs.length === 0) return null;
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
  };

  const untested: Untested[] = [];
  const segments = names.map((name) => {
    const row = perCase.filter((r) => label(r.segment) === name);
    const cases = row.reduce((s, r) => s + r.cases, 0);
    const quit = row.reduce((s, r) => s + r.quit, 0);
    const reached = journey.stages.map((_, k) => stepCases(name, k));
    const proportion = (
      metric: string,
      successes: number,
      n: number,
      restSuccesses: number,
      restN: number,
    ) => {
      const t = twoProportionTest({ successes: restSuccesses, n: restN }, { successes, n });
      untested.push({
        segment: name,
        metric,
        value: t.p2,
        rest: t.p1,
        n,
        p: Number.isNaN(t.p) ? 1 : t.p,
        weak: n < minN,
        test: 'two-proportion-z',
      });
    };
    journey.stages.forEach((s, k) => {
      if (k === 0) return;
      proportion(
        `conversion:${s.id}`,
        reached[k] ?? 0,
        cases,
        stepCases(null, k) - (reached[k] ?? 0),
        total.cases - cases,
      );
    });
    proportion('quit', quit, cases, total.quit - quit, total.cases - cases);
    const medianStageSeconds = journey.stages.slice(0, -1).map((s, k) => {
      const inside = timesOf(name, k, true);
      const outside = timesOf(name, k, false);
      if (inside.length > 0 && outside.length > 0) {
        const u = mannWhitneyU(inside, outside);
        untested.push({
          segment: name,
          metric: `time:${s.id}->${journey.stages[k + 1]?.id ?? ''}`,
          value: median(inside) ?? 0,
          rest: median(outside) ?? 0,
          n: inside.length,
          p: Number.isNaN(u.p) ? 1 : u.p,
          weak: inside.length < minN,
          test: 'mann-whitney-u',
        });
      }
      return median(inside);
    });
    return { segment: name, cases, reached, quit, medianStageSeconds };
  });
  const q = benjaminiHochberg(untested.map((t) => t.p));
  const tests = untested.map((t, i) => ({ ...t, q: q[i] ?? 1, significant: (q[i] ?? 1) < 0.05 }));
  return { attribute, segments, tests };
}
