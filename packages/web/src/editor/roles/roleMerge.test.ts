import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Journey, mergeJourneys, parseJourneyDocument, type RoleMap, resolveRoleMap } from '@tropa/core';
import { describe, expect, it } from 'vitest';
import { renameStage, setEmotion } from '../commands.ts';
import { roleEditing } from './roleEditing.ts';

// A 409 on a role map is merged as the editor shows it: the three versions resolved over the generalized
// map, merged by core's mergeJourneys, and the result written back as the role's overrides.
const dir = resolve(import.meta.dirname, '../../../../../examples/b2b-partner-journey/en');
function read(name: string) {
  const parsed = parseJourneyDocument(readFileSync(resolve(dir, name), 'utf8'), { file: name });
  if (!parsed.ok) throw new Error(`${name} did not parse`);
  return parsed.document;
}
function resolved(root: Journey, role: RoleMap): Journey {
  const result = resolveRoleMap(root, role);
  if (!result.ok) throw new Error('role did not resolve');
  return result.journey;
}

describe('a conflict on a role map', () => {
  it('keeps their stage rename and my emotion point, both as overrides of the role', () => {
    const base = read('partner-journey.yaml');
    const doc = read('role-chief-engineer.yaml');
    if (base.kind !== 'journey' || doc.kind !== 'role') throw new Error('unexpected documents');
    const root = base.journey;
    const { toDocument } = roleEditing(root, doc.role, 'en');
    const started = resolved(root, doc.role);
    const stage = started.stages[1]?.id ?? '';
    const emotions = started.lanes.find((l) => l.type === 'emotions')?.id ?? '';

    // Theirs was saved as a role document; the page resolves it to merge.
    const theirsDoc = toDocument(renameStage.run(started, { stageId: stage, name: 'Spec check' })) as RoleMap;
    const theirs = resolved(root, theirsDoc);
    const mine = setEmotion.run(started, { laneId: emotions, stageId: stage, emotion: -2 });

    const { journey, conflicts } = mergeJourneys(started, theirs, mine);
    expect(conflicts).toEqual([]);
    const saved = toDocument(journey) as RoleMap;
    expect(saved.overrides.stages?.[stage]).toMatchObject({ name: 'Spec check' });
    expect(saved.overrides.lanes?.[emotions]?.find((c) => c.stage === stage)).toMatchObject({ emotion: -2 });
    // The generalized map is not touched: its stage keeps its name.
    expect(root.stages[1]?.name).not.toBe('Spec check');
  });
});
