import type { DiffEntity } from './types.ts';
import { deepEqual } from './values.ts';

/** Which side a person keeps for one conflict. */
export type MergeSide = 'mine' | 'theirs';

/** One place both sides changed differently: the base's value and each side's (`undefined` = absent). */
export interface MergeConflict {
  /** Stable for the same three versions: `entity:key:field` (field `''` for a whole entity, `order` for order). */
  id: string;
  entity: DiffEntity;
  key: string;
  label?: string;
  field: string;
  base: unknown;
  theirs: unknown;
  mine: unknown;
}

/** What a merge step needs: the picks made so far, and where to record the conflicts it meets. */
export interface MergeContext {
  picks: Readonly<Record<string, MergeSide>>;
  conflicts: MergeConflict[];
}

export interface Subject {
  entity: DiffEntity;
  key: string;
  label?: string | undefined;
}

/**
 * Three-way merge of one value: a side that left the base unchanged gives way to the other; equal changes
 * agree; different changes are a conflict, resolved by the pick for it (mine unless theirs was picked).
 */
export function mergeValue(
  ctx: MergeContext,
  subject: Subject,
  field: string,
  base: unknown,
  theirs: unknown,
  mine: unknown,
): unknown {
  if (deepEqual(theirs, mine)) return theirs;
  if (deepEqual(base, theirs)) return mine;
  if (deepEqual(base, mine)) return theirs;
  const id = `${subject.entity}:${subject.key}:${field}`;
  const conflict: MergeConflict = { id, entity: subject.entity, key: subject.key, field, base, theirs, mine };
  if (subject.label !== undefined) conflict.label = subject.label;
  ctx.conflicts.push(conflict);
  return ctx.picks[id] === 'theirs' ? theirs : mine;
}

type Json = Record<string, unknown>;

/** Field-by-field merge of one entity (fields in `skip` are left to the caller). */
export function mergeRecord(
  ctx: MergeContext,
  subject: Subject,
  base: object | undefined,
  theirs: object,
  mine: object,
  skip: readonly string[] = [],
): Json {
  const b = (base ?? {}) as Json;
  const t = theirs as Json;
  const m = mine as Json;
  const out: Json = {};
  for (const key of new Set([...Object.keys(t), ...Object.keys(m), ...Object.keys(b)])) {
    if (skip.includes(key)) continue;
    const value = mergeValue(ctx, subject, key, b[key], t[key], m[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Whether the items both lists hold appear in the same relative order. */
function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  const inB = new Set(b);
  const inA = new Set(a);
  const x = a.filter((k) => inB.has(k));
  const y = b.filter((k) => inA.has(k));
  return x.every((k, i) => k === y[i]);
}

/**
 * The merged order of keys: the side that reordered the common items leads (theirs when neither did; a
 * conflict when both did differently), and the other side's own items go in after their nearest
 * predecessor there. Only keys in `keep` are returned.
 */
export function mergeOrder(
  ctx: MergeContext,
  subject: Subject,
  base: readonly string[],
  theirs: readonly string[],
  mine: readonly string[],
  keep: ReadonlySet<string>,
): string[] {
  const theirsMoved = !sameOrder(base, theirs);
  const mineMoved = !sameOrder(base, mine);
  let mineLeads = mineMoved && !theirsMoved;
  if (theirsMoved && mineMoved && !sameOrder(theirs, mine)) {
    mineLeads = mergeValue(ctx, subject, 'order', base, theirs, mine) === mine;
  }
  const [lead, other] = mineLeads ? [mine, theirs] : [theirs, mine];
  const out = [...lead];
  other.forEach((key, i) => {
    if (out.includes(key)) return;
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const before = out.indexOf(other[j] as string);
      if (before >= 0) {
        at = before + 1;
        break;
      }
    }
    out.splice(at, 0, key);
  });
  return out.filter((k) => keep.has(k));
}
