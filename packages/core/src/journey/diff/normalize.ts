import type { Card, Journey } from '../schema/index.ts';
import { withoutUndefined } from './values.ts';

function sortedBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const byId = (x: { id: string }) => x.id;

/**
 * The canonical form of a journey as far as the diff is concerned: collections whose order means
 * nothing (goals, personas, channels, touchpoints, KPIs, improvements, review snapshots) sorted by id,
 * a lane's cards grouped by stage (their order inside a cell kept), absent fields dropped.
 * Stages and lanes keep their order: it is what the map shows.
 */
export function normalizeJourney(journey: Journey): Journey {
  return withoutUndefined({
    ...journey,
    goals: sortedBy(journey.goals, byId),
    personas: sortedBy(journey.personas, byId),
    channels: sortedBy(journey.channels, byId),
    touchpoints: sortedBy(journey.touchpoints, byId),
    kpis: sortedBy(journey.kpis, byId),
    improvements: sortedBy(journey.improvements, byId),
    reviews: sortedBy(journey.reviews, (r) => r.id ?? r.date),
    lanes: journey.lanes.map((lane) => ({
      ...lane,
      cards: sortedBy<Card>(lane.cards, (c) => c.stage),
    })) as Journey['lanes'],
  });
}
