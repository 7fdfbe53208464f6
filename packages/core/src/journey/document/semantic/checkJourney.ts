import type { Journey, JourneyInput } from '../../schema/journey.ts';
import type { SemanticIssue } from '../issue.ts';
import { checkDuplicateIds } from './checkIds.ts';
import { checkReferences } from './checkReferences.ts';
import {
  checkDateOrder,
  checkEmotionCurve,
  checkKpiStageOrder,
  checkPatterns,
  checkPersonaRoles,
} from './checkRules.ts';

/**
 * Checks what a schema cannot see: ids unique per collection (card ids across all lanes), every
 * reference resolves, match-rule patterns compile, buying-centre roles are named, dates are in
 * order; several emotion cards in one stage are a warning. Pure and path-based: `describeIssues`
 * puts the result into words, and `parseJourneyDocument` also places it in the text.
 * @example checkJourney(journey).filter((i) => i.severity === 'error')
 */
export function checkJourney(journey: Journey | JourneyInput): SemanticIssue[] {
  return checkJourneyData(journey);
}

/** `checkJourney` over data not yet known to fit the schema (it skips what it cannot read). */
export function checkJourneyData(data: unknown): SemanticIssue[] {
  return [
    ...checkDuplicateIds(data),
    ...checkReferences(data),
    ...checkPatterns(data),
    ...checkPersonaRoles(data),
    ...checkDateOrder(data),
    ...checkKpiStageOrder(data),
    ...checkEmotionCurve(data),
  ];
}
