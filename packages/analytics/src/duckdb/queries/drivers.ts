import type { DuckDBConnection } from '@duckdb/node-api';
import { DEFAULT_MIN_N } from '@tropa/core';
import { testDrivers } from '../../engine/driverTests.ts';
import type { Driver, DriversQuery, DriversResult } from '../../engine/queries.ts';
import { joinSql, type SqlFragment, sql } from '../../sql/sql.ts';
import { one, rows } from '../run.ts';
import { DEFAULT_CHURN_AFTER_DAYS } from './dropOff.ts';
import { segmentRelation } from './segmentRelation.ts';

/** Attribute values beyond this many per attribute are not tested (ids, free text). */
const MAX_VALUES_PER_ATTRIBUTE = 50;

/**
 * Drivers of drop-off: for each activity, channel and attribute value, the 2×2 table of quit/stayed by
 * exposed/not, its odds ratio (95% interval) and Fisher's exact p, adjusted by Benjamini–Hochberg.
 * A case quit when its last event is more than `churnAfterDays` before the data's end.
 */
export async function drivers(conn: DuckDBConnection, query: DriversQuery): Promise<DriversResult> {
  const churnAfterDays = query.churnAfterDays ?? DEFAULT_CHURN_AFTER_DAYS;
  const minN = query.minN ?? DEFAULT_MIN_N;
  const churnUs = Math.round(churnAfterDays * 86_400_000_000);
  const quitFlag = sql`quits AS MATERIALIZED (SELECT case_idx,
    epoch_us(last_ts) < epoch_us((SELECT max(last_ts) FROM cases)) - ${churnUs}::BIGINT AS quit FROM cases)`;
  const totals = await one<{ quit: number; stayed: number }>(
    conn,
    sql`WITH ${quitFlag} SELECT count(*) FILTER (WHERE quit)::INTEGER AS quit, count(*) FILTER (WHERE NOT quit)::INTEGER AS stayed FROM quits`,
  );
  const exposures: SqlFragment[] = [
    sql`SELECT DISTINCT e.case_idx, 'activity' AS kind, a.name AS factor FROM events e JOIN activities a ON a.code = e.activity`,
    sql`SELECT DISTINCT e.case_idx, 'channel' AS kind, ch.name AS factor FROM events e JOIN channels ch ON ch.code = e.channel`,
  ];
  for (const attribute of query.attributes ?? []) {
    const relation = await segmentRelation(conn, attribute);
    exposures.push(sql`SELECT case_idx, 'attribute' AS kind, ${attribute} || '=' || segment AS factor FROM ${relation}
      WHERE segment IS NOT NULL AND (SELECT count(DISTINCT segment) FROM ${relation}) <= ${MAX_VALUES_PER_ATTRIBUTE}`);
  }
  const counts = await rows<{ kind: Driver['kind']; factor: string; a: number; c: number }>(
    conn,
    sql`WITH ${quitFlag} SELECT x.kind, x.factor, count(*) FILTER (WHERE q.quit)::INTEGER AS a,
        count(*) FILTER (WHERE NOT q.quit)::INTEGER AS c
      FROM (${joinSql(exposures, ' UNION ALL ')}) x JOIN quits q USING (case_idx) GROUP BY ALL`,
  );
  return testDrivers({ churnAfterDays, minN, totals, counts });
}
