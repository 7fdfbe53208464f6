/**
 * SQL as a value: a tagged template keeps the text and the bound parameters apart, so user
 * input never becomes SQL text. Identifiers are quoted by `ident()`, never pasted raw.
 */

/** A value DuckDB (or another engine) can bind to a `$n` placeholder. */
export type SqlParam = string | number | boolean | null | bigint;

const FRAGMENT = Symbol('sql.fragment');

/** A piece of SQL: text chunks with parameters and nested fragments between them. */
export interface SqlFragment {
  readonly [FRAGMENT]: true;
  readonly parts: readonly (string | SqlPart)[];
}

type SqlPart = { kind: 'param'; value: SqlParam } | { kind: 'ident'; name: string };

/** A query ready to run: the text with `$1…$n` placeholders and its parameters in order. */
export interface BoundSql {
  text: string;
  params: SqlParam[];
}

function isFragment(value: unknown): value is SqlFragment {
  return typeof value === 'object' && value !== null && FRAGMENT in value;
}

function fragment(parts: (string | SqlPart)[]): SqlFragment {
  return { [FRAGMENT]: true, parts };
}

/**
 * Builds SQL from a template; interpolated values become bound parameters.
 * @example sql`SELECT * FROM events WHERE activity = ${name}`
 */
export function sql(strings: TemplateStringsArray, ...values: (SqlParam | SqlFragment)[]): SqlFragment {
  const parts: (string | SqlPart)[] = [];
  strings.forEach((text, i) => {
    parts.push(text);
    if (i >= values.length) return;
    const value = values[i] as SqlParam | SqlFragment;
    if (isFragment(value)) parts.push(...value.parts);
    else parts.push({ kind: 'param', value });
  });
  return fragment(parts);
}

/** A quoted identifier (a column of a user's file): `"Case ID"`; embedded quotes are doubled. */
export function ident(name: string): SqlFragment {
  if (name.length === 0 || name.includes('\u0000'))
    throw new Error(`Invalid SQL identifier: ${JSON.stringify(name)}`);
  return fragment([{ kind: 'ident', name }]);
}

/** Joins fragments with a separator written as SQL text (e.g. `, ` or ` AND `). */
export function joinSql(
  items: readonly SqlFragment[],
  separator: ', ' | ' AND ' | ' OR ' | ' UNION ALL ' | ' ',
): SqlFragment {
  const parts: (string | SqlPart)[] = [];
  items.forEach((item, i) => {
    if (i > 0) parts.push(separator);
    parts.push(...item.parts);
  });
  return fragment(parts);
}

/** An empty fragment, for optional clauses. */
export const emptySql: SqlFragment = fragment([]);

/** Renders a fragment to text with numbered placeholders; each parameter is bound once. */
export function bindSql(query: SqlFragment): BoundSql {
  const params: SqlParam[] = [];
  let text = '';
  for (const part of query.parts) {
    if (typeof part === 'string') text += part;
    else if (part.kind === 'ident') text += `"${part.name.replaceAll('"', '""')}"`;
    else {
      params.push(part.value);
      text += `$${params.length}`;
    }
  }
  return { text, params };
}
