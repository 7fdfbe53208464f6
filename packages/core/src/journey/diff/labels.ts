import type {
  Card,
  Goal,
  Improvement,
  Kpi,
  Lane,
  Persona,
  ReviewSnapshot,
  Stage,
  Touchpoint,
} from '../schema/index.ts';

// What a person recognizes an entity by in a diff line; ids are printed beside it anyway.

type Named = { name?: string | undefined };

export const stageLabel = (s: Stage) => s.name;
export const namedLabel = (x: Named) => x.name;
export const goalLabel = (g: Goal) => g.text;
export const personaLabel = (p: Persona) => p.name;
export const touchpointLabel = (t: Touchpoint) => t.name;
export const kpiLabel = (k: Kpi) => k.name ?? k.type;
export const improvementLabel = (i: Improvement) => i.title;
export const laneLabel = (l: Pick<Lane, 'title' | 'type'>) => l.title ?? l.type;
export const snapshotLabel = (r: ReviewSnapshot) => r.date;

/** A card's words, or for an emotion card its value and feeling (`-1 impatience`). */
export function cardLabel(card: Card): string | undefined {
  if ('emotion' in card) {
    const value = card.emotion > 0 ? `+${card.emotion}` : String(card.emotion);
    return [value, card.feeling, card.text].filter((x) => x !== undefined).join(' ');
  }
  if ('quote' in card) return card.quote;
  if ('text' in card && card.text !== undefined) return card.text;
  if ('touchpoint' in card) return card.touchpoint;
  if ('channel' in card) return card.channel;
  if ('kpi' in card) return card.kpi;
  return undefined;
}
