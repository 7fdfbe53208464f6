import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { hashSecret, newId, newSecret } from '../auth/secrets.ts';
import { all, first, run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { notFound } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { loadMap } from '../maps/store.ts';
import { etagOf, presentMap } from '../presenters/map.ts';
import { MapParams, RecordId } from './fields.ts';

const LINK = { en: 'Share link', ru: 'Ссылка для просмотра' };

const ShareRow = z.object({
  id: z.string(),
  created_at: z.date(),
  expires_at: z.date().nullable(),
  revoked_at: z.date().nullable(),
});

function presentLink(l: z.infer<typeof ShareRow>) {
  const expired = l.expires_at !== null && l.expires_at < new Date();
  return {
    id: l.id,
    createdAt: l.created_at.toISOString(),
    expiresAt: l.expires_at?.toISOString() ?? null,
    status: l.revoked_at ? 'revoked' : expired ? 'expired' : 'active',
  };
}

export const listShareLinks = defineRoute({
  id: 'shareLinks.list',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/maps/:mapId/share-links',
  params: MapParams,
  async handle({ db, params }) {
    const rows = await all(
      db,
      ShareRow,
      sql`select * from share_links where map_id = ${params.mapId} order by created_at desc`,
    );
    return { body: { links: rows.map(presentLink) } };
  },
});

/** A read-only link to this one map; the secret is shown once. */
export const createShareLink = defineRoute({
  id: 'shareLinks.create',
  method: 'POST',
  url: '/api/workspaces/:workspaceId/maps/:mapId/share-links',
  params: MapParams,
  body: z.strictObject({ expiresInDays: z.number().int().min(1).max(3650).optional() }),
  async handle({ db, params, body, access }) {
    const id = newId('s');
    const secret = newSecret('shareLink');
    const days = body.expiresInDays ?? null;
    const row = await first(
      db,
      ShareRow,
      sql`insert into share_links (id, token_hash, map_id, created_by, expires_at)
          values (${id}, ${hashSecret(secret)}, ${params.mapId}, ${access.actor.userId ?? ''},
                  case when ${days}::int is null then null else now() + make_interval(days => ${days}::int) end)
          returning *`,
    );
    if (!row) throw notFound(LINK);
    await recordAudit(db, {
      workspaceId: params.workspaceId,
      actor: access.actor,
      action: 'share-link.created',
      targetKind: 'map',
      targetId: params.mapId,
      detail: { link: id },
    });
    return { status: 201, body: { link: presentLink(row), token: secret, path: `/s/${secret}` } };
  },
});

export const revokeShareLink = defineRoute({
  id: 'shareLinks.revoke',
  method: 'DELETE',
  url: '/api/workspaces/:workspaceId/maps/:mapId/share-links/:linkId',
  params: MapParams.extend({ linkId: RecordId }),
  async handle({ db, params, access }) {
    const changed = await run(
      db,
      sql`update share_links set revoked_at = now() where id = ${params.linkId} and map_id = ${params.mapId} and revoked_at is null`,
    );
    if (changed === 0) throw notFound(LINK);
    await recordAudit(db, {
      workspaceId: params.workspaceId,
      actor: access.actor,
      action: 'share-link.revoked',
      targetKind: 'map',
      targetId: params.mapId,
      detail: { link: params.linkId },
    });
    return { status: 204 };
  },
});

const ShareTarget = z.object({ map_id: z.string() });

/** Opens a shared map by its link, no account needed: the current version, read-only. */
export const getShared = defineRoute({
  id: 'shared.get',
  method: 'GET',
  url: '/api/shared/:token',
  params: z.object({ token: z.string().min(1).max(200) }),
  async handle({ db, params }) {
    const link = await first(
      db,
      ShareTarget,
      sql`select map_id from share_links where token_hash = ${hashSecret(params.token)}
            and revoked_at is null and (expires_at is null or expires_at > now())`,
    );
    const loaded = link && (await loadMap(db, link.map_id));
    if (!loaded) throw notFound(LINK);
    return {
      headers: { etag: etagOf(loaded.map.head_version) },
      body: presentMap(loaded.map, loaded.version),
    };
  },
});
