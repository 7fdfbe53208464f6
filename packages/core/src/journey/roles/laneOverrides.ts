import type { z } from 'zod';
import { schemaIssues } from '../document/schemaIssues.ts';
import {
  ActionCard,
  BackstageCard,
  type Card,
  ChannelCard,
  EmotionCard,
  KpiCard,
  type LaneType,
  OpportunityCard,
  PainCard,
  TextCard,
  ThoughtCard,
  TouchpointCard,
  WowCard,
} from '../schema/index.ts';
import type { PendingIssue } from './roleIssue.ts';
import { listIds, roleIssue } from './roleIssue.ts';
import { didYouMean, type Tracked, type TrackedLane } from './tracked.ts';

const CARD_SCHEMAS: Record<LaneType, z.ZodType> = {
  actions: ActionCard,
  touchpoints: TouchpointCard,
  channels: ChannelCard,
  thoughts: ThoughtCard,
  emotions: EmotionCard,
  pains: PainCard,
  opportunities: OpportunityCard,
  wow: WowCard,
  kpis: KpiCard,
  backstage: BackstageCard,
  text: TextCard,
};

/** A card written as `{ stage: s-x }` and nothing else empties that cell for the role. */
function isClearMarker(card: Record<string, unknown>): boolean {
  return Object.keys(card).every((k) => k === 'stage');
}

/**
 * Applies `overrides.lanes`: per lane, the role's cards replace the lane's cards in every stage they
 * name (in the place of the first card they replace, else at the end of the lane); `{ stage: s-x }`
 * alone empties the cell. Each card is validated against the lane's card type and reported at its
 * own path (`overrides.lanes.l-emotions[0].emotion`).
 */
export function applyLaneOverrides(
  lanes: readonly TrackedLane[],
  overrides: Record<string, ReadonlyArray<Record<string, unknown> & { stage: string }>> | undefined,
  stageIds: readonly string[],
  role: string,
): { lanes: TrackedLane[]; issues: PendingIssue[] } {
  const issues: PendingIssue[] = [];
  const out = [...lanes];
  const laneIds = lanes.map((l) => l.lane.id);
  for (const [laneId, cards] of Object.entries(overrides ?? {})) {
    const at = ['overrides', 'lanes', laneId];
    const index = out.findIndex((l) => l.lane.id === laneId);
    const target = out[index];
    if (!target) {
      issues.push(
        roleIssue(
          'role-unknown-lane',
          role,
          at,
          { id: laneId, known: listIds(laneIds), suggestion: didYouMean(laneId, laneIds) },
          'key',
        ),
      );
      continue;
    }
    const schema = CARD_SCHEMAS[target.lane.type];
    const replacements = new Map<string, Tracked<Card>[]>();
    let valid = true;
    cards.forEach((raw, n) => {
      const path = [...at, n];
      if (!stageIds.includes(raw.stage)) {
        valid = false;
        const params = {
          field: 'stage',
          id: raw.stage,
          known: listIds(stageIds),
          suggestion: didYouMean(raw.stage, stageIds),
        };
        issues.push(roleIssue('role-unknown-stage', role, [...path, 'stage'], params));
        return;
      }
      const cell = replacements.get(raw.stage) ?? [];
      replacements.set(raw.stage, cell);
      if (isClearMarker(raw)) return;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        valid = false;
        for (const issue of schemaIssues(parsed.error.issues, schema, raw)) {
          issues.push({ document: role, issue: { ...issue, path: [...path, ...issue.path] } });
        }
        return;
      }
      cell.push({ value: parsed.data as Card, origin: { from: role, path } });
    });
    if (!valid) continue;
    out[index] = { ...target, cards: replaceCells(target.cards, replacements) };
  }
  return { lanes: out, issues };
}

/** The lane's cards with the named cells replaced, each new cell where its first old card was. */
function replaceCells(
  cards: readonly Tracked<Card>[],
  replacements: Map<string, Tracked<Card>[]>,
): Tracked<Card>[] {
  const out: Tracked<Card>[] = [];
  const placed = new Set<string>();
  for (const card of cards) {
    const cell = replacements.get(card.value.stage);
    if (!cell) {
      out.push(card);
      continue;
    }
    if (!placed.has(card.value.stage)) {
      out.push(...cell);
      placed.add(card.value.stage);
    }
  }
  for (const [stage, cell] of replacements) if (!placed.has(stage)) out.push(...cell);
  return out;
}
