import { describe, expect, it } from 'vitest';
import { ident, sql } from '../sql/sql.ts';
import { toClickHouse } from './chSql.ts';
import { parseClickHouseUrl } from './httpConnection.ts';
import { datasetTables } from './tables.ts';

describe('toClickHouse', () => {
  it('binds every value as a typed parameter and every name as an Identifier parameter', () => {
    const evil = "x' OR 1=1 --";
    const q = toClickHouse(
      sql`SELECT count() FROM ${ident('tropa_a_events')} WHERE activity = ${evil} AND n > ${3} AND r < ${0.5} AND f = ${true} AND z = ${null} AND b = ${12n}`,
    );
    expect(q.text).toBe(
      'SELECT count() FROM {i1:Identifier} WHERE activity = {p2:String} AND n > {p3:Int64} AND r < {p4:Float64} AND f = {p5:Bool} AND z = {p6:Nullable(String)} AND b = {p7:Int64}',
    );
    expect(q.params).toEqual({
      i1: 'tropa_a_events',
      p2: evil,
      p3: 3,
      p4: 0.5,
      p5: true,
      p6: null,
      p7: '12',
    });
    expect(q.text).not.toContain('OR 1=1');
  });
});

describe('parseClickHouseUrl', () => {
  it('reads user, password (URL-decoded), host, port and database', () => {
    expect(parseClickHouseUrl('clickhouse://analyst:p%40ss%3Aword@ch.local:8123/journeys')).toEqual({
      url: 'http://ch.local:8123',
      username: 'analyst',
      password: 'p@ss:word',
      database: 'journeys',
    });
  });

  it('defaults to the default user and database, and to 8443 over HTTPS', () => {
    expect(parseClickHouseUrl('clickhouses://ch.example.com')).toEqual({
      url: 'https://ch.example.com:8443',
      username: 'default',
      password: '',
      database: 'default',
    });
  });

  it('refuses other schemes without echoing the URL (it may hold a password)', () => {
    expect(() => parseClickHouseUrl('postgres://u:secret@h/db')).toThrow(/starts with clickhouse:\/\//);
    expect(() => parseClickHouseUrl('postgres://u:secret@h/db')).not.toThrow(/secret/);
  });
});

describe('datasetTables', () => {
  it('spells ids injectively with letters, digits and underscores', () => {
    const names = ['a-b', 'a_b', 'a.b', 'a__b', 'a_db'].map((id) => datasetTables(id).events);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^tropa_[A-Za-z0-9_]+_events$/);
    expect(() => datasetTables('../x')).toThrow(/Invalid dataset id/);
  });
});
