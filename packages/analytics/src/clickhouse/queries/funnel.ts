import type { FunnelQuery, FunnelResult, FunnelStep } from '../../engine/queries.ts';
import { ident, joinSql, type SqlFragment, sql } from '../../sql/sql.ts';
import type { ClickHouseConnection } from '../connection.ts';
import { mappedPerCaseSql } from '../perCase.ts';
import type { DatasetTables } from '../tables.ts';
import { NO_SEGMENT, segmentRelation } from './segmentRelation.ts';

/**
 * Per case, `i0…iK-1`: the position in its sorted mapped-event array of the event that makes step k
 * (0 when it does not reach it). Step 0 is the first event in the first stage; step k the first event in
 * stage k at or after step k−1, within `windowUs` of step 0 when given. `arrayFirstIndex` walks the array once
 * per step, in the spirit of ClickHouse's own `windowFunnel`.
 */
export function funnelStepsSql(
  t: DatasetTables,
  stages: number,
  windowUs: number | null,
  journey: FunnelQuery['journey'],
): SqlFragment {
  const steps = [...Array(stages).keys()].map((k) => {
    if (k === 0) return sql`arrayFirstIndex(e -> e.3 = 0, evs) AS i0`;
    const prev = ident(`i${k - 1}`);
    const window =
      windowUs === null ? sql`` : sql` AND dateDiff('microsecond', evs[i0].1, e.1) <= ${windowUs}`;
    return sql`arrayFirstIndex(e -> ${prev} > 0 AND e.3 = ${k} AND e.1 >= evs[${prev}].1${window}, evs) AS ${ident(`i${k}`)}`;
  });
  return sql`SELECT case_idx, ${joinSql(steps, ', ')} FROM (${mappedPerCaseSql(t.events, journey)})`;
}

/** The stage funnel in map order (definition in funnelStepsSql), overall and per segment. */
export async function funnel(
  ch: ClickHouseConnection,
  t: DatasetTables,
  query: FunnelQuery,
): Promise<FunnelResult> {
  const { journey } = query;
  const windowUs = query.windowDays === undefined ? null : Math.round(query.windowDays * 86_400_000_000);
  const k = journey.stages.length;
  const reached = [...Array(k).keys()].map((i) => sql`countIf(${ident(`i${i}`)} > 0)`);
  const steps = funnelStepsSql(t, k, windowUs, journey);
  const counts = query.segmentBy
    ? await ch.rows<{ segment: string | null; counts: number[] }>(
        sql`SELECT g.segment AS segment, [${joinSql(reached, ', ')}] AS counts
          FROM (${steps}) s LEFT JOIN ${await segmentRelation(ch, t, query.segmentBy)} g ON g.case_idx = s.case_idx
          WHERE s.i0 > 0 GROUP BY segment`,
      )
    : await ch.rows<{ segment: string | null; counts: number[] }>(
        sql`SELECT NULL AS segment, [${joinSql(reached, ', ')}] AS counts FROM (${steps})`,
      );
  const toSteps = (pick: (k: number) => number): FunnelStep[] => {
    const first = pick(0);
    return journey.stages.map((s, i) => {
      const cases = pick(i);
      const previous = i === 0 ? cases : pick(i - 1);
      return {
        stage: s.id,
        cases,
        conversion: first === 0 ? 0 : cases / first,
        stepConversion: previous === 0 ? 0 : cases / previous,
      };
    });
  };
  const total = (i: number) => counts.reduce((s, c) => s + (c.counts[i] ?? 0), 0);
  const segments = query.segmentBy
    ? [...new Set(counts.map((c) => c.segment ?? NO_SEGMENT))].sort().map((name) => ({
        segment: name,
        steps: toSteps((i) =>
          counts
            .filter((c) => (c.segment ?? NO_SEGMENT) === name)
            .reduce((s, c) => s + (c.counts[i] ?? 0), 0),
        ),
      }))
    : [];
  return { windowDays: query.windowDays ?? null, steps: toSteps(total), segments };
}
