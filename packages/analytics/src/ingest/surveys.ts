import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { exec, one, rows } from '../duckdb/run.ts';
import type { TableSource } from '../engine/engine.ts';
import { ident, joinSql, type SqlFragment, sql } from '../sql/sql.ts';
import { type BadRow, badRowsError, fileError } from './errors.ts';
import { openSource, type SourceRelation } from './sources.ts';
import { parseTimestampSql } from './timestamps.ts';

interface Field {
  name: string;
  names: string[];
  required: boolean;
  kind: 'text' | 'ts' | { min: number; max: number } | { oneOf: string[] };
}

const SURVEY_FIELDS: Field[] = [
  {
    name: 'case_id',
    names: ['case_id', 'case', 'caseid', 'partner_id', 'customer_id', 'client_id'],
    required: false,
    kind: 'text',
  },
  {
    name: 'ts',
    names: ['ts', 'timestamp', 'time', 'date', 'created_at', 'answered_at'],
    required: true,
    kind: 'ts',
  },
  { name: 'stage', names: ['stage'], required: false, kind: 'text' },
  { name: 'touchpoint', names: ['touchpoint'], required: false, kind: 'text' },
  { name: 'nps', names: ['nps'], required: false, kind: { min: 0, max: 10 } },
  { name: 'csat', names: ['csat'], required: false, kind: { min: 1, max: 5 } },
  { name: 'ces', names: ['ces'], required: false, kind: { min: 1, max: 7 } },
  { name: 'comment', names: ['comment', 'text', 'verbatim'], required: false, kind: 'text' },
];

const FEEDBACK_FIELDS: Field[] = [
  { name: 'ts', names: ['ts', 'timestamp', 'time', 'date', 'created_at'], required: true, kind: 'ts' },
  {
    name: 'source',
    names: ['source', 'author', 'from'],
    required: true,
    kind: { oneOf: ['customer', 'operator'] },
  },
  { name: 'channel', names: ['channel'], required: false, kind: 'text' },
  {
    name: 'case_id',
    names: ['case_id', 'case', 'caseid', 'partner_id', 'customer_id'],
    required: false,
    kind: 'text',
  },
  { name: 'text', names: ['text', 'comment', 'message', 'body'], required: true, kind: 'text' },
];

/** Reads surveys into the `surveys` table with range checks (nps 0–10, csat 1–5, ces 1–7); returns the row count. */
export function ingestSurveys(conn: DuckDBConnection, source: TableSource): Promise<number> {
  return ingestTable(conn, source, 'surveys', SURVEY_FIELDS);
}

/** Reads customer and operator feedback into the `feedback` table; returns the row count. */
export function ingestFeedback(conn: DuckDBConnection, source: TableSource): Promise<number> {
  return ingestTable(conn, source, 'feedback', FEEDBACK_FIELDS);
}

function valueSql(field: Field, raw: SqlFragment): SqlFragment {
  if (field.kind === 'ts') return parseTimestampSql(raw);
  if (field.kind === 'text') return raw;
  if ('oneOf' in field.kind) return sql`lower(trim(${raw}))`;
  return sql`TRY_CAST(${raw} AS INTEGER)`;
}

function validSql(field: Field, value: SqlFragment): SqlFragment {
  if (field.kind === 'ts' || field.kind === 'text') return sql`${value} IS NOT NULL`;
  if ('oneOf' in field.kind) return sql`list_contains(['customer', 'operator'], ${value})`;
  return sql`${value} BETWEEN ${field.kind.min} AND ${field.kind.max}`;
}

