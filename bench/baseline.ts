import type { DuckDBConnection } from '@duckdb/node-api';
import type { JourneyRules } from '../packages/analytics/src/index.ts';

/**
 * The baseline: the same results by plain SQL on the log loaded as is (unsorted, text columns),
 * with `lead()` over a window per case at query time — what one writes without our layout.
 */
async function all(conn: DuckDBConnection, text: string, params: (string | number)[] = []) {
  return (await conn.runAndReadAll(text, params)).getRowObjectsJson();
}

export async function loadBaseline(conn: DuckDBConnection, csv: string): Promise<void> {
  await conn.run(`SET TimeZone = 'UTC'`);
  await conn.run(
    `CREATE OR REPLACE TABLE raw AS SELECT row_number() OVER () AS seq, case_id, ts::TIMESTAMP AS ts, activity, channel, age_group
     FROM read_csv($1, header = true, all_varchar = true)`,
    [csv],
  );
}

export function baselineDfg(conn: DuckDBConnection) {
  return all(
    conn,
    `SELECT activity, nxt, count(*)::INTEGER AS count, avg(secs) AS mean, quantile_cont(secs, 0.5) AS median,
       quantile_cont(secs, 0.9) AS p90
     FROM (SELECT activity, lead(activity) OVER w AS nxt, (epoch_us(lead(ts) OVER w) - epoch_us(ts)) / 1e6 AS secs
       FROM raw WINDOW w AS (PARTITION BY case_id ORDER BY ts, seq))
     WHERE nxt IS NOT NULL GROUP BY ALL`,
  );
}

export function baselineVariants(conn: DuckDBConnection, top: number) {
  return all(
    conn,
    `SELECT v, count(*)::INTEGER AS count FROM (SELECT string_agg(activity, '|' ORDER BY ts, seq) AS v FROM raw GROUP BY case_id)
     GROUP BY v ORDER BY count DESC, v LIMIT $1`,
    [top],
  );
}

export function baselineChannels(conn: DuckDBConnection) {
  return all(
    conn,
    `SELECT channel, nxt, count(*)::INTEGER AS count FROM (SELECT channel, lead(channel) OVER w AS nxt FROM raw
       WINDOW w AS (PARTITION BY case_id ORDER BY ts, seq)) WHERE channel IS NOT NULL AND nxt IS NOT NULL GROUP BY ALL`,
  );
}

/** The funnel by plain SQL: stage of each event by a join on activity names, then step by step. */
export async function baselineFunnel(conn: DuckDBConnection, journey: JourneyRules): Promise<number[]> {
  const pairs = journey.touchpoints.flatMap((t) =>
    t.rules.flatMap((r) =>
      (r.activity ?? []).map((a) => [a, journey.stages.findIndex((s) => s.id === t.stage)] as const),
    ),
  );
  const values = pairs.map((_, i) => `($${2 * i + 1}, $${2 * i + 2}::INTEGER)`).join(', ');
  const steps = journey.stages.map((_, k) =>
    k === 0
      ? 'step0 AS (SELECT case_id, min(ts) AS t FROM staged WHERE stage = 0 GROUP BY case_id)'
      : `step${k} AS (SELECT s.case_id, min(s.ts) AS t FROM staged s JOIN step${k - 1} p USING (case_id)
           WHERE s.stage = ${k} AND s.ts >= p.t GROUP BY s.case_id)`,
  );
  const counts = journey.stages.map((_, k) => `(SELECT count(*) FROM step${k})::INTEGER AS c${k}`).join(', ');
  const [row] = await all(
    conn,
    `WITH map(activity, stage) AS (VALUES ${values}),
       staged AS (SELECT r.case_id, r.ts, m.stage FROM raw r JOIN map m USING (activity)), ${steps.join(', ')}
     SELECT ${counts}`,
    pairs.flat(),
  );
  return journey.stages.map((_, k) => Number(row?.[`c${k}`] ?? 0));
}
