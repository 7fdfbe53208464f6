import { z } from 'zod';
import { Id, Severity, ShortText, Text } from './common.ts';

/** Named feelings of the method; the emotion lane pairs one with a value on −2..+2. */
export const FEELINGS = [
  'interest',
  'confusion',
  'hope',
  'doubt',
  'trust',
  'irritation',
  'impatience',
  'confidence',
  'satisfaction',
  'joy',
  'disappointment',
] as const;
export const Feeling = z.enum(FEELINGS);
export type Feeling = z.infer<typeof Feeling>;

export const LANE_TYPES = [
  'actions',
  'touchpoints',
  'channels',
  'thoughts',
  'emotions',
  'pains',
  'opportunities',
  'wow',
  'kpis',
  'backstage',
  'text',
] as const;
export type LaneType = (typeof LANE_TYPES)[number];

const cardBase = {
  id: Id.optional().describe('Needed when something refers to the card (a pain an improvement addresses).'),
  stage: Id.describe('The stage (column) this card sits in.'),
  note: Text.optional(),
};

export const ActionCard = z.strictObject({ ...cardBase, text: Text });
export const TouchpointCard = z.strictObject({ ...cardBase, touchpoint: Id, text: Text.optional() });
export const ChannelCard = z.strictObject({ ...cardBase, channel: Id, text: Text.optional() });
export const ThoughtCard = z.strictObject({
  ...cardBase,
  quote: Text.describe('What the counterparty thinks, in their words.'),
  persona: Id.optional(),
});
export const EmotionCard = z.strictObject({
  ...cardBase,
  emotion: z.number().int().min(-2).max(2).describe('−2 (very negative) … +2 (very positive).'),
  feeling: Feeling.optional(),
  text: Text.optional(),
});
export const PainCard = z.strictObject({
  ...cardBase,
  text: Text,
  severity: Severity.default('medium'),
  quitPoint: z.boolean().optional().describe('Partners quit the journey here.'),
  evidence: Text.optional(),
});
export const OpportunityCard = z.strictObject({
  ...cardBase,
  text: Text,
  severity: Severity.default('medium'),
});
export const WowCard = z.strictObject({ ...cardBase, text: Text });
export const KpiCard = z.strictObject({ ...cardBase, kpi: Id, text: Text.optional() });
export const BackstageCard = z.strictObject({
  ...cardBase,
  text: Text,
  kind: z.enum(['staff', 'system', 'process']).optional(),
  owner: ShortText.optional(),
});
export const TextCard = z.strictObject({ ...cardBase, text: Text });

const laneBase = {
  id: Id,
  title: ShortText.optional().describe('Shown instead of the lane type’s default title.'),
};

function lane<T extends LaneType, C extends z.ZodType>(type: T, card: C) {
  return z.strictObject({ ...laneBase, type: z.literal(type), cards: z.array(card).default([]) });
}

export const ActionsLane = lane('actions', ActionCard);
export const TouchpointsLane = lane('touchpoints', TouchpointCard);
export const ChannelsLane = lane('channels', ChannelCard);
export const ThoughtsLane = lane('thoughts', ThoughtCard);
export const EmotionsLane = lane('emotions', EmotionCard);
export const PainsLane = lane('pains', PainCard);
export const OpportunitiesLane = lane('opportunities', OpportunityCard);
export const WowLane = lane('wow', WowCard);
export const KpisLane = lane('kpis', KpiCard);
export const BackstageLane = lane('backstage', BackstageCard);
export const TextLane = lane('text', TextCard);

/** A row of the map: one type of content, with a cell of cards per stage. */
export const Lane = z.discriminatedUnion('type', [
  ActionsLane,
  TouchpointsLane,
  ChannelsLane,
  ThoughtsLane,
  EmotionsLane,
  PainsLane,
  OpportunitiesLane,
  WowLane,
  KpisLane,
  BackstageLane,
  TextLane,
]);
export type Lane = z.infer<typeof Lane>;
export type Card = Lane['cards'][number];
export type LaneOf<T extends LaneType> = Extract<Lane, { type: T }>;
export type CardOf<T extends LaneType> = LaneOf<T>['cards'][number];
