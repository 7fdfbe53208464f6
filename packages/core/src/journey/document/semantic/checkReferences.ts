import type { Localized } from '../../../i18n.ts';
import { closestMatch } from '../closest.ts';
import type { IssuePath, SemanticIssue } from '../issue.ts';
import { fieldName } from '../issue.ts';
import { pathIssue } from '../messages/catalog.ts';
import { listValues, quoteValue } from '../messages/words.ts';
import type { CardAt, IdAt } from './looseJourney.ts';
import { cardsOf, channelIds, idsOf, isObject, objectsOf, text } from './looseJourney.ts';

/** A set of ids something may refer to, and how to name it in a message. */
interface Target {
  ids: Set<string>;
  where: Localized;
  into: Localized;
}

function target(ids: readonly IdAt[], collection: string): Target {
  const name = `\`${collection}\``;
  return {
    ids: new Set(ids.map((i) => i.id)),
    where: { en: `in ${name}`, ru: `в ${name}` },
    into: { en: `to ${name}`, ru: `в ${name}` },
  };
}

/** Every reference by id points at something that exists (and pains are addressed by pain cards). */
export function checkReferences(journey: unknown): SemanticIssue[] {
  const stages = target(idsOf(journey, 'stages'), 'stages');
  const channels = target(channelIds(journey), 'channels');
  const touchpoints = target(idsOf(journey, 'touchpoints'), 'touchpoints');
  const kpis = target(idsOf(journey, 'kpis'), 'kpis');
  const personas = target(idsOf(journey, 'personas'), 'personas');
  const cards = cardsOf(journey);

  const issues: SemanticIssue[] = [];
  const ref = (value: unknown, path: IssuePath, to: Target) => {
    const id = text(value);
    if (id === undefined || to.ids.has(id)) return;
    issues.push(unknownReference(id, path, to));
  };
  const refList = (value: unknown, path: IssuePath, to: Target) => {
    if (!Array.isArray(value)) return;
    for (const [i, v] of value.entries()) ref(v, [...path, i], to);
  };

  if (isObject(journey)) ref(journey.persona, ['persona'], personas);
  for (const { item, path } of objectsOf(journey, 'goals')) refList(item.kpis, [...path, 'kpis'], kpis);
  for (const { item, path } of objectsOf(journey, 'personas')) {
    refList(item.channels, [...path, 'channels'], channels);
  }
  for (const { item, path } of objectsOf(journey, 'touchpoints')) {
    ref(item.stage, [...path, 'stage'], stages);
    ref(item.channel, [...path, 'channel'], channels);
  }
  for (const { item, path } of objectsOf(journey, 'kpis')) {
    ref(item.stage, [...path, 'stage'], stages);
    ref(item.touchpoint, [...path, 'touchpoint'], touchpoints);
    ref(item.fromStage, [...path, 'fromStage'], stages);
    ref(item.toStage, [...path, 'toStage'], stages);
  }
  for (const { card, path } of cards) {
    ref(card.stage, [...path, 'stage'], stages);
    ref(card.touchpoint, [...path, 'touchpoint'], touchpoints);
    ref(card.channel, [...path, 'channel'], channels);
    ref(card.kpi, [...path, 'kpi'], kpis);
    ref(card.persona, [...path, 'persona'], personas);
  }
  for (const { item, path } of objectsOf(journey, 'improvements')) {
    ref(item.kpi, [...path, 'kpi'], kpis);
    if (Array.isArray(item.addresses)) {
      for (const [i, v] of item.addresses.entries()) {
        const issue = painReference(v, [...path, 'addresses', i], cards);
        if (issue) issues.push(issue);
      }
    }
  }
  for (const { item, path } of objectsOf(journey, 'reviews')) {
    for (const value of objectsOf(item, 'kpis', path)) ref(value.item.kpi, [...value.path, 'kpi'], kpis);
  }
  return issues;
}

function unknownReference(id: string, path: IssuePath, to: Target): SemanticIssue {
  const field = fieldName(path);
  const known = [...to.ids];
  if (known.length === 0) {
    return pathIssue('unknown-reference-none', path, {
      field,
      value: quoteValue(id),
      where: to.where,
      into: to.into,
    });
  }
  const best = closestMatch(id, known);
  return pathIssue('unknown-reference', path, {
    field,
    value: quoteValue(id),
    where: to.where,
    into: to.into,
    known: listValues(known, 10),
    suggestion: best ? { en: `Did you mean '${best}'? `, ru: `Возможно, имелось в виду '${best}'. ` } : '',
  });
}

function painReference(value: unknown, path: IssuePath, cards: readonly CardAt[]): SemanticIssue | undefined {
  const id = text(value);
  if (id === undefined) return undefined;
  const found = cards.find((c) => c.card.id === id);
  if (found?.laneType === 'pains') return undefined;
  if (found) {
    return pathIssue('not-a-pain', path, {
      field: fieldName(path),
      value: quoteValue(id),
      lane: text(found.lane.id) ?? '?',
      laneType: found.laneType ?? '?',
    });
  }
  const pains = cards
    .filter((c) => c.laneType === 'pains')
    .flatMap((c) => {
      const cardId = text(c.card.id);
      return cardId === undefined ? [] : [{ id: cardId, path: c.path }];
    });
  return unknownReference(id, path, {
    ids: new Set(pains.map((p) => p.id)),
    where: { en: 'among the pain cards', ru: 'среди карточек болей' },
    into: { en: 'as the id of a card in a pains lane', ru: 'как идентификатор карточки в дорожке болей' },
  });
}
