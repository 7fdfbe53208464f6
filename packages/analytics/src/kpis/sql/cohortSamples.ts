import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../../duckdb/run.ts';
import { type SqlFragment, sql } from '../../sql/sql.ts';
import { bucketsCte, inBucket, type TimeBucket } from '../buckets.ts';
import type { SampleTable } from '../samples.ts';
import { segmentCte, toTable } from './common.ts';

export interface CohortOptions {
  /** The events mapped to the map's stages and touchpoints (see mappedEventsTable). */
  mapped: SqlFragment;
  /** Index (map order) of the stage whose first event puts a case in its cohort. */
  fromStage: number;
  /** Index of the stage a case must reach for a success. */
  toStage: number;
  /** A success must come within this many days of the cohort event. */
  windowDays: number;
  /** A success must come strictly after the cohort event (a repeat deal), not at the same time. */
  strictlyAfter?: boolean;
  buckets: readonly TimeBucket[];
  segmentBy?: string;
}

/**
 * Cohort proportions: of the cases whose first event in `fromStage` falls in a bucket, the share that reach
 * `toStage` within `windowDays`. Cases whose window is not over by the data's end are left out: they
 * have not had their chance yet, and counting them would make recent periods look worse than they are.
 */
export async function cohortSamples(conn: DuckDBConnection, o: CohortOptions): Promise<SampleTable> {
  const after = o.strictlyAfter ? sql`t.ts > f.t0` : sql`t.ts >= f.t0`;
  const list = await rows<{ bucket: string; segment: string | null; successes: number; n: number }>(
    conn,
    sql`WITH mapped AS (SELECT * FROM ${o.mapped}), ${bucketsCte(o.buckets)}, ${await segmentCte(conn, o.segmentBy)},
      data_end AS (SELECT max(ts) AS t FROM events),
      f AS (SELECT case_idx, min(ts) AS t0 FROM mapped WHERE stage = ${o.fromStage} GROUP BY case_idx),
      t AS (SELECT case_idx, ts FROM mapped WHERE stage = ${o.toStage}),
      g AS (SELECT f.case_idx, f.t0, count(t.ts) > 0 AS ok
        FROM f LEFT JOIN t ON t.case_idx = f.case_idx AND ${after} AND t.ts <= f.t0 + to_days(CAST(${o.windowDays} AS INTEGER))
        WHERE f.t0 + to_days(CAST(${o.windowDays} AS INTEGER)) <= (SELECT t FROM data_end)
        GROUP BY f.case_idx, f.t0)
      SELECT b.bucket, sg.segment, count(*) FILTER (WHERE g.ok)::INTEGER AS successes, count(*)::INTEGER AS n
      FROM g JOIN buckets b ON ${inBucket(sql`g.t0`)} JOIN seg sg ON sg.case_idx = g.case_idx
      GROUP BY ALL`,
  );
  return toTable(list, (r) => ({ kind: 'proportion', successes: r.successes, n: r.n }));
}
