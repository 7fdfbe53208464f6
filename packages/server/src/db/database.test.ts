import { expect, it } from 'vitest';
import { z } from 'zod';
import { describeOnDatabases } from '../testing/backends.ts';
import { all, first, run, sqlState } from './database.ts';
import { loadMigrations, migrate } from './migrate.ts';
import { joinSql, jsonb, sql } from './sql.ts';

const User = z.object({
  id: z.string(),
  email: z.string(),
  instance_owner: z.boolean(),
  created_at: z.date(),
});

describeOnDatabases('storage', (db) => {
  it('records every migration once and re-running applies nothing', async () => {
    const ids = await all(
      db(),
      z.object({ id: z.number() }),
      sql`select id from schema_migrations order by id`,
    );
    expect(ids.map((r) => r.id)).toEqual(loadMigrations().map((m) => m.id));
    expect(await migrate(db())).toEqual([]);
  });

  it('binds values as parameters, so quotes and SQL in input stay plain text', async () => {
    const hostile = `x'); drop table users; --`;
    await run(
      db(),
      sql`insert into users (id, email, name, password_hash) values (${'u-sql'}, ${hostile}, ${'n'}, ${'h'})`,
    );
    const row = await first(db(), User, sql`select * from users where email = ${hostile}`);
    expect(row?.id).toBe('u-sql');
    expect(row?.created_at).toBeInstanceOf(Date);
    expect(row?.instance_owner).toBe(false);
  });

  it('composes fragments with numbered parameters in order', async () => {
    const conditions = [sql`email = ${'a@x'}`, sql`name = ${'b'}`];
    const query = sql`select id from users where ${joinSql(conditions, ' or ')} limit ${5}`;
    expect(query.toQuery()).toEqual({
      text: 'select id from users where email = $1 or name = $2 limit $3',
      params: ['a@x', 'b', 5],
    });
    await expect(db().execute(query)).resolves.toBeDefined();
  });

  it('rolls a transaction back entirely when it throws', async () => {
    await expect(
      db().transaction(async (tx) => {
        await run(
          tx,
          sql`insert into users (id, email, name, password_hash) values (${'u-tx'}, ${'tx@x'}, ${'n'}, ${'h'})`,
        );
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await first(db(), User, sql`select * from users where id = ${'u-tx'}`)).toBeUndefined();
  });

  it('reports constraint violations by SQLSTATE on both engines', async () => {
    const insert = (id: string) =>
      run(
        db(),
        sql`insert into users (id, email, name, password_hash) values (${id}, ${'dup@x'}, ${'n'}, ${'h'})`,
      );
    await insert('u-dup-1');
    const error = await insert('u-dup-2').catch((e: unknown) => e);
    expect(sqlState(error)).toBe('23505');
  });

  it('gives counts as numbers, arrays as arrays and jsonb as objects', async () => {
    const row = await first(
      db(),
      z.object({ n: z.number(), tags: z.array(z.string()), detail: z.object({ a: z.number() }) }),
      sql`select count(*) as n, ${['a', 'b']}::text[] as tags, ${jsonb({ a: 1 })} as detail from users`,
    );
    expect(row?.tags).toEqual(['a', 'b']);
    expect(row?.detail).toEqual({ a: 1 });
    expect(row?.n).toBeGreaterThan(0);
  });
});
