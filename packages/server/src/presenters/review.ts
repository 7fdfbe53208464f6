import { KpiValue } from '@tropa/core';
import { z } from 'zod';
import { sql } from '../db/sql.ts';

/** The columns of a snapshot, the day as text (YYYY-MM-DD) so both drivers give the same. */
export const snapshotColumns = sql`id, map_version, dataset_id, dataset_name, taken_on::text as taken_on, kpis, notes, created_by, created_at`;

export const SnapshotRow = z.object({
  id: z.string(),
  map_version: z.number(),
  dataset_id: z.string().nullable(),
  dataset_name: z.string(),
  taken_on: z.string(),
  kpis: z.array(KpiValue),
  notes: z.string(),
  created_by: z.string(),
  created_at: z.date(),
});
export type SnapshotRow = z.infer<typeof SnapshotRow>;

export function presentSnapshot(s: SnapshotRow) {
  return {
    id: s.id,
    date: s.taken_on,
    mapVersion: s.map_version,
    dataset: { id: s.dataset_id, name: s.dataset_name },
    kpis: s.kpis,
    notes: s.notes,
    createdBy: s.created_by,
    createdAt: s.created_at.toISOString(),
  };
}
