import type { DuckDBConnection } from '@duckdb/node-api';
import { DEFAULT_MIN_N } from '@tropa/core';
import type { SegmentsQuery, SegmentsResult } from '../../engine/queries.ts';
import { testSegments } from '../../engine/segmentTests.ts';
import { mappedEventsCte } from '../../mapping/mappedEvents.ts';
import { sql } from '../../sql/sql.ts';
import { rows } from '../run.ts';
import { DEFAULT_CHURN_AFTER_DAYS } from './dropOff.ts';
import { funnel } from './funnel.ts';
import { NO_SEGMENT, segmentRelation } from './segmentRelation.ts';

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
  return testSegments({ attribute, journey, minN, noSegment: NO_SEGMENT, funnel: f, perCase, times });
}
