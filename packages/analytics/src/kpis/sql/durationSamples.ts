import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../../duckdb/run.ts';
import { joinSql, type SqlFragment, sql } from '../../sql/sql.ts';
import { bucketsCte, inBucket, type TimeBucket } from '../buckets.ts';
import type { SampleTable } from '../samples.ts';
import { segmentCte, toTable } from './common.ts';

interface Row {
  bucket: string;
  segment: string | null;
  hours: number[];
}

function collect(list: Row[]): SampleTable {
  return toTable(list, (r) => ({ kind: 'durations', hours: r.hours }));
}

/** `(case_idx, t0, t1)` durations grouped into buckets by their start `t0`, in hours. */
function bucketed(spans: SqlFragment): SqlFragment {
  return sql`SELECT b.bucket, sg.segment, list((epoch_us(d.t1) - epoch_us(d.t0)) / 3.6e9 ORDER BY d.t1 - d.t0) AS hours
    FROM (${spans}) d JOIN buckets b ON ${inBucket(sql`d.t0`)} JOIN seg sg ON sg.case_idx = d.case_idx
    GROUP BY ALL`;
}

/**
 * Time between stages (KPI type time-between): from a case's first event in `fromStage` to its first event in
 * `toStage` at or after it, in hours, bucketed by the start.
 */
export async function stageDurationSamples(
  conn: DuckDBConnection,
  o: {
    /** The events mapped to the map's stages and touchpoints (see mappedEventsTable). */
    mapped: SqlFragment;
    fromStage: number;
    toStage: number;
    buckets: readonly TimeBucket[];
    segmentBy?: string;
  },
): Promise<SampleTable> {
  const list = await rows<Row>(
    conn,
    sql`WITH mapped AS (SELECT * FROM ${o.mapped}), ${bucketsCte(o.buckets)}, ${await segmentCte(conn, o.segmentBy)},
      f AS (SELECT case_idx, min(ts) AS t0 FROM mapped WHERE stage = ${o.fromStage} GROUP BY case_idx),
      spans AS (SELECT f.case_idx, f.t0, min(m.ts) AS t1 FROM f JOIN mapped m ON m.case_idx = f.case_idx
        AND m.stage = ${o.toStage} AND m.ts >= f.t0 GROUP BY f.case_idx, f.t0)
      ${bucketed(sql`SELECT * FROM spans`)}`,
  );
  return collect(list);
}

/**
 * Response times (KPI type response-time): each `from` event to the first `to` event strictly after it in the
 * same case, in hours, pooled over the KPI's activity pairs and bucketed by the `from` event. Unanswered ones
 * are left out (they show up in drop-off instead).
 */
export async function pairDurationSamples(
  conn: DuckDBConnection,
  o: { pairs: readonly { from: string; to: string }[]; buckets: readonly TimeBucket[]; segmentBy?: string },
): Promise<SampleTable> {
  if (o.pairs.length === 0) return new Map();
  // ASOF join: for each `from` event, the earliest `to` event of the case strictly after it, in O(n log n).
  const spans = o.pairs.map(
    (p) => sql`SELECT a.case_idx, a.ts AS t0, b.ts AS t1
      FROM (SELECT case_idx, ts FROM named WHERE name = ${p.from}) a
      ASOF JOIN (SELECT case_idx, ts FROM named WHERE name = ${p.to}) b ON a.case_idx = b.case_idx AND a.ts < b.ts`,
  );
  const list = await rows<Row>(
    conn,
    sql`WITH ${bucketsCte(o.buckets)}, ${await segmentCte(conn, o.segmentBy)},
      named AS (SELECT e.case_idx, e.ts, a.name FROM events e JOIN activities a ON a.code = e.activity
        WHERE a.name IN (${joinSql(
          o.pairs.flatMap((p) => [sql`${p.from}`, sql`${p.to}`]),
          ', ',
        )}))
      ${bucketed(joinSql(spans, ' UNION ALL '))}`,
  );
  return collect(list);
}
