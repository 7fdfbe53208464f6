import { resolve } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { sql } from '../sql/sql.ts';
import { exec } from './run.ts';

/** An open DuckDB file: its one instance in this process and a connection set to UTC. */
export interface OpenFile {
  instance: DuckDBInstance;
  conn: DuckDBConnection;
}

/** Opens a file for one use (an ingest's temporary file); the caller closes it. */
export async function connect(path: string): Promise<OpenFile> {
  const instance = await DuckDBInstance.create(path);
  const conn = await instance.connect();
  await exec(conn, sql`SET TimeZone = 'UTC'`);
  return { instance, conn };
}

/** Closes a file opened by `connect`. */
export function close(file: OpenFile): void {
  file.conn.closeSync();
  file.instance.closeSync();
}

// DuckDB locks a file to one instance: every engine object of this process shares it, counted.
const shared = new Map<string, { file: Promise<OpenFile>; users: number }>();

/** The process-wide instance of a dataset file; each `acquire` needs one `release`. */
export function acquire(path: string): Promise<OpenFile> {
  const key = resolve(path);
  let entry = shared.get(key);
  if (!entry) {
    const file = connect(key);
    entry = { file, users: 0 };
    shared.set(key, entry);
    file.catch(() => shared.delete(key));
  }
  entry.users++;
  return entry.file;
}

/** Gives a file back; the last user closes it. `force` closes it for all (before replacing the file). */
export async function release(path: string, force = false): Promise<void> {
  const key = resolve(path);
  const entry = shared.get(key);
  if (!entry) return;
  entry.users--;
  if (entry.users > 0 && !force) return;
  shared.delete(key);
  close(await entry.file);
}

/** The shared instance a user already holds (acquired again if someone force-closed it meanwhile). */
export function current(path: string): Promise<OpenFile> {
  return shared.get(resolve(path))?.file ?? acquire(path);
}
