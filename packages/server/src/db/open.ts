import { join } from 'node:path';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

export interface StorageConfig {
  /** A PostgreSQL server; when absent the embedded database lives in `dataDir`. */
  databaseUrl?: string | undefined;
  /** The data folder (`TROPA_DATA`, default ./.tropa); `undefined` with no URL keeps everything in memory. */
  dataDir?: string | undefined;
}

/** Opens the configured database and brings its schema up to date (the caller holds the data folder's lock). */
export async function openDatabase(config: StorageConfig): Promise<Database> {
  if (config.databaseUrl) return migrated(await openPostgres(config.databaseUrl));
  return migrated(await openPglite(config.dataDir === undefined ? undefined : join(config.dataDir, 'pg')));
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
