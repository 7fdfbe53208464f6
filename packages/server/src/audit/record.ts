import type { Actor } from '../auth/principal.ts';
import { newId } from '../auth/secrets.ts';
import { type Queryable, run } from '../db/database.ts';
import { jsonb, sql } from '../db/sql.ts';

export interface AuditEntry {
  workspaceId: string | null;
  actor: Actor | undefined;
  /** What happened, as `thing.verb`: `map.saved`, `member.removed`… */
  action: string;
  targetKind?: string;
  targetId?: string;
  detail?: Record<string, unknown>;
}

/** Writes one line of the audit log, in the same transaction as the change it records. */
export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  const actorKind = entry.actor?.kind ?? 'system';
  await run(
    db,
    sql`insert into audit_log (id, workspace_id, actor_id, actor_kind, action, target_kind, target_id, detail)
        values (${newId('a')}, ${entry.workspaceId}, ${entry.actor?.userId ?? null}, ${actorKind},
                ${entry.action}, ${entry.targetKind ?? null}, ${entry.targetId ?? null}, ${jsonb(entry.detail ?? {})})`,
  );
}
