import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { newId } from '../auth/secrets.ts';
import { all, run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { notFound } from '../http/errors.ts';
import { defineRoute, type RouteResult } from '../http/route.ts';
import { baseVersionOf, staleVersion } from '../maps/precondition.ts';
import { DocumentInput, readDocument } from '../maps/readDocument.ts';
import { appendVersion, createMap, loadMap, lockMap, MapRow } from '../maps/store.ts';
import {
  etagOf,
  presentMap,
  presentMapJson,
  presentMapSummary,
  presentVersionInfo,
} from '../presenters/map.ts';
import { MapParams, WorkspaceParams } from './fields.ts';

export const MAP = { en: 'Map', ru: 'Карта' };

const SaveBody = z.strictObject({
  document: DocumentInput,
  format: z.enum(['yaml', 'json']).optional(),
  message: z.string().max(1000).default(''),
  baseVersion: z.number().int().min(1).optional(),
});

export const listMaps = defineRoute({
  id: 'maps.list',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/maps',
  params: WorkspaceParams,
  async handle({ db, params }) {
    const rows = await all(
      db,
      MapRow,
      sql`select * from maps where workspace_id = ${params.workspaceId} and deleted_at is null order by title, id`,
    );
    return { body: { maps: rows.map(presentMapSummary) } };
  },
});

export const createMapRoute = defineRoute({
  id: 'maps.create',
  method: 'POST',
  url: '/api/workspaces/:workspaceId/maps',
  params: WorkspaceParams,
  body: SaveBody.omit({ baseVersion: true }),
  bodyLimit: 'document',
  async handle({ db, params, body, access, lang }) {
    const read = readDocument(body.document, body.format, lang);
    const id = newId('m');
    await createMap(db, id, params.workspaceId, read, access.actor, body.message);
    await recordAudit(db, {
      workspaceId: params.workspaceId,
      actor: access.actor,
      action: 'map.created',
      targetKind: 'map',
      targetId: id,
    });
    const loaded = await loadMap(db, id);
    if (!loaded) throw notFound(MAP);
    return {
      status: 201,
      headers: { etag: etagOf(1), location: `/api/workspaces/${params.workspaceId}/maps/${id}` },
      body: presentMap(loaded.map, loaded.version),
    };
  },
});

/** The map's current version; `If-None-Match` with its ETag answers 304 without the body. */
export const getMap = defineRoute({
  id: 'maps.get',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/maps/:mapId',
  params: MapParams,
  async handle({ db, app, params, request }): Promise<RouteResult> {
    const head = await app.cache.get(`map-head:${params.mapId}`, async () => {
      const loaded = await loadMap(db, params.mapId);
      return (
        loaded && { etag: etagOf(loaded.map.head_version), json: presentMapJson(loaded.map, loaded.version) }
      );
    });
    if (!head) throw notFound(MAP);
    if (request.headers['if-none-match'] === head.etag) return { status: 304, headers: { etag: head.etag } };
    return {
      headers: { etag: head.etag, 'content-type': 'application/json; charset=utf-8' },
      body: head.json,
    };
  },
});

/** Saves a new version on top of the one named by If-Match; a stale base gets 409 and changes nothing. */
export const saveMap = defineRoute({
  id: 'maps.save',
  method: 'PUT',
  url: '/api/workspaces/:workspaceId/maps/:mapId',
  params: MapParams,
  body: SaveBody,
  bodyLimit: 'document',
  async handle({ db, params, body, access, lang, request }) {
    const base = baseVersionOf(request, body.baseVersion);
    const read = readDocument(body.document, body.format, lang);
    const map = await lockMap(db, params.mapId);
    if (!map) throw notFound(MAP);
    if (map.head_version !== base) {
      const current = await loadMap(db, map.id);
      throw staleVersion(base, current && presentMap(current.map, current.version));
    }
    const saved = await appendVersion(db, map, read, access.actor, body.message);
    await recordAudit(db, {
      workspaceId: params.workspaceId,
      actor: access.actor,
      action: 'map.saved',
      targetKind: 'map',
      targetId: map.id,
      detail: { version: saved.version.version },
    });
    // The client has the document it sent: the answer says what was saved, not the whole map again.
    return {
      headers: { etag: etagOf(saved.version.version) },
      body: { map: presentMapSummary(saved.map), version: presentVersionInfo(saved.version) },
    };
  },
});

/** Moves a map out of sight; its versions stay in the database (and the audit log says who). */
export const deleteMap = defineRoute({
  id: 'maps.delete',
  method: 'DELETE',
  url: '/api/workspaces/:workspaceId/maps/:mapId',
  params: MapParams,
  async handle({ db, params, access }) {
    const changed = await run(
      db,
      sql`update maps set deleted_at = now() where id = ${params.mapId} and deleted_at is null`,
    );
    if (changed === 0) throw notFound(MAP);
    await run(
      db,
      sql`update share_links set revoked_at = now() where map_id = ${params.mapId} and revoked_at is null`,
    );
    await recordAudit(db, {
      workspaceId: params.workspaceId,
      actor: access.actor,
      action: 'map.deleted',
      targetKind: 'map',
      targetId: params.mapId,
    });
    return { status: 204 };
  },
});
