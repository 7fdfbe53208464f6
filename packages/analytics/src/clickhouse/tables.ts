import { Id } from '@tropa/core';
import { ident, type SqlFragment, sql } from '../sql/sql.ts';

/** The tables one dataset lives in. */
export interface DatasetTables {
  events: string;
  cases: string;
  attributes: string;
  surveys: string;
  feedback: string;
  /** Written last at ingest: the dataset exists when its meta table does. */
  meta: string;
}

export const TABLE_KINDS = ['events', 'cases', 'attributes', 'surveys', 'feedback', 'meta'] as const;

/**
 * Table names of a dataset: `tropa_<id>_<table>`, the id spelled injectively with letters, digits and
 * underscores only (`_` → `__`, `-` → `_d`, `.` → `_p`), so the names need no quoting anywhere.
 */
export function datasetTables(id: string, prefix = 'tropa'): DatasetTables {
  if (!Id.safeParse(id).success)
    throw new Error(`Invalid dataset id ${JSON.stringify(id)}: use letters, digits, ".", "_", "-".`);
  const spelled = id.replaceAll('_', '__').replaceAll('-', '_d').replaceAll('.', '_p');
  const name = (table: string) => `${prefix}_${spelled}_${table}`;
  return {
    events: name('events'),
    cases: name('cases'),
    attributes: name('attributes'),
    surveys: name('surveys'),
    feedback: name('feedback'),
    meta: name('meta'),
  };
}

/**
 * The table layout. Events: one row per event, sorted by (case, time, file order) and partitioned by month,
 * activity and channel dictionary-encoded (LowCardinality); extra source columns in a map. The per-case
 * queries read each case's events as one sorted array, which this order makes a sequential scan.
 */
export function createTablesSql(t: DatasetTables): SqlFragment[] {
  return [
    sql`CREATE TABLE ${ident(t.events)} (
      case_idx UInt32, ts DateTime64(6, 'UTC'), seq UInt64, pos UInt32,
      activity LowCardinality(String), channel LowCardinality(Nullable(String)), resource Nullable(String),
      attrs Map(String, String)
    ) ENGINE = MergeTree PARTITION BY toYYYYMM(ts) ORDER BY (case_idx, ts, seq)`,
    sql`CREATE TABLE ${ident(t.cases)} (
      case_idx UInt32, case_id String, first_ts DateTime64(6, 'UTC'), last_ts DateTime64(6, 'UTC'), events UInt32,
      attrs Map(String, String)
    ) ENGINE = MergeTree ORDER BY case_idx`,
    sql`CREATE TABLE ${ident(t.attributes)} (name String, column_name String, level String)
      ENGINE = MergeTree ORDER BY name`,
    sql`CREATE TABLE ${ident(t.surveys)} (
      seq UInt64, case_id Nullable(String), ts DateTime64(6, 'UTC'), stage Nullable(String), touchpoint Nullable(String),
      nps Nullable(Int32), csat Nullable(Int32), ces Nullable(Int32), comment Nullable(String)
    ) ENGINE = MergeTree ORDER BY seq`,
    sql`CREATE TABLE ${ident(t.feedback)} (
      seq UInt64, ts DateTime64(6, 'UTC'), source String, channel Nullable(String), case_id Nullable(String), text String
    ) ENGINE = MergeTree ORDER BY seq`,
    sql`CREATE TABLE ${ident(t.meta)} (mapping String, source String, surveys UInt8, created_at DateTime64(3, 'UTC'))
      ENGINE = MergeTree ORDER BY tuple()`,
  ];
}
