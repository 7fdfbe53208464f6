import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { all, type Database, run } from './database.ts';
import { sql } from './sql.ts';

/** One schema change: `NNNN_name.sql` in ./migrations, applied once, in order, inside a transaction. */
export interface Migration {
  id: number;
  name: string;
  script: string;
}

const migrationsDir = join(import.meta.dirname, 'migrations');
const FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/** The migrations shipped with the server, ordered by number. */
export function loadMigrations(dir = migrationsDir): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: FILE.exec(file) }))
    .filter((f) => f.match !== null)
    .map(({ file, match }) => ({
      id: Number(match?.[1]),
      name: match?.[2] ?? file,
      script: readFileSync(join(dir, file), 'utf8'),
    }))
    .sort((a, b) => a.id - b.id);
  migrations.forEach((m, i) => {
    if (m.id !== i + 1)
      throw new Error(`Migration numbers must run 1, 2, 3… without gaps; found ${m.id} at ${i + 1}`);
  });
  return migrations;
}

const Applied = z.object({ id: z.number() });

/**
 * Brings the schema up to date: each pending migration and its record commit together or not at all.
 * An advisory lock keeps two servers starting at once from applying the same migration twice.
 */
export async function migrate(db: Database, migrations = loadMigrations()): Promise<number[]> {
  await db.executeScript(`create table if not exists schema_migrations (
    id integer primary key,
    name text not null,
    applied_at timestamptz not null default now()
  )`);
  const appliedNow: number[] = [];
  for (const migration of migrations) {
    await db.transaction(async (tx) => {
      await run(tx, sql`select pg_advisory_xact_lock(${7_040_901})`);
      const done = await all(tx, Applied, sql`select id from schema_migrations where id = ${migration.id}`);
      if (done.length > 0) return;
      await tx.executeScript(migration.script);
      await run(
        tx,
        sql`insert into schema_migrations (id, name) values (${migration.id}, ${migration.name})`,
      );
      appliedNow.push(migration.id);
    });
  }
  return appliedNow;
}
