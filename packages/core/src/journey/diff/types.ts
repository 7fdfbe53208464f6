/** What kind of thing a change is about; the formatter groups changes by it. */
export const DIFF_ENTITIES = [
  'map',
  'review',
  'goal',
  'persona',
  'channel',
  'stage',
  'touchpoint',
  'lane',
  'card',
  'kpi',
  'improvement',
  'snapshot',
] as const;
export type DiffEntity = (typeof DIFF_ENTITIES)[number];

/** One field of an entity that differs: its value before and after (`undefined` = absent). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

interface ChangeBase {
  entity: DiffEntity;
  /** Stable key of the entity: its id, or `lane/stage` (plus `#id`) for a card, `''` for map-level fields. */
  key: string;
  /** What a person recognizes it by: a stage's name, a card's text… */
  label?: string;
  /** For cards: the lane and the stage (column) it sits in (after the change, or before if removed). */
  lane?: string;
  stage?: string;
}

export type Change =
  | (ChangeBase & { op: 'added'; after: unknown })
  | (ChangeBase & { op: 'removed'; before: unknown })
  | (ChangeBase & { op: 'changed'; fields: FieldChange[] })
  | (ChangeBase & { op: 'moved'; from: number; to: number });

export type ChangeOp = Change['op'];

/** The semantic difference between two journeys, A → B. Empty `changes` means equal. */
export interface JourneyDiff {
  changes: Change[];
}
