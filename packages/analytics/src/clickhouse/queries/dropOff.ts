import type { DropOffQuery, DropOffResult, NodeCount } from '../../engine/queries.ts';
import { ident, sql } from '../../sql/sql.ts';
import { type ClickHouseConnection, oneRow } from '../connection.ts';
import { isoFromMillis, mappedPerCaseSql } from '../perCase.ts';
import type { DatasetTables } from '../tables.ts';
import { quitsSql } from './segmentRelation.ts';

/** Default quiet period after which a case counts as quit (DESIGN.md). */
export const DEFAULT_CHURN_AFTER_DAYS = 90;

/**
 * Drop-off per stage: cases whose last mapped event (the last element of their sorted array) is in stage S
 * and whose last event is more than `churnAfterDays` before the data's end; with that event's touchpoint
 * and channel.
 */
export async function dropOff(
  ch: ClickHouseConnection,
  t: DatasetTables,
  query: DropOffQuery,
): Promise<DropOffResult> {
  const { journey } = query;
  const churnAfterDays = query.churnAfterDays ?? DEFAULT_CHURN_AFTER_DAYS;
  const churnUs = Math.round(churnAfterDays * 86_400_000_000);
  const { end } = await oneRow<{ end: number | null }>(
    ch,
    sql`SELECT if(count() = 0, NULL, toUnixTimestamp64Milli(max(last_ts))) AS end FROM ${ident(t.cases)}`,
  );
  const ended = sql`(SELECT m.case_idx AS case_idx, m.evs AS evs, m.evs[-1].3 AS stage, m.evs[-1].4 AS tp,
      m.evs[-1].5 AS channel, q.quit AS quit
    FROM (${mappedPerCaseSql(t.events, journey)}) m JOIN ${quitsSql(t, churnUs)} q ON q.case_idx = m.case_idx)`;
  const reach = await ch.rows<{ stage: number; reached: number }>(
    sql`SELECT st AS stage, count() AS reached FROM ${ended}
      ARRAY JOIN arrayDistinct(arrayMap(e -> e.3, evs)) AS st GROUP BY st`,
  );
  const last = await ch.rows<{ stage: number; last_cases: number; quit: number }>(
    sql`SELECT stage, count() AS last_cases, countIf(quit) AS quit FROM ${ended} GROUP BY stage`,
  );
  const lastOf = await ch.rows<{ stage: number; kind: string; item: string | null; count: number }>(
    sql`SELECT stage, 'tp' AS kind, toNullable(toString(tp)) AS item, count() AS count FROM ${ended} WHERE quit
        GROUP BY stage, item
      UNION ALL SELECT stage, 'ch' AS kind, toNullable(toString(channel)) AS item, count() AS count FROM ${ended}
        WHERE quit GROUP BY stage, item`,
  );
  const top = (stage: number, kind: 'tp' | 'ch'): NodeCount[] =>
    lastOf
      .filter((r) => r.stage === stage && r.kind === kind)
      .map((r) => ({
        name:
          r.item === null
            ? '(none)'
            : kind === 'tp'
              ? (journey.touchpoints[Number(r.item)]?.id ?? '?')
              : r.item,
        count: r.count,
      }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return {
    churnAfterDays,
    dataEnd: isoFromMillis(end),
    stages: journey.stages.map((s, k) => {
      const row = last.find((r) => r.stage === k);
      const reached = reach.find((r) => r.stage === k)?.reached ?? 0;
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
