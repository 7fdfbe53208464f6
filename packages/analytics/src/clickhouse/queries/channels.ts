import type { ChannelsQuery, ChannelsResult } from '../../engine/queries.ts';
import { ident, sql } from '../../sql/sql.ts';
import type { ClickHouseConnection } from '../connection.ts';
import { mappedPerCaseSql, perCaseSql } from '../perCase.ts';
import type { DatasetTables } from '../tables.ts';
import { NO_SEGMENT, segmentRelation } from './segmentRelation.ts';

/** Default window for a switch to count as a repeat contact (DESIGN.md). */
export const DEFAULT_REPEAT_WINDOW_HOURS = 48;

/**
 * Channel use and switches over consecutive events of a case (both with a channel): the switch matrix,
 * and with a map, per stage, the switch rate and repeat contacts (a switch within the window inside one
 * stage). Neighbours are pairs of each case's sorted array, zipped with itself shifted by one.
 */
export async function channels(
  ch: ClickHouseConnection,
  t: DatasetTables,
  query: ChannelsQuery,
): Promise<ChannelsResult> {
  const repeatWindowHours = query.repeatWindowHours ?? DEFAULT_REPEAT_WINDOW_HOURS;
  const counts = await ch.rows<{ channel: string; count: number }>(
    sql`SELECT toString(assumeNotNull(channel)) AS channel, count() AS count FROM ${ident(t.events)}
      WHERE channel IS NOT NULL GROUP BY channel ORDER BY count DESC, channel`,
  );
  const matrix = await ch.rows<{ src: string; dst: string; count: number }>(
    sql`SELECT toString(assumeNotNull(p.1)) AS src, toString(assumeNotNull(p.2)) AS dst, count() AS count
      FROM (${perCaseSql(t.events, sql`channel`)})
      ARRAY JOIN arrayZip(arrayMap(e -> e.3, arrayPopBack(evs)), arrayMap(e -> e.3, arrayPopFront(evs))) AS p
      WHERE p.1 IS NOT NULL AND p.2 IS NOT NULL GROUP BY src, dst ORDER BY count DESC, src, dst`,
  );
  const transitions = matrix.reduce((s, m) => s + m.count, 0);
  const switches = matrix.filter((m) => m.src !== m.dst).reduce((s, m) => s + m.count, 0);
  let stages: ChannelsResult['stages'] = [];
  if (query.journey) {
    const journey = query.journey;
    const windowUs = Math.round(repeatWindowHours * 3_600_000_000);
    const perStage = await ch.rows<{ stage: number; transitions: number; switches: number; repeats: number }>(
      sql`SELECT a.3 AS stage, count() AS transitions, countIf(b.5 != a.5) AS switches,
          countIf(b.5 != a.5 AND dateDiff('microsecond', a.1, b.1) <= ${windowUs}) AS repeats
        FROM (${mappedPerCaseSql(t.events, journey)})
        ARRAY JOIN arrayPopBack(evs) AS a, arrayPopFront(evs) AS b
        WHERE b.3 = a.3 AND a.5 IS NOT NULL AND b.5 IS NOT NULL GROUP BY stage`,
    );
    stages = journey.stages.map((s, k) => {
      const r = perStage.find((x) => x.stage === k);
      const n = r?.transitions ?? 0;
      return {
        stage: s.id,
        transitions: n,
        switches: r?.switches ?? 0,
        switchRate: n === 0 ? 0 : (r?.switches ?? 0) / n,
        repeatContacts: r?.repeats ?? 0,
      };
    });
  }
  let mix: ChannelsResult['mix'] = [];
  if (query.segmentBy) {
    const segment = await segmentRelation(ch, t, query.segmentBy);
    const byMix = await ch.rows<{ segment: string | null; channel: string; count: number }>(
      sql`SELECT g.segment AS segment, toString(assumeNotNull(e.channel)) AS channel, count() AS count
        FROM ${ident(t.events)} e LEFT JOIN ${segment} g ON g.case_idx = e.case_idx
        WHERE e.channel IS NOT NULL GROUP BY segment, channel ORDER BY segment, count DESC, channel`,
    );
    const totals = new Map<string, number>();
    for (const m of byMix)
      totals.set(m.segment ?? NO_SEGMENT, (totals.get(m.segment ?? NO_SEGMENT) ?? 0) + m.count);
    mix = byMix.map((m) => ({
      segment: m.segment ?? NO_SEGMENT,
      channel: m.channel,
      count: m.count,
      share: m.count / (totals.get(m.segment ?? NO_SEGMENT) ?? 1),
    }));
  }
  return {
    repeatWindowHours,
    channels: counts.map((c) => ({ name: c.channel, count: c.count })),
    matrix: matrix.map((m) => ({ from: m.src, to: m.dst, count: m.count })),
    transitions,
    switches,
    stages,
    mix,
  };
}
