import { Id, type JourneyDocument } from '@tropa/core';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { newId } from '../auth/secrets.ts';
import { all, first, run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { ApiError } from '../http/apiError.ts';
import { notFound } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { loadMap, parseStoredDocument } from '../maps/store.ts';
import { CommentRow, presentComment } from '../presenters/comment.ts';
import { MapParams, RecordId } from './fields.ts';
import { MAP } from './maps.ts';

const COMMENT = { en: 'Comment', ru: 'Комментарий' };

const Target = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('map') }),
  z.strictObject({ kind: z.literal('stage'), id: Id }),
  z.strictObject({ kind: z.literal('card'), id: Id }),
]);

/** Whether the stage or card a comment points at is in the map now (role maps are checked on their own text). */
function targetExists(document: JourneyDocument, target: z.infer<typeof Target>): boolean {
  if (target.kind === 'map' || document.kind === 'role') return true;
  const { journey } = document;
  if (target.kind === 'stage') return journey.stages.some((s) => s.id === target.id);
  return journey.lanes.some((lane) => lane.cards.some((card) => card.id === target.id));
}

const commentSelect = sql`select c.*, u.name as author_name from comments c join users u on u.id = c.author_id`;

export const listComments = defineRoute({
  id: 'comments.list',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/maps/:mapId/comments',
  params: MapParams,
  query: z.object({ status: z.enum(['open', 'resolved', 'all']).default('all') }),
  async handle({ db, params, query }) {
    const rows = await all(
      db,
      CommentRow,
      sql`${commentSelect} where c.map_id = ${params.mapId}
            and (${query.status} = 'all' or (${query.status} = 'open') = (c.resolved_at is null))
          order by c.created_at, c.id`,
    );
    return { body: { comments: rows.map(presentComment) } };
  },
});

export const createComment = defineRoute({
  id: 'comments.create',
  method: 'POST',
  url: '/api/workspaces/:workspaceId/maps/:mapId/comments',
  params: MapParams,
  body: z.strictObject({
    body: z.string().trim().min(1).max(5000),
    target: Target.default({ kind: 'map' }),
    mentions: z.array(RecordId).max(20).default([]),
  }),
  async handle({ db, params, body, access }) {
    const loaded = await loadMap(db, params.mapId);
    if (!loaded) throw notFound(MAP);
    if (!targetExists(parseStoredDocument(loaded.version), body.target)) {
      throw new ApiError(
        422,
        'comment-target-missing',
        {
          en: 'The map has no {kind} with the id "{id}". Comment on an existing stage or card (cards need an id).',
          ru: 'В карте нет элемента ({kind}) с id «{id}». Комментируйте существующий этап или карточку (у карточки должен быть id).',
        },
        { kind: body.target.kind, id: 'id' in body.target ? body.target.id : '' },
        'body.target.id',
      );
    }
    const members = await all(
      db,
      z.object({ user_id: z.string() }),
      sql`select user_id from memberships where workspace_id = ${params.workspaceId} and user_id = any(${body.mentions}::text[])`,
    );
    const known = new Set(members.map((m) => m.user_id));
    const stranger = body.mentions.findIndex((id) => !known.has(id));
    if (stranger >= 0) {
      throw new ApiError(
        400,
        'mention-not-member',
        {
          en: 'Only members of this workspace can be mentioned.',
          ru: 'Упомянуть можно только участников этого рабочего пространства.',
        },
        {},
        `body.mentions.${stranger}`,
      );
    }
    const id = newId('c');
    const targetId = 'id' in body.target ? body.target.id : null;
    await run(
      db,
      sql`insert into comments (id, map_id, target_kind, target_id, body, mentions, author_id)
          values (${id}, ${params.mapId}, ${body.target.kind}, ${targetId}, ${body.body}, ${[...new Set(body.mentions)]}::text[],
                  ${access.actor.userId ?? ''})`,
    );
    await recordAudit(db, {
      workspaceId: params.workspaceId,
      actor: access.actor,
      action: 'comment.created',
      targetKind: 'comment',
      targetId: id,
    });
    const row = await first(db, CommentRow, sql`${commentSelect} where c.id = ${id}`);
    if (!row) throw notFound(COMMENT);
    return { status: 201, body: { comment: presentComment(row) } };
  },
});

/** Marks a comment resolved (or open again). */
export const resolveComment = defineRoute({
  id: 'comments.resolve',
  method: 'POST',
  url: '/api/workspaces/:workspaceId/maps/:mapId/comments/:commentId/resolve',
  params: MapParams.extend({ commentId: RecordId }),
  body: z.strictObject({ resolved: z.boolean().default(true) }),
  async handle({ db, params, body, access }) {
    const resolver = body.resolved ? access.actor.userId : null;
    const changed = await run(
      db,
      sql`update comments set resolved_at = case when ${body.resolved} then now() else null end, resolved_by = ${resolver}
          where id = ${params.commentId} and map_id = ${params.mapId}`,
    );
    if (changed === 0) throw notFound(COMMENT);
    await recordAudit(db, {
      workspaceId: params.workspaceId,
      actor: access.actor,
      action: body.resolved ? 'comment.resolved' : 'comment.reopened',
      targetKind: 'comment',
      targetId: params.commentId,
    });
    const row = await first(db, CommentRow, sql`${commentSelect} where c.id = ${params.commentId}`);
    if (!row) throw notFound(COMMENT);
    return { body: { comment: presentComment(row) } };
  },
});
