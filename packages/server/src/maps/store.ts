import type { JourneyDocument } from '@tropa/core';
import { z } from 'zod';
import type { Actor } from '../auth/principal.ts';
import { first, type Queryable, run, sqlState } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { conflict } from '../http/errors.ts';
import { describeDocument, type ReadDocument } from './readDocument.ts';
import { type VersionContent, versionContent } from './versionContent.ts';

export const MapRow = z.object({
  id: z.string(),
  workspace_id: z.string(),
  slug: z.string(),
  title: z.string(),
  kind: z.enum(['journey', 'role']),
  head_version: z.number(),
  created_at: z.date(),
  updated_at: z.date(),
});
export type MapRow = z.infer<typeof MapRow>;

const VersionInfo = z.object({
  version: z.number(),
  message: z.string(),
  author_id: z.string(),
  author_name: z.string(),
  restored_from: z.number().nullable(),
  version_created_at: z.date(),
});

/** A version as lists show it, without its text. */
export const VersionListRow = z.object({
  version: z.number(),
  message: z.string(),
  author_id: z.string(),
  author_name: z.string(),
  restored_from: z.number().nullable(),
  created_at: z.date(),
});
export type VersionListRow = z.infer<typeof VersionListRow>;

export type VersionRow = Omit<z.infer<typeof VersionInfo>, 'version_created_at'> &
  VersionContent & { created_at: Date };

const mapWithVersion = (mapId: string, version: number | undefined) =>
  sql`select m.*, v.version, v.message, v.author_id, u.name as author_name, v.restored_from,
             v.created_at as version_created_at
      from maps m
      join map_versions v on v.map_id = m.id and v.version = coalesce(${version ?? null}::int, m.head_version)
      join users u on u.id = v.author_id
      where m.id = ${mapId} and m.deleted_at is null`;

/** The map and the facts of one version (its head unless `version` is given), without the version's text. */
export async function loadMapInfo(db: Queryable, mapId: string, version?: number) {
  const row = await first(db, MapRow.extend(VersionInfo.shape), mapWithVersion(mapId, version));
  if (!row) return undefined;
  const { version: number, message, author_id, author_name, restored_from, version_created_at, ...map } = row;
  const info: VersionListRow = {
    version: number,
    message,
    author_id,
    author_name,
    restored_from,
    created_at: version_created_at,
  };
  return { map: map as MapRow, version: info };
}

/**
 * The map and one version (its head unless `version` is given), or undefined when deleted or absent.
 * One query for the map and the version's facts; the (immutable) text comes from the version cache.
 */
export async function loadMap(db: Queryable, mapId: string, version?: number) {
  const loaded = await loadMapInfo(db, mapId, version);
  if (!loaded) return undefined;
  const content = await versionContent(db, mapId, loaded.version.version);
  if (!content) return undefined;
  const head: VersionRow = { ...loaded.version, ...content };
  return { map: loaded.map, version: head };
}

/** Locks the map row for the rest of the transaction, so two saves from one base cannot both win. */
export async function lockMap(db: Queryable, mapId: string): Promise<MapRow | undefined> {
  return first(db, MapRow, sql`select * from maps where id = ${mapId} and deleted_at is null for update`);
}

export const parseStoredDocument = (row: VersionRow) => JSON.parse(row.document) as JourneyDocument;

const slugTaken = (slug: string) =>
  conflict(
    'map-id-taken',
    {
      en: `Another map in this workspace already has the id "${slug}". Change the document's id.`,
      ru: `В этом пространстве уже есть карта с id «${slug}». Измените id документа.`,
    },
    'body.document.id',
  );

/**
 * Appends a version and moves the map's head to it; the caller holds the map lock.
 * Gives the updated map and the new version's facts, as the statements themselves return them.
 */
export async function appendVersion(
  db: Queryable,
  map: MapRow,
  read: ReadDocument,
  actor: Actor,
  message: string,
  restoredFrom: number | null = null,
): Promise<{ map: MapRow; version: VersionListRow }> {
  const next = map.head_version + 1;
  const { slug, title, kind } = describeDocument(read.document);
  let updated: MapRow | undefined;
  try {
    updated = await first(
      db,
      MapRow,
      sql`update maps set slug = ${slug}, title = ${title}, kind = ${kind}, head_version = ${next}, updated_at = now()
          where id = ${map.id} returning *`,
    );
  } catch (error) {
    if (sqlState(error) === '23505') throw slugTaken(slug);
    throw error;
  }
  const version = await insertVersion(db, map.id, next, read, actor, message, restoredFrom);
  if (!updated || !version) throw new Error(`Map ${map.id} vanished while locked`);
  return { map: updated, version };
}

/** Creates a map with its first version. */
export async function createMap(
  db: Queryable,
  id: string,
  workspaceId: string,
  read: ReadDocument,
  actor: Actor,
  message: string,
): Promise<void> {
  const { slug, title, kind } = describeDocument(read.document);
  try {
    await run(
      db,
      sql`insert into maps (id, workspace_id, slug, title, kind, head_version, created_by)
          values (${id}, ${workspaceId}, ${slug}, ${title}, ${kind}, ${1}, ${actor.userId ?? ''})`,
    );
  } catch (error) {
    if (sqlState(error) === '23505') throw slugTaken(slug);
    throw error;
  }
  await insertVersion(db, id, 1, read, actor, message, null);
}

async function insertVersion(
  db: Queryable,
  mapId: string,
  version: number,
  read: ReadDocument,
  actor: Actor,
  message: string,
  restoredFrom: number | null,
): Promise<VersionListRow | undefined> {
  return first(
    db,
    VersionListRow,
    sql`insert into map_versions (map_id, version, source, format, document, message, author_id, restored_from)
        values (${mapId}, ${version}, ${read.source}, ${read.format}, ${JSON.stringify(read.document)}, ${message},
                ${actor.userId ?? ''}, ${restoredFrom})
        returning version, message, author_id, restored_from, created_at,
                  (select name from users where id = author_id) as author_name`,
  );
}
