import { closestMatch } from '../document/closest.ts';
import type { IssuePath, MessageParam } from '../document/issue.ts';
import type { Card, Lane } from '../schema/index.ts';
import { FROM_BASE, type OriginEntry } from './origins.ts';

/** Where a piece of a role map in the making came from: the base (at a path of it) or a role document. */
export interface OriginRef {
  from: typeof FROM_BASE | string;
  path: IssuePath;
}

/** An entity of a role map in the making, with its origin and the origins of fields a patch changed. */
export interface Tracked<T> {
  value: T;
  origin: OriginRef;
  fields?: Record<string, OriginRef>;
}

/** A lane in the making: its own fields, and its cards tracked one by one. */
export interface TrackedLane {
  lane: Lane;
  origin: OriginRef;
  cards: Tracked<Card>[];
}

/** The items of a base collection, each traced to its place in the base. */
export function trackBase<T>(items: readonly T[], collection: string): Tracked<T>[] {
  return items.map((value, i) => ({ value, origin: { from: FROM_BASE, path: [collection, i] } }));
}

/** The base's lanes, each card traced to its place in the base. */
export function trackBaseLanes(lanes: readonly Lane[]): TrackedLane[] {
  return lanes.map((lane, i) => ({
    lane,
    origin: { from: FROM_BASE, path: ['lanes', i] },
    cards: (lane.cards as Card[]).map((value, k) => ({
      value,
      origin: { from: FROM_BASE, path: ['lanes', i, 'cards', k] },
    })),
  }));
}

/** Origin entries of a resolved collection: one per item, one per patched field. */
export function originEntries(collection: string, items: readonly Tracked<unknown>[]): OriginEntry[] {
  const entries: OriginEntry[] = [];
  items.forEach((item, i) => {
    entries.push({ resolved: [collection, i], ...item.origin });
    for (const [field, origin] of Object.entries(item.fields ?? {})) {
      entries.push({ resolved: [collection, i, field], ...origin });
    }
  });
  return entries;
}

/** Origin entries of resolved lanes and their cards. */
export function laneOriginEntries(lanes: readonly TrackedLane[]): OriginEntry[] {
  const entries: OriginEntry[] = [];
  lanes.forEach((lane, i) => {
    entries.push({ resolved: ['lanes', i], ...lane.origin });
    lane.cards.forEach((card, k) => {
      entries.push({ resolved: ['lanes', i, 'cards', k], ...card.origin });
    });
  });
  return entries;
}

/** "Did you mean 'x'? " when an unknown id is close to a known one. */
export function didYouMean(value: string, known: readonly string[]): MessageParam {
  const best = closestMatch(value, known);
  if (best === undefined) return '';
  return { en: `Did you mean ${best}? `, ru: `Возможно, имелось в виду ${best}. ` };
}
