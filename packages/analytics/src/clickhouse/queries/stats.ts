import type { StatsResult } from '../../engine/queries.ts';
import { ident, sql } from '../../sql/sql.ts';
import { type ClickHouseConnection, oneRow } from '../connection.ts';
import { isoFromMillis } from '../perCase.ts';
import type { DatasetTables } from '../tables.ts';

/** Counts of cases, events, activities and channels, and the time span of the data. */
export async function stats(ch: ClickHouseConnection, t: DatasetTables): Promise<StatsResult> {
  const r = await oneRow<{
    cases: number;
    events: number;
    activities: number;
    channels: number;
    first: number | null;
    last: number | null;
  }>(
    ch,
    sql`SELECT (SELECT count() FROM ${ident(t.cases)}) AS cases, (SELECT count() FROM ${ident(t.events)}) AS events,
      (SELECT uniqExact(activity) FROM ${ident(t.events)}) AS activities,
      (SELECT uniqExact(channel) FROM ${ident(t.events)}) AS channels,
      (SELECT if(count() = 0, NULL, toUnixTimestamp64Milli(min(first_ts))) FROM ${ident(t.cases)}) AS first,
      (SELECT if(count() = 0, NULL, toUnixTimestamp64Milli(max(last_ts))) FROM ${ident(t.cases)}) AS last`,
  );
  return {
    cases: r.cases,
    events: r.events,
    activities: r.activities,
    channels: r.channels,
    firstEventAt: isoFromMillis(r.first),
    lastEventAt: isoFromMillis(r.last),
  };
}
