import type { Lang } from '@tropa/core';
import { z } from 'zod';

const LocalizedText = z.object({ en: z.string(), ru: z.string() });

export const DatasetRow = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['importing', 'ready', 'failed']),
  summary: z.record(z.string(), z.unknown()).nullable(),
  error: z.looseObject({ code: z.string(), message: LocalizedText }).nullable(),
  created_at: z.date(),
  updated_at: z.date(),
});
export type DatasetRow = z.infer<typeof DatasetRow>;

/** A dataset with what its import stored, or why it failed (in the reader's language). */
export function presentDataset(d: DatasetRow, lang: Lang) {
  return {
    id: d.id,
    name: d.name,
    status: d.status,
    summary: d.summary,
    error: d.error === null ? null : { ...d.error, message: d.error.message[lang] },
    createdAt: d.created_at.toISOString(),
    updatedAt: d.updated_at.toISOString(),
  };
}
