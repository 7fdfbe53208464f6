import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../../duckdb/run.ts';
import { joinSql, type SqlFragment, sql } from '../../sql/sql.ts';
import { bucketsCte, inBucket, type TimeBucket } from '../buckets.ts';
import type { SampleTable } from '../samples.ts';
import { segmentCte, toTable } from './common.ts';

/**
 * Support contacts per case (KPI type support-contacts): for every case with any event in the stage during
 * a bucket, the number of its events at contact touchpoints in that bucket; the sample is the mean and SD
 * of those counts over the active cases.
 */
export async function supportSamples(
  conn: DuckDBConnection,
  o: {
    /** The events mapped to the map's stages and touchpoints (see mappedEventsTable). */
    mapped: SqlFragment;
    stage: number;
    /** Indexes (in `journey.touchpoints`) of the touchpoints whose events are contacts. */
    contactTouchpoints: readonly number[];
    buckets: readonly TimeBucket[];
    segmentBy?: string;
  },
): Promise<SampleTable> {
  const isContact = o.contactTouchpoints.length
    ? sql`m.tp IN (${joinSql(
        o.contactTouchpoints.map((i) => sql`${i}`),
        ', ',
      )})`
    : sql`false`;
  const list = await rows<{
    bucket: string;
    segment: string | null;
    n: number;
    mean: number;
    sd: number | null;
  }>(
    conn,
    sql`WITH mapped AS (SELECT * FROM ${o.mapped}), ${bucketsCte(o.buckets)}, ${await segmentCte(conn, o.segmentBy)},
      active AS (SELECT m.case_idx, b.bucket, count(*) FILTER (WHERE ${isContact}) AS contacts
        FROM mapped m JOIN buckets b ON ${inBucket(sql`m.ts`)} WHERE m.stage = ${o.stage} GROUP BY ALL)
      SELECT a.bucket, sg.segment, count(*)::INTEGER AS n, avg(a.contacts)::DOUBLE AS mean,
        stddev_samp(a.contacts)::DOUBLE AS sd
      FROM active a JOIN seg sg ON sg.case_idx = a.case_idx GROUP BY ALL`,
  );
  return toTable(list, (r) => ({ kind: 'mean', summary: { n: r.n, mean: r.mean, sd: r.sd ?? 0 } }));
}
