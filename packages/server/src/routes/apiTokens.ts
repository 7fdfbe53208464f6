import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { hashSecret, newId, newSecret } from '../auth/secrets.ts';
import { all, first, run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { notFound } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { TokenRole } from '../policies/roles.ts';
import { ApiTokenRow, presentApiToken } from '../presenters/workspace.ts';
import { Name, RecordId, WorkspaceParams } from './fields.ts';

const TOKEN = { en: 'API token', ru: 'API-токен' };

export const listApiTokens = defineRoute({
  id: 'tokens.list',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/tokens',
  params: WorkspaceParams,
  async handle({ db, params }) {
    const rows = await all(
      db,
      ApiTokenRow,
      sql`select * from api_tokens where workspace_id = ${params.workspaceId} order by created_at desc`,
    );
    return { body: { tokens: rows.map(presentApiToken) } };
  },
});

/** Makes a token for the CLI or automation, limited to this workspace and role; the secret is shown once. */
export const createApiToken = defineRoute({
  id: 'tokens.create',
  method: 'POST',
  url: '/api/workspaces/:workspaceId/tokens',
  params: WorkspaceParams,
  body: z.strictObject({
    name: Name,
    role: TokenRole.default('viewer'),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  }),
  async handle({ db, params, body, access }) {
    const id = newId('t');
    const secret = newSecret('apiToken');
    const expires = body.expiresInDays ?? null;
    const row = await first(
      db,
      ApiTokenRow,
      sql`insert into api_tokens (id, token_hash, workspace_id, name, role, created_by, expires_at)
          values (${id}, ${hashSecret(secret)}, ${params.workspaceId}, ${body.name}, ${body.role}, ${access.actor.userId},
                  case when ${expires}::int is null then null else now() + make_interval(days => ${expires}::int) end)
          returning *`,
    );
    if (!row) throw notFound(TOKEN);
    await recordAudit(db, {
      workspaceId: params.workspaceId,
      actor: access.actor,
      action: 'token.created',
      targetKind: 'token',
      targetId: id,
      detail: { role: body.role, name: body.name },
    });
    return { status: 201, body: { token: presentApiToken(row), secret } };
  },
});

export const revokeApiToken = defineRoute({
  id: 'tokens.revoke',
  method: 'DELETE',
  url: '/api/workspaces/:workspaceId/tokens/:tokenId',
  params: WorkspaceParams.extend({ tokenId: RecordId }),
  async handle({ db, params, access }) {
    const changed = await run(
      db,
      sql`update api_tokens set revoked_at = now()
          where id = ${params.tokenId} and workspace_id = ${params.workspaceId} and revoked_at is null`,
    );
    if (changed === 0) throw notFound(TOKEN);
    await recordAudit(db, {
      workspaceId: params.workspaceId,
      actor: access.actor,
      action: 'token.revoked',
      targetKind: 'token',
      targetId: params.tokenId,
    });
    return { status: 204 };
  },
});
