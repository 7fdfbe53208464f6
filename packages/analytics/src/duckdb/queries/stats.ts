import type { DuckDBConnection } from '@duckdb/node-api';
import type { StatsResult } from '../../engine/queries.ts';
import { sql } from '../../sql/sql.ts';
import { one } from '../run.ts';

/** Counts of cases, events, activities and channels, and the time span of the data. */
export function stats(conn: DuckDBConnection): Promise<StatsResult> {
  return one<StatsResult>(
    conn,
    sql`SELECT (SELECT count(*) FROM cases)::INTEGER AS cases, (SELECT count(*) FROM events)::INTEGER AS events,
      (SELECT count(*) FROM activities)::INTEGER AS activities, (SELECT count(*) FROM channels)::INTEGER AS channels,
      (SELECT strftime(min(first_ts), '%Y-%m-%dT%H:%M:%S.%gZ') FROM cases) AS "firstEventAt",
      (SELECT strftime(max(last_ts), '%Y-%m-%dT%H:%M:%S.%gZ') FROM cases) AS "lastEventAt"`,
  );
}
