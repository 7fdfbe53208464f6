import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { DuckDbEngine } from '../duckdb/duckdbEngine.ts';
import { exec } from '../duckdb/run.ts';
import type { DatasetSources } from '../engine/engine.ts';
import { sql } from '../sql/sql.ts';

/**
 * For KPI tests until `kpis` is a query kind of the engine: ingests files with the real DuckDB engine,
 * closes it, and opens the dataset's database file on a connection of our own.
 */
export async function ingestForKpis(
  files: Record<string, string>,
  sources: (dir: string) => DatasetSources,
): Promise<{ conn: DuckDBConnection; close: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'tropa-kpis-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content, 'utf8');
  const engine = new DuckDbEngine(join(dir, 'data'));
  await engine.createDataset('kpis', sources(dir));
  await engine.close();
  const instance = await DuckDBInstance.create(join(dir, 'data', 'datasets', 'kpis.duckdb'));
  const conn = await instance.connect();
  await exec(conn, sql`SET TimeZone = 'UTC'`);
  return {
    conn,
    close: async () => {
      conn.closeSync();
      instance.closeSync();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
