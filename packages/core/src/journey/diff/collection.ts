import { movedItems } from './order.ts';
import type { Change, DiffEntity } from './types.ts';
import { fieldChanges } from './values.ts';

/** How to match and name the items of one id-keyed collection of a journey. */
export interface CollectionSpec<T> {
  entity: DiffEntity;
  keyOf: (item: T) => string;
  labelOf: (item: T) => string | undefined;
  /** Whether the order of the items means something (stages, lanes): then reorders are reported. */
  ordered?: boolean;
}

/**
 * Keys items, telling apart duplicates (`s-a`, `s-a#2`) so that even an invalid document diffs
 * without losing items.
 */
export function keyItems<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  const keyed = new Map<string, T>();
  const seen = new Map<string, number>();
  for (const item of items) {
    const base = keyOf(item);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    keyed.set(count === 1 ? base : `${base}#${count}`, item);
  }
  return keyed;
}

/** Added, removed, changed (field by field) and, when the order matters, moved items of a collection. */
export function diffCollection<T extends object>(
  before: readonly T[],
  after: readonly T[],
  spec: CollectionSpec<T>,
): Change[] {
  const a = keyItems(before, spec.keyOf);
  const b = keyItems(after, spec.keyOf);
  const { entity } = spec;
  const added: Change[] = [];
  const removed: Change[] = [];
  const changed: Change[] = [];
  for (const [key, item] of b) {
    const old = a.get(key);
    if (old === undefined) {
      added.push({ entity, op: 'added', key, label: spec.labelOf(item), after: item });
      continue;
    }
    const fields = fieldChanges(old, item, ['id']);
    if (fields.length > 0) changed.push({ entity, op: 'changed', key, label: spec.labelOf(old), fields });
  }
  for (const [key, item] of a) {
    if (!b.has(key)) removed.push({ entity, op: 'removed', key, label: spec.labelOf(item), before: item });
  }
  const moved: Change[] = [];
  if (spec.ordered) {
    const beforeKeys = [...a.keys()];
    const afterKeys = [...b.keys()];
    const moves = movedItems(beforeKeys, afterKeys);
    for (const key of afterKeys) {
      if (!moves.has(key)) continue;
      const item = b.get(key) as T;
      moved.push({
        entity,
        op: 'moved',
        key,
        label: spec.labelOf(item),
        from: beforeKeys.indexOf(key),
        to: afterKeys.indexOf(key),
      });
    }
  }
  return [...added, ...removed, ...changed, ...moved];
}
