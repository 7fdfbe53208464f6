import type { DuckDBConnection } from '@duckdb/node-api';
import type { DropOffQuery, DropOffResult, NodeCount } from '../../engine/queries.ts';
import { mappedEventsCte } from '../../mapping/mappedEvents.ts';
import { sql } from '../../sql/sql.ts';
import { one, rows } from '../run.ts';
import { dictionary } from './names.ts';

/** Default quiet period after which a case counts as quit (DESIGN.md). */
export const DEFAULT_CHURN_AFTER_DAYS = 90;

/**
 * Drop-off per stage: cases whose last mapped stage is S and whose last event is more than
 * `churnAfterDays` before the data's end; with the touchpoint and channel of their last mapped event.
 */
export async function dropOff(conn: DuckDBConnection, query: DropOffQuery): Promise<DropOffResult> {
  const { journey } = query;
  const churnAfterDays = query.churnAfterDays ?? DEFAULT_CHURN_AFTER_DAYS;
  const churnUs = Math.round(churnAfterDays * 86_400_000_000);
  const { dataEnd } = await one<{ dataEnd: string | null }>(
    conn,
    sql`SELECT strftime(max(last_ts), '%Y-%m-%dT%H:%M:%S.%gZ') AS "dataEnd" FROM cases`,
  );
  const base = sql`WITH ${mappedEventsCte(journey)},
    last AS (SELECT case_idx, arg_max(stage, pos) AS stage, arg_max(tp, pos) AS tp, arg_max(channel, pos) AS channel
      FROM mapped WHERE stage IS NOT NULL GROUP BY case_idx),
    ended AS (SELECT l.*, epoch_us(c.last_ts) < epoch_us((SELECT max(last_ts) FROM cases)) - ${churnUs}::BIGINT AS quit
      FROM last l JOIN cases c USING (case_idx)),
    reach AS (SELECT stage, count(DISTINCT case_idx)::INTEGER AS reached FROM mapped WHERE stage IS NOT NULL GROUP BY stage)`;
  const perStage = await rows<{ stage: number; last_cases: number; quit: number; reached: number }>(
    conn,
    sql`${base} SELECT r.stage, coalesce(count(e.case_idx), 0)::INTEGER AS last_cases,
        coalesce(count(e.case_idx) FILTER (WHERE e.quit), 0)::INTEGER AS quit, any_value(r.reached)::INTEGER AS reached
      FROM reach r LEFT JOIN ended e USING (stage) GROUP BY r.stage`,
  );
  const lastOf = await rows<{ stage: number; kind: string; item: number | null; count: number }>(
    conn,
    sql`${base} SELECT stage, 'tp' AS kind, tp AS item, count(*)::INTEGER AS count FROM ended WHERE quit GROUP BY ALL
      UNION ALL SELECT stage, 'ch' AS kind, channel AS item, count(*)::INTEGER AS count FROM ended WHERE quit GROUP BY ALL`,
  );
  const channels = await dictionary(conn, 'channels');
  const top = (stage: number, kind: 'tp' | 'ch'): NodeCount[] =>
    lastOf
      .filter((r) => r.stage === stage && r.kind === kind)
      .map((r) => ({
        name:
          r.item === null
            ? '(none)'
            : kind === 'tp'
              ? (journey.touchpoints[r.item]?.id ?? '?')
              : (channels[r.item] ?? '?'),
        count: r.count,
      }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return {
    churnAfterDays,
    dataEnd,
    stages: journey.stages.map((s, k) => {
      const row = perStage.find((r) => r.stage === k);
      const reached = row?.reached ?? 0;
      const quit = row?.quit ?? 0;
      return {
        stage: s.id,
        lastStageCases: row?.last_cases ?? 0,
        quit,
        reached,
        rate: reached === 0 ? 0 : quit / reached,
        lastTouchpoints: top(k, 'tp'),
        lastChannels: top(k, 'ch'),
      };
    }),
  };
}
