import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { hashSecret, newId, newSecret } from '../auth/secrets.ts';
import { all, first, run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { notFound } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { Role } from '../policies/roles.ts';
import { InvitationRow, presentInvitation } from '../presenters/workspace.ts';
import { RecordId, WorkspaceParams } from './fields.ts';
import { claimInvitation } from './invitationClaim.ts';

const INVITATION = { en: 'Invitation', ru: 'Приглашение' };

export const listInvitations = defineRoute({
  id: 'invitations.list',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/invitations',
  params: WorkspaceParams,
  async handle({ db, params }) {
    const rows = await all(
      db,
      InvitationRow,
      sql`select * from invitations where workspace_id = ${params.workspaceId} order by created_at desc`,
    );
    return { body: { invitations: rows.map(presentInvitation) } };
  },
});

/** Makes a one-use invitation link; its secret is shown only in this answer. */
export const createInvitation = defineRoute({
  id: 'invitations.create',
  method: 'POST',
  url: '/api/workspaces/:workspaceId/invitations',
  params: WorkspaceParams,
  body: z.strictObject({ role: Role, expiresInDays: z.number().int().min(1).max(30).default(7) }),
  async handle({ db, params, body, access }) {
    const id = newId('i');
    const secret = newSecret('invitation');
    const row = await first(
      db,
      InvitationRow,
      sql`insert into invitations (id, token_hash, workspace_id, role, created_by, expires_at)
          values (${id}, ${hashSecret(secret)}, ${params.workspaceId}, ${body.role}, ${access.actor.userId},
                  now() + make_interval(days => ${body.expiresInDays}))
          returning *`,
    );
    if (!row) throw notFound(INVITATION);
    await recordAudit(db, {
      workspaceId: params.workspaceId,
      actor: access.actor,
      action: 'invitation.created',
      targetKind: 'invitation',
      targetId: id,
      detail: { role: body.role },
    });
    return {
      status: 201,
      body: { invitation: presentInvitation(row), token: secret, path: `/invite/${secret}` },
    };
  },
});

export const revokeInvitation = defineRoute({
  id: 'invitations.revoke',
  method: 'DELETE',
  url: '/api/workspaces/:workspaceId/invitations/:invitationId',
  params: WorkspaceParams.extend({ invitationId: RecordId }),
  async handle({ db, params, access }) {
    const changed = await run(
      db,
      sql`update invitations set revoked_at = now()
          where id = ${params.invitationId} and workspace_id = ${params.workspaceId} and revoked_at is null`,
    );
    if (changed === 0) throw notFound(INVITATION);
    await recordAudit(db, {
      workspaceId: params.workspaceId,
      actor: access.actor,
      action: 'invitation.revoked',
      targetKind: 'invitation',
      targetId: params.invitationId,
    });
    return { status: 204 };
  },
});

/** A signed-in person follows an invitation link and joins its workspace. */
export const acceptInvitation = defineRoute({
  id: 'invitations.accept',
  method: 'POST',
  url: '/api/invitations/accept',
  body: z.strictObject({ token: z.string().min(1).max(200) }),
  async handle({ db, body, access }) {
    const joined = await claimInvitation(db, body.token, access.user.id, 'body.token');
    return { body: { joined } };
  },
});
