import { describe, expect, it } from 'vitest';
import { bindSql, ident, joinSql, sql } from './sql.ts';

describe('sql tagged template', () => {
  it('binds every interpolated value as a numbered parameter', () => {
    const name = "x'; DROP TABLE events; --";
    expect(bindSql(sql`SELECT * FROM events WHERE a = ${name} AND b > ${3}`)).toEqual({
      text: 'SELECT * FROM events WHERE a = $1 AND b > $2',
      params: [name, 3],
    });
  });

  it('numbers parameters across nested and joined fragments in order', () => {
    const conditions = joinSql([sql`a = ${1}`, sql`b = ${'two'}`, sql`c IS NULL`], ' AND ');
    expect(bindSql(sql`SELECT ${true} WHERE ${conditions} LIMIT ${10}`)).toEqual({
      text: 'SELECT $1 WHERE a = $2 AND b = $3 AND c IS NULL LIMIT $4',
      params: [true, 1, 'two', 10],
    });
  });

  it('quotes identifiers and doubles embedded quotes', () => {
    expect(bindSql(sql`SELECT ${ident('Case ID')}, ${ident('a"b')} FROM t`).text).toBe(
      'SELECT "Case ID", "a""b" FROM t',
    );
    expect(() => ident('')).toThrow(/Invalid SQL identifier/);
  });
});
