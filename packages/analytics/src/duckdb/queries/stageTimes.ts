import type { DuckDBConnection } from '@duckdb/node-api';
import type { StageTimesQuery, StageTimesResult } from '../../engine/queries.ts';
import { mappedEventsCte } from '../../mapping/mappedEvents.ts';
import { sql } from '../../sql/sql.ts';
import { rows } from '../run.ts';

/**
 * Time between consecutive stages in map order: from a case's first event in stage S to its first
 * event in the next stage, for cases that reach the next stage after S; quartiles and p90 in seconds.
 */
export async function stageTimes(conn: DuckDBConnection, query: StageTimesQuery): Promise<StageTimesResult> {
  const { journey } = query;
  const result = await rows<{ stage: number; n: number; p25: number; p50: number; p75: number; p90: number }>(
    conn,
    sql`WITH ${mappedEventsCte(journey)},
      firsts AS (SELECT case_idx, stage, min(ts) AS t FROM mapped WHERE stage IS NOT NULL GROUP BY ALL),
      deltas AS (SELECT a.stage, (epoch_us(b.t) - epoch_us(a.t)) / 1e6 AS secs
        FROM firsts a JOIN firsts b ON b.case_idx = a.case_idx AND b.stage = a.stage + 1 WHERE b.t >= a.t)
      SELECT stage, count(*)::INTEGER AS n, quantile_cont(secs, 0.25)::DOUBLE AS p25, quantile_cont(secs, 0.5)::DOUBLE AS p50,
        quantile_cont(secs, 0.75)::DOUBLE AS p75, quantile_cont(secs, 0.9)::DOUBLE AS p90
      FROM deltas GROUP BY stage ORDER BY stage`,
  );
  const transitions = journey.stages.slice(0, -1).map((s, k) => {
    const r = result.find((x) => x.stage === k);
    return {
      from: s.id,
      to: journey.stages[k + 1]?.id ?? '',
      n: r?.n ?? 0,
      p25Seconds: r?.p25 ?? 0,
      medianSeconds: r?.p50 ?? 0,
      p75Seconds: r?.p75 ?? 0,
      p90Seconds: r?.p90 ?? 0,
    };
  });
  return { transitions };
}
