import { DEFAULT_MIN_N } from '@tropa/core';
import type { SegmentsQuery, SegmentsResult } from '../../engine/queries.ts';
import { testSegments } from '../../engine/segmentTests.ts';
import { sql } from '../../sql/sql.ts';
import type { ClickHouseConnection } from '../connection.ts';
import type { DatasetTables } from '../tables.ts';
import { DEFAULT_CHURN_AFTER_DAYS } from './dropOff.ts';
import { funnel } from './funnel.ts';
import { NO_SEGMENT, quitsSql, segmentRelation } from './segmentRelation.ts';
import { stageDeltasSql } from './stageTimes.ts';

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
  return testSegments({ attribute, journey, minN, noSegment: NO_SEGMENT, funnel: f, perCase, times });
}
