import {
  diffJourneys,
  type Journey,
  type Lang,
  type RoleMap,
  resolveRoleMap,
  roleFromJourney,
} from '@tropa/core';
import type { EditGuard } from '../useEditor.ts';

const text = {
  structure: {
    en: 'Not in a role map: the order of the generalized map’s stages and its lanes come from the generalized map. Change them there.',
    ru: 'В ролевой карте так нельзя: порядок этапов обобщённой карты и её дорожки задаются в обобщённой карте. Измените их там.',
  },
  invalid: {
    en: 'This change would make the role map invalid: {reason}',
    ru: 'С этой правкой ролевая карта станет некорректной: {reason}',
  },
};

const shape = (j: Journey) => ({
  stages: j.stages.map((s) => s.id),
  lanes: j.lanes.map((l) => [l.id, l.type, l.title ?? '']),
});

/**
 * Editing a role map: the editor works on the resolved map, and what it shows is saved as the role's
 * overrides (core's roleFromJourney), resolved again by core's resolveRoleMap. An edit that the role
 * document cannot express is refused with the reason rather than shown and then lost on save.
 */
export function roleEditing(root: Journey, role: RoleMap, lang: Lang) {
  const toDocument = (journey: Journey) => roleFromJourney(root, role, journey);
  const guard: EditGuard = (_before, after) => {
    const result = resolveRoleMap(root, toDocument(after), lang);
    if (!result.ok) {
      const reason = result.issues.map((i) => i.message).join('; ');
      return {
        en: text.invalid.en.replace('{reason}', reason),
        ru: text.invalid.ru.replace('{reason}', reason),
      };
    }
    return JSON.stringify(shape(result.journey)) === JSON.stringify(shape(after))
      ? undefined
      : text.structure;
  };
  return { toDocument, guard };
}

/** What a role map changes against its generalized map: cards (`laneId#index`) of changed cells, and stages. */
export function roleMarks(root: Journey, journey: Journey): { cards: Set<string>; stages: Set<string> } {
  const cells = new Set<string>();
  const lanes = new Set<string>();
  const stages = new Set<string>();
  for (const change of diffJourneys(root, journey).changes) {
    if (change.entity === 'card' && change.lane !== undefined && change.stage !== undefined)
      cells.add(`${change.lane}#${change.stage}`);
    else if (change.entity === 'lane' && change.op === 'added') lanes.add(change.key);
    else if (change.entity === 'stage' && (change.op === 'added' || change.op === 'changed'))
      stages.add(change.key);
  }
  const cards = new Set<string>();
  for (const lane of journey.lanes) {
    lane.cards.forEach((card, index) => {
      if (lanes.has(lane.id) || cells.has(`${lane.id}#${card.stage}`)) cards.add(`${lane.id}#${index}`);
    });
  }
  return { cards, stages };
}
