import { join } from 'node:path';
import type { Database } from './database.ts';
import { lockDataDir } from './dataDirLock.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

export interface StorageConfig {
  /** A PostgreSQL server; when absent the embedded database lives in `dataDir`. */
  databaseUrl?: string | undefined;
  /** The data folder (`TROPA_DATA`, default ./.tropa); `undefined` with no URL keeps everything in memory. */
  dataDir?: string | undefined;
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: StorageConfig): Promise<Database> {
  if (config.databaseUrl) return migrated(await openPostgres(config.databaseUrl));
  if (config.dataDir === undefined) return migrated(await openPglite(undefined));
  // One process per data folder: PGlite and DuckDB files cannot be shared between processes.
  const release = lockDataDir(config.dataDir);
  try {
    const db = await migrated(await openPglite(join(config.dataDir, 'pg')));
    return {
      ...db,
      async close() {
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function migrated(db: Database): Promise<Database> {
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
