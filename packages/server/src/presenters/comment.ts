import { z } from 'zod';

export const CommentRow = z.object({
  id: z.string(),
  target_kind: z.enum(['map', 'stage', 'card']),
  target_id: z.string().nullable(),
  body: z.string(),
  mentions: z.array(z.string()),
  author_id: z.string(),
  author_name: z.string(),
  created_at: z.date(),
  resolved_at: z.date().nullable(),
  resolved_by: z.string().nullable(),
});

/** A comment as the API shows it; the text is data, to be escaped by whoever renders it. */
export function presentComment(c: z.infer<typeof CommentRow>) {
  return {
    id: c.id,
    target: c.target_id === null ? { kind: c.target_kind } : { kind: c.target_kind, id: c.target_id },
    body: c.body,
    mentions: c.mentions,
    author: { id: c.author_id, name: c.author_name },
    createdAt: c.created_at.toISOString(),
    resolved: c.resolved_at !== null,
    resolvedAt: c.resolved_at?.toISOString() ?? null,
    resolvedBy: c.resolved_by,
  };
}
