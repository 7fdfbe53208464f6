import type { z } from 'zod';
import type { Card, RoleAdditions, Stage } from '../schema/index.ts';
import type { PendingIssue } from './roleIssue.ts';
import { listIds, roleIssue } from './roleIssue.ts';
import { COLLECTION_WORDS, type RoleCollection } from './roleMessages.ts';
import { didYouMean, type Tracked, type TrackedLane } from './tracked.ts';

type Additions = z.infer<typeof RoleAdditions>;

/** Appends a role's own entities to a collection; an id the map already has is an error at its path. */
export function appendAdded<T extends { id: string }>(
  items: readonly Tracked<T>[],
  added: readonly T[] | undefined,
  collection: RoleCollection,
  role: string,
): { items: Tracked<T>[]; issues: PendingIssue[] } {
  const out = [...items];
  const issues: PendingIssue[] = [];
  (added ?? []).forEach((value, n) => {
    if (out.some((x) => x.value.id === value.id)) {
      issues.push(
        roleIssue('role-duplicate-add', role, ['add', collection, n, 'id'], {
          collection,
          id: value.id,
          entity: COLLECTION_WORDS[collection],
        }),
      );
      return;
    }
    out.push({ value, origin: { from: role, path: ['add', collection, n] } });
  });
  return { items: out, issues };
}

/**
 * Inserts a role's own stages: each after the stage its `after` names (several after the same stage
 * keep their written order), or at the end.
 */
export function insertStages(
  stages: readonly Tracked<Stage>[],
  added: Additions['stages'],
  role: string,
): { items: Tracked<Stage>[]; issues: PendingIssue[] } {
  const out = [...stages];
  const issues: PendingIssue[] = [];
  // The last stage inserted after a given one: the next one after it goes behind it.
  const lastAfter = new Map<string, string>();
  (added ?? []).forEach((entry, n) => {
    const { after, ...value } = entry;
    const path = ['add', 'stages', n];
    if (out.some((x) => x.value.id === value.id)) {
      const params = { collection: 'stages', id: value.id, entity: COLLECTION_WORDS.stages };
      issues.push(roleIssue('role-duplicate-add', role, [...path, 'id'], params));
      return;
    }
    const tracked: Tracked<Stage> = { value, origin: { from: role, path } };
    if (after === undefined) {
      out.push(tracked);
      return;
    }
    const anchor = lastAfter.get(after) ?? after;
    const index = out.findIndex((x) => x.value.id === anchor);
    if (index < 0) {
      const known = out.map((x) => x.value.id);
      issues.push(
        roleIssue('role-unknown-stage', role, [...path, 'after'], {
          field: 'after',
          id: after,
          known: listIds(known),
          suggestion: didYouMean(after, known),
        }),
      );
      return;
    }
    out.splice(index + 1, 0, tracked);
    lastAfter.set(after, value.id);
  });
  return { items: out, issues };
}

/** Appends a role's own lanes, their cards traced to `add.lanes[n].cards[k]`. */
export function appendLanes(
  lanes: readonly TrackedLane[],
  added: Additions['lanes'],
  role: string,
): { lanes: TrackedLane[]; issues: PendingIssue[] } {
  const out = [...lanes];
  const issues: PendingIssue[] = [];
  (added ?? []).forEach((lane, n) => {
    if (out.some((x) => x.lane.id === lane.id)) {
      const params = { collection: 'lanes', id: lane.id, entity: COLLECTION_WORDS.lanes };
      issues.push(roleIssue('role-duplicate-add', role, ['add', 'lanes', n, 'id'], params));
      return;
    }
    out.push({
      lane,
      origin: { from: role, path: ['add', 'lanes', n] },
      cards: (lane.cards as Card[]).map((value, k) => ({
        value,
        origin: { from: role, path: ['add', 'lanes', n, 'cards', k] },
      })),
    });
  });
  return { lanes: out, issues };
}
