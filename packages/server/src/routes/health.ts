import { z } from 'zod';
import { first } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { defineRoute } from '../http/route.ts';

/** Liveness and readiness: answers only when the database does. */
export const health = defineRoute({
  id: 'health',
  method: 'GET',
  url: '/api/health',
  async handle({ app }) {
    const row = await first(app.db, z.object({ ok: z.number() }), sql`select 1 as ok`);
    return { body: { status: row?.ok === 1 ? 'ok' : 'degraded', database: app.db.kind } };
  },
});
