import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { ident, type SqlFragment, sql } from '../sql/sql.ts';
import { toClickHouse } from './chSql.ts';
import type { ClickHouseConnection } from './connection.ts';

/** The part of chdb's Session this engine uses (chdb is optional: typed here, loaded on demand). */
interface ChdbSession {
  queryBindAsync(query: string, params: object, opts?: { format?: string }): Promise<{ text(): string }>;
  close(): void;
}
interface ChdbModule {
  Session: new (path?: string, opts?: { connectionArgs?: readonly string[] }) => ChdbSession;
}

/** The chdb version the engine is tested with; installed apart from `npm ci` (it is ~550 MB). */
export const CHDB_VERSION = '3.4.0';

let loaded: Promise<ChdbModule | null> | undefined;

/** Loads chdb if it is installed (`npm i --no-save chdb@3.4.0`); null when it is not. */
export function loadChdb(): Promise<ChdbModule | null> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    try {
      require.resolve('chdb');
    } catch {
      return null;
    }
    const name = 'chdb';
    return (await import(name)) as ChdbModule;
  })();
  return loaded;
}

// chdb runs one ClickHouse inside the process: one session per data directory, shared and counted.
const sessions = new Map<string, { session: ChdbSession; users: number }>();

// LEFT JOINs give NULL (not a type's default) where nothing matched, as in standard SQL and DuckDB.
const SETTINGS = [
  '--output_format_json_quote_64bit_integers=0',
  '--max_partitions_per_insert_block=0',
  '--join_use_nulls=1',
];

/** Opens (or shares) the in-process ClickHouse on a directory. */
export async function openChdb(path: string): Promise<ClickHouseConnection> {
  const chdb = await loadChdb();
  if (!chdb)
    throw new Error(
      `The chdb engine needs the chdb package: run "npm i --no-save chdb@${CHDB_VERSION}" in the repository.`,
    );
  const key = resolve(path);
  let entry = sessions.get(key);
  if (!entry) {
    entry = { session: new chdb.Session(key, { connectionArgs: SETTINGS }), users: 0 };
    sessions.set(key, entry);
  }
  entry.users++;
  const { session } = entry;
  const run = async (query: SqlFragment, format: string) => {
    const { text, params } = toClickHouse(query);
    return (await session.queryBindAsync(text, params, { format })).text();
  };
  let closed = false;
  return {
    kind: 'chdb',
    async rows<T>(query: SqlFragment) {
      const text = await run(query, 'JSONEachRow');
      return text
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as T);
    },
    async exec(query: SqlFragment) {
      await run(query, 'CSV');
    },
    async insertParquet(table: string, file: string) {
      await run(sql`INSERT INTO ${ident(table)} SELECT * FROM file(${file}, 'Parquet')`, 'CSV');
    },
    async close() {
      if (closed) return;
      closed = true;
      const current = sessions.get(key);
      if (!current || --current.users > 0) return;
      sessions.delete(key);
      current.session.close();
    },
  };
}

/** Whether the optional chdb package is installed here. */
export async function isChdbInstalled(): Promise<boolean> {
  return (await loadChdb()) !== null;
}
