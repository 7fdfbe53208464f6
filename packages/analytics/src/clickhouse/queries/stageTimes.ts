import type { StageTimesQuery, StageTimesResult } from '../../engine/queries.ts';
import { type SqlFragment, sql } from '../../sql/sql.ts';
import type { ClickHouseConnection } from '../connection.ts';
import { mappedPerCaseSql } from '../perCase.ts';
import type { DatasetTables } from '../tables.ts';

/**
 * Per case and consecutive pair of stages (k, k+1), the seconds from the first event in k to the first in
 * k+1 when that is not earlier: rows `(case_idx, k, secs)`. Firsts come from the sorted array by
 * `arrayFirstIndex`, one per stage.
 */
export function stageDeltasSql(t: DatasetTables, journey: StageTimesQuery['journey']): SqlFragment {
  const stages = journey.stages.length;
  return sql`SELECT case_idx, k, dateDiff('microsecond', evs[firsts[k + 1]].1, evs[firsts[k + 2]].1) / 1e6 AS secs
    FROM (SELECT case_idx, evs, arrayMap(s -> arrayFirstIndex(e -> e.3 = s, evs), range(${stages})) AS firsts
      FROM (${mappedPerCaseSql(t.events, journey)}))
    ARRAY JOIN range(${Math.max(0, stages - 1)}) AS k
    WHERE firsts[k + 1] > 0 AND firsts[k + 2] > 0 AND evs[firsts[k + 2]].1 >= evs[firsts[k + 1]].1`;
}

/**
 * Time between consecutive stages in map order: from a case's first event in stage S to its first
 * event in the next stage, for cases that reach the next stage after S; quartiles and p90 in seconds.
 */
export async function stageTimes(
  ch: ClickHouseConnection,
  t: DatasetTables,
  query: StageTimesQuery,
): Promise<StageTimesResult> {
  const { journey } = query;
  const result = await ch.rows<{ stage: number; n: number; q: [number, number, number, number] }>(
    sql`SELECT k AS stage, count() AS n, quantilesExactInclusive(0.25, 0.5, 0.75, 0.9)(secs) AS q
      FROM (${stageDeltasSql(t, journey)}) GROUP BY k ORDER BY k`,
  );
  const transitions = journey.stages.slice(0, -1).map((s, k) => {
    const r = result.find((x) => x.stage === k);
    return {
      from: s.id,
      to: journey.stages[k + 1]?.id ?? '',
      n: r?.n ?? 0,
      p25Seconds: r?.q[0] ?? 0,
      medianSeconds: r?.q[1] ?? 0,
      p75Seconds: r?.q[2] ?? 0,
      p90Seconds: r?.q[3] ?? 0,
    };
  });
  return { transitions };
}
