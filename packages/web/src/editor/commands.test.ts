import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkJourneyData, hasErrors, type Journey, parseJourneyDocument } from '@tropa/core';
import { describe, expect, it } from 'vitest';
import {
  addCard,
  addLane,
  addStage,
  editCard,
  moveCard,
  moveStage,
  removeCard,
  renameStage,
  setEmotion,
  setSeverity,
} from './commands.ts';
import { perform, redo, startEditing, undo } from './history.ts';

const example = resolve(
  import.meta.dirname,
  '../../../../examples/b2b-partner-journey/en/partner-journey.yaml',
);

function b2b(): Journey {
  const parsed = parseJourneyDocument(readFileSync(example, 'utf8'), { file: example });
  if (!parsed.ok || parsed.document.kind !== 'journey') throw new Error('example did not parse');
  return parsed.document.journey;
}

const valid = (j: Journey) => expect(hasErrors(checkJourneyData(j))).toBe(false);

describe('editor commands', () => {
  it('adds a stage after another and renames it; the map stays valid', () => {
    const j = b2b();
    const first = j.stages[0]?.id ?? '';
    const added = addStage.run(j, { name: 'Pilot', after: first });
    expect(added.stages[1]?.name).toBe('Pilot');
    expect(added.stages).toHaveLength(j.stages.length + 1);
    const id = added.stages[1]?.id ?? '';
    expect(j.stages.some((s) => s.id === id)).toBe(false);
    expect(renameStage.run(added, { stageId: id, name: 'Trial' }).stages[1]?.name).toBe('Trial');
    valid(added);
  });

  it('moves a stage to a new position', () => {
    const j = b2b();
    const last = j.stages.at(-1)?.id ?? '';
    const moved = moveStage.run(j, { stageId: last, to: 0 });
    expect(moved.stages[0]?.id).toBe(last);
    expect(moved.stages.map((s) => s.id).sort()).toEqual(j.stages.map((s) => s.id).sort());
  });

  it('adds a pain with medium severity, edits it, raises its severity and deletes it', () => {
    const j = b2b();
    const pains = j.lanes.find((l) => l.type === 'pains');
    const stage = j.stages[0]?.id ?? '';
    if (!pains) throw new Error('no pains lane');
    const added = addCard.run(j, { laneId: pains.id, stageId: stage, text: 'No prices online' });
    const lane = added.lanes.find((l) => l.id === pains.id);
    const index = (lane?.cards.length ?? 0) - 1;
    expect(lane?.cards[index]).toMatchObject({ stage, text: 'No prices online', severity: 'medium' });
    const edited = editCard.run(added, { laneId: pains.id, index, text: 'Prices hidden' });
    const severe = setSeverity.run(edited, { laneId: pains.id, index, severity: 'critical' });
    expect(severe.lanes.find((l) => l.id === pains.id)?.cards[index]).toMatchObject({
      text: 'Prices hidden',
      severity: 'critical',
    });
    valid(severe);
    expect(
      removeCard.run(severe, { laneId: pains.id, index }).lanes.find((l) => l.id === pains.id)?.cards,
    ).toEqual(pains.cards);
  });

  it('deleting a pain an improvement addresses drops the reference too', () => {
    const j = b2b();
    const improvement = j.improvements.find((i) => i.addresses.length > 0);
    const painId = improvement?.addresses[0];
    const lane = j.lanes.find((l) => l.cards.some((c) => c.id === painId));
    if (!improvement || !lane) throw new Error('example has no addressed pain');
    const index = lane.cards.findIndex((c) => c.id === painId);
    const next = removeCard.run(j, { laneId: lane.id, index });
    expect(next.improvements.find((i) => i.id === improvement.id)?.addresses).not.toContain(painId);
    valid(next);
  });

  it('sets an emotion on −2..+2, creating the point when the stage has none', () => {
    const j = addStage.run(b2b(), { name: 'Extra' });
    const lane = j.lanes.find((l) => l.type === 'emotions');
    const stage = j.stages.at(-1)?.id ?? '';
    if (!lane) throw new Error('no emotions lane');
    const set = setEmotion.run(j, { laneId: lane.id, stageId: stage, emotion: 7 });
    expect(set.lanes.find((l) => l.id === lane.id)?.cards.find((c) => c.stage === stage)).toEqual({
      stage,
      emotion: 2,
    });
    const lowered = setEmotion.run(set, { laneId: lane.id, stageId: stage, emotion: -1.4 });
    expect(lowered.lanes.find((l) => l.id === lane.id)?.cards.filter((c) => c.stage === stage)).toEqual([
      { stage, emotion: -1 },
    ]);
  });

  it('moves a card to another stage, and before another card of its lane', () => {
    const j = b2b();
    const lane = j.lanes.find((l) => l.type === 'actions');
    if (!lane || lane.cards.length < 3) throw new Error('example actions lane too short');
    const last = j.stages.at(-1)?.id ?? '';
    const moved = moveCard.run(j, { laneId: lane.id, index: 0, stageId: last });
    const after = moved.lanes.find((l) => l.id === lane.id)?.cards ?? [];
    expect(after).toHaveLength(lane.cards.length);
    expect(after.at(-1)).toEqual({ ...lane.cards[0], stage: last });
    // Card 0 dropped before card 2 lands between the old cards 1 and 2.
    const reordered = moveCard.run(j, {
      laneId: lane.id,
      index: 0,
      stageId: lane.cards[2]?.stage ?? '',
      before: 2,
    });
    const cards = reordered.lanes.find((l) => l.id === lane.id)?.cards ?? [];
    expect(cards[0]).toEqual(lane.cards[1]);
    expect(cards[1]).toMatchObject({
      text: (lane.cards[0] as { text: string }).text,
      stage: lane.cards[2]?.stage,
    });
    expect(cards[2]).toEqual(lane.cards[2]);
    valid(reordered);
  });

  it('adds a lane with a fresh id', () => {
    const j = b2b();
    const next = addLane.run(addLane.run(j, { type: 'wow' }), { type: 'wow' });
    const ids = next.lanes.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    valid(next);
  });
});

describe('history', () => {
  it('undoes and redoes in order, and a new command clears redo', () => {
    const j = b2b();
    let state = startEditing(j);
    state = perform(state, addStage, { name: 'A' });
    state = perform(state, addStage, { name: 'B' });
    expect(state.journey.stages.map((s) => s.name).slice(-2)).toEqual(['A', 'B']);
    state = undo(state);
    expect(state.journey.stages.at(-1)?.name).toBe('A');
    state = undo(state);
    expect(state.journey).toBe(j);
    state = redo(state);
    expect(state.journey.stages.at(-1)?.name).toBe('A');
    state = perform(state, addStage, { name: 'C' });
    expect(state.future).toHaveLength(0);
    expect(redo(state)).toBe(state);
  });

  it('a command that changes nothing leaves no entry', () => {
    const j = b2b();
    const stage = j.stages[0];
    if (!stage) throw new Error('no stage');
    const state = perform(startEditing(j), renameStage, { stageId: stage.id, name: stage.name });
    expect(state.past).toHaveLength(0);
  });
});
