import type { Card, Journey } from '@tropa/core';
import { channelName } from '../channelIcons.tsx';

const MAX = 60;

/** A card as one short line for the comments panel: its text, or what it points at. */
export function cardLabel(journey: Journey, card: Card): string {
  let label = '';
  if ('quote' in card) label = card.quote;
  else if ('touchpoint' in card)
    label = journey.touchpoints.find((t) => t.id === card.touchpoint)?.name ?? card.touchpoint;
  else if ('channel' in card) label = channelName(journey, card.channel);
  else if ('kpi' in card) {
    const kpi = journey.kpis.find((k) => k.id === card.kpi);
    label = kpi?.name ?? kpi?.type.toUpperCase() ?? card.kpi;
  } else if ('text' in card && card.text) label = card.text;
  else if ('emotion' in card) label = String(card.emotion);
  return label.length > MAX ? `${label.slice(0, MAX - 1)}…` : label;
}

/** The card with this id, wherever it is in the map. */
export function findCard(journey: Journey, id: string): Card | undefined {
  for (const lane of journey.lanes) {
    const card = lane.cards.find((c) => c.id === id);
    if (card) return card;
  }
  return undefined;
}
