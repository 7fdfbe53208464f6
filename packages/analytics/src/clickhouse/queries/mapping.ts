import type { MappingQuery, MappingResult } from '../../engine/queries.ts';
import { sql } from '../../sql/sql.ts';
import type { ClickHouseConnection } from '../connection.ts';
import { mappedSql } from '../perCase.ts';
import type { DatasetTables } from '../tables.ts';

/** Events and cases per touchpoint, and the activities no touchpoint rule matched (never dropped silently). */
export async function mapping(
  ch: ClickHouseConnection,
  t: DatasetTables,
  query: MappingQuery,
): Promise<MappingResult> {
  const { journey } = query;
  const mapped = mappedSql(t.events, journey);
  const perTouchpoint = await ch.rows<{ tp: number | null; events: number; cases: number }>(
    sql`SELECT tp, count() AS events, uniqExact(case_idx) AS cases FROM ${mapped} GROUP BY tp`,
  );
  const unmatched = await ch.rows<{ activity: string; channel: string | null; count: number }>(
    sql`SELECT toString(activity) AS activity, channel, count() AS count FROM ${mapped} WHERE tp IS NULL
      GROUP BY activity, channel ORDER BY count DESC, activity, channel`,
  );
  const byIndex = new Map(perTouchpoint.map((r) => [r.tp, r]));
  return {
    touchpoints: journey.touchpoints.map((tp, i) => ({
      id: tp.id,
      stage: tp.stage,
      events: byIndex.get(i)?.events ?? 0,
      cases: byIndex.get(i)?.cases ?? 0,
    })),
    matchedEvents: perTouchpoint.filter((r) => r.tp !== null).reduce((s, r) => s + r.events, 0),
    unmatchedEvents: byIndex.get(null)?.events ?? 0,
    unmatched,
  };
}
