import type { DuckDBConnection } from '@duckdb/node-api';
import type { ChannelsQuery, ChannelsResult } from '../../engine/queries.ts';
import { mappedEventsCte } from '../../mapping/mappedEvents.ts';
import { sql } from '../../sql/sql.ts';
import { rows } from '../run.ts';
import { dictionary, nameOf } from './names.ts';
import { NO_SEGMENT, segmentRelation } from './segmentRelation.ts';

/** Default window for a switch to count as a repeat contact (DESIGN.md). */
export const DEFAULT_REPEAT_WINDOW_HOURS = 48;

/**
 * Channel use and switches over consecutive events of a case (both with a channel): the switch matrix,
 * and with a map, per stage, the switch rate and repeat contacts (a switch within the window inside one stage).
 */
export async function channels(conn: DuckDBConnection, query: ChannelsQuery): Promise<ChannelsResult> {
  const repeatWindowHours = query.repeatWindowHours ?? DEFAULT_REPEAT_WINDOW_HOURS;
  const names = await dictionary(conn, 'channels');
  const counts = await rows<{ channel: number; count: number }>(
    conn,
    sql`SELECT channel, count(*)::INTEGER AS count FROM events WHERE channel IS NOT NULL GROUP BY channel ORDER BY count DESC, channel`,
  );
  const matrix = await rows<{ src: number; dst: number; count: number }>(
    conn,
    sql`SELECT channel AS src, next_channel AS dst, count(*)::INTEGER AS count FROM events
      WHERE channel IS NOT NULL AND next_channel IS NOT NULL GROUP BY ALL ORDER BY count DESC, src, dst`,
  );
  const transitions = matrix.reduce((s, m) => s + m.count, 0);
  const switches = matrix.filter((m) => m.src !== m.dst).reduce((s, m) => s + m.count, 0);
  let stages: ChannelsResult['stages'] = [];
  if (query.journey) {
    const journey = query.journey;
    const windowUs = Math.round(repeatWindowHours * 3_600_000_000);
    const perStage = await rows<{ stage: number; transitions: number; switches: number; repeats: number }>(
      conn,
      sql`WITH ${mappedEventsCte(journey)},
        pairs AS (SELECT stage, channel, lead(stage) OVER w AS next_stage, lead(channel) OVER w AS next_ch,
          epoch_us(lead(ts) OVER w) - epoch_us(ts) AS gap FROM mapped WHERE stage IS NOT NULL
          WINDOW w AS (PARTITION BY case_idx ORDER BY pos))
        SELECT stage, count(*)::INTEGER AS transitions, count(*) FILTER (WHERE next_ch <> channel)::INTEGER AS switches,
          count(*) FILTER (WHERE next_ch <> channel AND gap <= ${windowUs}::BIGINT)::INTEGER AS repeats
        FROM pairs WHERE next_stage = stage AND channel IS NOT NULL AND next_ch IS NOT NULL GROUP BY stage`,
    );
    stages = journey.stages.map((s, k) => {
      const r = perStage.find((x) => x.stage === k);
      const t = r?.transitions ?? 0;
      return {
        stage: s.id,
        transitions: t,
        switches: r?.switches ?? 0,
        switchRate: t === 0 ? 0 : (r?.switches ?? 0) / t,
        repeatContacts: r?.repeats ?? 0,
      };
    });
  }
  let mix: ChannelsResult['mix'] = [];
  if (query.segmentBy) {
    const segment = await segmentRelation(conn, query.segmentBy);
    const byMix = await rows<{ segment: string | null; channel: number; count: number }>(
      conn,
      sql`SELECT g.segment, e.channel, count(*)::INTEGER AS count FROM events e LEFT JOIN ${segment} g USING (case_idx)
        WHERE e.channel IS NOT NULL GROUP BY ALL ORDER BY g.segment, count DESC, e.channel`,
    );
    const totals = new Map<string, number>();
    for (const m of byMix)
      totals.set(m.segment ?? NO_SEGMENT, (totals.get(m.segment ?? NO_SEGMENT) ?? 0) + m.count);
    mix = byMix.map((m) => ({
      segment: m.segment ?? NO_SEGMENT,
      channel: nameOf(names, m.channel),
      count: m.count,
      share: m.count / (totals.get(m.segment ?? NO_SEGMENT) ?? 1),
    }));
  }
  return {
    repeatWindowHours,
    channels: counts.map((c) => ({ name: nameOf(names, c.channel), count: c.count })),
    matrix: matrix.map((m) => ({ from: nameOf(names, m.src), to: nameOf(names, m.dst), count: m.count })),
    transitions,
    switches,
    stages,
    mix,
  };
}
