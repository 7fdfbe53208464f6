import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { openPglite } from '../db/pglite.ts';
import { openPostgres } from '../db/postgres.ts';

/** A database engine the suite runs on, with a fresh, migrated, throwaway database per test file. */
interface Backend {
  name: 'pglite' | 'postgres';
  open(): Promise<{ db: Database; dispose(): Promise<void> }>;
}

const pglite: Backend = {
  name: 'pglite',
  async open() {
    const db = await openPglite(undefined);
    await migrate(db);
    return { db, dispose: () => db.close() };
  },
};

function postgresAt(url: string): Backend {
  return {
    name: 'postgres',
    async open() {
      const admin = await openPostgres(url, { max: 1 });
      // A database name is an identifier, not a parameter: it is made here from random hex only.
      const name = `tropa_test_${randomBytes(6).toString('hex')}`;
      await admin.executeScript(`create database ${name}`);
      const target = new URL(url);
      target.pathname = `/${name}`;
      const db = await openPostgres(target.toString());
      await migrate(db);
      return {
        db,
        async dispose() {
          await db.close();
          await admin.executeScript(`drop database if exists ${name} with (force)`);
          await admin.close();
        },
      };
    },
  };
}

/**
 * Declares the suite once per engine: always PGlite; the PostgreSQL server when DATABASE_URL_TEST is set.
 * Under CI=true a missing DATABASE_URL_TEST fails the run instead of skipping.
 */
export function describeOnDatabases(title: string, suite: (db: () => Database) => void): void {
  const url = process.env.DATABASE_URL_TEST;
  const backends = url ? [pglite, postgresAt(url)] : [pglite];
  for (const backend of backends) {
    describe(`${title} [${backend.name}]`, () => {
      let opened: { db: Database; dispose(): Promise<void> } | undefined;
      beforeAll(async () => {
        opened = await backend.open();
      });
      afterAll(async () => {
        await opened?.dispose();
      });
      suite(() => {
        if (!opened) throw new Error(`The ${backend.name} test database did not open`);
        return opened.db;
      });
    });
  }
  if (!url) {
    if (process.env.CI === 'true') {
      describe(`${title} [postgres]`, () => {
        it('needs DATABASE_URL_TEST under CI=true', () => {
          throw new Error(
            'DATABASE_URL_TEST is not set: CI must run the server suite on PostgreSQL too (.ci/run starts one).',
          );
        });
      });
    } else {
      describe.skip(`${title} [postgres] — skipped: set DATABASE_URL_TEST to run on a PostgreSQL server`, () => {
        it('runs on PostgreSQL', () => {});
      });
    }
  }
}
