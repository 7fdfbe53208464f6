import type { Card, Journey } from '../schema/index.ts';
import { matchCards } from './cards.ts';
import { keyItems } from './collection.ts';
import {
  type MergeConflict,
  type MergeContext,
  type MergeSide,
  mergeOrder,
  mergeRecord,
  mergeValue,
  type Subject,
} from './mergeValues.ts';
import type { DiffEntity } from './types.ts';
import { deepEqual } from './values.ts';

export type { MergeConflict, MergeSide } from './mergeValues.ts';

export interface MergeResult {
  journey: Journey;
  /** Places both sides changed differently; each was settled by its pick (mine by default). */
  conflicts: MergeConflict[];
}

type Keyed<T> = Array<[string, T]>;
const labelOf = (item: unknown) => {
  const x = item as { name?: unknown; title?: unknown; text?: unknown };
  const label = x.name ?? x.title ?? x.text;
  return typeof label === 'string' ? label : undefined;
};

/** Merges one collection of keyed items: added, removed and changed on either side, in a merged order. */
function mergeItems<T extends object>(
  ctx: MergeContext,
  entity: DiffEntity,
  scope: string,
  base: Keyed<T>,
  theirs: Keyed<T>,
  mine: Keyed<T>,
  mergeOne: (subject: Subject, b: T | undefined, t: T, m: T) => T = (subject, b, t, m) =>
    mergeRecord(ctx, subject, b, t, m) as T,
): T[] {
  const [b, t, m] = [new Map(base), new Map(theirs), new Map(mine)];
  const merged = new Map<string, T>();
  for (const key of new Set([...t.keys(), ...m.keys(), ...b.keys()])) {
    const [B, T, M] = [b.get(key), t.get(key), m.get(key)];
    const subject = { entity, key: scope ? `${scope}/${key}` : key, label: labelOf(B ?? T ?? M) };
    if (T && M) merged.set(key, mergeOne(subject, B, T, M));
    else if (T || M) {
      // Present on one side only: added there, or removed on the other side.
      const kept = (T ?? M) as T;
      if (B === undefined || !deepEqual(B, kept)) {
        const value = B === undefined ? kept : mergeValue(ctx, subject, '', B, T, M);
        if (value !== undefined) merged.set(key, value as T);
      }
    }
  }
  const order = mergeOrder(
    ctx,
    { entity, key: scope },
    base.map(([k]) => k),
    theirs.map(([k]) => k),
    mine.map(([k]) => k),
    new Set(merged.keys()),
  );
  return order.map((k) => merged.get(k) as T);
}

const byId = <T extends { id: string }>(items: readonly T[]): Keyed<T> => [...keyItems(items, (x) => x.id)];

/**
 * Keys a lane's cards for a merge: a base card by its position, a side's card by the base card it matches
 * (core's matchCards), else as its own; a card both sides added alike is one card.
 */
function keyCards(base: readonly Card[], theirs: readonly Card[], mine: readonly Card[]) {
  const side = (cards: readonly Card[], tag: string): Keyed<Card> => {
    const match = matchCards(base, cards);
    const keys = new Map(match.pairs.map(([i, j]) => [j, `b${i}`]));
    return cards.map((card, j) => [keys.get(j) ?? `${tag}${j}`, card]);
  };
  const t = side(theirs, 't');
  const m = side(mine, 'm');
  const theirsAdded = t.filter(([k]) => k.startsWith('t'));
  const taken = new Set<string>();
  const mineKeyed = m.map(([k, card]): [string, Card] => {
    if (!k.startsWith('m')) return [k, card];
    const same = theirsAdded.find(
      ([tk, tc]) => !taken.has(tk) && (deepEqual(tc, card) || (card.id !== undefined && tc.id === card.id)),
    );
    if (!same) return [k, card];
    taken.add(same[0]);
    return [same[0], card];
  });
  return { base: base.map((c, i): [string, Card] => [`b${i}`, c]), theirs: t, mine: mineKeyed };
}

