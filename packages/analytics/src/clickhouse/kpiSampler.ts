import type { Journey } from '@tropa/core';
import type { TimeBucket } from '../kpis/buckets.ts';
import type { KpiSampler, SurveyTables } from '../kpis/kpiSampler.ts';
import type { Sample } from '../kpis/samples.ts';
import { toTable } from '../kpis/sql/common.ts';
import type { JourneyRules } from '../mapping/journeyRules.ts';
import { ident, joinSql, type SqlFragment, sql } from '../sql/sql.ts';
import { type ClickHouseConnection, oneRow } from './connection.ts';
import { mappedPerCaseSql, perCaseSql } from './perCase.ts';
import { NO_SEGMENT, segmentRelation } from './queries/segmentRelation.ts';
import type { DatasetTables } from './tables.ts';

const microsOf = (date: string) => BigInt(new Date(`${date}T00:00:00Z`).getTime()) * 1000n;

/** `buckets(bucket, b_start, b_end)` with the bounds in microseconds since the epoch (bound parameters). */
function bucketsSql(buckets: readonly TimeBucket[]): SqlFragment {
  if (buckets.length === 0)
    return sql`(SELECT '' AS bucket, toInt64(0) AS b_start, toInt64(0) AS b_end WHERE 0)`;
  const items = buckets.map((b) => sql`(${b.key}, ${microsOf(b.start)}, ${microsOf(b.end)})`);
  return sql`(SELECT b.1 AS bucket, b.2 AS b_start, b.3 AS b_end FROM (SELECT arrayJoin([${joinSql(items, ', ')}]) AS b))`;
}

const inBucket = (ts: SqlFragment) =>
  sql`toUnixTimestamp64Micro(${ts}) >= b.b_start AND toUnixTimestamp64Micro(${ts}) < b.b_end`;

/**
 * The ClickHouse engine's KPI samples (definitions in kpis/README.md), from each case's sorted array of mapped
 * events: first events by `arrayFirstIndex`, successes by `arrayExists`, answers by `arrayFirstIndex` after
 * each question.
 */
