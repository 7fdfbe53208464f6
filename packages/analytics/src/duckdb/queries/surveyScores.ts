import type { DuckDBConnection } from '@duckdb/node-api';
import type { SurveyScoresQuery, SurveyScoresResult } from '../../engine/queries.ts';
import { sql } from '../../sql/sql.ts';
import { one, rows } from '../run.ts';

/** NPS group counts, CSAT satisfied/n and CES mean/SD per stage, touchpoint or overall. */
export async function surveyScores(
  conn: DuckDBConnection,
  query: SurveyScoresQuery,
): Promise<SurveyScoresResult> {
  const { present } = await one<{ present: boolean }>(
    conn,
    sql`SELECT count(*) > 0 AS present FROM duckdb_tables() WHERE table_name = 'surveys'`,
  );
  if (!present) return { present: false, groups: [] };
  const group =
    query.groupBy === 'stage' ? sql`stage` : query.groupBy === 'touchpoint' ? sql`touchpoint` : sql`NULL`;
  const list = await rows<{
    grp: string | null;
    promoters: number;
    passives: number;
    detractors: number;
    satisfied: number;
    csat_n: number;
    ces_n: number;
    ces_mean: number | null;
    ces_sd: number | null;
  }>(
    conn,
    sql`SELECT ${group} AS grp,
        count(*) FILTER (WHERE nps >= 9)::INTEGER AS promoters, count(*) FILTER (WHERE nps BETWEEN 7 AND 8)::INTEGER AS passives,
        count(*) FILTER (WHERE nps <= 6)::INTEGER AS detractors,
        count(*) FILTER (WHERE csat >= 4)::INTEGER AS satisfied, count(csat)::INTEGER AS csat_n,
        count(ces)::INTEGER AS ces_n, avg(ces)::DOUBLE AS ces_mean, stddev_samp(ces)::DOUBLE AS ces_sd
      FROM surveys GROUP BY ALL ORDER BY grp NULLS FIRST`,
  );
  return {
    present: true,
    groups: list.map((r) => ({
      group: r.grp,
      nps: { promoters: r.promoters, passives: r.passives, detractors: r.detractors },
      csat: { satisfied: r.satisfied, n: r.csat_n },
      ces: { n: r.ces_n, mean: r.ces_mean ?? Number.NaN, sd: r.ces_sd ?? 0 },
    })),
  };
}
