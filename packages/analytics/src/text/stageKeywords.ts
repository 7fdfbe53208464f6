import type { Journey } from '@tropa/core';
import { analyzeText } from './pipeline.ts';

/** A stage's own words: from its name, description and goal, its touchpoints, and the cards in its column. */
export interface StageKeywords {
  id: string;
  name: string;
  /** Stem → weight (rarer across stages weighs more). */
  stems: Map<string, number>;
}

function cardText(card: object): string[] {
  const out: string[] = [];
  for (const key of ['text', 'quote'] as const) {
    const value = (card as Record<string, unknown>)[key];
    if (typeof value === 'string') out.push(value);
  }
  return out;
}

/**
 * The map's keywords per stage, stemmed; a stem that several stages share weighs less (an idf), so
 * "партнер" links nowhere while "договор" links to the contract stage.
 */
export function stageKeywords(journey: Journey): StageKeywords[] {
  const texts = new Map<string, string[]>(
    journey.stages.map((s) => [s.id, [s.name, s.description ?? '', s.goal ?? '']]),
  );
  for (const t of journey.touchpoints ?? []) texts.get(t.stage)?.push(t.name);
  for (const lane of journey.lanes ?? []) {
    if (lane.type === 'kpis' || lane.type === 'emotions') continue;
    for (const card of lane.cards) texts.get(card.stage)?.push(...cardText(card));
  }
  const stemSets = journey.stages.map((s) => {
    const set = new Set<string>();
    for (const text of texts.get(s.id) ?? []) {
      for (const t of analyzeText(text, journey.lang).tokens)
        if (!t.stop && t.word.length > 2) set.add(t.stem);
    }
    return set;
  });
  const df = new Map<string, number>();
  for (const set of stemSets) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
  return journey.stages.map((s, i) => ({
    id: s.id,
    name: s.name,
    stems: new Map(
      [...(stemSets[i] ?? [])].map((stem) => [
        stem,
        Math.log((journey.stages.length + 1) / (df.get(stem) ?? 1)),
      ]),
    ),
  }));
}

/** Stages whose keywords a set of phrase stems meets, best first (at most `limit`). */
export function stagesByKeywords(
  keys: readonly string[],
  stages: readonly StageKeywords[],
  limit = 2,
): string[] {
  const stems = new Set(keys.flatMap((k) => k.split(' ')));
  return stages
    .map((s) => ({ id: s.id, score: [...stems].reduce((sum, st) => sum + (s.stems.get(st) ?? 0), 0) }))
    .filter((s) => s.score > 0.3)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.id);
}