function mergeCards(
  ctx: MergeContext,
  lane: string,
  base: readonly Card[],
  theirs: readonly Card[],
  mine: readonly Card[],
) {
  if (deepEqual(base, mine)) return [...theirs];
  if (deepEqual(base, theirs)) return [...mine];
  const keyed = keyCards(base, theirs, mine);
  return mergeItems(ctx, 'card', lane, keyed.base, keyed.theirs, keyed.mine);
}

const COLLECTIONS = [
  'goals',
  'personas',
  'channels',
  'stages',
  'touchpoints',
  'lanes',
  'kpis',
  'improvements',
  'reviews',
] as const;

/**
 * Three-way merge of a journey at the level core's diff works: map fields, and stages, lanes, cards,
 * touchpoints, KPIs, improvements… by id (cards matched as the diff matches them). Both sides'
 * changes that do not collide are kept; where the same field was changed differently (or one side
 * changed what the other removed) a conflict is reported and settled by `picks` (mine by default).
 * The result is not checked: a caller validates it (a card may sit in a stage the other side removed).
 * @example
 * const { journey, conflicts } = mergeJourneys(started, server, local);
 * const again = mergeJourneys(started, server, local, { [conflicts[0].id]: 'theirs' });
 */
export function mergeJourneys(
  base: Journey,
  theirs: Journey,
  mine: Journey,
  picks: Readonly<Record<string, MergeSide>> = {},
): MergeResult {
  const ctx: MergeContext = { picks, conflicts: [] };
  if (deepEqual(base, mine)) return { journey: theirs, conflicts: [] };
  if (deepEqual(base, theirs) || deepEqual(theirs, mine)) return { journey: mine, conflicts: [] };
  const fields = mergeRecord(ctx, { entity: 'map', key: '' }, base, theirs, mine, COLLECTIONS);
  const lanes = mergeItems(
    ctx,
    'lane',
    '',
    byId(base.lanes),
    byId(theirs.lanes),
    byId(mine.lanes),
    (subject, b, t, m) => {
      const lane = mergeRecord(ctx, subject, b, t, m, ['cards']);
      return {
        ...lane,
        cards: mergeCards(ctx, t.id, b?.cards ?? [], t.cards, m.cards),
      } as Journey['lanes'][number];
    },
  );
  const reviewKey = (r: Journey['reviews'][number]) => r.id ?? r.date;
  const journey = {
    ...fields,
    goals: mergeItems(ctx, 'goal', '', byId(base.goals), byId(theirs.goals), byId(mine.goals)),
    personas: mergeItems(ctx, 'persona', '', byId(base.personas), byId(theirs.personas), byId(mine.personas)),
    channels: mergeItems(ctx, 'channel', '', byId(base.channels), byId(theirs.channels), byId(mine.channels)),
    stages: mergeItems(ctx, 'stage', '', byId(base.stages), byId(theirs.stages), byId(mine.stages)),
    touchpoints: mergeItems(
      ctx,
      'touchpoint',
      '',
      byId(base.touchpoints),
      byId(theirs.touchpoints),
      byId(mine.touchpoints),
    ),
    lanes,
    kpis: mergeItems(ctx, 'kpi', '', byId(base.kpis), byId(theirs.kpis), byId(mine.kpis)),
    improvements: mergeItems(
      ctx,
      'improvement',
      '',
      byId(base.improvements),
      byId(theirs.improvements),
      byId(mine.improvements),
    ),
    reviews: mergeItems(
      ctx,
      'snapshot',
      '',
      [...keyItems(base.reviews, reviewKey)],
      [...keyItems(theirs.reviews, reviewKey)],
      [...keyItems(mine.reviews, reviewKey)],
    ),
  } as Journey;
  return { journey, conflicts: ctx.conflicts };
}
