import { z } from 'zod';

// Shapes of request fields shared by several routes.

/** Ids we mint (`m_…`, `w_…`): short, URL-safe; anything else cannot exist, so it is refused before any query. */
export const RecordId = z.string().regex(/^[a-z]{1,3}_[A-Za-z0-9_-]{8,40}$/, { message: 'not an id' });

export const Email = z.string().trim().toLowerCase().pipe(z.email().max(254));

/** Long enough to resist guessing, short enough that hashing cannot be used to exhaust the server. */
export const NewPassword = z.string().min(10).max(200);

/** A person's or a thing's name: one line of text; angle brackets are fine, it is escaped on output. */
export const Name = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((s) => ![...s].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127), {
    message: 'control characters are not allowed',
  });

export const WorkspaceParams = z.object({ workspaceId: RecordId });
export const MapParams = z.object({ workspaceId: RecordId, mapId: RecordId });