async function ingestTable(
  conn: DuckDBConnection,
  table: TableSource,
  name: 'surveys' | 'feedback',
  fields: Field[],
): Promise<number> {
  const workDir = await mkdtemp(join(tmpdir(), 'tropa-'));
  try {
    const source = await openSource(conn, { path: table.path, format: table.format ?? 'csv', workDir });
    const present = fields.map((f) => ({ field: f, column: findColumn(source, f) }));
    for (const { field, column } of present) {
      if (field.required && column === undefined) {
        throw fileError('missing-column', table.path, {
          en: `no "${field.name}" column (looked for ${field.names.join(', ')}); the file has ${source.columns.join(', ')}.`,
          ru: `нет столбца «${field.name}» (искали ${field.names.join(', ')}); в файле есть ${source.columns.join(', ')}.`,
        });
      }
    }
    const raw = (column: string | undefined) =>
      column === undefined ? sql`NULL` : sql`NULLIF(trim(${source.column(column)}), '')`;
    const stagedName = `staged_${name}`;
    const cols = present.map(({ field, column }) => ({ field, raw: raw(column) }));
    const parts = cols.map(
      ({ field, raw: r }) =>
        sql`${r} AS ${ident(`raw_${field.name}`)}, ${valueSql(field, r)} AS ${ident(field.name)}`,
    );
    await exec(
      conn,
      sql`CREATE TEMP TABLE ${ident(stagedName)} AS SELECT __tropa_seq AS seq, ${source.line(sql`__tropa_seq`)}::INTEGER AS line,
        ${joinSql(parts, ', ')} FROM (SELECT (row_number() OVER () - 1)::BIGINT AS __tropa_seq, * FROM ${source.from}) src`,
    );
    const problems = cols.map(({ field }) => {
      const rawCol = ident(`raw_${field.name}`);
      const ok = validSql(field, ident(field.name));
      return {
        field,
        bad: field.required
          ? sql`NOT coalesce(${ok}, false)`
          : sql`(${rawCol} IS NOT NULL AND NOT coalesce(${ok}, false))`,
      };
    });
    const anyBad = sql`(${joinSql(
      problems.map((p) => p.bad),
      ' OR ',
    )})`;
    const { total } = await one<{ total: number }>(
      conn,
      sql`SELECT count(*)::INTEGER AS total FROM ${ident(stagedName)} WHERE ${anyBad}`,
    );
    if (total > 0) {
      const flags = problems.map(
        (p, i) => sql`${p.bad} AS ${ident(`b${i}`)}, ${ident(`raw_${p.field.name}`)} AS ${ident(`v${i}`)}`,
      );
      const first = await rows<Record<string, unknown>>(
        conn,
        sql`SELECT line, ${joinSql(flags, ', ')} FROM ${ident(stagedName)} WHERE ${anyBad} ORDER BY seq LIMIT 20`,
      );
      const lines = source.resolveLines
        ? await source.resolveLines(first.map((r) => Number(r.line)))
        : undefined;
      const badRows: BadRow[] = first.map((r) => {
        const i = problems.findIndex((_, j) => r[`b${j}`] === true);
        const p = problems[i] ?? problems[0];
        const value = r[`v${i}`];
        const kind = p?.field.kind;
        const problem =
          value === null
            ? 'empty'
            : kind === 'ts'
              ? 'timestamp'
              : typeof kind === 'object' && 'min' in kind
                ? 'range'
                : 'value';
        return {
          line: lines?.get(Number(r.line)) ?? Number(r.line),
          column: present[i]?.column ?? p?.field.name ?? '',
          value: value === null ? null : String(value),
          problem,
        };
      });
      throw badRowsError(table.path, badRows, total);
    }
    const finalCols = cols.map(({ field }) => ident(field.name));
    await exec(
      conn,
      sql`CREATE TABLE ${ident(name)} AS SELECT ${joinSql(finalCols, ', ')} FROM ${ident(stagedName)} ORDER BY seq`,
    );
    await exec(conn, sql`DROP TABLE ${ident(stagedName)}`);
    return (await one<{ n: number }>(conn, sql`SELECT count(*)::INTEGER AS n FROM ${ident(name)}`)).n;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function findColumn(source: SourceRelation, field: Field): string | undefined {
  const normal = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
  for (const n of field.names) {
    const hit = source.columns.find((c) => normal(c) === normal(n));
    if (hit !== undefined) return hit;
  }
  return undefined;
}
