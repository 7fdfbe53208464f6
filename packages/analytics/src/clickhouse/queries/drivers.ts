import { DEFAULT_MIN_N } from '@tropa/core';
import { testDrivers } from '../../engine/driverTests.ts';
import type { Driver, DriversQuery, DriversResult } from '../../engine/queries.ts';
import { ident, joinSql, type SqlFragment, sql } from '../../sql/sql.ts';
import { type ClickHouseConnection, oneRow } from '../connection.ts';
import type { DatasetTables } from '../tables.ts';
import { DEFAULT_CHURN_AFTER_DAYS } from './dropOff.ts';
import { quitsSql, segmentRelation } from './segmentRelation.ts';

/** Attribute values beyond this many per attribute are not tested (ids, free text). */
const MAX_VALUES_PER_ATTRIBUTE = 50;

/**
 * Drivers of drop-off: for each activity, channel and attribute value, the 2×2 table of quit/stayed by
 * exposed/not, its odds ratio (95% interval) and Fisher's exact p, adjusted by Benjamini–Hochberg.
 * Exposures are each case's distinct activities and channels (`groupUniqArray`).
 */
export async function drivers(
  ch: ClickHouseConnection,
  t: DatasetTables,
  query: DriversQuery,
): Promise<DriversResult> {
  const churnAfterDays = query.churnAfterDays ?? DEFAULT_CHURN_AFTER_DAYS;
  const minN = query.minN ?? DEFAULT_MIN_N;
  const quits = quitsSql(t, Math.round(churnAfterDays * 86_400_000_000));
  const counted = await oneRow<{ quitters: number; stayers: number }>(
    ch,
    sql`SELECT countIf(q.quit) AS quitters, countIf(NOT q.quit) AS stayers FROM ${quits} q`,
  );
  const totals = { quit: counted.quitters, stayed: counted.stayers };
  const exposures: SqlFragment[] = [
    sql`SELECT case_idx, 'activity' AS kind, factor FROM (SELECT case_idx, groupUniqArray(toString(activity)) AS fs
      FROM ${ident(t.events)} GROUP BY case_idx) ARRAY JOIN fs AS factor`,
    sql`SELECT case_idx, 'channel' AS kind, factor FROM (SELECT case_idx, groupUniqArray(toString(assumeNotNull(channel))) AS fs
      FROM ${ident(t.events)} WHERE channel IS NOT NULL GROUP BY case_idx) ARRAY JOIN fs AS factor`,
  ];
  for (const attribute of query.attributes ?? []) {
    const relation = await segmentRelation(ch, t, attribute);
    exposures.push(sql`SELECT case_idx, 'attribute' AS kind, concat(${attribute}, '=', assumeNotNull(segment)) AS factor
      FROM ${relation} WHERE segment IS NOT NULL
        AND (SELECT uniqExact(segment) FROM ${relation}) <= ${MAX_VALUES_PER_ATTRIBUTE}`);
  }
  const counts = await ch.rows<{ kind: Driver['kind']; factor: string; a: number; c: number }>(
    sql`SELECT x.kind AS kind, x.factor AS factor, countIf(q.quit) AS a, countIf(NOT q.quit) AS c
      FROM (${joinSql(exposures, ' UNION ALL ')}) x JOIN ${quits} q ON q.case_idx = x.case_idx GROUP BY kind, factor`,
  );
  return testDrivers({ churnAfterDays, minN, totals, counts });
}
