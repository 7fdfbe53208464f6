import type { JourneyDocument } from '@tropa/core';
import { z } from 'zod';
import type { Actor } from '../auth/principal.ts';
import { first, type Queryable, run, sqlState } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { conflict } from '../http/errors.ts';
import { describeDocument, type ReadDocument } from './readDocument.ts';

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

export const VersionRow = z.object({
  version: z.number(),
  source: z.string(),
  format: z.enum(['yaml', 'json']),
  document: z.string(),
  message: z.string(),
  author_id: z.string(),
  author_name: z.string(),
  restored_from: z.number().nullable(),
  created_at: z.date(),
});
export type VersionRow = z.infer<typeof VersionRow>;

/** The map row and its head version, or undefined when deleted or absent. */
export async function loadMap(db: Queryable, mapId: string, version?: number) {
  const map = await first(db, MapRow, sql`select * from maps where id = ${mapId} and deleted_at is null`);
  if (!map) return undefined;
  const wanted = version ?? map.head_version;
  const head = await first(
    db,
    VersionRow,
    sql`select v.*, u.name as author_name from map_versions v join users u on u.id = v.author_id
        where v.map_id = ${mapId} and v.version = ${wanted}`,
  );
  return head ? { map, version: head } : undefined;
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

/** Appends a version and moves the map's head to it; the caller holds the map lock. */
export async function appendVersion(
  db: Queryable,
  map: MapRow,
  read: ReadDocument,
  actor: Actor,
  message: string,
  restoredFrom: number | null = null,
): Promise<number> {
  const next = map.head_version + 1;
  const { slug, title, kind } = describeDocument(read.document);
  try {
    await run(
      db,
      sql`update maps set slug = ${slug}, title = ${title}, kind = ${kind}, head_version = ${next}, updated_at = now()
          where id = ${map.id}`,
    );
  } catch (error) {
    if (sqlState(error) === '23505') throw slugTaken(slug);
    throw error;
  }
  await insertVersion(db, map.id, next, read, actor, message, restoredFrom);
  return next;
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
): Promise<void> {
  await run(
    db,
    sql`insert into map_versions (map_id, version, source, format, document, message, author_id, restored_from)
        values (${mapId}, ${version}, ${read.source}, ${read.format}, ${JSON.stringify(read.document)}, ${message},
                ${actor.userId ?? ''}, ${restoredFrom})`,
  );
}
