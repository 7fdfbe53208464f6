import type { JourneyRules } from '../../mapping/journeyRules.ts';
import { mappedEventsCte } from '../../mapping/mappedEvents.ts';
import { ident, joinSql, type SqlFragment, sql } from '../../sql/sql.ts';

/**
 * SQL for the ordered funnel: rows `(segment, k, cases)` counting the cases that reach step k, per value
 * of the segment relation `(case_idx, segment)` when given (segment NULL otherwise).
 *
 * Step k is reached at T_k, the first event in stage k at or after T_{k−1} (and within the window of T_0).
 * One pass keeps, per case and stage, the first and last event time (f, l). Then T_k = f_k when
 * f_k ≥ T_{k−1}; the case stops when l_k < T_{k−1}; and only when f_k < T_{k−1} ≤ l_k (the case was in
 * stage k before, and again later) does T_k need the events: those few cases get the event-level steps.
 */
export function funnelCountsSql(
  journey: JourneyRules,
  windowUs: number | null,
  segment: SqlFragment | null,
): SqlFragment {
  const K = journey.stages.length;
  const n = (name: string, k: number) => ident(`${name}${k}`);
  const inWindow = (t: SqlFragment, t0: SqlFragment) =>
    windowUs === null ? sql`true` : sql`epoch_us(${t}) - epoch_us(${t0}) <= ${windowUs}::BIGINT`;
  const perStage = journey.stages.flatMap((_, k) => [
    sql`min(ts) FILTER (WHERE stage = ${k}) AS ${n('f', k)}`,
    sql`max(ts) FILTER (WHERE stage = ${k}) AS ${n('l', k)}`,
  ]);
  // t_k: the step time when known from (f, l); a_k: the case needs the events from step k on.
  const chain: SqlFragment[] = [sql`f0 AS t0`];
  for (let k = 1; k < K; k++) {
    const prev = n('t', k - 1);
    const f = n('f', k);
    chain.push(sql`CASE WHEN ${f} >= ${prev} AND ${inWindow(f, sql`t0`)} THEN ${f} END AS ${n('t', k)}`);
    chain.push(sql`(${f} < ${prev} AND ${n('l', k)} >= ${prev}) AS ${n('a', k)}`);
  }
  const fastCounts = journey.stages.map((_, k) => sql`count(${n('t', k)})::INTEGER AS ${n('c', k)}`);
  const fastRows = journey.stages.map(
    (_, k) => sql`SELECT segment, ${k}::INTEGER AS k, ${n('c', k)} AS cases FROM fast`,
  );
  const ambiguous = journey.stages
    .slice(1)
    .map((_, i) => i + 1)
    .map(
      (k) =>
        sql`SELECT case_idx, ${k}::INTEGER AS k0, ${n('t', k - 1)} AS prev, t0 FROM chain WHERE ${n('a', k)}`,
    );
  const steps: SqlFragment[] = [];
  for (let k = 1; k < K; k++) {
    const from =
      k === 1
        ? sql`SELECT case_idx, prev, t0 FROM ambiguous WHERE k0 = 1`
        : sql`SELECT case_idx, t AS prev, t0 FROM ${n('slow', k - 1)} UNION ALL SELECT case_idx, prev, t0 FROM ambiguous WHERE k0 = ${k}`;
    steps.push(sql`${n('slow', k)} AS (SELECT s.case_idx, min(s.ts) AS t, any_value(p.t0) AS t0
      FROM slow_events s JOIN (${from}) p USING (case_idx)
      WHERE s.stage = ${k} AND s.ts >= p.prev AND ${inWindow(sql`s.ts`, sql`p.t0`)} GROUP BY s.case_idx)`);
  }
  const slowReached = journey.stages
    .slice(1)
    .map((_, i) => sql`SELECT ${i + 1}::INTEGER AS k, case_idx FROM ${n('slow', i + 1)}`);
  const seg = segment ?? sql`(SELECT NULL::INTEGER AS case_idx, NULL::VARCHAR AS segment WHERE false)`;
  return sql`WITH ${mappedEventsCte(journey)},
    per AS (SELECT case_idx, ${joinSql(perStage, ', ')} FROM mapped WHERE stage IS NOT NULL GROUP BY case_idx),
    chain AS MATERIALIZED (SELECT case_idx, ${joinSql(chain, ', ')} FROM per),
    ambiguous AS MATERIALIZED (${K > 1 ? joinSql(ambiguous, ' UNION ALL ') : sql`SELECT NULL::INTEGER AS case_idx, NULL::INTEGER AS k0, NULL::TIMESTAMP AS prev, NULL::TIMESTAMP AS t0 WHERE false`}),
    slow_events AS MATERIALIZED (SELECT m.case_idx, m.stage, m.ts FROM mapped m SEMI JOIN ambiguous a ON a.case_idx = m.case_idx WHERE m.stage IS NOT NULL)
    ${steps.length ? sql`, ${joinSql(steps, ', ')}` : sql``}
    , fast AS (SELECT g.segment, ${joinSql(fastCounts, ', ')} FROM chain LEFT JOIN ${seg} g USING (case_idx) GROUP BY ALL)
    ${joinSql(fastRows, ' UNION ALL ')}
    ${
      slowReached.length
        ? sql`UNION ALL SELECT g.segment, r.k, count(*)::INTEGER AS cases
      FROM (${joinSql(slowReached, ' UNION ALL ')}) r LEFT JOIN ${seg} g USING (case_idx) GROUP BY ALL`
        : sql``
    }`;
}
