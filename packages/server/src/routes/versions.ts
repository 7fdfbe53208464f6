import { diffJourneys } from '@tropa/core';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { all } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { notFound } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { baseVersionOf, staleVersion } from '../maps/precondition.ts';
import { journeyOf } from '../maps/resolve.ts';
import { appendVersion, loadMap, lockMap, parseStoredDocument, VersionListRow } from '../maps/store.ts';
import { etagOf, presentMap, presentVersionInfo } from '../presenters/map.ts';
import { MapParams } from './fields.ts';
import { MAP } from './maps.ts';

const VERSION = { en: 'Map version', ru: 'Версия карты' };
const VersionNumber = z.coerce.number().int().min(1).max(1_000_000_000);
const VersionParams = MapParams.extend({ version: VersionNumber });

/** Every version of a map, newest first, without their documents. */
export const listVersions = defineRoute({
  id: 'versions.list',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/maps/:mapId/versions',
  params: MapParams,
  async handle({ db, params }) {
    const rows = await all(
      db,
      VersionListRow,
      sql`select v.version, v.message, v.author_id, u.name as author_name, v.restored_from, v.created_at
          from map_versions v join users u on u.id = v.author_id
          where v.map_id = ${params.mapId} order by v.version desc`,
    );
    return { body: { versions: rows.map(presentVersionInfo) } };
  },
});

export const getVersion = defineRoute({
  id: 'versions.get',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/maps/:mapId/versions/:version',
  params: VersionParams,
  async handle({ db, params }) {
    const loaded = await loadMap(db, params.mapId, params.version);
    if (!loaded) throw notFound(VERSION);
    return { body: presentMap(loaded.map, loaded.version) };
  },
});

/** Makes an old version the current one by saving a copy of it as a new version: history only grows. */
export const restoreVersion = defineRoute({
  id: 'versions.restore',
  method: 'POST',
  url: '/api/workspaces/:workspaceId/maps/:mapId/versions/:version/restore',
  params: VersionParams,
  body: z.strictObject({
    baseVersion: z.number().int().min(1).optional(),
    message: z.string().max(1000).optional(),
  }),
  async handle({ db, params, body, access, request }) {
    const base = baseVersionOf(request, body.baseVersion);
    const map = await lockMap(db, params.mapId);
    if (!map) throw notFound(MAP);
    if (map.head_version !== base) {
      const current = await loadMap(db, map.id);
      throw staleVersion(base, current && presentMap(current.map, current.version));
    }
    const old = await loadMap(db, map.id, params.version);
    if (!old) throw notFound(VERSION);
    const read = {
      source: old.version.source,
      format: old.version.format,
      document: parseStoredDocument(old.version),
    };
    const message = body.message ?? `Restored version ${params.version}`;
    const { version: saved } = await appendVersion(db, map, read, access.actor, message, params.version);
    const version = saved.version;
    await recordAudit(db, {
      workspaceId: params.workspaceId,
      actor: access.actor,
      action: 'map.restored',
      targetKind: 'map',
      targetId: map.id,
      detail: { from: params.version, version },
    });
    const loaded = await loadMap(db, map.id);
    if (!loaded) throw notFound(MAP);
    return { headers: { etag: etagOf(version) }, body: presentMap(loaded.map, loaded.version) };
  },
});

/** The semantic difference between two versions (role maps are compared as resolved journeys). */
export const diffVersions = defineRoute({
  id: 'versions.diff',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/maps/:mapId/diff',
  params: MapParams,
  query: z.object({ from: VersionNumber, to: VersionNumber.optional() }),
  async handle({ db, params, query, lang }) {
    const from = await loadMap(db, params.mapId, query.from);
    const to = await loadMap(db, params.mapId, query.to);
    if (!from || !to) throw notFound(VERSION);
    const [a, b] = await Promise.all([
      journeyOf(db, params.workspaceId, parseStoredDocument(from.version), lang),
      journeyOf(db, params.workspaceId, parseStoredDocument(to.version), lang),
    ]);
    return { body: { from: from.version.version, to: to.version.version, diff: diffJourneys(a, b) } };
  },
});
