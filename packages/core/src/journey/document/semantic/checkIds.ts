import type { Localized } from '../../../i18n.ts';
import type { SemanticIssue } from '../issue.ts';
import { formatPath } from '../issue.ts';
import { pathIssue } from '../messages/catalog.ts';
import { quoteValue } from '../messages/words.ts';
import type { IdAt } from './looseJourney.ts';
import { cardsOf, channelIds, idsOf, text } from './looseJourney.ts';

const COLLECTIONS = [
  'stages',
  'lanes',
  'touchpoints',
  'kpis',
  'improvements',
  'personas',
  'goals',
  'reviews',
] as const;

/** Ids that occur more than once in one collection; card ids must be unique across all lanes. */
export function checkDuplicateIds(journey: unknown): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  for (const collection of COLLECTIONS) {
    issues.push(...duplicates(idsOf(journey, collection), `\`${collection}\``));
  }
  issues.push(...duplicates(channelIds(journey), '`channels`'));
  const cardIds = cardsOf(journey).flatMap(({ card, path }) => {
    const id = text(card.id);
    return id === undefined ? [] : [{ id, path: [...path, 'id'] }];
  });
  issues.push(...duplicates(cardIds, { en: 'the cards of all lanes', ru: 'карточках всех дорожек' }));
  return issues;
}

function duplicates(ids: readonly IdAt[], collection: string | Localized): SemanticIssue[] {
  const first = new Map<string, IdAt>();
  const taken = new Set(ids.map((i) => i.id));
  const issues: SemanticIssue[] = [];
  for (const entry of ids) {
    const earlier = first.get(entry.id);
    if (!earlier) {
      first.set(entry.id, entry);
      continue;
    }
    let n = 2;
    while (taken.has(`${entry.id}-${n}`)) n++;
    taken.add(`${entry.id}-${n}`);
    issues.push(
      pathIssue('duplicate-id', entry.path, {
        value: quoteValue(entry.id),
        collection,
        first: formatPath(earlier.path),
        suggested: `${entry.id}-${n}`,
      }),
    );
  }
  return issues;
}
