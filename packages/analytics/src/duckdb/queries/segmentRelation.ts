import type { DuckDBConnection } from '@duckdb/node-api';
import { ident, type SqlFragment, sql } from '../../sql/sql.ts';
import { rows } from '../run.ts';

/**
 * A relation `(case_idx, segment)` giving each case its value of an attribute. A case attribute is read
 * from `cases`; an event attribute takes the case's first non-empty value. Unknown names are an error
 * that lists the attributes there are.
 */
export async function segmentRelation(conn: DuckDBConnection, attribute: string): Promise<SqlFragment> {
  const known = await rows<{ name: string; column_name: string; level: string }>(
    conn,
    sql`SELECT name, column_name, level FROM attributes ORDER BY name`,
  );
  const hit = known.find((a) => a.name === attribute) ?? known.find((a) => a.column_name === attribute);
  if (attribute === 'channel') {
    return sql`(SELECT e.case_idx, arg_min(ch.name, e.pos) AS segment FROM events e JOIN channels ch ON ch.code = e.channel GROUP BY e.case_idx)`;
  }
  if (!hit) {
    const list = known.map((a) => a.name).join(', ') || '(none)';
    throw new Error(`Unknown attribute "${attribute}" to segment by; the dataset has: ${list}.`);
  }
  const column = ident(hit.column_name);
  return hit.level === 'case'
    ? sql`(SELECT case_idx, CAST(${column} AS VARCHAR) AS segment FROM cases)`
    : sql`(SELECT case_idx, CAST(arg_min(${column}, pos) AS VARCHAR) AS segment FROM events WHERE ${column} IS NOT NULL GROUP BY case_idx)`;
}

/** The label for cases without a value of the attribute. */
export const NO_SEGMENT = '(none)';
