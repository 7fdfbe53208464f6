import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, ExecResult, Queryable } from './database.ts';
import type { Sql } from './sql.ts';

function executor(target: PGlite | Transaction): Queryable {
  return {
    async execute(query: Sql): Promise<ExecResult> {
      const { text, params } = query.toQuery();
      const result = await target.query<Record<string, unknown>>(text, params);
      return { rows: result.rows, count: result.affectedRows ?? 0 };
    },
    async executeScript(script: string): Promise<void> {
      await target.exec(script);
    },
  };
}

/**
 * Opens the embedded database. `dataDir` is a folder (created when missing); `undefined` keeps it in memory.
 * PGlite has one connection: statements and transactions run one at a time.
 */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir);
  const base = executor(pg);
  return {
    kind: 'pglite',
    ...base,
    transaction: (work) => pg.transaction((tx) => work(executor(tx))),
    close: () => pg.close(),
  };
}
