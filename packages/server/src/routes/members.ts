import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { all, first, type Queryable, run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { conflict, notFound } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { Role } from '../policies/roles.ts';
import { MembershipRow, presentMember } from '../presenters/workspace.ts';
import { RecordId, WorkspaceParams } from './fields.ts';

const MEMBER = { en: 'Member', ru: 'Участник' };
const MemberParams = WorkspaceParams.extend({ userId: RecordId });

export const listMembers = defineRoute({
  id: 'members.list',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/members',
  params: WorkspaceParams,
  async handle({ db, params }) {
    const rows = await all(
      db,
      MembershipRow,
      sql`select m.user_id, u.email, u.name, m.role, m.created_at from memberships m join users u on u.id = m.user_id
          where m.workspace_id = ${params.workspaceId} order by m.created_at, u.email`,
    );
    return { body: { members: rows.map(presentMember) } };
  },
});

/** A workspace always keeps at least one owner, so it can never be orphaned. */
async function assertNotLastOwner(db: Queryable, workspaceId: string, userId: string): Promise<void> {
  const owners = await all(
    db,
    z.object({ user_id: z.string() }),
    sql`select user_id from memberships where workspace_id = ${workspaceId} and role = ${'owner'} for update`,
  );
  if (owners.length === 1 && owners[0]?.user_id === userId) {
    throw conflict('last-owner', {
      en: 'This is the last owner of the workspace. Make someone else an owner first.',
      ru: 'Это последний владелец пространства. Сначала назначьте владельцем кого-то ещё.',
    });
  }
}

export const setMemberRole = defineRoute({
  id: 'members.setRole',
  method: 'PATCH',
  url: '/api/workspaces/:workspaceId/members/:userId',
  params: MemberParams,
  body: z.strictObject({ role: Role }),
  async handle({ db, params, body, access }) {
    if (body.role !== 'owner') await assertNotLastOwner(db, params.workspaceId, params.userId);
    const row = await first(
      db,
      z.object({ user_id: z.string() }),
      sql`update memberships set role = ${body.role}
          where workspace_id = ${params.workspaceId} and user_id = ${params.userId} returning user_id`,
    );
    if (!row) throw notFound(MEMBER);
    await recordAudit(db, {
      workspaceId: params.workspaceId,
      actor: access.actor,
      action: 'member.role-changed',
      targetKind: 'user',
      targetId: params.userId,
      detail: { role: body.role },
    });
    return { body: { userId: params.userId, role: body.role } };
  },
});

export const removeMember = defineRoute({
  id: 'members.remove',
  method: 'DELETE',
  url: '/api/workspaces/:workspaceId/members/:userId',
  params: MemberParams,
  async handle({ db, params, access }) {
    await assertNotLastOwner(db, params.workspaceId, params.userId);
    const removed = await run(
      db,
      sql`delete from memberships where workspace_id = ${params.workspaceId} and user_id = ${params.userId}`,
    );
    if (removed === 0) throw notFound(MEMBER);
    await recordAudit(db, {
      workspaceId: params.workspaceId,
      actor: access.actor,
      action: 'member.removed',
      targetKind: 'user',
      targetId: params.userId,
    });
    return { status: 204 };
  },
});
