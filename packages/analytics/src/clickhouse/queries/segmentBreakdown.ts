import { benjaminiHochberg, DEFAULT_MIN_N, mannWhitneyU, twoProportionTest } from '@tropa/core';
import type { SegmentsQuery, SegmentsResult, SegmentTest } from '../../engine/queries.ts';
import { sql } from '../../sql/sql.ts';
import type { ClickHouseConnection } from '../connection.ts';
import type { DatasetTables } from '../tables.ts';
import { DEFAULT_CHURN_AFTER_DAYS } from './dropOff.ts';
import { funnel } from './funnel.ts';
import { NO_SEGMENT, quitsSql, segmentRelation } from './segmentRelation.ts';
import { stageDeltasSql } from './stageTimes.ts';

type Untested = Omit<SegmentTest, 'q' | 'significant'>;

/**
 * Funnel conversion, quitting and time between stages per value of an attribute, each segment tested
 * against the rest of the cases (two-proportion z; Mann–Whitney U for times), with Benjamini–Hochberg.
 */
export async function segmentBreakdown(
  ch: ClickHouseConnection,
  t: DatasetTables,
  query: SegmentsQuery,
): Promise<SegmentsResult> {
  const { journey, attribute } = query;
  const minN = query.minN ?? DEFAULT_MIN_N;
  const churnUs = Math.round((query.churnAfterDays ?? DEFAULT_CHURN_AFTER_DAYS) * 86_400_000_000);
  const segment = await segmentRelation(ch, t, attribute);
  const f = await funnel(ch, t, { kind: 'funnel', journey, segmentBy: attribute });
  const perCase = await ch.rows<{ segment: string | null; cases: number; quit: number }>(
    sql`SELECT g.segment AS segment, count() AS cases, countIf(q.quit) AS quit
      FROM ${quitsSql(t, churnUs)} q LEFT JOIN ${segment} g ON g.case_idx = q.case_idx GROUP BY segment`,
  );
  const times = await ch.rows<{ segment: string | null; stage: number; secs: number[] }>(
    sql`SELECT g.segment AS segment, d.k AS stage, groupArray(d.secs) AS secs
      FROM (${stageDeltasSql(t, journey)}) d LEFT JOIN ${segment} g ON g.case_idx = d.case_idx GROUP BY segment, stage`,
  );
  const label = (s: string | null) => s ?? NO_SEGMENT;
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
