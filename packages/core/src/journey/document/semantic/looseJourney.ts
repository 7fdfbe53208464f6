import type { IssuePath } from '../issue.ts';

// Semantic checks also run on documents that failed the schema, so that one pass reports every
// problem. They read the data defensively through these helpers instead of trusting its types.

export type LooseObject = Record<string, unknown>;

/** A plain object (not a list, not null). */
export function isObject(value: unknown): value is LooseObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string value, or undefined for anything else. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Something that may be one value or a list of them, always as a list with each item's path. */
export function oneOrList(value: unknown, path: IssuePath): { value: unknown; path: IssuePath }[] {
  if (Array.isArray(value)) return value.map((v, i) => ({ value: v, path: [...path, i] }));
  return value === undefined ? [] : [{ value, path }];
}

/** The objects of a list field with their paths (non-objects skipped: the schema reports them). */
export function objectsOf(
  parent: unknown,
  key: string,
  base: IssuePath = [],
): { item: LooseObject; path: IssuePath }[] {
  if (!isObject(parent)) return [];
  const list = parent[key];
  if (!Array.isArray(list)) return [];
  const out: { item: LooseObject; path: IssuePath }[] = [];
  list.forEach((item, i) => {
    if (isObject(item)) out.push({ item, path: [...base, key, i] });
  });
  return out;
}

/** An id and where it is written. */
export interface IdAt {
  id: string;
  path: IssuePath;
}

/** Ids of the objects in a list field. */
export function idsOf(parent: unknown, key: string): IdAt[] {
  return objectsOf(parent, key).flatMap(({ item, path }) => {
    const id = text(item.id);
    return id === undefined ? [] : [{ id, path: [...path, 'id'] }];
  });
}

/** Channel ids: a channel may be a bare id or an object with an `id`. */
export function channelIds(journey: unknown): IdAt[] {
  if (!isObject(journey) || !Array.isArray(journey.channels)) return [];
  return journey.channels.flatMap((entry, i): IdAt[] => {
    if (typeof entry === 'string') return [{ id: entry, path: ['channels', i] }];
    const id = isObject(entry) ? text(entry.id) : undefined;
    return id === undefined ? [] : [{ id, path: ['channels', i, 'id'] }];
  });
}

/** A card with its lane and path. */
export interface CardAt {
  card: LooseObject;
  path: IssuePath;
  lane: LooseObject;
  laneType: string | undefined;
}

/** Every card of every lane. */
export function cardsOf(journey: unknown): CardAt[] {
  return objectsOf(journey, 'lanes').flatMap(({ item: lane, path: lanePath }) =>
    objectsOf(lane, 'cards', lanePath).map(({ item, path }) => ({
      card: item,
      path,
      lane,
      laneType: text(lane.type),
    })),
  );
}
