import type { MatchRule } from '@tropa/core';
import { joinSql, type SqlFragment, sql } from '../sql/sql.ts';
import type { JourneyRules } from './journeyRules.ts';

function ruleSql(rule: MatchRule): SqlFragment {
  const conditions: SqlFragment[] = [];
  if (rule.activity)
    conditions.push(
      sql`(${joinSql(
        rule.activity.map((a) => sql`a.name = ${a}`),
        ' OR ',
      )})`,
    );
  if (rule.pattern) conditions.push(sql`regexp_matches(a.name, ${rule.pattern})`);
  if (rule.channel)
    conditions.push(
      sql`(${joinSql(
        rule.channel.map((c) => sql`ch.name = ${c}`),
        ' OR ',
      )})`,
    );
  return joinSql(conditions, ' AND ');
}

/**
 * SQL (a CTE list, without `WITH`) that defines `mapped`: every event with `tp` (touchpoint index in
 * document order, NULL when unmatched) and `stage` (stage index in map order). The rules are evaluated
 * once per distinct (activity, channel) pair, not per event; the first matching touchpoint wins.
 */
export function mappedEventsCte(journey: JourneyRules): SqlFragment {
  const whens = journey.touchpoints.map(
    (t, i) =>
      sql`WHEN ${joinSql(
        t.rules.map((r) => sql`(${ruleSql(r)})`),
        ' OR ',
      )} THEN ${i}`,
  );
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const stageWhens = journey.touchpoints.map(
    (t, i) => sql`WHEN ${i} THEN ${stageIndex.get(t.stage) ?? null}`,
  );
  const tpCase = whens.length ? sql`CASE ${joinSql(whens, ' ')} END` : sql`NULL`;
  const stageCase = stageWhens.length ? sql`CASE tp ${joinSql(stageWhens, ' ')} END` : sql`NULL`;
  // Rules are evaluated on the dictionaries (activities × channels), never per event. Without a channel
  // condition in any rule, the events join on the activity code alone.
  const byChannel = journey.touchpoints.some((t) => t.rules.some((r) => r.channel !== undefined));
  const pairs = byChannel
    ? sql`SELECT a.code AS activity, coalesce(ch.code, -1) AS channel_key FROM activities a
        CROSS JOIN (SELECT code, name FROM channels UNION ALL SELECT NULL, NULL) ch`
    : sql`SELECT a.code AS activity, -1 AS channel_key FROM activities a`;
  const join = byChannel
    ? sql`r.activity = e.activity AND r.channel_key = coalesce(e.channel, -1)`
    : sql`r.activity = e.activity`;
  return sql`tp_pairs AS (
      SELECT d.activity, d.channel_key, (${tpCase})::INTEGER AS tp
      FROM (${pairs}) d JOIN activities a ON a.code = d.activity LEFT JOIN channels ch ON ch.code = d.channel_key
    ),
    tp_rules AS (SELECT activity, channel_key, tp, (${stageCase})::INTEGER AS stage FROM tp_pairs),
    mapped AS (SELECT e.*, r.tp, r.stage FROM events e JOIN tp_rules r ON ${join})`;
}
