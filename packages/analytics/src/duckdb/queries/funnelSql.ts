import type { JourneyRules } from '../../mapping/journeyRules.ts';
import { mappedEventsCte } from '../../mapping/mappedEvents.ts';
import { type SqlFragment, sql } from '../../sql/sql.ts';

/** Bits that hold a stage index (or a step count, up to the number of stages) in an encoded event. */
export function stageBits(stages: number): number {
  return Math.max(1, Math.ceil(Math.log2(stages + 1)));
}

/**
 * Whether `(time − first time) << bits` fits a BIGINT for a log spanning `spanUs` microseconds;
 * otherwise the funnel encodes into HUGEINT (slower, same result).
 */
export function fitsBigint(spanUs: number, stages: number): boolean {
  return spanUs < 2 ** (62 - stageBits(stages));
}

/**
 * SQL for the ordered funnel: rows `(segment, k, cases)` counting the cases that reach step k, per value
 * of the segment relation `(case_idx, segment)` when given (segment NULL otherwise); steps no case
 * reaches may be missing.
 *
 * Step 0 is a case's first event in the first stage; step k its first event in stage k at or after
 * step k−1, within the window of step 0. One pass: each mapped event becomes one integer,
 * (time − the log's first time) << bits | stage, a case's events are listed and sorted (by time, then
 * stage: an equal-time event of stage k follows step k−1 and so still counts), and a scan of the sorted
 * list advances a state (time of step 0 << bits | steps reached) whenever an event is of the stage the
 * next step needs. In time order the first such event is the earliest one at or after step k−1; if it
 * falls outside the window every later one does too. Measured against ten step joins (2.2 s CPU) and
 * a per-stage min/max pivot with an event-level fallback (1.8 s), this is 1.2 s of CPU at 10M events.
 */
export function funnelCountsSql(
  journey: JourneyRules,
  windowUs: number | null,
  segment: SqlFragment | null,
  wide = false,
): SqlFragment {
  const stages = journey.stages.length;
  const bits = stageBits(stages);
  const type = wide ? sql`HUGEINT` : sql`BIGINT`;
  const low = sql`${(1 << bits) - 1}::${type}`;
  const shift = sql`${bits}::INTEGER`;
  const byChannel = journey.touchpoints.some((t) => t.rules.some((r) => r.channel !== undefined));
  const staged = byChannel
    ? sql`SELECT case_idx, ts, stage FROM mapped WHERE stage IS NOT NULL`
    : sql`SELECT e.case_idx, e.ts, r.stage FROM events e JOIN tp_rules r USING (activity) WHERE r.stage IS NOT NULL`;
  const inWindow =
    windowUs === null ? sql`true` : sql`(x >> ${shift}) - (acc >> ${shift}) <= ${windowUs}::BIGINT`;
  // acc & low = steps reached so far; acc >> bits = time of step 0 (once reached).
  const step = sql`lambda acc, x: CASE WHEN x & ${low} = acc & ${low} AND (acc & ${low} = 0 OR ${inWindow})
      THEN (CASE WHEN acc & ${low} = 0 THEN x & ~(${low}) ELSE acc END) + 1 ELSE acc END`;
  const head = sql`WITH ${mappedEventsCte(journey)},
    origin AS (SELECT epoch_us(min(first_ts)) AS us FROM cases),
    encoded AS (SELECT case_idx, list(((epoch_us(ts) - (SELECT us FROM origin))::${type} << ${shift}) | stage) AS l
      FROM (${staged}) GROUP BY case_idx),
    reached AS (SELECT case_idx, (list_reduce(list_sort(l), ${step}, 0::${type}) & ${low})::INTEGER AS n FROM encoded)`;
  // Cases reaching n steps count for every k < n.
  const upTo = sql`range(${stages}::INTEGER) t(k)`;
  if (segment === null) {
    return sql`${head}, by_n AS (SELECT n, count(*) AS c FROM reached GROUP BY n)
      SELECT NULL::VARCHAR AS segment, k::INTEGER AS k, sum(c)::INTEGER AS cases FROM by_n, ${upTo} WHERE n > k GROUP BY k`;
  }
  return sql`${head}, by_n AS (SELECT g.segment, r.n, count(*) AS c FROM reached r LEFT JOIN ${segment} g USING (case_idx) GROUP BY ALL)
    SELECT segment, k::INTEGER AS k, sum(c)::INTEGER AS cases FROM by_n, ${upTo} WHERE n > k GROUP BY ALL`;
}
