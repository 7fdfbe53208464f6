import type { DuckDBConnection } from '@duckdb/node-api';
import { benjaminiHochberg, DEFAULT_MIN_N, mannWhitneyU, twoProportionTest } from '@tropa/core';
import type { SegmentsQuery, SegmentsResult, SegmentTest } from '../../engine/queries.ts';
import { mappedEventsCte } from '../../mapping/mappedEvents.ts';
import { sql } from '../../sql/sql.ts';
import { rows } from '../run.ts';
import { DEFAULT_CHURN_AFTER_DAYS } from './dropOff.ts';
import { funnel } from './funnel.ts';
import { NO_SEGMENT, segmentRelation } from './segmentRelation.ts';

type Untested = Omit<SegmentTest, 'q' | 'significant'>;

/**
 * Funnel conversion, quitting and time between stages per value of an attribute, each segment tested
 * against the rest of the cases (two-proportion z; Mann–Whitney U for times), with Benjamini–Hochberg.
 */
export async function segmentBreakdown(
  conn: DuckDBConnection,
  query: SegmentsQuery,
): Promise<SegmentsResult> {
  const { journey, attribute } = query;
  const minN = query.minN ?? DEFAULT_MIN_N;
  const churnUs = Math.round((query.churnAfterDays ?? DEFAULT_CHURN_AFTER_DAYS) * 86_400_000_000);
  const segment = await segmentRelation(conn, attribute);
  const f = await funnel(conn, { kind: 'funnel', journey, segmentBy: attribute });
  const perCase = await rows<{ segment: string | null; cases: number; quit: number }>(
    conn,
    sql`SELECT g.segment, count(*)::INTEGER AS cases,
        count(*) FILTER (WHERE epoch_us(c.last_ts) < epoch_us((SELECT max(last_ts) FROM cases)) - ${churnUs}::BIGINT)::INTEGER AS quit
      FROM cases c LEFT JOIN ${segment} g USING (case_idx) GROUP BY ALL`,
  );
  const times = await rows<{ segment: string | null; stage: number; secs: number[] }>(
    conn,
    sql`WITH ${mappedEventsCte(journey)},
      firsts AS (SELECT case_idx, stage, min(ts) AS t FROM mapped WHERE stage IS NOT NULL GROUP BY ALL)
      SELECT g.segment, a.stage, list((epoch_us(b.t) - epoch_us(a.t)) / 1e6) AS secs
      FROM firsts a JOIN firsts b ON b.case_idx = a.case_idx AND b.stage = a.stage + 1 AND b.t >= a.t
      LEFT JOIN ${segment} g ON g.case_idx = a.case_idx GROUP BY ALL`,
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
