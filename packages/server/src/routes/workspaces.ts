import { rm } from 'node:fs/promises';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { newId } from '../auth/secrets.ts';
import { all, first, run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { notFound } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { Role } from '../policies/roles.ts';
import { presentWorkspace, WorkspaceRow } from '../presenters/workspace.ts';
import { Name, WorkspaceParams } from './fields.ts';

const WORKSPACE = { en: 'Workspace', ru: 'Рабочее пространство' };

/** The workspaces the signed-in person belongs to, with their role in each. */
export const listWorkspaces = defineRoute({
  id: 'workspaces.list',
  method: 'GET',
  url: '/api/workspaces',
  async handle({ db, access }) {
    const rows = await all(
      db,
      WorkspaceRow.extend({ role: Role }),
      sql`select w.id, w.name, w.created_at, m.role from workspaces w
          join memberships m on m.workspace_id = w.id and m.user_id = ${access.user.id}
          order by w.created_at, w.id`,
    );
    return { body: { workspaces: rows.map((w) => presentWorkspace(w, w.role)) } };
  },
});

/** Creates a workspace; its creator is its first owner. */
export const createWorkspace = defineRoute({
  id: 'workspaces.create',
  method: 'POST',
  url: '/api/workspaces',
  body: z.strictObject({ name: Name }),
  async handle({ db, body, access }) {
    const id = newId('w');
    await run(
      db,
      sql`insert into workspaces (id, name, created_by) values (${id}, ${body.name}, ${access.user.id})`,
    );
    await run(
      db,
      sql`insert into memberships (workspace_id, user_id, role) values (${id}, ${access.user.id}, ${'owner'})`,
    );
    await recordAudit(db, {
      workspaceId: id,
      actor: access.actor,
      action: 'workspace.created',
      targetKind: 'workspace',
      targetId: id,
    });
    const row = await first(db, WorkspaceRow, sql`select * from workspaces where id = ${id}`);
    if (!row) throw notFound(WORKSPACE);
    return { status: 201, body: { workspace: presentWorkspace(row, 'owner') } };
  },
});

export const getWorkspace = defineRoute({
  id: 'workspaces.get',
  method: 'GET',
  url: '/api/workspaces/:workspaceId',
  params: WorkspaceParams,
  async handle({ db, params, access }) {
    const row = await first(db, WorkspaceRow, sql`select * from workspaces where id = ${params.workspaceId}`);
    if (!row) throw notFound(WORKSPACE);
    return { body: { workspace: presentWorkspace(row, access.role) } };
  },
});

export const renameWorkspace = defineRoute({
  id: 'workspaces.rename',
  method: 'PATCH',
  url: '/api/workspaces/:workspaceId',
  params: WorkspaceParams,
  body: z.strictObject({ name: Name }),
  async handle({ db, params, body, access }) {
    const row = await first(
      db,
      WorkspaceRow,
      sql`update workspaces set name = ${body.name} where id = ${params.workspaceId} returning *`,
    );
    if (!row) throw notFound(WORKSPACE);
    await recordAudit(db, {
      workspaceId: row.id,
      actor: access.actor,
      action: 'workspace.renamed',
      targetKind: 'workspace',
      targetId: row.id,
      detail: { name: body.name },
    });
    return { body: { workspace: presentWorkspace(row, access.role) } };
  },
});

/** Deletes a workspace with everything in it (maps, versions, comments, datasets and their files). */
export const deleteWorkspace = defineRoute({
  id: 'workspaces.delete',
  method: 'DELETE',
  url: '/api/workspaces/:workspaceId',
  params: WorkspaceParams,
  // Dataset files are removed after their queued jobs, outside any transaction.
  transaction: false,
  async handle({ app, params, access }) {
    const datasets = await all(
      app.db,
      z.object({ id: z.string() }),
      sql`select id from datasets where workspace_id = ${params.workspaceId}`,
    );
    for (const { id } of datasets) {
      await app.datasets.exclusive(id, () => app.datasets.engine.deleteDataset(id));
      await rm(app.datasets.textModelPath(id), { force: true });
    }
    await app.db.transaction(async (tx) => {
      await run(tx, sql`delete from workspaces where id = ${params.workspaceId}`);
      await recordAudit(tx, {
        workspaceId: null,
        actor: access.actor,
        action: 'workspace.deleted',
        targetKind: 'workspace',
        targetId: params.workspaceId,
      });
    });
    return { status: 204 };
  },
});
