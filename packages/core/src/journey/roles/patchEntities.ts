import type { z } from 'zod';
import { schemaIssues } from '../document/schemaIssues.ts';
import type { PendingIssue } from './roleIssue.ts';
import { listIds, roleIssue } from './roleIssue.ts';
import { COLLECTION_WORDS, type RoleCollection } from './roleMessages.ts';
import { didYouMean, type Tracked } from './tracked.ts';

/** `{ id: patch | null }` as a role map writes it under `overrides.<collection>`. */
export type PatchesById = Record<string, Record<string, unknown> | null>;

export interface PatchContext<T> {
  collection: RoleCollection;
  /** The entity's schema: a patched entity must still be a valid one. */
  schema: z.ZodType<T>;
  /** Id of the role map document (where the patches are written). */
  role: string;
  /** Id of the map the role extends, for messages. */
  base: string;
}

export interface PatchResult<T> {
  items: Tracked<T>[];
  removed: string[];
  issues: PendingIssue[];
}

/**
 * Applies a role map's patches to one collection: `null` removes the entity, an object changes only
 * the fields it names (a field set to `null` is cleared). The patched entity is validated against its
 * schema, and problems are reported at the patch's path (`overrides.kpis.k-nps.target`).
 */
export function applyPatches<T extends { id: string }>(
  items: readonly Tracked<T>[],
  patches: PatchesById | undefined,
  ctx: PatchContext<T>,
): PatchResult<T> {
  const { collection, role } = ctx;
  const issues: PendingIssue[] = [];
  const removed: string[] = [];
  const patched = new Map<string, Tracked<T>>();
  const known = items.map((item) => item.value.id);
  for (const [id, patch] of Object.entries(patches ?? {})) {
    const at = ['overrides', collection, id];
    const item = items.find((x) => x.value.id === id);
    if (!item) {
      issues.push(
        roleIssue(
          'role-unknown-id',
          role,
          at,
          {
            collection,
            id,
            base: ctx.base,
            entity: COLLECTION_WORDS[collection],
            known: listIds(known),
            suggestion: didYouMean(id, known),
          },
          'key',
        ),
      );
      continue;
    }
    if (patch === null) {
      removed.push(id);
      continue;
    }
    if ('id' in patch && patch.id !== id) {
      issues.push(roleIssue('role-patch-id', role, [...at, 'id'], { id, collection }, 'key'));
      continue;
    }
    const merged: Record<string, unknown> = { ...item.value };
    for (const [field, value] of Object.entries(patch)) {
      if (value === null) delete merged[field];
      else merged[field] = value;
    }
    const parsed = ctx.schema.safeParse(merged);
    if (!parsed.success) {
      for (const issue of schemaIssues(parsed.error.issues, ctx.schema, merged)) {
        issues.push({ document: role, issue: { ...issue, path: [...at, ...issue.path] } });
      }
      continue;
    }
    const fields = { ...item.fields };
    for (const field of Object.keys(patch)) fields[field] = { from: role, path: [...at, field] };
    patched.set(id, { value: parsed.data, origin: item.origin, fields });
  }
  const kept = items
    .filter((item) => !removed.includes(item.value.id))
    .map((item) => patched.get(item.value.id) ?? item);
  return { items: kept, removed, issues };
}
