import postgres from 'postgres';
import type { Database, ExecResult, Queryable } from './database.ts';
import type { Sql } from './sql.ts';

type Client = postgres.Sql | postgres.TransactionSql;

function executor(client: Client): Queryable {
  return {
    async execute(query: Sql): Promise<ExecResult> {
      const { text, params } = query.toQuery();
      // `unsafe` only means "text not from a template": the text is ours and every value is bound as a parameter.
      const result = await client.unsafe(text, params as postgres.ParameterOrJSON<never>[], {
        prepare: true,
      });
      return { rows: [...result] as Record<string, unknown>[], count: result.count ?? 0 };
    },
    async executeScript(script: string): Promise<void> {
      await client.unsafe(script);
    },
  };
}

/** Connects to a PostgreSQL server (`DATABASE_URL`) with a small pool. */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // int8 (count(*), sums) comes back as a JS number, as PGlite gives it; our counts stay far below 2^53.
    types: {
      int8: { to: 20, from: [20], serialize: (n: number) => String(n), parse: (s: string) => Number(s) },
    },
  });
  await client`select 1`;
  const base = executor(client);
  return {
    kind: 'postgres',
    ...base,
    transaction: async (work) =>
      (await client.begin((tx) => work(executor(tx)))) as Awaited<ReturnType<typeof work>>,
    close: () => client.end({ timeout: 5 }),
  };
}
