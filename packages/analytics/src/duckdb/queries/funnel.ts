import type { DuckDBConnection } from '@duckdb/node-api';
import type { FunnelQuery, FunnelResult, FunnelStep } from '../../engine/queries.ts';
import { mappedEventsCte } from '../../mapping/mappedEvents.ts';
import { ident, joinSql, type SqlFragment, sql } from '../../sql/sql.ts';
import { rows } from '../run.ts';
import { NO_SEGMENT, segmentRelation } from './segmentRelation.ts';

/**
 * The stage funnel in map order. Step 1 counts cases with an event in the first stage; step k counts
 * cases that, after reaching step k−1, have an event in stage k, no later than `windowDays` after step 1.
 */
export async function funnel(conn: DuckDBConnection, query: FunnelQuery): Promise<FunnelResult> {
  const { journey } = query;
  const windowUs = query.windowDays === undefined ? null : Math.round(query.windowDays * 86_400_000_000);
  const steps: SqlFragment[] = journey.stages.map((_, k) =>
    k === 0
      ? sql`step0 AS (SELECT case_idx, min(ts) AS t, min(ts) AS t0 FROM staged WHERE stage = 0 GROUP BY case_idx)`
      : sql`${ident(`step${k}`)} AS (
          SELECT s.case_idx, min(s.ts) AS t, any_value(p.t0) AS t0 FROM staged s
          JOIN ${ident(`step${k - 1}`)} p USING (case_idx)
          WHERE s.stage = ${k} AND s.ts >= p.t AND (${windowUs}::BIGINT IS NULL OR epoch_us(s.ts) - epoch_us(p.t0) <= ${windowUs}::BIGINT)
          GROUP BY s.case_idx)`,
  );
  const reached = journey.stages.map(
    (_, k) => sql`SELECT ${k}::INTEGER AS k, case_idx FROM ${ident(`step${k}`)}`,
  );
  const segment = query.segmentBy
    ? await segmentRelation(conn, query.segmentBy)
    : sql`(SELECT case_idx, NULL AS segment FROM cases)`;
  const counts = await rows<{ k: number; segment: string | null; cases: number }>(
    conn,
    sql`WITH ${mappedEventsCte(journey)},
      staged AS MATERIALIZED (SELECT case_idx, stage, ts FROM mapped WHERE stage IS NOT NULL),
      ${joinSql(steps, ', ')}
      SELECT r.k, g.segment, count(*)::INTEGER AS cases
      FROM (${joinSql(reached, ' UNION ALL ')}) r LEFT JOIN ${segment} g USING (case_idx)
      GROUP BY ALL`,
  );
  const toSteps = (pick: (k: number) => number): FunnelStep[] => {
    const first = pick(0);
    return journey.stages.map((s, k) => {
      const cases = pick(k);
      const previous = k === 0 ? cases : pick(k - 1);
      return {
        stage: s.id,
        cases,
        conversion: first === 0 ? 0 : cases / first,
        stepConversion: previous === 0 ? 0 : cases / previous,
      };
    });
  };
  const total = (k: number) => counts.filter((c) => c.k === k).reduce((s, c) => s + c.cases, 0);
  const segments = query.segmentBy
    ? [...new Set(counts.map((c) => c.segment ?? NO_SEGMENT))].sort().map((name) => ({
        segment: name,
        steps: toSteps(
          (k) => counts.find((c) => c.k === k && (c.segment ?? NO_SEGMENT) === name)?.cases ?? 0,
        ),
      }))
    : [];
  return { windowDays: query.windowDays ?? null, steps: toSteps(total), segments };
}
