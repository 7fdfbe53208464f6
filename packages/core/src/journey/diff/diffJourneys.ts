import type { Journey, Lane } from '../schema/index.ts';
import { diffLaneCards } from './cards.ts';
import { diffCollection, keyItems } from './collection.ts';
import {
  goalLabel,
  improvementLabel,
  kpiLabel,
  laneLabel,
  namedLabel,
  personaLabel,
  snapshotLabel,
  stageLabel,
  touchpointLabel,
} from './labels.ts';
import type { Change, JourneyDiff } from './types.ts';
import { fieldChanges } from './values.ts';

/** Top-level fields that hold collections or the review policy; the rest are the map's own fields. */
const NOT_MAP_FIELDS = [
  'goals',
  'personas',
  'stages',
  'channels',
  'touchpoints',
  'lanes',
  'kpis',
  'improvements',
  'review',
  'reviews',
];

const byId = (x: { id: string }) => x.id;

function diffLanes(before: readonly Lane[], after: readonly Lane[]): { lanes: Change[]; cards: Change[] } {
  const withoutCards = (l: Lane) => ({ id: l.id, type: l.type, title: l.title });
  const lanes = diffCollection(before.map(withoutCards), after.map(withoutCards), {
    entity: 'lane',
    keyOf: byId,
    labelOf: laneLabel,
    ordered: true,
  });
  const a = keyItems(before, byId);
  const cards: Change[] = [];
  for (const [key, lane] of keyItems(after, byId)) {
    const old = a.get(key);
    if (old) cards.push(...diffLaneCards(lane.id, old.cards, lane.cards));
  }
  return { lanes, cards };
}

/**
 * The semantic diff of two versions of a journey: what was added, removed, changed (field by field)
 * or moved, per entity. Both are parsed journeys (defaults applied), so an omitted default and the
 * same value written out are equal. Cards are matched by id, else by stage and content.
 * @example formatDiff(diffJourneys(before, after), 'en')
 */
export function diffJourneys(a: Journey, b: Journey): JourneyDiff {
  const mapFields = fieldChanges(a, b, NOT_MAP_FIELDS);
  const reviewFields = fieldChanges(a.review, b.review);
  const { lanes, cards } = diffLanes(a.lanes, b.lanes);
  const changes: Change[] = [
    ...(mapFields.length > 0
      ? [{ entity: 'map' as const, op: 'changed' as const, key: '', fields: mapFields }]
      : []),
    ...(reviewFields.length > 0
      ? [{ entity: 'review' as const, op: 'changed' as const, key: '', fields: reviewFields }]
      : []),
    ...diffCollection(a.goals, b.goals, { entity: 'goal', keyOf: byId, labelOf: goalLabel }),
    ...diffCollection(a.personas, b.personas, { entity: 'persona', keyOf: byId, labelOf: personaLabel }),
    ...diffCollection(a.channels, b.channels, { entity: 'channel', keyOf: byId, labelOf: namedLabel }),
    ...diffCollection(a.stages, b.stages, {
      entity: 'stage',
      keyOf: byId,
      labelOf: stageLabel,
      ordered: true,
    }),
    ...diffCollection(a.touchpoints, b.touchpoints, {
      entity: 'touchpoint',
      keyOf: byId,
      labelOf: touchpointLabel,
    }),
    ...lanes,
    ...cards,
    ...diffCollection(a.kpis, b.kpis, { entity: 'kpi', keyOf: byId, labelOf: kpiLabel }),
    ...diffCollection(a.improvements, b.improvements, {
      entity: 'improvement',
      keyOf: byId,
      labelOf: improvementLabel,
    }),
    ...diffCollection(a.reviews, b.reviews, {
      entity: 'snapshot',
      keyOf: (r) => r.id ?? r.date,
      labelOf: snapshotLabel,
    }),
  ];
  return { changes };
}

/** Whether a diff found nothing. */
export function isEmptyDiff(diff: JourneyDiff): boolean {
  return diff.changes.length === 0;
}
