import { z } from 'zod';
import { Channel } from './channel.ts';
import { Id, Lang, ShortText, Text } from './common.ts';
import { Improvement } from './improvement.ts';
import { Kpi } from './kpi.ts';
import { Lane } from './lane.ts';
import { Persona } from './persona.ts';
import { ReviewPolicy, ReviewSnapshot } from './review.ts';
import { Touchpoint } from './touchpoint.ts';

/** The document format version this Tropa writes; older documents are migrated forward on load. */
export const CURRENT_VERSION = 1;

export const GOAL_KINDS = [
  'study',
  'fix-path',
  'grow-sales',
  'train-staff',
  'remove-touchpoints',
  'other',
] as const;

export const Goal = z
  .strictObject({
    id: Id,
    text: Text,
    kind: z.enum(GOAL_KINDS).optional(),
    kpis: z.array(Id).default([]).describe('KPIs that tell whether the goal is reached.'),
  })
  .describe('Why the map is made.');
export type Goal = z.infer<typeof Goal>;

export const Stage = z
  .strictObject({
    id: Id,
    name: ShortText,
    description: Text.optional(),
    goal: Text.optional().describe('What the counterparty wants to achieve at this stage.'),
  })
  .describe('A step of the journey, from first contact to long-term cooperation.');
export type Stage = z.infer<typeof Stage>;

/** A channel may be written as its bare id (`phone`) or as an object. */
export const ChannelEntry = z.union([Id, Channel]).transform((c) => (typeof c === 'string' ? { id: c } : c));

export const Version = z.number().int().min(1).max(CURRENT_VERSION);

export const Journey = z
  .strictObject({
    version: Version,
    id: Id,
    title: ShortText,
    description: Text.optional(),
    lang: Lang.default('en'),
    kind: z
      .enum(['current', 'future'])
      .default('current')
      .describe('The journey as it is, or as it should be.'),
    layout: z.enum(['linear', 'graph']).default('linear'),
    persona: Id.optional().describe('The persona whose journey this map shows.'),
    tags: z.array(ShortText).optional(),
    goals: z.array(Goal).default([]),
    personas: z.array(Persona).default([]),
    stages: z.array(Stage).min(1),
    channels: z.array(ChannelEntry).default([]),
    touchpoints: z.array(Touchpoint).default([]),
    lanes: z.array(Lane).default([]),
    kpis: z.array(Kpi).default([]),
    improvements: z.array(Improvement).default([]),
    review: ReviewPolicy.default({ cadenceMonths: 6 }),
    reviews: z.array(ReviewSnapshot).default([]),
  })
  .describe('A customer or partner journey map.');
export type Journey = z.infer<typeof Journey>;
/** What an author writes (defaults not yet applied). */
export type JourneyInput = z.input<typeof Journey>;

const Patch = z.record(z.string(), z.unknown());
/** `null` removes the entity from the role map; an object changes only the fields it names. */
const PatchById = z.record(Id, z.union([Patch, z.null()]));

export const RoleOverrides = z
  .strictObject({
    title: ShortText.optional(),
    description: Text.optional(),
    goals: z.array(Goal).optional().describe('Replaces the base map’s goals.'),
    stages: PatchById.optional(),
    touchpoints: PatchById.optional(),
    kpis: PatchById.optional(),
    improvements: PatchById.optional(),
    lanes: z
      .record(Id, z.array(z.looseObject({ stage: Id })))
      .optional()
      .describe('Per lane, cards that replace the base lane’s cards in the stages they name.'),
  })
  .describe('What differs for the role; everything else is inherited.');

export const RoleAdditions = z
  .strictObject({
    stages: z.array(Stage.extend({ after: Id.optional() })).optional(),
    channels: z.array(ChannelEntry).optional(),
    touchpoints: z.array(Touchpoint).optional(),
    lanes: z.array(Lane).optional(),
    kpis: z.array(Kpi).optional(),
    improvements: z.array(Improvement).optional(),
    personas: z.array(Persona).optional(),
  })
  .describe('Entities only this role has.');

export const RoleMap = z
  .strictObject({
    version: Version,
    id: Id,
    extends: z.string().min(1).describe('Id of the generalized map (or a relative path to its file).'),
    persona: Id.describe('The buying-centre role persona this map is for.'),
    title: ShortText.optional(),
    description: Text.optional(),
    overrides: RoleOverrides.default({}),
    add: RoleAdditions.optional(),
  })
  .describe('A role map: inherits a generalized map and states only what differs for one role.');
export type RoleMap = z.infer<typeof RoleMap>;
export type RoleMapInput = z.input<typeof RoleMap>;

/** Either kind of journey document; a role map is told apart by its `extends` field. */
export type JourneyDocument = { kind: 'journey'; journey: Journey } | { kind: 'role'; role: RoleMap };
