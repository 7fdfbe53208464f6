import type { MatchRule } from '@tropa/core';
import type { JourneyRules } from '../mapping/journeyRules.ts';
import { ident, joinSql, type SqlFragment, sql } from '../sql/sql.ts';

/**
 * The ClickHouse way to read journeys: one array of events per case, sorted by (time, file order).
 * `evs` is `Array(Tuple(ts, seq, node))`; `node` is any per-event expression (activity, touchpoint…).
 */
export function perCaseSql(events: string, node: SqlFragment, where: SqlFragment = sql`1`): SqlFragment {
  return sql`SELECT case_idx, arraySort(e -> (e.1, e.2), groupArray((ts, seq, ${node}))) AS evs
    FROM ${ident(events)} WHERE ${where} GROUP BY case_idx`;
}

function ruleSql(rule: MatchRule): SqlFragment {
  const conditions: SqlFragment[] = [];
  if (rule.activity)
    conditions.push(
      sql`(${joinSql(
        rule.activity.map((a) => sql`activity = ${a}`),
        ' OR ',
      )})`,
    );
  if (rule.pattern) conditions.push(sql`match(activity, ${rule.pattern})`);
  if (rule.channel)
    conditions.push(
      sql`ifNull(${joinSql(
        rule.channel.map((c) => sql`channel = ${c}`),
        ' OR ',
      )}, false)`,
    );
  return joinSql(conditions, ' AND ');
}

/**
 * Per event, the index of the first touchpoint (document order) whose rule matches, or NULL. On a
 * LowCardinality column ClickHouse evaluates the conditions once per dictionary entry.
 */
export function touchpointSql(journey: JourneyRules): SqlFragment {
  if (journey.touchpoints.length === 0) return sql`CAST(NULL AS Nullable(Int32))`;
  const branches = journey.touchpoints.map(
    (t, i) =>
      sql`${joinSql(
        t.rules.map((r) => sql`(${ruleSql(r)})`),
        ' OR ',
      )}, toInt32(${i})`,
  );
  return sql`multiIf(${joinSql(branches, ', ')}, CAST(NULL AS Nullable(Int32)))`;
}

/** The stage index (map order) of a touchpoint index expression, NULL for NULL. */
export function stageOfSql(journey: JourneyRules, tp: SqlFragment): SqlFragment {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  if (journey.touchpoints.length === 0) return sql`CAST(NULL AS Nullable(Int32))`;
  const branches = journey.touchpoints.map(
    (t, i) => sql`${tp} = ${i}, CAST(${stageIndex.get(t.stage) ?? null} AS Nullable(Int32))`,
  );
  return sql`multiIf(${joinSql(branches, ', ')}, CAST(NULL AS Nullable(Int32)))`;
}

/**
 * A subquery of every event with `tp` and `stage` (NULL when unmatched), the counterpart of DuckDB's
 * `mapped` relation.
 */
export function mappedSql(events: string, journey: JourneyRules): SqlFragment {
  return sql`(SELECT case_idx, ts, seq, pos, activity, channel, tp, ${stageOfSql(journey, sql`tp`)} AS stage
    FROM (SELECT *, ${touchpointSql(journey)} AS tp FROM ${ident(events)}))`;
}

/** Milliseconds since the epoch as an ISO string (null stays null). */
export function isoFromMillis(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/**
 * Each case's mapped events (those a touchpoint rule matched) as one sorted array
 * `evs: Array(Tuple(ts, seq, stage, tp, channel))`.
 */
export function mappedPerCaseSql(events: string, journey: JourneyRules): SqlFragment {
  return sql`SELECT case_idx, arraySort(e -> (e.1, e.2),
      groupArray((ts, seq, assumeNotNull(stage), assumeNotNull(tp), channel))) AS evs
    FROM ${mappedSql(events, journey)} WHERE stage IS NOT NULL GROUP BY case_idx`;
}
