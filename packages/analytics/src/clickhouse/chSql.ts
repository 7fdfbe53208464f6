import type { SqlFragment, SqlParam } from '../sql/sql.ts';

/** A query in ClickHouse form: `{pN:Type}` placeholders in the text and their values by name. */
export interface ClickHouseSql {
  text: string;
  params: Record<string, string | number | boolean | null>;
}

/** The ClickHouse type a bound value is declared with (the server checks the value against it). */
function typeOf(value: SqlParam): string {
  if (value === null) return 'Nullable(String)';
  if (typeof value === 'boolean') return 'Bool';
  if (typeof value === 'bigint') return 'Int64';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Int64' : 'Float64';
  return 'String';
}

/**
 * Renders a `sql` fragment for ClickHouse: every value becomes a typed `{pN:Type}` parameter and every
 * identifier an `{iN:Identifier}` parameter, so neither user values nor names are ever pasted into the text.
 * @example toClickHouse(sql`SELECT count() FROM ${ident(table)} WHERE activity = ${name}`)
 */
export function toClickHouse(query: SqlFragment): ClickHouseSql {
  const params: ClickHouseSql['params'] = {};
  let text = '';
  let n = 0;
  for (const part of query.parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    n++;
    if (part.kind === 'ident') {
      params[`i${n}`] = part.name;
      text += `{i${n}:Identifier}`;
    } else {
      const value = part.value;
      params[`p${n}`] = typeof value === 'bigint' ? value.toString() : value;
      text += `{p${n}:${typeOf(value)}}`;
    }
  }
  return { text, params };
}
