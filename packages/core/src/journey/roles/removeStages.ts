import type { Touchpoint } from '../schema/index.ts';
import type { Tracked, TrackedLane } from './tracked.ts';

/**
 * What removing stages takes with it: the cards of their cells in every lane and the touchpoints
 * that sit in them. Nothing else is dropped: a KPI measured at a removed stage, an improvement
 * addressing one of its pains, a card pointing to one of its touchpoints stay, so the journey check
 * reports each as a dangling reference at its own path and the author decides (remove it too or
 * patch it) rather than losing it silently.
 */
export function removeStages(
  removed: readonly string[],
  lanes: readonly TrackedLane[],
  touchpoints: readonly Tracked<Touchpoint>[],
): { lanes: TrackedLane[]; touchpoints: Tracked<Touchpoint>[] } {
  if (removed.length === 0) return { lanes: [...lanes], touchpoints: [...touchpoints] };
  const gone = new Set(removed);
  return {
    lanes: lanes.map((lane) => ({
      ...lane,
      cards: lane.cards.filter((card) => !gone.has(card.value.stage)),
    })),
    touchpoints: touchpoints.filter((t) => !gone.has(t.value.stage)),
  };
}
