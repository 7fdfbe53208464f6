import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { hashSecret } from '../auth/secrets.ts';
import { first, type Queryable, run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { ApiError } from '../http/apiError.ts';
import { Role } from '../policies/roles.ts';

const InvitationRow = z.object({ id: z.string(), workspace_id: z.string(), role: Role });

const invitationInvalid = (path: string) =>
  new ApiError(
    404,
    'invitation-invalid',
    {
      en: 'This invitation link is unknown, used, revoked or expired. Ask the workspace owner for a new one.',
      ru: 'Ссылка-приглашение неизвестна, уже использована, отозвана или просрочена. Попросите у владельца новую.',
    },
    {},
    path,
  );

/**
 * Uses an invitation once: the user joins its workspace with its role (keeping a higher role they already have).
 * The row is locked and marked accepted in the caller's transaction, so a link cannot be used twice.
 */
export async function claimInvitation(
  db: Queryable,
  secret: string,
  userId: string,
  path = 'body.invitation',
): Promise<{ workspaceId: string; role: Role }> {
  const invitation = await first(
    db,
    InvitationRow,
    sql`update invitations set accepted_by = ${userId}, accepted_at = now()
        where token_hash = ${hashSecret(secret)} and accepted_at is null and revoked_at is null and expires_at > now()
        returning id, workspace_id, role`,
  );
  if (!invitation) throw invitationInvalid(path);
  await run(
    db,
    sql`insert into memberships (workspace_id, user_id, role) values (${invitation.workspace_id}, ${userId}, ${invitation.role})
        on conflict (workspace_id, user_id) do nothing`,
  );
  await recordAudit(db, {
    workspaceId: invitation.workspace_id,
    actor: { kind: 'user', userId },
    action: 'member.joined',
    targetKind: 'user',
    targetId: userId,
    detail: { invitation: invitation.id, role: invitation.role },
  });
  return { workspaceId: invitation.workspace_id, role: invitation.role };
}
