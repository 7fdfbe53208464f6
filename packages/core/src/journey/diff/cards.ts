import type { Card } from '../schema/index.ts';
import { cardLabel } from './labels.ts';
import { movedItems } from './order.ts';
import type { Change } from './types.ts';
import { deepEqual, fieldChanges } from './values.ts';

/** Which card of version A is which card of version B. Indices are positions in the lane's card list. */
export interface CardMatch {
  pairs: Array<[before: number, after: number]>;
  removed: number[];
  added: number[];
}

// Below this share of matching content two leftover cards of a cell are not taken for one edited card.
const SIMILAR_ENOUGH = 0.5;

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
}

function textSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  const union = new Set([...x, ...y]).size;
  if (union === 0) return 1;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / union;
}

/** 0..1: how much of two cards' content (besides id and stage) is the same; texts compare word by word. */
export function cardSimilarity(a: Card, b: Card): number {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter(
    (k) => k !== 'id' && k !== 'stage' && (x[k] !== undefined || y[k] !== undefined),
  );
  if (keys.length === 0) return 1;
  let score = 0;
  for (const k of keys) {
    const u = x[k];
    const v = y[k];
    if (deepEqual(u, v)) score += 1;
    else if (typeof u === 'string' && typeof v === 'string') score += textSimilarity(u, v);
  }
  return score / keys.length;
}

/**
 * Matches the cards of one lane in two versions: by id when both carry the same one, else within
 * the same stage by content — identical cards first, then the most similar, and the last two
 * leftovers of a cell are one edited card. So editing a card's text is a change, not remove + add.
 */
export function matchCards(before: readonly Card[], after: readonly Card[]): CardMatch {
  const pairs: Array<[number, number]> = [];
  const freeA = new Set(before.keys());
  const freeB = new Set(after.keys());
  const take = (i: number, j: number) => {
    pairs.push([i, j]);
    freeA.delete(i);
    freeB.delete(j);
  };
  const byIdB = new Map<string, number>();
  after.forEach((c, j) => {
    if (c.id !== undefined && !byIdB.has(c.id)) byIdB.set(c.id, j);
  });
  before.forEach((c, i) => {
    const j = c.id === undefined ? undefined : byIdB.get(c.id);
    if (j !== undefined && freeB.has(j)) take(i, j);
  });
  // Two different ids are two different cards: content pairs a card only with one lacking an id.
  const mayPair = (a: Card, b: Card) => a.id === undefined || b.id === undefined || a.id === b.id;
  const stages = new Set([...freeA].map((i) => (before[i] as Card).stage));
  for (const stage of stages) {
    const cellA = () => [...freeA].filter((i) => (before[i] as Card).stage === stage);
    const cellB = () => [...freeB].filter((j) => (after[j] as Card).stage === stage);
    for (const i of cellA()) {
      const a = before[i] as Card;
      const j = cellB().find((k) => mayPair(a, after[k] as Card) && deepEqual(a, after[k]));
      if (j !== undefined) take(i, j);
    }
    const scored: Array<[number, number, number]> = [];
    for (const i of cellA()) {
      for (const j of cellB()) {
        const a = before[i] as Card;
        const b = after[j] as Card;
        if (mayPair(a, b)) scored.push([cardSimilarity(a, b), i, j]);
      }
    }
    scored.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
    for (const [score, i, j] of scored) {
      if (score < SIMILAR_ENOUGH) break;
      if (freeA.has(i) && freeB.has(j)) take(i, j);
    }
    const [lastA, lastB] = [cellA(), cellB()];
    if (lastA.length === 1 && lastB.length === 1) {
      const [i, j] = [lastA[0] as number, lastB[0] as number];
      if (mayPair(before[i] as Card, after[j] as Card)) take(i, j);
    }
  }
  pairs.sort((p, q) => p[0] - q[0]);
  return { pairs, removed: [...freeA].sort((x, y) => x - y), added: [...freeB].sort((x, y) => x - y) };
}

function cardKey(lane: string, card: Card): string {
  return `${lane}/${card.stage}${card.id === undefined ? '' : `#${card.id}`}`;
}

/** Card changes of one lane (matched in both versions): added, removed, changed, moved within a cell. */
export function diffLaneCards(lane: string, before: readonly Card[], after: readonly Card[]): Change[] {
  const match = matchCards(before, after);
  const card = (c: Card) => ({
    entity: 'card' as const,
    key: cardKey(lane, c),
    label: cardLabel(c),
    lane,
    stage: c.stage,
  });
  const changes: Change[] = [];
  for (const j of match.added) changes.push({ ...card(after[j] as Card), op: 'added', after: after[j] });
  for (const i of match.removed)
    changes.push({ ...card(before[i] as Card), op: 'removed', before: before[i] });
  for (const [i, j] of match.pairs) {
    const a = before[i] as Card;
    const b = after[j] as Card;
    const fields = fieldChanges(a, b);
    if (fields.length > 0) changes.push({ ...card(b), label: cardLabel(a), op: 'changed', fields });
  }
  changes.push(...cellMoves(lane, before, after, match.pairs));
  return changes;
}

/** Cards that kept their stage but changed their order inside the cell. */
function cellMoves(
  lane: string,
  before: readonly Card[],
  after: readonly Card[],
  pairs: ReadonlyArray<[number, number]>,
): Change[] {
  const moves: Change[] = [];
  const stages = new Set(pairs.map(([i]) => (before[i] as Card).stage));
  for (const stage of stages) {
    const inCell = pairs.filter(
      ([i, j]) => (before[i] as Card).stage === stage && (after[j] as Card).stage === stage,
    );
    const orderA = [...inCell].sort((p, q) => p[0] - q[0]);
    const orderB = [...inCell].sort((p, q) => p[1] - q[1]);
    const moved = movedItems(orderA, orderB);
    // Positions are within the cell, counting every card of that stage in that version.
    const positionIn = (cards: readonly Card[], index: number) =>
      cards.slice(0, index).filter((c) => c.stage === stage).length;
    for (const pair of orderB) {
      if (!moved.has(pair)) continue;
      const b = after[pair[1]] as Card;
      moves.push({
        entity: 'card',
        op: 'moved',
        key: cardKey(lane, b),
        label: cardLabel(b),
        lane,
        stage,
        from: positionIn(before, pair[0]),
        to: positionIn(after, pair[1]),
      });
    }
  }
  return moves;
}
