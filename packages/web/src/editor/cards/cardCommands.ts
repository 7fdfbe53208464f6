import type { Channel, ChannelIcon, Journey, Kpi, KpiType, Lane, LaneType } from '@tropa/core';
import { type EditorCommand, updateLane } from '../commands.ts';
import { freshId } from '../ids.ts';
import { cardIds, freshCardId } from './cardIds.ts';

// Cards of the lanes that point at an entity of the map (touchpoints, channels, KPIs): each is added by
// picking one the map has, or by defining a new one in the same command, so one undo takes back both.

function command<A>(spec: EditorCommand<A>): EditorCommand<A> {
  return spec;
}

/** The reference a card of this lane type holds, or undefined for other lanes. */
const REF_FIELD: Partial<Record<LaneType, 'touchpoint' | 'channel' | 'kpi'>> = {
  touchpoints: 'touchpoint',
  channels: 'channel',
  kpis: 'kpi',
};

/** Whether cards of this lane type point at a touchpoint, channel or KPI of the map. */
export function isLinkedLane(type: LaneType): boolean {
  return REF_FIELD[type] !== undefined;
}

/** Adds a card pointing at `ref` to a touchpoints, channels or KPI lane (other lanes are left alone). */
function withRefCard(j: Journey, laneId: string, stageId: string, ref: string): Journey {
  return updateLane(j, laneId, (l) => {
    const field = REF_FIELD[l.type];
    if (!field) return l;
    return { ...l, cards: [...l.cards, { id: freshCardId(j), stage: stageId, [field]: ref }] } as Lane;
  });
}

/** Gives an existing card a stable id chosen by the caller (so a comment can name it); an id is kept. */
export const setCardId = command<{ laneId: string; index: number; id: string }>({
  id: 'card.id',
  name: { en: 'Give the card an id', ru: 'Присвоить карточке id' },
  run: (j, { laneId, index, id }) =>
    updateLane(j, laneId, (l) => {
      if (l.cards[index]?.id !== undefined || cardIds(j).includes(id)) return l;
      return { ...l, cards: l.cards.map((c, i) => (i === index ? { id, ...c } : c)) } as Lane;
    }),
});

export const addRefCard = command<{ laneId: string; stageId: string; ref: string }>({
  id: 'card.add-ref',
  name: { en: 'Add card', ru: 'Добавить карточку' },
  run: (j, { laneId, stageId, ref }) => withRefCard(j, laneId, stageId, ref),
});

export const createTouchpoint = command<{
  laneId: string;
  stageId: string;
  name: string;
  channel?: string | undefined;
  owner?: string | undefined;
}>({
  id: 'touchpoint.create',
  name: { en: 'Add touchpoint', ru: 'Добавить точку контакта' },
  run(j, { laneId, stageId, name, channel, owner }) {
    const id = freshId(
      'tp',
      j.touchpoints.map((t) => t.id),
    );
    const touchpoint = {
      id,
      name,
      stage: stageId,
      kind: 'digital' as const,
      ...(channel ? { channel } : {}),
      ...(owner ? { owner } : {}),
    };
    return withRefCard({ ...j, touchpoints: [...j.touchpoints, touchpoint] }, laneId, stageId, id);
  },
});

/** A channel id from its name: an ASCII slug, else the icon's name. */
function channelSlug(name: string, icon: ChannelIcon): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || icon;
}

export const createChannel = command<{ laneId: string; stageId: string; name: string; icon: ChannelIcon }>({
  id: 'channel.create',
  name: { en: 'Add channel to the map', ru: 'Добавить канал в карту' },
  run(j, { laneId, stageId, name, icon }) {
    const taken = j.channels.map((c) => c.id);
    const wanted = channelSlug(name, icon);
    const id = taken.includes(wanted) ? freshId(wanted, taken) : wanted;
    const channel: Channel = { id, name, icon };
    return withRefCard({ ...j, channels: [...j.channels, channel] }, laneId, stageId, id);
  },
});

/** KPI types a person can define from a cell: measured at its stage, or from it to a later stage. */
export const STAGE_KPI_TYPES = [
  'nps',
  'csat',
  'ces',
  'conversion',
  'time-between',
  'repeat-deal',
  'support-contacts',
  'custom',
] as const;

/** The types measured from one stage to another: they need the stage they end at. */
export const SPAN_KPI_TYPES: readonly KpiType[] = ['conversion', 'time-between'];

export const createKpi = command<{
  laneId: string;
  stageId: string;
  type: (typeof STAGE_KPI_TYPES)[number] & KpiType;
  name?: string | undefined;
  target?: number | undefined;
  /** conversion and time-between: the stage the measure ends at (it starts at the cell's stage). */
  toStage?: string | undefined;
}>({
  id: 'kpi.create',
  name: { en: 'Define KPI', ru: 'Задать KPI' },
  run(j, { laneId, stageId, type, name, target, toStage }) {
    const span = SPAN_KPI_TYPES.includes(type);
    if (span && !j.stages.some((s) => s.id === toStage)) return j;
    const id = freshId(
      `k-${type}`,
      j.kpis.map((k) => k.id),
    );
    const kpi: Kpi = {
      id,
      type,
      ...(span ? { fromStage: stageId, toStage } : { stage: stageId }),
      ...(name ? { name } : {}),
      ...(target !== undefined && Number.isFinite(target) ? { target } : {}),
    };
    return withRefCard({ ...j, kpis: [...j.kpis, kpi] }, laneId, stageId, id);
  },
});
