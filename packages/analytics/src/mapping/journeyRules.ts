import type { Journey, MatchRule } from '@tropa/core';

/** What the analytics need of a journey map: stages in order, and touchpoints with their match rules. */
export interface JourneyRules {
  stages: { id: string; name: string }[];
  /** In document order: the first touchpoint whose rule matches an event wins. */
  touchpoints: { id: string; name: string; stage: string; channel?: string; rules: MatchRule[] }[];
}

/**
 * Extracts the stages and the touchpoints that carry match rules from a journey document.
 * @example journeyRules(Journey.parse(yamlObject))
 */
export function journeyRules(journey: Journey): JourneyRules {
  const stageIds = new Set(journey.stages.map((s) => s.id));
  return {
    stages: journey.stages.map((s) => ({ id: s.id, name: s.name })),
    touchpoints: journey.touchpoints
      .filter((t) => t.match !== undefined && t.match.length > 0 && stageIds.has(t.stage))
      .map((t) => ({
        id: t.id,
        name: t.name,
        stage: t.stage,
        ...(t.channel ? { channel: t.channel } : {}),
        rules: t.match ?? [],
      })),
  };
}
