/** A value that may be bound to a query parameter. */
export type SqlParam = string | number | boolean | null | Date | readonly string[];

/**
 * A query as a value: the SQL text written by us and the parameters bound separately.
 * User input only ever travels as a parameter; fragments compose by nesting `sql` values.
 */
export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly (SqlParam | Sql)[],
  ) {}

  /** The text with `$n` placeholders and its parameters, nested fragments flattened in order. */
  toQuery(): { text: string; params: SqlParam[] } {
    const params: SqlParam[] = [];
    const text = this.render(params);
    return { text, params };
  }

  private render(params: SqlParam[]): string {
    let text = this.strings[0] ?? '';
    this.values.forEach((value, i) => {
      if (value instanceof Sql) {
        text += value.render(params);
      } else {
        params.push(value);
        text += `$${params.length}`;
      }
      text += this.strings[i + 1] ?? '';
    });
    return text;
  }
}

/** Tagged template that builds a parameterized query: sql`select * from maps where id = ${id}`. */
export function sql(strings: TemplateStringsArray, ...values: (SqlParam | Sql)[]): Sql {
  return new Sql([...strings], values);
}

/** Joins fragments with a separator written by us (such as `, ` or ` and `). */
export function joinSql(fragments: readonly Sql[], separator: string): Sql {
  if (fragments.length === 0) return new Sql([''], []);
  const strings = ['', ...fragments.slice(1).map(() => separator), ''];
  return new Sql(strings, fragments);
}

/**
 * A JSON value bound as text and cast in SQL, so both drivers store the same thing
 * (porsager would JSON-encode a string bound straight to a jsonb parameter a second time).
 */
export function jsonb(value: unknown): Sql {
  return sql`${JSON.stringify(value)}::text::jsonb`;
}
