import { utcDate } from './clock.ts';

/**
 * The designed truth of the demo data set, in one place: the generator follows it, the README describes it,
 * and the tests check that the generated files show it. Ids are those of the example map
 * examples/b2b-partner-journey/ru/partner-journey.yaml.
 */
export const DEMO_START = '2024-11-01';
/** Last day of the data (inclusive). */
export const DEMO_END = '2026-10-31';
export const DEMO_START_MS = utcDate(DEMO_START);
export const DEMO_END_MS = utcDate('2026-11-01') - 1;

export const DEFAULT_DEMO_SEED = 42;
export const DEFAULT_DEMO_CASES = 2000;

/** i-pricelist: dealer prices published in the personal account; removes pain-prices and pain-price-on-request. */
export const PRICELIST_DONE = '2025-11-03';
export const PRICELIST_DONE_MS = utcDate(PRICELIST_DONE);
/** i-offer-sla (in progress since this date): offers get somewhat faster, far from the 24 h target. */
export const OFFER_SLA_STARTED_MS = utcDate('2026-03-02');

export const STAGES = [
  's-aware',
  's-request',
  's-proposal',
  's-contract',
  's-delivery',
  's-install',
  's-operation',
  's-repeat',
] as const;
export type StageId = (typeof STAGES)[number];

/** Stages where a partner may quit, with the designed chance of quitting there once reached. */
export type QuitStage = 's-aware' | 's-request' | 's-proposal' | 's-contract' | 's-delivery' | 's-operation';

/**
 * Chance to quit at a stage, given the partner reached it. Request and contract are the map's quit points;
 * the price list halves quitting at request. At proposal the chance grows with the wait for the offer.
 */
export const QUIT_CHANCE = {
  aware: 0.22,
  requestBeforePricelist: 0.3,
  requestAfterPricelist: 0.14,
  /** At proposal: base + perDayOfWaiting × days waited for the offer, capped. */
  proposalBase: 0.1,
  proposalPerDay: 0.035,
  proposalCap: 0.35,
  contract: 0.27,
  /** Extra chance at contract per round of redlines beyond the first. */
  contractPerExtraRound: 0.06,
  delivery: 0.02,
  /** Partners in operation who stop working with us (more when the service was hard to reach). */
  operation: 0.12,
  operationServiceTrouble: 0.2,
} as const;

/**
 * Median hours from the request to the offer (log-normal, spread 0.55 on the log scale), before the offer is
 * moved into the partner's working hours; the observed medians come out about 15 h longer (≈ 78, 55, 42 h).
 */
export const OFFER_HOURS_MEDIAN = {
  beforePricelist: 62,
  afterPricelist: 40,
  afterSla: 28,
} as const;

/** A request sent by form gets a repeat call on another channel within 48 h when the offer is this late. */
export const REPEAT_CALL_AFTER_HOURS = 30;

/** Share of partners answering a survey after a stage. */
export const SURVEY_RESPONSE_RATE = 0.45;

/** Where surveys are taken, and which questions they ask. */
export const SURVEY_POINTS: Record<string, { nps: boolean; csat: boolean; ces: boolean }> = {
  's-request': { nps: true, csat: false, ces: true },
  's-proposal': { nps: false, csat: true, ces: false },
  's-contract': { nps: false, csat: true, ces: true },
  's-delivery': { nps: false, csat: true, ces: false },
  's-install': { nps: false, csat: true, ces: false },
  's-operation': { nps: true, csat: true, ces: false },
  's-repeat': { nps: true, csat: false, ces: false },
};
