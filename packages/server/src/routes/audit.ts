import { z } from 'zod';
import { all } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { defineRoute } from '../http/route.ts';
import { WorkspaceParams } from './fields.ts';

const AuditRow = z.object({
  id: z.string(),
  actor_id: z.string().nullable(),
  actor_kind: z.string(),
  action: z.string(),
  target_kind: z.string().nullable(),
  target_id: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  created_at: z.date(),
});

/** Who did what in the workspace, newest first; `before` pages back through older entries. */
export const listAudit = defineRoute({
  id: 'audit.list',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/audit',
  params: WorkspaceParams,
  query: z.object({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    before: z.iso.datetime().optional(),
  }),
  async handle({ db, params, query }) {
    const before = query.before ?? null;
    const rows = await all(
      db,
      AuditRow,
      sql`select * from audit_log where workspace_id = ${params.workspaceId}
            and (${before}::timestamptz is null or created_at < ${before}::timestamptz)
          order by created_at desc, id desc limit ${query.limit}`,
    );
    return {
      body: {
        entries: rows.map((r) => ({
          id: r.id,
          at: r.created_at.toISOString(),
          actor: r.actor_id === null ? null : { kind: r.actor_kind, userId: r.actor_id },
          action: r.action,
          target: r.target_kind === null ? null : { kind: r.target_kind, id: r.target_id },
          detail: r.detail,
        })),
      },
    };
  },
});
