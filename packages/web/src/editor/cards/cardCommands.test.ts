import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkJourneyData, hasErrors, type Journey, parseJourneyDocument } from '@tropa/core';
import { describe, expect, it } from 'vitest';
import { addCard, removeCard } from '../commands.ts';
import { perform, startEditing, undo } from '../history.ts';
import { addRefCard, createChannel, createKpi, createTouchpoint, setCardId } from './cardCommands.ts';
import { cardIds } from './cardIds.ts';

const example = resolve(
  import.meta.dirname,
  '../../../../../examples/b2b-partner-journey/en/partner-journey.yaml',
);

function b2b(): Journey {
  const parsed = parseJourneyDocument(readFileSync(example, 'utf8'), { file: example });
  if (!parsed.ok || parsed.document.kind !== 'journey') throw new Error('example did not parse');
  return parsed.document.journey;
}

const valid = (j: Journey) => expect(hasErrors(checkJourneyData(j))).toBe(false);
const laneOf = (j: Journey, type: string) => {
  const lane = j.lanes.find((l) => l.type === type);
  if (!lane) throw new Error(`no ${type} lane`);
  return lane;
};
const lastCard = (j: Journey, laneId: string) => j.lanes.find((l) => l.id === laneId)?.cards.at(-1);

describe('cards of linked lanes', () => {
  it('adds a touchpoint card for an existing touchpoint of the stage, with a fresh card id', () => {
    const j = b2b();
    const lane = laneOf(j, 'touchpoints');
    const tp = j.touchpoints[0];
    if (!tp) throw new Error('no touchpoint');
    const next = addRefCard.run(j, { laneId: lane.id, stageId: tp.stage, ref: tp.id });
    const card = lastCard(next, lane.id);
    expect(card).toMatchObject({ stage: tp.stage, touchpoint: tp.id });
    expect(card?.id).toBeDefined();
    expect(cardIds(j)).not.toContain(card?.id);
    valid(next);
  });

  it('creates a touchpoint (name, channel, owner) in the stage and its card in one undoable step', () => {
    const j = b2b();
    const lane = laneOf(j, 'touchpoints');
    const stage = j.stages[1]?.id ?? '';
    const args = { laneId: lane.id, stageId: stage, name: 'Callback', channel: 'phone', owner: 'Sales' };
    let state = perform(startEditing(j), createTouchpoint, args);
    const created = state.journey.touchpoints.at(-1);
    expect(created).toMatchObject({ name: 'Callback', stage, channel: 'phone', owner: 'Sales' });
    expect(j.touchpoints.some((t) => t.id === created?.id)).toBe(false);
    expect(lastCard(state.journey, lane.id)).toMatchObject({ stage, touchpoint: created?.id });
    valid(state.journey);
    state = undo(state);
    expect(state.journey).toBe(j);
  });

  it('adds a channel to the map with its icon and a channel card; a taken id gets a suffix', () => {
    const j = b2b();
    const lane = laneOf(j, 'channels');
    const stage = j.stages[0]?.id ?? '';
    const once = createChannel.run(j, {
      laneId: lane.id,
      stageId: stage,
      name: 'Telegram',
      icon: 'messenger',
    });
    expect(once.channels.at(-1)).toEqual({ id: 'telegram', name: 'Telegram', icon: 'messenger' });
    expect(lastCard(once, lane.id)).toMatchObject({ stage, channel: 'telegram' });
    const twice = createChannel.run(once, {
      laneId: lane.id,
      stageId: stage,
      name: 'Telegram',
      icon: 'chat',
    });
    expect(twice.channels.at(-1)?.id).toBe('telegram-1');
    // A Cyrillic name has no ASCII slug: the id falls back to the icon.
    const ru = createChannel.run(j, { laneId: lane.id, stageId: stage, name: 'Телеграм', icon: 'messenger' });
    expect(ru.channels.at(-1)?.name).toBe('Телеграм');
    expect(ru.channels.filter((c) => c.id === ru.channels.at(-1)?.id)).toHaveLength(1);
    valid(twice);
    valid(ru);
  });

  it('defines a KPI at the stage (type, name, target) and puts its card in the KPI lane', () => {
    const j = b2b();
    const lane = laneOf(j, 'kpis');
    const stage = j.stages[2]?.id ?? '';
    const next = createKpi.run(j, {
      laneId: lane.id,
      stageId: stage,
      type: 'csat',
      name: 'Offer CSAT',
      target: 0.8,
    });
    const kpi = next.kpis.at(-1);
    expect(kpi).toMatchObject({ type: 'csat', stage, name: 'Offer CSAT', target: 0.8 });
    expect(lastCard(next, lane.id)).toMatchObject({ stage, kpi: kpi?.id });
    valid(next);
    const existing = addRefCard.run(j, { laneId: lane.id, stageId: stage, ref: j.kpis[0]?.id ?? '' });
    expect(lastCard(existing, lane.id)).toMatchObject({ kpi: j.kpis[0]?.id });
  });

  it('a conversion KPI runs from the cell’s stage to the stage chosen; without one it is not defined', () => {
    const j = b2b();
    const lane = laneOf(j, 'kpis');
    const [from, , to] = j.stages;
    if (!from || !to) throw new Error('too few stages');
    const next = createKpi.run(j, { laneId: lane.id, stageId: from.id, type: 'conversion', toStage: to.id });
    expect(next.kpis.at(-1)).toMatchObject({ type: 'conversion', fromStage: from.id, toStage: to.id });
    expect(next.kpis.at(-1)).not.toHaveProperty('stage');
    valid(next);
    expect(createKpi.run(j, { laneId: lane.id, stageId: from.id, type: 'time-between' })).toBe(j);
  });

  it('a linked card is deleted like any other, leaving its touchpoint in the map', () => {
    const j = b2b();
    const lane = laneOf(j, 'touchpoints');
    const stage = j.stages[0]?.id ?? '';
    const next = createTouchpoint.run(j, { laneId: lane.id, stageId: stage, name: 'Chat bot' });
    const index = (next.lanes.find((l) => l.id === lane.id)?.cards.length ?? 0) - 1;
    const removed = removeCard.run(next, { laneId: lane.id, index });
    expect(removed.lanes.find((l) => l.id === lane.id)?.cards).toEqual(lane.cards);
    expect(removed.touchpoints).toHaveLength(j.touchpoints.length + 1);
  });
});

describe('card ids', () => {
  it('text cards get an id at creation, unique in the map', () => {
    const j = b2b();
    const lane = laneOf(j, 'actions');
    const a = addCard.run(j, { laneId: lane.id, stageId: j.stages[0]?.id ?? '', text: 'One' });
    const b = addCard.run(a, { laneId: lane.id, stageId: j.stages[0]?.id ?? '', text: 'Two' });
    const ids = cardIds(b);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(cardIds(j).length + 2);
  });

  it('an existing card gets the id it is given once; a card with an id, or a taken id, changes nothing', () => {
    const j = b2b();
    const lane = laneOf(j, 'actions');
    const index = lane.cards.findIndex((c) => c.id === undefined);
    const named = setCardId.run(j, { laneId: lane.id, index, id: 'card-x' });
    expect(named.lanes.find((l) => l.id === lane.id)?.cards[index]?.id).toBe('card-x');
    expect(setCardId.run(named, { laneId: lane.id, index, id: 'card-y' })).toEqual(named);
    const other = lane.cards.findIndex((c, i) => i !== index && c.id === undefined);
    expect(setCardId.run(named, { laneId: lane.id, index: other, id: 'card-x' })).toEqual(named);
    valid(named);
  });
});