export function clickHouseKpiSampler(
  ch: ClickHouseConnection,
  t: DatasetTables,
  rules: JourneyRules,
): KpiSampler {
  /** `(case_idx, segment)` for every case: the attribute's value, or '' when not segmenting. */
  const seg = async (attribute: string | undefined) => {
    if (!attribute) return sql`(SELECT case_idx, '' AS segment FROM ${ident(t.cases)})`;
    const relation = await segmentRelation(ch, t, attribute);
    return sql`(SELECT c.case_idx AS case_idx, coalesce(r.segment, ${NO_SEGMENT}) AS segment
      FROM ${ident(t.cases)} c LEFT JOIN ${relation} r ON r.case_idx = c.case_idx)`;
  };
  const mapped = mappedPerCaseSql(t.events, rules);
  const durations = async (spans: SqlFragment, buckets: readonly TimeBucket[], segmentBy?: string) => {
    const list = await ch.rows<{ bucket: string; segment: string | null; hours: number[] }>(
      sql`SELECT b.bucket AS bucket, sg.segment AS segment, arraySort(groupArray(dateDiff('microsecond', d.t0, d.t1) / 3.6e9)) AS hours
        FROM (${spans}) d CROSS JOIN ${bucketsSql(buckets)} b JOIN ${await seg(segmentBy)} sg ON sg.case_idx = d.case_idx
        WHERE ${inBucket(sql`d.t0`)} GROUP BY bucket, segment`,
    );
    return toTable(list, (r): Sample => ({ kind: 'durations', hours: r.hours }));
  };
  return {
    hasSurveys: async () =>
      (await oneRow<{ present: number }>(ch, sql`SELECT max(surveys) AS present FROM ${ident(t.meta)}`))
        .present === 1,
    dataSpan: async (withSurveys) => {
      const times = withSurveys
        ? sql`SELECT ts FROM ${ident(t.events)} UNION ALL SELECT ts FROM ${ident(t.surveys)}`
        : sql`SELECT ts FROM ${ident(t.events)}`;
      const r = await oneRow<{ first: string | null; last: string | null }>(
        ch,
        sql`SELECT if(count() = 0, NULL, formatDateTime(min(ts), '%Y-%m-%dT%H:%i:%SZ')) AS first,
          if(count() = 0, NULL, formatDateTime(max(ts), '%Y-%m-%dT%H:%i:%SZ')) AS last FROM (${times})`,
      );
      return r.first && r.last ? { first: r.first, last: r.last } : null;
    },
    surveys: async (journey: Journey, o): Promise<SurveyTables> => {
      const filter = o.filter ?? {};
      const conditions: SqlFragment[] = [sql`1`];
      if (filter.stage) conditions.push(sql`s.stage = ${filter.stage}`);
      if (filter.touchpoint) conditions.push(sql`s.touchpoint = ${filter.touchpoint}`);
      const group =
        o.groupBy === 'stage'
          ? sql`s.stage`
          : o.groupBy === 'touchpoint'
            ? sql`s.touchpoint`
            : sql`CAST(NULL AS Nullable(String))`;
      const tpStage = journey.touchpoints.length
        ? sql`(SELECT x.1 AS touchpoint, x.2 AS tp_stage FROM (SELECT arrayJoin([${joinSql(
            journey.touchpoints.map((tp) => sql`(${tp.id}, ${tp.stage})`),
            ', ',
          )}]) AS x))`
        : sql`(SELECT '' AS touchpoint, '' AS tp_stage WHERE 0)`;
      const list = await ch.rows<{
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
      }>(
        sql`SELECT b.bucket AS bucket, coalesce(sg.segment, ${o.segmentBy ? NO_SEGMENT : ''}) AS segment, ${group} AS grp,
            countIf(s.nps >= 9) AS promoters, countIf(s.nps BETWEEN 7 AND 8) AS passives, countIf(s.nps <= 6) AS detractors,
            countIf(s.csat >= 4) AS satisfied, count(s.csat) AS csat_n, count(s.ces) AS ces_n, avg(s.ces) AS ces_mean,
            if(count(s.ces) < 2, NULL, stddevSamp(s.ces)) AS ces_sd
          FROM (SELECT sv.ts AS ts, sv.touchpoint AS touchpoint, coalesce(sv.stage, tps.tp_stage) AS stage, sv.nps AS nps,
              sv.csat AS csat, sv.ces AS ces, c.case_idx AS case_idx
            FROM ${ident(t.surveys)} sv LEFT JOIN ${tpStage} tps ON tps.touchpoint = sv.touchpoint
            LEFT JOIN ${ident(t.cases)} c ON c.case_id = sv.case_id) s
          CROSS JOIN ${bucketsSql(o.buckets)} b LEFT JOIN ${await seg(o.segmentBy)} sg ON sg.case_idx = s.case_idx
          WHERE ${inBucket(sql`s.ts`)} AND ${joinSql(conditions, ' AND ')}
          GROUP BY bucket, segment, grp`,
      );
      const byGroup = new Map<string | null, typeof list>();
      for (const r of list) byGroup.set(r.grp, [...(byGroup.get(r.grp) ?? []), r]);
      const out: SurveyTables = new Map();
      for (const [grp, rows] of byGroup) {
        out.set(grp, {
          nps: toTable(
            rows,
            (r): Sample => ({
              kind: 'nps',
              counts: { promoters: r.promoters, passives: r.passives, detractors: r.detractors },
            }),
          ),
          csat: toTable(rows, (r): Sample => ({ kind: 'proportion', successes: r.satisfied, n: r.csat_n })),
          ces: toTable(
            rows,
            (r): Sample => ({
              kind: 'ces',
              summary: { n: r.ces_n, mean: r.ces_mean ?? Number.NaN, sd: r.ces_sd ?? 0 },
            }),
          ),
        });
      }
      return out;
    },
    stageDurations: (o) =>
      durations(
        sql`SELECT case_idx, evs[i].1 AS t0, evs[j].1 AS t1 FROM (
            SELECT case_idx, evs, arrayFirstIndex(e -> e.3 = ${o.fromStage}, evs) AS i,
              arrayFirstIndex(e -> e.3 = ${o.toStage} AND e.1 >= start, evs) AS j, evs[i].1 AS start
            FROM (${mapped})) WHERE i > 0 AND j > 0`,
        o.buckets,
        o.segmentBy,
      ),
    pairDurations: async (o) => {
      if (o.pairs.length === 0) return new Map();
      const names = o.pairs.flatMap((p) => [sql`${p.from}`, sql`${p.to}`]);
      const perCase = perCaseSql(
        t.events,
        sql`toString(activity)`,
        sql`activity IN (${joinSql(names, ', ')})`,
      );
      const spans = o.pairs.map(
        (p) => sql`SELECT case_idx, x.1 AS t0, evs[x.2].1 AS t1 FROM (${perCase})
          ARRAY JOIN arrayMap(a -> (a.1, arrayFirstIndex(e -> e.3 = ${p.to} AND e.1 > a.1, evs)),
            arrayFilter(a -> a.3 = ${p.from}, evs)) AS x
          WHERE x.2 > 0`,
      );
      return durations(joinSql(spans, ' UNION ALL '), o.buckets, o.segmentBy);
    },
    cohorts: async (o) => {
      const windowUs = Math.round(o.windowDays * 86_400_000_000);
      const after = o.strictlyAfter ? sql`e.1 > t0` : sql`e.1 >= t0`;
      const list = await ch.rows<{ bucket: string; segment: string | null; successes: number; n: number }>(
        sql`SELECT b.bucket AS bucket, sg.segment AS segment, countIf(g.ok) AS successes, count() AS n
          FROM (SELECT case_idx, evs[i].1 AS t0,
              arrayExists(e -> e.3 = ${o.toStage} AND ${after} AND dateDiff('microsecond', t0, e.1) <= ${windowUs}, evs) AS ok
            FROM (SELECT case_idx, evs, arrayFirstIndex(e -> e.3 = ${o.fromStage}, evs) AS i FROM (${mapped}))
            WHERE i > 0 AND toUnixTimestamp64Micro(evs[i].1) + ${windowUs}
              <= (SELECT max(toUnixTimestamp64Micro(ts)) FROM ${ident(t.events)})) g
          CROSS JOIN ${bucketsSql(o.buckets)} b JOIN ${await seg(o.segmentBy)} sg ON sg.case_idx = g.case_idx
          WHERE ${inBucket(sql`g.t0`)} GROUP BY bucket, segment`,
      );
      return toTable(list, (r): Sample => ({ kind: 'proportion', successes: r.successes, n: r.n }));
    },
    support: async (o) => {
      const isContact = o.contactTouchpoints.length
        ? sql`e.4 IN (${joinSql(
            o.contactTouchpoints.map((i) => sql`${i}`),
            ', ',
          )})`
        : sql`0`;
      const list = await ch.rows<{
        bucket: string;
        segment: string | null;
        n: number;
        mean: number;
        sd: number | null;
      }>(
        sql`SELECT a.bucket AS bucket, sg.segment AS segment, count() AS n, avg(a.contacts) AS mean,
            if(count() < 2, NULL, stddevSamp(a.contacts)) AS sd
          FROM (SELECT case_idx, b.bucket AS bucket, countIf(${isContact}) AS contacts
            FROM (${mapped}) ARRAY JOIN evs AS e CROSS JOIN ${bucketsSql(o.buckets)} b
            WHERE e.3 = ${o.stage} AND ${inBucket(sql`e.1`)} GROUP BY case_idx, bucket) a
          JOIN ${await seg(o.segmentBy)} sg ON sg.case_idx = a.case_idx GROUP BY bucket, segment`,
      );
      return toTable(
        list,
        (r): Sample => ({ kind: 'mean', summary: { n: r.n, mean: r.mean, sd: r.sd ?? 0 } }),
      );
    },
    close: async () => {},
  };
}
