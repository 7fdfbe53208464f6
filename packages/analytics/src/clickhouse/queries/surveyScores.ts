import type { SurveyScoresQuery, SurveyScoresResult } from '../../engine/queries.ts';
import { ident, sql } from '../../sql/sql.ts';
import { type ClickHouseConnection, oneRow } from '../connection.ts';
import type { DatasetTables } from '../tables.ts';

/** NPS group counts, CSAT satisfied/n and CES mean/SD per stage, touchpoint or overall. */
export async function surveyScores(
  ch: ClickHouseConnection,
  t: DatasetTables,
  query: SurveyScoresQuery,
): Promise<SurveyScoresResult> {
  const { present } = await oneRow<{ present: number }>(
    ch,
    sql`SELECT max(surveys) AS present FROM ${ident(t.meta)}`,
  );
  if (present !== 1) return { present: false, groups: [] };
  const group =
    query.groupBy === 'stage'
      ? sql`stage`
      : query.groupBy === 'touchpoint'
        ? sql`touchpoint`
        : sql`CAST(NULL AS Nullable(String))`;
  const list = await ch.rows<{
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
    sql`SELECT ${group} AS grp, countIf(nps >= 9) AS promoters, countIf(nps BETWEEN 7 AND 8) AS passives,
        countIf(nps <= 6) AS detractors, countIf(csat >= 4) AS satisfied, count(csat) AS csat_n,
        count(ces) AS ces_n, avg(ces) AS ces_mean, if(count(ces) < 2, NULL, stddevSamp(ces)) AS ces_sd
      FROM ${ident(t.surveys)} GROUP BY grp ORDER BY grp NULLS FIRST`,
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
