import type { FunnelQuery, FunnelResult, FunnelStep } from '../../engine/queries.ts';
import { joinSql, type SqlFragment, sql } from '../../sql/sql.ts';
import type { ClickHouseConnection } from '../connection.ts';
import { mappedPerCaseSql } from '../perCase.ts';
import type { DatasetTables } from '../tables.ts';
import { NO_SEGMENT, segmentRelation } from './segmentRelation.ts';

/**
 * Per case, `reached`: how many funnel steps it makes. Step 0 is the first event in the first stage; step k
 * the first event in stage k at or after step k−1, within `windowUs` of step 0 when given. One `arrayFold`
 * pass over the case's events sorted by (time, stage) finds them greedily (state: next step, time of step 0);
 * with ties ordered by stage, an event of stage k at the same time as step k−1 still counts, as in the
 * definition.
 */
export function funnelReachedSql(
  t: DatasetTables,
  windowUs: number | null,
  journey: FunnelQuery['journey'],
): SqlFragment {
  const sorted = sql`arraySort(e -> (e.1, e.3), evs)`;
  const fold =
    windowUs === null
      ? sql`arrayFold((acc, e) -> if(e.3 = acc, acc + 1, acc), ${sorted}, toInt64(0))`
      : sql`arrayFold((acc, e) -> if(e.3 = acc.1 AND (acc.1 = 0 OR dateDiff('microsecond', acc.2, e.1) <= ${windowUs}),
            (acc.1 + 1, if(acc.1 = 0, e.1, acc.2)), acc), ${sorted}, (toInt64(0), toDateTime64(0, 6, 'UTC'))).1`;
  return sql`SELECT case_idx, ${fold} AS reached FROM (${mappedPerCaseSql(t.events, journey)})`;
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
  const reached = [...Array(k).keys()].map((i) => sql`countIf(s.reached > ${i})`);
  const steps = funnelReachedSql(t, windowUs, journey);
  const counts = query.segmentBy
    ? await ch.rows<{ segment: string | null; counts: number[] }>(
        sql`SELECT g.segment AS segment, [${joinSql(reached, ', ')}] AS counts
          FROM (${steps}) s LEFT JOIN ${await segmentRelation(ch, t, query.segmentBy)} g ON g.case_idx = s.case_idx
          WHERE s.reached > 0 GROUP BY segment`,
      )
    : await ch.rows<{ segment: string | null; counts: number[] }>(
        sql`SELECT NULL AS segment, [${joinSql(reached, ', ')}] AS counts FROM (${steps}) s`,
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
