import type { Improvement, Journey } from '@tropa/core';

/** The text of the pain cards an improvement addresses, in map order; ids with no card are left out. */
export function painsOf(journey: Journey, improvement: Improvement): string[] {
  const texts = new Map<string, string>();
  for (const lane of journey.lanes) {
    if (lane.type !== 'pains') continue;
    for (const card of lane.cards) if (card.id) texts.set(card.id, card.text);
  }
  return improvement.addresses.flatMap((id) => {
    const found = texts.get(id);
    return found === undefined ? [] : [found];
  });
}

/** The name of the KPI an improvement should move, or its id when the KPI has no name. */
export function kpiNameOf(journey: Journey, improvement: Improvement): string | undefined {
  if (!improvement.kpi) return undefined;
  const kpi = journey.kpis.find((k) => k.id === improvement.kpi);
  return kpi?.name ?? improvement.kpi;
}
