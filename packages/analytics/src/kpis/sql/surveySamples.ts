import type { DuckDBConnection } from '@duckdb/node-api';
import type { Journey } from '@tropa/core';
import { rows } from '../../duckdb/run.ts';
import { joinSql, type SqlFragment, sql } from '../../sql/sql.ts';
import { bucketsCte, inBucket, type TimeBucket } from '../buckets.ts';
import type { SurveyFilter, SurveyGrouping } from '../kpiSampler.ts';
import type { Sample, SampleTable } from '../samples.ts';
import { segmentCte, toTable } from './common.ts';

interface Row {
  bucket: string;
  segment: string | null;
  grp: string | null;
  promoters: number;
  passives: number;
  detractors: number;
  satisfied: number;
  csat_n: number;
  ces_n: number;
  ces_mean: number | null;
  ces_sd: number | null;
}

/** A survey answer's stage is its own, or else its touchpoint's in the map. */
function touchpointStages(journey: Journey): SqlFragment {
  if (journey.touchpoints.length === 0) {
    return sql`tp_stage AS (SELECT NULL::VARCHAR AS touchpoint, NULL::VARCHAR AS tp_stage WHERE false)`;
  }
  const values = journey.touchpoints.map((t) => sql`(${t.id}, ${t.stage})`);
  return sql`tp_stage AS (SELECT * FROM (VALUES ${joinSql(values, ', ')}) v(touchpoint, tp_stage))`;
}

/** NPS, CSAT and CES samples of survey answers per bucket, segment and (optionally) stage or touchpoint. */
export async function surveySamples(
  conn: DuckDBConnection,
  journey: Journey,
  options: {
    buckets: readonly TimeBucket[];
    segmentBy?: string;
    filter?: SurveyFilter;
    groupBy?: SurveyGrouping;
  },
): Promise<Map<string | null, { nps: SampleTable; csat: SampleTable; ces: SampleTable }>> {
  const filter = options.filter ?? {};
  const conditions: SqlFragment[] = [sql`true`];
  if (filter.stage) conditions.push(sql`s.stage = ${filter.stage}`);
  if (filter.touchpoint) conditions.push(sql`s.touchpoint = ${filter.touchpoint}`);
  const group =
    options.groupBy === 'stage'
      ? sql`s.stage`
      : options.groupBy === 'touchpoint'
        ? sql`s.touchpoint`
        : sql`NULL::VARCHAR`;
  const list = await rows<Row>(
    conn,
    sql`WITH ${bucketsCte(options.buckets)}, ${await segmentCte(conn, options.segmentBy)}, ${touchpointStages(journey)},
      s AS (SELECT sv.ts, sv.touchpoint, coalesce(sv.stage, t.tp_stage) AS stage, sv.nps, sv.csat, sv.ces, c.case_idx
        FROM surveys sv LEFT JOIN tp_stage t ON t.touchpoint = sv.touchpoint LEFT JOIN cases c ON c.case_id = sv.case_id)
      SELECT b.bucket, coalesce(sg.segment, ${options.segmentBy ? '(none)' : ''}) AS segment, ${group} AS grp,
        count(*) FILTER (WHERE s.nps >= 9)::INTEGER AS promoters,
        count(*) FILTER (WHERE s.nps BETWEEN 7 AND 8)::INTEGER AS passives,
        count(*) FILTER (WHERE s.nps <= 6)::INTEGER AS detractors,
        count(*) FILTER (WHERE s.csat >= 4)::INTEGER AS satisfied, count(s.csat)::INTEGER AS csat_n,
        count(s.ces)::INTEGER AS ces_n, avg(s.ces)::DOUBLE AS ces_mean, stddev_samp(s.ces)::DOUBLE AS ces_sd
      FROM s JOIN buckets b ON ${inBucket(sql`s.ts`)} LEFT JOIN seg sg ON sg.case_idx = s.case_idx
      WHERE ${joinSql(conditions, ' AND ')}
      GROUP BY ALL`,
  );
  const byGroup = new Map<string | null, Row[]>();
  for (const r of list) byGroup.set(r.grp, [...(byGroup.get(r.grp) ?? []), r]);
  const out = new Map<string | null, { nps: SampleTable; csat: SampleTable; ces: SampleTable }>();
  for (const [grp, groupRows] of byGroup) {
    out.set(grp, {
      nps: toTable(
        groupRows,
        (r): Sample => ({
          kind: 'nps',
          counts: { promoters: r.promoters, passives: r.passives, detractors: r.detractors },
        }),
      ),
      csat: toTable(groupRows, (r): Sample => ({ kind: 'proportion', successes: r.satisfied, n: r.csat_n })),
      ces: toTable(
        groupRows,
        (r): Sample => ({
          kind: 'ces',
          summary: { n: r.ces_n, mean: r.ces_mean ?? Number.NaN, sd: r.ces_sd ?? 0 },
        }),
      ),
    });
  }
  return out;
}
