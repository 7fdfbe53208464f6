import { type Journey, type JourneyDocument, type Lang, resolveRoleChain } from '@tropa/core';
import { z } from 'zod';
import { all, type Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { ApiError } from '../http/apiError.ts';

const HeadRow = z.object({ slug: z.string(), document: z.string() });

/**
 * The journey a document shows: itself, or for a role map the generalized map it extends (found by id
 * among the workspace's maps, heads only) with the role's overrides applied.
 */
export async function journeyOf(
  db: Queryable,
  workspaceId: string,
  document: JourneyDocument,
  lang: Lang,
): Promise<Journey> {
  if (document.kind === 'journey') return document.journey;
  const heads = await all(
    db,
    HeadRow,
    sql`select m.slug, v.document from maps m join map_versions v on v.map_id = m.id and v.version = m.head_version
        where m.workspace_id = ${workspaceId} and m.deleted_at is null`,
  );
  const bySlug = new Map(heads.map((h) => [h.slug, JSON.parse(h.document) as JourneyDocument]));
  const result = resolveRoleChain(document.role, (ref) => bySlug.get(ref), lang);
  if (result.ok) return result.journey;
  const first = result.issues[0];
  throw new ApiError(
    422,
    'role-map-unresolved',
    {
      en: 'The role map cannot be applied to its base map: {detail}',
      ru: 'Ролевую карту не удаётся применить к базовой: {detail}',
    },
    { detail: first ? first.message : '' },
    undefined,
    { issues: result.issues },
  );
}
