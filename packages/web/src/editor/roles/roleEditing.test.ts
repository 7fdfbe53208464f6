import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Journey, parseJourneyDocument, type RoleMap, resolveRoleMap } from '@tropa/core';
import { describe, expect, it } from 'vitest';
import { moveStage, renameStage, setEmotion } from '../commands.ts';
import { resetCell, resetStage } from './roleCommands.ts';
import { roleEditing, roleMarks } from './roleEditing.ts';

const dir = resolve(import.meta.dirname, '../../../../../examples/b2b-partner-journey/en');
function read(name: string) {
  const parsed = parseJourneyDocument(readFileSync(resolve(dir, name), 'utf8'), { file: name });
  if (!parsed.ok) throw new Error(`${name} did not parse`);
  return parsed.document;
}
function setup(): { root: Journey; role: RoleMap; view: Journey } {
  const base = read('partner-journey.yaml');
  const doc = read('role-procurement.yaml');
  if (base.kind !== 'journey' || doc.kind !== 'role') throw new Error('unexpected documents');
  const result = resolveRoleMap(base.journey, doc.role);
  if (!result.ok) throw new Error('role did not resolve');
  return { root: base.journey, role: doc.role, view: result.journey };
}

describe('editing a role map', () => {
  it('saves a renamed stage as an override, marks it, and a reset takes the override away', () => {
    const { root, role, view } = setup();
    const { toDocument, guard } = roleEditing(root, role, 'en');
    const stage = view.stages[0];
    if (!stage) throw new Error('no stage');
    const renamed = renameStage.run(view, { stageId: stage.id, name: 'Price hunt' });
    expect(guard(view, renamed)).toBeUndefined();
    const doc = toDocument(renamed) as RoleMap;
    expect(doc.overrides.stages?.[stage.id]).toEqual({ name: 'Price hunt' });
    expect(roleMarks(root, renamed).stages.has(stage.id)).toBe(true);
    const back = resetStage.run(renamed, { stage: root.stages[0] as Journey['stages'][number] });
    expect((toDocument(back) as RoleMap).overrides.stages?.[stage.id]).toBeUndefined();
    expect(roleMarks(root, back).stages.has(stage.id)).toBe(false);
  });

  it('refuses moving a stage of the generalized map, which a role map cannot say', () => {
    const { root, role, view } = setup();
    const { guard } = roleEditing(root, role, 'en');
    const moved = moveStage.run(view, { stageId: view.stages[0]?.id ?? '', to: 2 });
    expect(guard(view, moved)?.en).toMatch(/generalized map/);
  });

  it('an emotion dragged is an override of the emotion cell; resetting the cell returns the base point', () => {
    const { root, role, view } = setup();
    const { toDocument } = roleEditing(root, role, 'en');
    const lane = root.lanes.find((l) => l.type === 'emotions');
    const stage = 's-delivery';
    if (!lane) throw new Error('no emotions lane');
    const dragged = setEmotion.run(view, { laneId: lane.id, stageId: stage, emotion: -2 });
    const cell = (toDocument(dragged) as RoleMap).overrides.lanes?.[lane.id]?.filter(
      (c) => c.stage === stage,
    );
    expect(cell).toEqual([expect.objectContaining({ emotion: -2 })]);
    const cards = lane.cards.filter((c) => c.stage === stage);
    const reset = resetCell.run(dragged, { laneId: lane.id, stageId: stage, cards });
    const after = (toDocument(reset) as RoleMap).overrides.lanes?.[lane.id]?.filter((c) => c.stage === stage);
    expect(after).toEqual([]);
    const marked = roleMarks(root, dragged).cards;
    const index =
      dragged.lanes.find((l) => l.id === lane.id)?.cards.findIndex((c) => c.stage === stage) ?? -1;
    expect(marked.has(`${lane.id}#${index}`)).toBe(true);
    expect(roleMarks(root, reset).cards.has(`${lane.id}#${index}`)).toBe(false);
  });
});
