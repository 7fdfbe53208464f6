import { KNOWN_ROLES } from '../../schema/persona.ts';
import type { SemanticIssue } from '../issue.ts';
import { pathIssue } from '../messages/catalog.ts';
import { quoteValue } from '../messages/words.ts';
import type { LooseObject } from './looseJourney.ts';
import { idsOf, isObject, objectsOf, oneOrList, text } from './looseJourney.ts';
import { regexProblem } from './regexSyntax.ts';

/** Match-rule patterns are regular expressions the analytics engine (RE2) can run. */
export function checkPatterns(journey: unknown): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  for (const { item, path } of objectsOf(journey, 'touchpoints')) {
    for (const rule of oneOrList(item.match, [...path, 'match'])) {
      const pattern = isObject(rule.value) ? text(rule.value.pattern) : undefined;
      if (pattern === undefined) continue;
      const problem = regexProblem(pattern);
      const at = [...rule.path, 'pattern'];
      if (problem?.kind === 'invalid') {
        issues.push(pathIssue('invalid-regex', at, { field: 'pattern', detail: problem.detail }));
      } else if (problem?.kind === 'unsupported') {
        issues.push(pathIssue('unsupported-regex', at, { feature: problem.feature, advice: problem.advice }));
      }
    }
  }
  return issues;
}

/** A buying-centre-role persona names its role. */
export function checkPersonaRoles(journey: unknown): SemanticIssue[] {
  return objectsOf(journey, 'personas')
    .filter(({ item }) => item.kind === 'buying-centre-role' && item.role === undefined)
    .map(({ path }) => pathIssue('missing-role', path, { known: KNOWN_ROLES.join(', ') }));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Dates that must come in order do: an improvement starts before it is done or due; periods run forward. */
export function checkDateOrder(journey: unknown): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  const ordered = (
    holder: LooseObject,
    base: readonly (string | number)[],
    earlier: string,
    later: string,
  ) => {
    const a = text(holder[earlier]);
    const b = text(holder[later]);
    if (a === undefined || b === undefined || !ISO_DATE.test(a) || !ISO_DATE.test(b) || a <= b) return;
    issues.push(
      pathIssue('date-order', [...base, later], { earlier, later, earlierValue: a, laterValue: b }),
    );
  };
  for (const { item, path } of objectsOf(journey, 'improvements')) {
    ordered(item, path, 'startedAt', 'doneAt');
    ordered(item, path, 'startedAt', 'dueAt');
  }
  for (const { item, path } of objectsOf(journey, 'reviews')) {
    if (isObject(item.period)) ordered(item.period, [...path, 'period'], 'from', 'to');
  }
  return issues;
}

/** Conversion and time-between KPIs run forward through the stages (a warning: loops exist). */
export function checkKpiStageOrder(journey: unknown): SemanticIssue[] {
  const order = new Map(idsOf(journey, 'stages').map((s, i) => [s.id, i] as const));
  const issues: SemanticIssue[] = [];
  for (const { item, path } of objectsOf(journey, 'kpis')) {
    const from = order.get(text(item.fromStage) ?? '');
    const to = order.get(text(item.toStage) ?? '');
    if (from !== undefined && to !== undefined && from > to) {
      issues.push(
        pathIssue('stage-order', [...path, 'fromStage'], {
          from: quoteValue(item.fromStage),
          to: quoteValue(item.toStage),
        }),
      );
    }
  }
  return issues;
}

/** An emotions lane has one card per stage: the curve has one point there (a warning). */
export function checkEmotionCurve(journey: unknown): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  for (const { item: lane, path: lanePath } of objectsOf(journey, 'lanes')) {
    if (lane.type !== 'emotions') continue;
    const seen = new Set<string>();
    for (const { item: card, path } of objectsOf(lane, 'cards', lanePath)) {
      const stage = text(card.stage);
      if (stage === undefined) continue;
      if (seen.has(stage)) {
        issues.push(
          pathIssue('several-emotions-in-stage', [...path, 'stage'], {
            lane: text(lane.id) ?? '?',
            stage: quoteValue(stage),
          }),
        );
      }
      seen.add(stage);
    }
  }
  return issues;
}
