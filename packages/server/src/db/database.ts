import type { z } from 'zod';
import type { Sql } from './sql.ts';

/** What a driver gives back for one statement. */
export interface ExecResult {
  rows: Record<string, unknown>[];
  /** Rows inserted, updated or deleted. */
  count: number;
}

/** Something that runs parameterized statements: the database itself or an open transaction. */
export interface Queryable {
  execute(query: Sql): Promise<ExecResult>;
  /** Runs a multi-statement script of ours (a migration); never user input. */
  executeScript(script: string): Promise<void>;
}

/**
 * Tropa's operational store: PostgreSQL, embedded (PGlite) or a server (`DATABASE_URL`).
 * Both speak the same SQL; migrations and every query are shared.
 */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Rows of a query, each checked against the schema so driver differences surface at once. */
export async function all<T>(db: Queryable, schema: z.ZodType<T>, query: Sql): Promise<T[]> {
  const { rows } = await db.execute(query);
  return rows.map((row) => schema.parse(row));
}

/** The first row of a query, or undefined. */
export async function first<T>(db: Queryable, schema: z.ZodType<T>, query: Sql): Promise<T | undefined> {
  const { rows } = await db.execute(query);
  const row = rows[0];
  return row === undefined ? undefined : schema.parse(row);
}

/** Runs a statement for its effect and returns how many rows it touched. */
export async function run(db: Queryable, query: Sql): Promise<number> {
  return (await db.execute(query)).count;
}

/** The SQLSTATE of a driver error (both drivers expose `code`), e.g. 23505 for a unique violation. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}
