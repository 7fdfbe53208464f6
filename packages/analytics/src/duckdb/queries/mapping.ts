import type { DuckDBConnection } from '@duckdb/node-api';
import type { MappingQuery, MappingResult } from '../../engine/queries.ts';
import { mappedEventsCte } from '../../mapping/mappedEvents.ts';
import { sql } from '../../sql/sql.ts';
import { rows } from '../run.ts';

/** Events and cases per touchpoint, and the activities no touchpoint rule matched (never dropped silently). */
export async function mapping(conn: DuckDBConnection, query: MappingQuery): Promise<MappingResult> {
  const { journey } = query;
  const perTouchpoint = await rows<{ tp: number | null; events: number; cases: number }>(
    conn,
    sql`WITH ${mappedEventsCte(journey)} SELECT tp, count(*)::INTEGER AS events, count(DISTINCT case_idx)::INTEGER AS cases
      FROM mapped GROUP BY tp`,
  );
  const unmatched = await rows<{ activity: string; channel: string | null; count: number }>(
    conn,
    sql`WITH ${mappedEventsCte(journey)} SELECT a.name AS activity, ch.name AS channel, count(*)::INTEGER AS count
      FROM mapped m JOIN activities a ON a.code = m.activity LEFT JOIN channels ch ON ch.code = m.channel
      WHERE m.tp IS NULL GROUP BY ALL ORDER BY count DESC, activity, channel`,
  );
  const byIndex = new Map(perTouchpoint.map((r) => [r.tp, r]));
  return {
    touchpoints: journey.touchpoints.map((t, i) => ({
      id: t.id,
      stage: t.stage,
      events: byIndex.get(i)?.events ?? 0,
      cases: byIndex.get(i)?.cases ?? 0,
    })),
    matchedEvents: perTouchpoint.filter((r) => r.tp !== null).reduce((s, r) => s + r.events, 0),
    unmatchedEvents: byIndex.get(null)?.events ?? 0,
    unmatched,
  };
}
