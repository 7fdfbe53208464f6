import { ident, type SqlFragment, sql } from '../../sql/sql.ts';
import type { ClickHouseConnection } from '../connection.ts';
import type { DatasetTables } from '../tables.ts';

/**
 * A relation `(case_idx, segment)` giving each case its value of an attribute (NULL without one): a case
 * attribute from `cases`, an event attribute as the case's first value, `channel` as its first channel.
 * Unknown names are an error that lists the attributes there are.
 */
export async function segmentRelation(
  ch: ClickHouseConnection,
  t: DatasetTables,
  attribute: string,
): Promise<SqlFragment> {
  if (attribute === 'channel') {
    return sql`(SELECT case_idx, toNullable(toString(argMin(assumeNotNull(channel), pos))) AS segment
      FROM ${ident(t.events)} WHERE channel IS NOT NULL GROUP BY case_idx)`;
  }
  const known = await ch.rows<{ name: string; column_name: string; level: string }>(
    sql`SELECT name, column_name, level FROM ${ident(t.attributes)} ORDER BY name`,
  );
  const hit = known.find((a) => a.name === attribute) ?? known.find((a) => a.column_name === attribute);
  if (!hit) {
    const list = known.map((a) => a.name).join(', ') || '(none)';
    throw new Error(`Unknown attribute "${attribute}" to segment by; the dataset has: ${list}.`);
  }
  const key = hit.column_name;
  return hit.level === 'case'
    ? sql`(SELECT case_idx, if(mapContains(attrs, ${key}), attrs[${key}], NULL) AS segment FROM ${ident(t.cases)})`
    : sql`(SELECT case_idx, toNullable(argMin(attrs[${key}], pos)) AS segment FROM ${ident(t.events)}
        WHERE mapContains(attrs, ${key}) GROUP BY case_idx)`;
}

/** The label for cases without a value of the attribute. */
export const NO_SEGMENT = '(none)';

/** Per case, whether its last event is more than `churnUs` before the data's end. */
export function quitsSql(t: DatasetTables, churnUs: number): SqlFragment {
  return sql`(SELECT case_idx, toUnixTimestamp64Micro(last_ts)
      < (SELECT max(toUnixTimestamp64Micro(last_ts)) FROM ${ident(t.cases)}) - ${churnUs} AS quit
    FROM ${ident(t.cases)})`;
}
