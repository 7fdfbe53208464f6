import type { Journey } from '@tropa/core';
import { freshId } from '../ids.ts';

/** Every card id of the map: card ids are unique across lanes (comments and improvements name them). */
export function cardIds(journey: Journey): string[] {
  return journey.lanes.flatMap((lane) => lane.cards.flatMap((card) => (card.id ? [card.id] : [])));
}

/** A card id the map does not use yet. */
export function freshCardId(journey: Journey): string {
  return freshId('card', cardIds(journey));
}
